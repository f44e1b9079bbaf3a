/** The command line's own sentences, Vietnamese first. */
import type { Lang } from "../core/messages";

interface CliText {
  cannotRead: (path: string, why: string) => string;
  unknownTemplate: (id: string, ids: string[]) => string;
  badTemplate: (path: string) => string;
  notJson: (path: string, why: string) => string;
  badUnitsShape: (path: string, where: string) => string;
  refused: string;
  missingOption: (name: string) => string;
  badOption: (detail: string) => string;
  unknownCommand: (name: string) => string;
  badFormat: (value: string) => string;
  tableHeaders: string[];
  invalidUnit: string;
  issuesTitle: (errors: number, warnings: number) => string;
  noIssues: string;
  error: string;
  warning: string;
  templatesHeader: string[];
  // Scoring model: applicable maximum, bonus and penalty points.
  applicableMaxHeader: string;
  bonusHeader: string;
  penaltyHeader: string;
  // The evaluation season: self-assessment beside the appraisal.
  selfScoreHeader: string;
  selfDifferenceHeader: string;
  selfRound: string;
  // Hardening: input files that cannot be read as they are, and a bug of the program itself (exit 3).
  tooLarge: (path: string, limit: number) => string;
  notUtf8: (path: string) => string;
  notText: (path: string) => string;
  argumentProblems: {
    unknownOption: (option: string) => string;
    unexpectedArgument: (argument: string) => string;
    missingValue: (option: string) => string;
    noValue: (option: string) => string;
    other: (argument: string) => string;
  };
  bug: (what: string, report: string) => string;
  bugUnreported: (what: string, why: string) => string;
  // par-index --help: the list of commands.
  generalHelp: (commands: string) => string;
}

const vi: CliText = {
  cannotRead: (path, why) => `Không đọc được tệp "${path}" (${why}). Kiểm tra đường dẫn và quyền đọc tệp.`,
  unknownTemplate: (id, ids) => `Không có bộ tiêu chí "${id}". Dùng một mã có sẵn (${ids.join(", ")}) hoặc đường dẫn tới tệp .json.`,
  badTemplate: (path) => `Bộ tiêu chí "${path}" không hợp lệ:`,
  notJson: (path, why) => `Tệp "${path}" không phải JSON hợp lệ: ${why}`,
  badUnitsShape: (path, where) => `Tệp "${path}" phải có dạng { "units": [ { "name": "Xã A", "scores": { "1.1": 1 }, "previousRank": 4 } ] }; sai ở: ${where}`,
  refused: "Dữ liệu không dùng được:",
  missingOption: (name) => `Thiếu tùy chọn --${name}. Xem "par-index <lệnh> --help".`,
  badOption: (detail) => `Tham số không hợp lệ: ${detail}. Xem "par-index --help".`,
  unknownCommand: (name) => `Không có lệnh "${name}". Xem "par-index --help".`,
  badFormat: (value) => `--format phải là json hoặc table, không phải "${value}".`,
  tableHeaders: ["STT", "Đơn vị", "Điểm", "Chỉ số (%)", "Xếp hạng", "Năm trước", "Thay đổi", "Nhóm", "Xếp loại"],
  invalidUnit: "có lỗi",
  issuesTitle: (errors, warnings) => `Có ${errors} lỗi và ${warnings} cảnh báo:`,
  noIssues: "Không có lỗi.",
  error: "Lỗi",
  warning: "Cảnh báo",
  templatesHeader: ["Mã", "Tên"],
  // Scoring model: applicable maximum, bonus and penalty points.
  applicableMaxHeader: "Tối đa áp dụng",
  bonusHeader: "Thưởng",
  penaltyHeader: "Trừ",
  // The evaluation season: self-assessment beside the appraisal.
  selfScoreHeader: "Tự chấm",
  selfDifferenceHeader: "Chênh lệch",
  selfRound: "tự chấm",
  // Hardening: input files that cannot be read as they are, and a bug of the program itself (exit 3).
  tooLarge: (path, limit) => `Tệp "${path}" lớn hơn ${Math.round(limit / 1024 / 1024)} MB, không phải tệp par-index đọc được. Kiểm tra lại đường dẫn.`,
  notUtf8: (path) =>
    `Tệp "${path}" không được lưu dạng văn bản UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI), nên tên có dấu sẽ bị sai. Hãy mở tệp bằng Notepad, chọn File › Save As, ở mục Encoding chọn UTF-8, lưu rồi chạy lại.`,
  notText: (path) => `Tệp "${path}" không phải tệp văn bản (có ký tự NUL). Kiểm tra lại đường dẫn.`,
  argumentProblems: {
    unknownOption: (option) => `lệnh này không có tùy chọn ${option}`,
    unexpectedArgument: (argument) => `lệnh này không nhận "${argument}" (thiếu tên tùy chọn phía trước?)`,
    missingValue: (option) => `thiếu giá trị sau ${option}`,
    noValue: (option) => `tùy chọn ${option} không nhận giá trị`,
    other: (argument) => `không hiểu "${argument}"`,
  },
  bug: (what, report) =>
    `Lỗi của chương trình par-index, không phải lỗi của dữ liệu (${what}). Chi tiết đã được ghi vào tệp "${report}": hãy gửi tệp đó cho người hỗ trợ công cụ này (nhóm đã cung cấp công cụ cho anh/chị), kèm tệp dữ liệu nếu được.`,
  bugUnreported: (what, why) =>
    `Lỗi của chương trình par-index, không phải lỗi của dữ liệu (${what}); không ghi được tệp báo lỗi (${why}). Hãy chạy lại lệnh với PAR_DEBUG=1 và gửi toàn bộ nội dung in ra cho người hỗ trợ công cụ này (nhóm đã cung cấp công cụ cho anh/chị).`,
  // par-index --help: the list of commands.
  generalHelp: (commands) =>
    `par-index – Chỉ số cải cách hành chính\n\nCách dùng: par-index <lệnh> [tùy chọn]\n\nCác lệnh:\n${commands}\n\nTùy chọn chung: --help, --lang vi|en\nXem hướng dẫn từng lệnh: par-index <lệnh> --help`,
};

