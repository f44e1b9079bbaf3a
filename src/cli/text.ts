/** The command line's own sentences, Vietnamese first. */
import type { Lang } from "../core/messages";

const vi = {
  cannotRead: (path: string, why: string) => `Không đọc được tệp "${path}" (${why}). Kiểm tra đường dẫn và quyền đọc tệp.`,
  unknownTemplate: (id: string, ids: string[]) =>
    `Không có bộ tiêu chí "${id}". Dùng một mã có sẵn (${ids.join(", ")}) hoặc đường dẫn tới tệp .json.`,
  badTemplate: (path: string) => `Bộ tiêu chí "${path}" không hợp lệ:`,
  notJson: (path: string, why: string) => `Tệp "${path}" không phải JSON hợp lệ: ${why}`,
  badUnitsShape: (path: string, where: string) =>
    `Tệp "${path}" phải có dạng { "units": [ { "name": "Xã A", "scores": { "1.1": 1 }, "previousRank": 4 } ] }; sai ở: ${where}`,
  refused: "Dữ liệu không dùng được:",
  missingOption: (name: string) => `Thiếu tùy chọn --${name}. Xem "par-index <lệnh> --help".`,
  badOption: (detail: string) => `Tham số không hợp lệ: ${detail}. Xem "par-index --help".`,
  unknownCommand: (name: string) => `Không có lệnh "${name}". Xem "par-index --help".`,
  badFormat: (value: string) => `--format phải là json hoặc table, không phải "${value}".`,
  tableHeaders: ["STT", "Đơn vị", "Điểm", "Chỉ số (%)", "Xếp hạng", "Năm trước", "Thay đổi", "Nhóm", "Xếp loại"],
  invalidUnit: "có lỗi",
  issuesTitle: (errors: number, warnings: number) => `Có ${errors} lỗi và ${warnings} cảnh báo:`,
  noIssues: "Không có lỗi.",
  error: "Lỗi",
  warning: "Cảnh báo",
  templatesHeader: ["Mã", "Tên"],
  // Scoring model: applicable maximum, bonus and penalty points.
  applicableMaxHeader: "Tối đa áp dụng",
  bonusHeader: "Thưởng",
  penaltyHeader: "Trừ",
};

type CliText = typeof vi;

const en: CliText = {
  cannotRead: (path, why) => `Cannot read "${path}" (${why}). Check the path and permissions.`,
  unknownTemplate: (id, ids) => `No template "${id}". Use a built-in id (${ids.join(", ")}) or the path of a .json file.`,
  badTemplate: (path) => `Template "${path}" is invalid:`,
  notJson: (path, why) => `"${path}" is not valid JSON: ${why}`,
  badUnitsShape: (path, where) =>
    `"${path}" must look like { "units": [ { "name": "Xã A", "scores": { "1.1": 1 }, "previousRank": 4 } ] }; wrong at: ${where}`,
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
};

export const cliText: Record<Lang, CliText> = { vi, en };
