/** Sentences of the workbook commands (init, check, annexes, demo), Vietnamese first. */
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import type { UnreadableReason } from "../workbook/xlsx/xlsx-open";

interface WorkbookText {
  notAWorkbook: (path: string, why: string) => string;
  cannotWrite: (path: string, why: string) => string;
  noUnits: (path: string) => string;
  missingWorkbook: (command: string) => string;
  needUnits: string;
  unknownScoredUnits: (names: string[]) => string;
  badYear: (value: string) => string;
  loading: string;
  checking: string;
  buildingAnnexes: string;
  written: (path: string, sheets: string[]) => string;
  orphaned: (count: number) => string;
  scoreIssues: (errors: number, warnings: number) => string;
  noIssues: (units: number) => string;
  mismatchesTitle: (count: number) => string;
  mismatch: (where: string, what: string, cached: string, expected: string) => string;
  moreWarnings: (count: number) => string;
  moreMismatches: (count: number) => string;
  refusedAnnexes: string;
  annexSummary: (classes: string) => string;
  demoWritten: (path: string, units: number) => string;
  error: string;
  warning: string;
  // Hardening: what --out may not overwrite.
  outIsInput: (out: string, option: string) => string;
  outIsFolder: (out: string) => string;
  outExists: (out: string, what: string) => string;
  holdsFile: (size: number) => string;
  holdsWorkbook: (sheets: string[]) => string;
  holdsScoringWorkbook: (template: string, units: number, year: number | null, scores: number | null) => string;
  // Self-assessment files of the units (init --per-unit).
  perUnitWriting: string;
  perUnitWritten: (folder: string, count: number) => string;
  perUnitExisting: (paths: string[]) => string;
  needOutOrPerUnit: string;
  tooManyUnits: (count: number, max: number) => string;
  unreadable: Record<UnreadableReason, string>;
  // Demo sets (--set).
  badDemoSet: (value: string, sets: readonly string[]) => string;
  // Collecting the units' self-assessment files (collect).
  collectReading: string;
  collectWhat: {
    score: string;
    explanation: string;
  };
  collectAdded: (file: string, unit: string, cells: number) => string;
  collectUnchanged: (file: string, unit: string) => string;
  collectReplaced: (file: string, unit: string, changes: number) => string;
  collectNeedsReplace: (file: string, unit: string, changes: number) => string;
  collectRefused: (file: string, unit: string | null, reason: string) => string;
  collectMoreChanges: (count: number) => string;
  collectSummary: (collected: number, total: number, refused: number, needsReplace: number) => string;
  collectNoFiles: string;
  collectWritten: (path: string) => string;
  collectNothingWritten: (path: string) => string;
  /** annexes --threshold (PL4). */
  badThreshold: (value: string) => string;
  /** check: the units with criteria not assessed, as information (as the task pane lists them). */
  notAssessedTitle: (units: number) => string;
  notAssessedUnit: (unit: string, codes: string, max: number) => string;
  // Starting the appraisal from the self-assessment (appraise).
  appraised: (out: string, copied: number, kept: number, units: number) => string;
  // Chấm điểm changed around the scores (check, annexes).
  structureTitle: (count: number) => string;
  structureRefusedAnnexes: string;
}