const en: CliText = {
  cannotRead: (path, why) => `Cannot read "${path}" (${why}). Check the path and permissions.`,
  unknownTemplate: (id, ids) => `No template "${id}". Use a built-in id (${ids.join(", ")}) or the path of a .json file.`,
  badTemplate: (path) => `Template "${path}" is invalid:`,
  notJson: (path, why) => `"${path}" is not valid JSON: ${why}`,
  badUnitsShape: (path, where) => `"${path}" must look like { "units": [ { "name": "Xã A", "scores": { "1.1": 1 }, "previousRank": 4 } ] }; wrong at: ${where}`,
  refused: "The data cannot be used:",
  missingOption: (name) => `Missing --${name}. See "par-index <command> --help".`,
  badOption: (detail) => `Invalid arguments: ${detail}. See "par-index --help".`,
  unknownCommand: (name) => `No command "${name}". See "par-index --help".`,
  badFormat: (value) => `--format must be json or table, not "${value}".`,
  tableHeaders: ["No.", "Unit", "Score", "Index (%)", "Rank", "Last year", "Change", "Band", "Class"],
  invalidUnit: "has errors",
  issuesTitle: (errors, warnings) => `${errors} error(s) and ${warnings} warning(s):`,
  noIssues: "No errors.",
  error: "Error",
  warning: "Warning",
  templatesHeader: ["Id", "Name"],
  applicableMaxHeader: "Applicable max",
  bonusHeader: "Bonus",
  penaltyHeader: "Penalty",
  selfScoreHeader: "Self score",
  selfDifferenceHeader: "Difference",
  selfRound: "self-assessment",
  tooLarge: (path, limit) => `"${path}" is larger than ${Math.round(limit / 1024 / 1024)} MB: not a file par-index reads. Check the path.`,
  notUtf8: (path) =>
    `"${path}" is not saved as UTF-8 text (perhaps Windows-1258, TCVN3 or VNI), so accented names would come out wrong. Open it in Notepad, choose File › Save As, pick UTF-8 under Encoding, save and run again.`,
  notText: (path) => `"${path}" is not a text file (it holds NUL characters). Check the path.`,
  argumentProblems: {
    unknownOption: (option) => `this command has no option ${option}`,
    unexpectedArgument: (argument) => `this command does not take "${argument}" (an option name missing before it?)`,
    missingValue: (option) => `a value is missing after ${option}`,
    noValue: (option) => `option ${option} takes no value`,
    other: (argument) => `cannot understand "${argument}"`,
  },
  bug: (what, report) =>
    `A bug in par-index, not an error in the data (${what}). The details are written to "${report}": please send that file to whoever supports this tool (the team that gave it to you), with the data file if you can.`,
  bugUnreported: (what, why) =>
    `A bug in par-index, not an error in the data (${what}); the crash report could not be written (${why}). Run the command again with PAR_DEBUG=1 and send everything it prints to whoever supports this tool (the team that gave it to you).`,
  generalHelp: (commands) =>
    `par-index – Administrative Reform Index\n\nUsage: par-index <command> [options]\n\nCommands:\n${commands}\n\nCommon options: --help, --lang vi|en\nHelp for one command: par-index <command> --help`,
};

export const cliText: Record<Lang, CliText> = { vi, en };
