/** Why an action cannot read or change a workbook, in Vietnamese and English; and the actions' progress labels. */
import { bilingual, type Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import type { CellValue } from "../workbook/port";

interface SheetProblemText {
  structureProtected: () => string;
  noTemplate: () => string;
  cannotCarryOver: (sheet: string) => string;
  storedTemplateDamaged: () => string;
  noScoringSheet: (sheet: string) => string;
  userSheetInTheWay: (sheet: string) => string;
  noUnits: () => string;
  orphan: (unit: string, code: string, unitGone: boolean) => string;
  scoresInvalid: (count: number) => string;
}

const sheetVi: SheetProblemText = {
  structureProtected: () =>
    "Cấu trúc sổ tính đang được bảo vệ nên phần bổ trợ không thể thêm, xóa hay đổi tên trang tính. Hãy bỏ bảo vệ (Xem lại › Bảo vệ sổ làm việc) rồi thử lại.",
  noTemplate: () => "Sổ tính chưa có bộ tiêu chí. Hãy nạp bộ tiêu chí trước.",
  cannotCarryOver: (sheet) =>
    `Không thể giữ lại điểm đã nhập vì trang "${sheet}" đã bị thay đổi cấu trúc. Hãy sửa lại trang, hoặc đổi tên trang đó để giữ làm bản lưu rồi nạp lại bộ tiêu chí.`,
  storedTemplateDamaged: () => "Bộ tiêu chí lưu trong sổ tính bị hỏng. Hãy nạp lại bộ tiêu chí.",
  noScoringSheet: (sheet) => `Không tìm thấy trang "${sheet}" do phần bổ trợ tạo. Hãy nạp lại bộ tiêu chí.`,
  userSheetInTheWay: (sheet) => `Đã có trang "${sheet}" do người dùng tạo; phần bổ trợ không ghi đè lên trang này. Hãy đổi tên hoặc xóa trang đó.`,
  noUnits: () => "Chưa có đơn vị nào. Hãy nhập danh sách đơn vị, mỗi dòng một đơn vị.",
  orphan: (unit, code, unitGone) =>
    unitGone
      ? `Điểm của đơn vị "${unit}" ở tiêu chí ${code} không còn chỗ vì đơn vị không còn trong danh sách`
      : `Điểm của đơn vị "${unit}" ở tiêu chí ${code} không còn chỗ vì bộ tiêu chí mới không có tiêu chí ${code} để chấm`,
  scoresInvalid: (count) => `Còn ${count} điểm không hợp lệ; hãy sửa trước khi lập phụ lục.`,
};

const sheetEn: SheetProblemText = {
  structureProtected: () =>
    "The workbook's structure is protected, so the add-in cannot add, delete or rename sheets. Unprotect it (Review › Protect Workbook) and try again.",
  noTemplate: () => "No criteria template in this workbook yet. Load a template first.",
  cannotCarryOver: (sheet) =>
    `The scores already entered cannot be carried over because the "${sheet}" sheet was rearranged. Repair it, or rename it to keep as a copy and load the template again.`,
  storedTemplateDamaged: () => "The template stored in the workbook is damaged. Load the template again.",
  noScoringSheet: (sheet) => `The "${sheet}" sheet made by the add-in is missing. Load the template again.`,
  userSheetInTheWay: (sheet) => `A sheet "${sheet}" made by the user already exists; the add-in does not overwrite it. Rename or delete that sheet.`,
  noUnits: () => "No units given. Enter the units, one per line.",
  orphan: (unit, code, unitGone) =>
    unitGone
      ? `The score of "${unit}" for ${code} has no place: the unit is no longer in the list`
      : `The score of "${unit}" for ${code} has no place: the new template has no criterion ${code} to score`,
  scoresInvalid: (count) => `${count} invalid score(s) remain; fix them before building the annexes.`,
};

export const sheetProblems = /*#__PURE__*/ bilingual(sheetVi, sheetEn);

/** Why a unit's self-assessment is not put into the scoring workbook (collect, the self-assessment area). */
interface SelfProblemText {
  wrongTemplate: (unit: string) => string;
  wrongYear: (unit: string, found: number | null, expected: number | null) => string;
  unknownUnit: (unit: string) => string;
  duplicateUnit: (unit: string) => string;
  invalidValues: (unit: string, count: number) => string;
  unknownExplanationCode: (unit: string, code: string) => string;
}

const selfVi: SelfProblemText = {
  wrongTemplate: (unit) => `Bản tự chấm của "${unit}" được lập theo một bộ tiêu chí khác với sổ chấm điểm; hãy gửi lại cho đơn vị file tự chấm lập từ sổ này.`,
  wrongYear: (unit, found, expected) =>
    `Bản tự chấm của "${unit}" là của năm ${found ?? "(không ghi năm)"}, còn sổ chấm điểm là năm ${expected ?? "(không ghi năm)"}; hãy dùng file tự chấm đúng năm.`,
  unknownUnit: (unit) => `Đơn vị "${unit}" không có trong sổ chấm điểm; hãy kiểm tra tên đơn vị hoặc thêm đơn vị rồi nạp lại bộ tiêu chí.`,
  duplicateUnit: (unit) => `Có nhiều bản tự chấm cùng của đơn vị "${unit}"; hãy chỉ chọn một bản.`,
  invalidValues: (unit, count) => `Bản tự chấm của "${unit}" có ${count} điểm không hợp lệ; hãy đề nghị đơn vị sửa rồi gửi lại.`,
  unknownExplanationCode: (unit, code) => `Bản tự chấm của "${unit}" có giải trình cho mã ${code} không có trong bộ tiêu chí.`,
};

const selfEn: SelfProblemText = {
  wrongTemplate: (unit) =>
    `The self-assessment of "${unit}" was made from another criteria set than the scoring workbook's; send the unit a self-assessment file made from this workbook.`,
  wrongYear: (unit, found, expected) =>
    `The self-assessment of "${unit}" is for ${found ?? "(no year)"} but the scoring workbook is for ${expected ?? "(no year)"}; use the self-assessment file of the right year.`,
  unknownUnit: (unit) => `The unit "${unit}" is not in the scoring workbook; check the unit's name, or add the unit and load the template again.`,
  duplicateUnit: (unit) => `Several self-assessments name the unit "${unit}"; choose only one of them.`,
  invalidValues: (unit, count) => `The self-assessment of "${unit}" has ${count} invalid score(s); ask the unit to correct them and send it again.`,
  unknownExplanationCode: (unit, code) => `The self-assessment of "${unit}" explains a code ${code} that is not in the criteria set.`,
};

export const selfProblems = /*#__PURE__*/ bilingual(selfVi, selfEn);

/** Why a unit's returned self-assessment file is refused (collecting), each naming its cell. */
interface SelfFileProblemText {
  notAWorkbook: (why: string) => string;
  noSelfSheet: (sheet: string) => string;
  noIdentity: (cell: string) => string;
  wrongTemplate: (cell: string, fileTemplate: string, bookTemplate: string) => string;
  wrongYear: (cell: string, fileYear: number | null, bookYear: number | null) => string;
  noUnit: (cell: string) => string;
}

const selfFileVi: SelfFileProblemText = {
  notAWorkbook: (why) => `Không phải sổ tính Excel (.xlsx) đọc được (${why}); hãy nhờ đơn vị gửi lại tệp tự chấm dạng .xlsx`,
  noSelfSheet: (sheet) => `Tệp không có trang "${sheet}": không phải tệp tự chấm do par-index tạo (hoặc trang đã bị đổi tên)`,
  noIdentity: (cell) => `Ô ${cell} không có nhận dạng bộ tiêu chí: tệp không phải tệp tự chấm do par-index tạo, hoặc các dòng đầu đã bị sửa`,
  wrongTemplate: (cell, fileTemplate, bookTemplate) =>
    `Tệp được tạo cho bộ tiêu chí khác (ô ${cell}: "${fileTemplate}") với sổ chấm điểm ("${bookTemplate}"); hãy gửi đơn vị tệp tự chấm của đúng bộ tiêu chí`,
  wrongYear: (cell, fileYear, bookYear) => `Tệp là của năm ${fileYear ?? "(không ghi năm)"} (ô ${cell}), sổ chấm điểm là năm ${bookYear ?? "(không ghi năm)"}`,
  noUnit: (cell) => `Ô ${cell} không có tên đơn vị`,
};

const selfFileEn: SelfFileProblemText = {
  notAWorkbook: (why) => `Not a readable Excel workbook (.xlsx) (${why}); ask the unit to send its self-assessment file again as .xlsx`,
  noSelfSheet: (sheet) => `The file has no "${sheet}" sheet: it is not a self-assessment file made by par-index (or the sheet was renamed)`,
  noIdentity: (cell) => `Cell ${cell} holds no template identity: the file is not a self-assessment file made by par-index, or its first rows were edited`,
  wrongTemplate: (cell, fileTemplate, bookTemplate) =>
    `The file was made for another template (cell ${cell}: "${fileTemplate}") than the scoring workbook's ("${bookTemplate}"); send the unit a self-assessment file of the right template`,
  wrongYear: (cell, fileYear, bookYear) =>
    `The file is for the year ${fileYear ?? "(none)"} (cell ${cell}); the scoring workbook is for ${bookYear ?? "(none)"}`,
  noUnit: (cell) => `Cell ${cell} holds no unit name`,
};

export const selfFileProblems = /*#__PURE__*/ bilingual(selfFileVi, selfFileEn);

/** Progress labels of the actions. */
interface ProgressText {
  reading: string;
  planning: string;
  writing: string;
  checking: string;
  scoring: string;
  done: string;
}

const progressVi: ProgressText = {
  reading: "Đọc sổ tính",
  planning: "Lập bố cục các trang",
  writing: "Ghi các trang",
  checking: "Kiểm tra điểm",
  scoring: "Tính điểm, xếp hạng, xếp loại",
  done: "Xong",
};

const progressEn: ProgressText = {
  reading: "Reading the workbook",
  planning: "Laying out the sheets",
  writing: "Writing the sheets",
  checking: "Checking the scores",
  scoring: "Scoring, ranking, classifying",
  done: "Done",
};

export const progressLabels: Readonly<Record<Lang, ProgressText>> = { vi: progressVi, en: progressEn };

/** A cell's value as its language writes it, ∅ for an empty cell. */
const shown = (value: CellValue, lang: Lang): string =>
  typeof value === "number" ? (lang === "vi" ? formatDecimalVi(value) : String(value)) : value === null ? "∅" : JSON.stringify(value);

/** What hands changed around the scores of `Chấm điểm` (sheet-integrity.ts), each naming its cell. */
interface StructureProblemText {
  mergedScores: (range: string) => string;
  formulaReplaced: (expected: string, found: string | null, value: CellValue) => string;
  strayColumn: (column: string, first: string, sample: string) => string;
  badPreviousRank: (value: CellValue) => string;
}

const structureVi: StructureProblemText = {
  mergedScores: (range) =>
    `các ô ${range} bị gộp (Merge & Center) trong vùng điểm: Excel chỉ giữ giá trị của ô đầu, các ô còn lại bị tính là trống. Hãy bỏ gộp (Unmerge) rồi nhập lại điểm từng ô.`,
  formulaReplaced: (expected, found, value) =>
    found === null
      ? `ô này phải có công thức ${expected} nhưng đang là giá trị nhập tay ${shown(value, "vi")}, nên số liệu trên trang không còn đúng. Hãy chép lại công thức từ ô cùng hàng của đơn vị bên cạnh, hoặc nạp lại bộ tiêu chí trong phần bổ trợ.`
      : `công thức của ô này phải là ${expected} nhưng đã bị sửa thành ${found}. Hãy chép lại công thức từ ô cùng hàng của đơn vị bên cạnh, hoặc nạp lại bộ tiêu chí trong phần bổ trợ.`,
  strayColumn: (column, first, sample) =>
    `cột ${column} có dữ liệu ("${sample}" ở ${first}) nhưng không thuộc đơn vị nào của sổ, nên không được chấm. Muốn thêm đơn vị, hãy lập lại sổ với danh sách mới (par-index init) hoặc nạp lại bộ tiêu chí trong phần bổ trợ; nếu là ghi chú, hãy chuyển sang trang khác.`,
  badPreviousRank: (value) => `thứ hạng năm trước ${shown(value, "vi")} không phải số nguyên dương (1, 2, 3…); hãy nhập lại hoặc để trống.`,
};

const structureEn: StructureProblemText = {
  mergedScores: (range) =>
    `cells ${range} are merged in the score area: Excel keeps the first cell's value only, the others count as blank. Unmerge them and enter each score again.`,
  formulaReplaced: (expected, found, value) =>
    found === null
      ? `this cell should hold the formula ${expected} but holds the typed value ${shown(value, "en")}, so the sheet's figures are no longer right. Copy the formula back from the same row of the next unit, or load the template again in the add-in.`
      : `this cell's formula should be ${expected} but was changed to ${found}. Copy the formula back from the same row of the next unit, or load the template again in the add-in.`,
  strayColumn: (column, first, sample) =>
    `column ${column} holds data ("${sample}" in ${first}) but belongs to no unit of the workbook, so it is not scored. To add a unit, make the workbook again with the new list (par-index init) or load the template again in the add-in; if it is a note, move it to another sheet.`,
  badPreviousRank: (value) => `last year's rank ${shown(value, "en")} is not a positive whole number (1, 2, 3…); enter it again or leave it blank.`,
};

export const structureProblems = /*#__PURE__*/ bilingual(structureVi, structureEn);