const vi: WorkbookText = {
  notAWorkbook: (path, why) => `Tệp "${path}" không phải sổ tính Excel (.xlsx) đọc được: ${why}`,
  cannotWrite: (path, why) => `Không ghi được tệp "${path}" (${why}).`,
  noUnits: (path) => `Tệp "${path}" không có tên đơn vị nào (mỗi dòng một tên).`,
  missingWorkbook: (command) => `Thiếu tệp sổ tính .xlsx: par-index ${command} <sổ.xlsx>. Xem "par-index ${command} --help".`,
  needUnits: `Cần --units <danh-sách.txt> (mỗi dòng một tên đơn vị) hoặc --scores <điểm.json>.`,
  unknownScoredUnits: (names) => `Tệp điểm có đơn vị không nằm trong danh sách --units: ${names.join(", ")}. Thêm các đơn vị này vào danh sách hoặc sửa tên.`,
  badYear: (value) => `--year phải là một năm từ 1990 đến 2100 (ví dụ 2026), không phải "${value}".`,
  loading: "Đang lập các trang tính",
  checking: "Đang kiểm tra điểm",
  buildingAnnexes: "Đang lập phụ lục…",
  written: (path, sheets) => `Đã ghi "${path}" gồm các trang: ${sheets.join(", ")}.`,
  orphaned: (count) => `${count} điểm trong sổ cũ không còn chỗ trong bố cục mới:`,
  scoreIssues: (errors, warnings) => `Điểm có ${errors} lỗi và ${warnings} cảnh báo:`,
  noIssues: (units) => `Không có lỗi: ${units} đơn vị, mọi điểm hợp lệ.`,
  mismatchesTitle: (count) =>
    `${count} ô công thức có giá trị lưu trong tệp khác với giá trị tính lại (hãy mở tệp trong Excel và tính lại, hoặc chạy "par-index annexes"):`,
  mismatch: (where, what, cached, expected) => `  ${where} (${what}): trong tệp là ${cached}, tính lại là ${expected}`,
  moreWarnings: (count) => `  … và ${count} cảnh báo khác (xem đủ với "par-index check <sổ.xlsx> --json")`,
  moreMismatches: (count) => `  … và ${count} ô khác (xem đủ với --json)`,
  refusedAnnexes: "Chưa lập phụ lục vì còn điểm không hợp lệ; sửa các lỗi sau rồi chạy lại:",
  annexSummary: (classes) => `Xếp loại: ${classes}.`,
  demoWritten: (path, units) =>
    `Đã tạo sổ minh họa "${path}": ${units} xã, thị trấn của một tỉnh giả định, đã chấm điểm và lập phụ lục. Mở bằng Excel hoặc LibreOffice.`,
  error: "Lỗi",
  warning: "Cảnh báo",
  // Hardening: what --out may not overwrite.
  outIsInput: (out, option) => `--out "${out}" là chính tệp đầu vào --${option}; ghi vào đó sẽ xóa mất tệp này. Hãy chọn một tệp khác cho --out.`,
  outIsFolder: (out) => `--out "${out}" là một thư mục; hãy cho tên tệp .xlsx cần tạo.`,
  outExists: (out, what) => `Không ghi đè "${out}": tệp này đã có (${what}). Hãy chọn --out khác, hoặc thêm --force nếu muốn thay tệp đó.`,
  holdsFile: (size) => `${size.toLocaleString("vi-VN")} byte, không phải sổ .xlsx`,
  holdsWorkbook: (sheets) => `sổ tính Excel có ${sheets.length} trang: ${sheets.join(", ")}`,
  holdsScoringWorkbook: (template, units, year, scores) =>
    `sổ chấm điểm theo bộ tiêu chí "${template}", ${units} đơn vị${year === null ? "" : `, năm ${year}`}${scores === null ? "" : `, ${scores} điểm đã nhập`}`,
  // Self-assessment files of the units (init --per-unit).
  perUnitWriting: "Đang tạo tệp tự chấm",
  perUnitWritten: (folder, count) =>
    `Đã tạo ${count} tệp tự chấm trong thư mục "${folder}" (mỗi đơn vị một tệp, trang "Tự chấm"). Gửi mỗi đơn vị tệp của mình; khi nhận lại, gộp bằng "par-index collect".`,
  perUnitExisting: (paths) =>
    `Không ghi đè ${paths.length} tệp đã có:\n${paths.map((path) => `  - ${path}`).join("\n")}\nChọn thư mục khác, hoặc thêm --force để ghi đè các tệp này. Chưa tệp nào được ghi.`,
  needOutOrPerUnit: "Cần --out <sổ.xlsx> (sổ chấm điểm) hoặc --per-unit <thư-mục> (tệp tự chấm của từng đơn vị), hoặc cả hai.",
  tooManyUnits: (count, max) =>
    `Danh sách có ${count.toLocaleString("vi-VN")} đơn vị, nhiều hơn số cột của một trang Excel cho phép (${max.toLocaleString("vi-VN")} đơn vị, mỗi đơn vị một cột). Hãy chia thành nhiều sổ, ví dụ mỗi huyện một sổ.`,
  unreadable: {
    notZip: "tệp không có dạng nén của .xlsx (có thể là tệp khác bị đặt đuôi .xlsx, hoặc tệp tải về chưa trọn)",
    oldFormat:
      "đây là tệp Excel 97–2003 (.xls) hoặc tệp .xlsx có mật khẩu mở; hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi chọn Lưu thành (Save As) › Sổ làm việc Excel (.xlsx)",
    openDocument: "đây là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice Calc và lưu thành dạng Excel 2007-365 (.xlsx)",
    notXlsx: "tệp nén này không chứa sổ tính Excel (không có xl/workbook.xml)",
    tooLarge: "nội dung giải nén của tệp lớn hơn 500 MB",
    damaged: "tệp bị hỏng; hãy mở bằng Excel hoặc LibreOffice (chương trình sẽ đề nghị sửa) rồi lưu lại dạng .xlsx",
  },
  // Demo sets (--set).
  badDemoSet: (value, sets) => `--set phải là ${sets.join(" hoặc ")}, không phải "${value}".`,
  // Collecting the units' self-assessment files (collect).
  collectReading: "Đang đọc tệp tự chấm",
  collectWhat: { score: "điểm", explanation: "giải trình" },
  collectAdded: (file, unit, cells) => `[Đã gộp] ${file} – ${unit}: ${cells} ô điểm và giải trình`,
  collectUnchanged: (file, unit) => `[Không đổi] ${file} – ${unit}: giống hệt phần tự chấm đã có trong sổ`,
  collectReplaced: (file, unit, changes) => `[Đã thay] ${file} – ${unit}: ${changes} ô thay đổi`,
  collectNeedsReplace: (file, unit, changes) =>
    `[Chưa gộp] ${file} – ${unit}: sổ đã có phần tự chấm khác của đơn vị này; ${changes} ô sẽ thay đổi (chạy lại với --replace để thay):`,
  collectRefused: (file, unit, reason) => `[Từ chối] ${file}${unit ? ` – ${unit}` : ""}: ${reason}; tệp không được gộp:`,
  collectMoreChanges: (count) => `    … và ${count} ô khác`,
  collectSummary: (collected, total, refused, needsReplace) =>
    `Đã gộp ${collected}/${total} tệp tự chấm${refused > 0 ? `; ${refused} tệp bị từ chối` : ""}${needsReplace > 0 ? `; ${needsReplace} tệp cần --replace` : ""}.`,
  collectNoFiles: `Thiếu tệp: par-index collect <sổ.xlsx> <tệp tự chấm.xlsx>… Xem "par-index collect --help".`,
  collectWritten: (path) => `Đã ghi sổ chấm điểm "${path}".`,
  collectNothingWritten: (path) => `Không có gì mới để ghi; "${path}" giữ nguyên.`,
  /** annexes --threshold (PL4). */
  badThreshold: (value) => `--threshold phải là một số điểm không âm (ví dụ 5 hoặc 4,5), không phải "${value}".`,
  /** check: the units with criteria not assessed, as information (as the task pane lists them). */
  notAssessedTitle: (units) => `${units} đơn vị có tiêu chí không đánh giá (KĐG) – đây là thông tin, không phải lỗi:`,
  notAssessedUnit: (unit, codes, max) => `  ${unit}: không đánh giá ${codes}; Chỉ số tính trên ${formatDecimalVi(max)} điểm áp dụng.`,
  // Starting the appraisal from the self-assessment (appraise).
  appraised: (out, copied, kept, units) =>
    `Đã ghi "${out}": chép ${copied} điểm tự chấm của ${units} đơn vị sang trang Chấm điểm làm điểm thẩm định ban đầu` +
    (kept > 0 ? `; giữ nguyên ${kept} ô đã có điểm thẩm định khác điểm tự chấm (thêm --overwrite để chép đè).` : "."),
  // Chấm điểm changed around the scores (check, annexes).
  structureTitle: (count) => `Trang Chấm điểm có ${count} chỗ bị sửa ngoài ô điểm:`,
  structureRefusedAnnexes: "Chưa lập phụ lục vì trang Chấm điểm bị sửa ngoài ô điểm; sửa các lỗi sau rồi chạy lại:",
};

const en: WorkbookText = {
  notAWorkbook: (path, why) => `"${path}" is not a readable Excel workbook (.xlsx): ${why}`,
  cannotWrite: (path, why) => `Cannot write "${path}" (${why}).`,
  noUnits: (path) => `"${path}" has no unit names (one name per line).`,
  missingWorkbook: (command) => `Missing the .xlsx workbook: par-index ${command} <book.xlsx>. See "par-index ${command} --help".`,
  needUnits: "Give --units <list.txt> (one unit name per line) or --scores <scores.json>.",
  unknownScoredUnits: (names) => `The scores file has units that are not in --units: ${names.join(", ")}. Add them to the list or fix the names.`,
  badYear: (value) => `--year must be a year from 1990 to 2100 (e.g. 2026), not "${value}".`,
  loading: "Laying out the sheets",
  checking: "Checking the scores",
  buildingAnnexes: "Building the annexes…",
  written: (path, sheets) => `Wrote "${path}" with the sheets: ${sheets.join(", ")}.`,
  orphaned: (count) => `${count} score(s) of the old workbook have no place in the new layout:`,
  scoreIssues: (errors, warnings) => `The scores have ${errors} error(s) and ${warnings} warning(s):`,
  noIssues: (units) => `No errors: ${units} units, every score valid.`,
  mismatchesTitle: (count) =>
    `${count} formula cell(s) hold a cached value that differs from the recomputed one (open the file in Excel and recalculate, or run "par-index annexes"):`,
  mismatch: (where, what, cached, expected) => `  ${where} (${what}): the file has ${cached}, recomputed ${expected}`,
  moreWarnings: (count) => `  … and ${count} more warning(s) (all of them with "par-index check <book.xlsx> --json")`,
  moreMismatches: (count) => `  … and ${count} more cell(s) (all of them with --json)`,
  refusedAnnexes: "No annexes built: some scores are invalid; fix these and run again:",
  annexSummary: (classes) => `Classes: ${classes}.`,
  demoWritten: (path, units) =>
    `Wrote the demo workbook "${path}": ${units} communes of a fictional province, scored, with the annexes. Open it in Excel or LibreOffice.`,
  error: "Error",
  warning: "Warning",
  outIsInput: (out, option) => `--out "${out}" is the --${option} input itself; writing there would destroy it. Choose another file for --out.`,
  outIsFolder: (out) => `--out "${out}" is a folder; give the name of the .xlsx file to create.`,
  outExists: (out, what) => `Not overwriting "${out}": the file exists (${what}). Choose another --out, or add --force to replace it.`,
  holdsFile: (size) => `${size.toLocaleString("en-US")} bytes, not an .xlsx workbook`,
  holdsWorkbook: (sheets) => `an Excel workbook with ${sheets.length} sheet(s): ${sheets.join(", ")}`,
  holdsScoringWorkbook: (template, units, year, scores) =>
    `a scoring workbook on the template "${template}", ${units} units${year === null ? "" : `, year ${year}`}${scores === null ? "" : `, ${scores} score(s) entered`}`,
  // Self-assessment files of the units (init --per-unit).
  perUnitWriting: "Writing the self-assessment files",
  perUnitWritten: (folder, count) =>
    `Wrote ${count} self-assessment files in "${folder}" (one per unit, sheet "Tự chấm"). Send each unit its file; when they come back, collect them with "par-index collect".`,
  perUnitExisting: (paths) =>
    `Not overwriting ${paths.length} existing file(s):\n${paths.map((path) => `  - ${path}`).join("\n")}\nChoose another folder, or add --force to overwrite them. Nothing was written.`,
  needOutOrPerUnit: "Give --out <book.xlsx> (the scoring workbook) or --per-unit <folder> (each unit's self-assessment file), or both.",
  tooManyUnits: (count, max) =>
    `The list has ${count.toLocaleString("en-US")} units, more than an Excel sheet has columns for (${max.toLocaleString("en-US")} units, one per column). Split it into several workbooks, e.g. one per district.`,
  unreadable: {
    notZip: "it is not zipped as an .xlsx is (perhaps another file named .xlsx, or a download cut short)",
    oldFormat:
      "it is an Excel 97–2003 file (.xls) or an .xlsx protected by a password; open it in Excel, remove the password if any, and Save As › Excel Workbook (.xlsx)",
    openDocument: "it is an OpenDocument spreadsheet (.ods); open it in LibreOffice Calc and save it as Excel 2007-365 (.xlsx)",
    notXlsx: "this zip holds no Excel workbook (no xl/workbook.xml)",
    tooLarge: "it unzips to more than 500 MB",
    damaged: "the file is damaged; open it in Excel or LibreOffice (they offer to repair it) and save it again as .xlsx",
  },
  badDemoSet: (value, sets) => `--set must be ${sets.join(" or ")}, not "${value}".`,
  // Collecting the units' self-assessment files (collect).
  collectReading: "Reading the self-assessment files",
  collectWhat: { score: "score", explanation: "explanation" },
  collectAdded: (file, unit, cells) => `[Collected] ${file} – ${unit}: ${cells} score and explanation cells`,
  collectUnchanged: (file, unit) => `[Unchanged] ${file} – ${unit}: the same as the self-assessment already in the workbook`,
  collectReplaced: (file, unit, changes) => `[Replaced] ${file} – ${unit}: ${changes} cell(s) changed`,
  collectNeedsReplace: (file, unit, changes) =>
    `[Not collected] ${file} – ${unit}: the workbook already has another self-assessment of this unit; ${changes} cell(s) would change (run again with --replace to replace it):`,
  collectRefused: (file, unit, reason) => `[Refused] ${file}${unit ? ` – ${unit}` : ""}: ${reason}; the file was not collected:`,
  collectMoreChanges: (count) => `    … and ${count} more cell(s)`,
  collectSummary: (collected, total, refused, needsReplace) =>
    `Collected ${collected}/${total} self-assessment file(s)${refused > 0 ? `; ${refused} refused` : ""}${needsReplace > 0 ? `; ${needsReplace} need --replace` : ""}.`,
  collectNoFiles: `Missing files: par-index collect <book.xlsx> <self-assessment.xlsx>… See "par-index collect --help".`,
  collectWritten: (path) => `Wrote the scoring workbook "${path}".`,
  collectNothingWritten: (path) => `Nothing new to write; "${path}" is unchanged.`,
  badThreshold: (value) => `--threshold must be a number of points, zero or more (e.g. 5 or 4.5), not "${value}".`,
  notAssessedTitle: (units) => `${units} unit(s) with criteria not assessed (KĐG) – information, not errors:`,
  notAssessedUnit: (unit, codes, max) => `  ${unit}: ${codes} not assessed; the index is taken over ${max} applicable points.`,
  appraised: (out, copied, kept, units) =>
    `Wrote "${out}": copied ${copied} self scores of ${units} unit(s) to Chấm điểm as the starting appraisal` +
    (kept > 0 ? `; kept ${kept} cell(s) whose appraisal already differs from the self score (add --overwrite to replace them).` : "."),
  structureTitle: (count) => `The Chấm điểm sheet was changed outside the score cells in ${count} place(s):`,
  structureRefusedAnnexes: "No annexes built: the Chấm điểm sheet was changed outside the score cells; fix these and run again:",
};

export const workbookText: Record<Lang, WorkbookText> = { vi, en };
