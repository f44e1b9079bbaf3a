/** Sentences of the structure problems of `Chấm điểm` (sheet-integrity.ts), Vietnamese first. */
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import type { CellValue } from "../workbook/port";

const shown = (value: CellValue, lang: Lang): string =>
  typeof value === "number" ? (lang === "vi" ? formatDecimalVi(value) : String(value)) : value === null ? "∅" : JSON.stringify(value);

interface IntegrityText {
  mergedScores: (range: string) => string;
  formulaReplaced: (expected: string, found: string | null, value: CellValue) => string;
  strayColumn: (column: string, first: string, sample: string) => string;
  badPreviousRank: (value: CellValue) => string;
  title: (count: number) => string;
  refusedAnnexes: string;
}

const vi: IntegrityText = {
  mergedScores: (range) =>
    `các ô ${range} bị gộp (Merge & Center) trong vùng điểm: Excel chỉ giữ giá trị của ô đầu, các ô còn lại bị tính là trống. Hãy bỏ gộp (Unmerge) rồi nhập lại điểm từng ô.`,
  formulaReplaced: (expected, found, value) =>
    found === null
      ? `ô này phải có công thức ${expected} nhưng đang là giá trị nhập tay ${shown(value, "vi")}, nên số liệu trên trang không còn đúng. Hãy chép lại công thức từ ô cùng hàng của đơn vị bên cạnh, hoặc nạp lại bộ tiêu chí trong phần bổ trợ.`
      : `công thức của ô này phải là ${expected} nhưng đã bị sửa thành ${found}. Hãy chép lại công thức từ ô cùng hàng của đơn vị bên cạnh, hoặc nạp lại bộ tiêu chí trong phần bổ trợ.`,
  strayColumn: (column, first, sample) =>
    `cột ${column} có dữ liệu ("${sample}" ở ${first}) nhưng không thuộc đơn vị nào của sổ, nên không được chấm. Muốn thêm đơn vị, hãy lập lại sổ với danh sách mới (par-index init) hoặc nạp lại bộ tiêu chí trong phần bổ trợ; nếu là ghi chú, hãy chuyển sang trang khác.`,
  badPreviousRank: (value) => `thứ hạng năm trước ${shown(value, "vi")} không phải số nguyên dương (1, 2, 3…); hãy nhập lại hoặc để trống.`,
  title: (count) => `Trang Chấm điểm có ${count} chỗ bị sửa ngoài ô điểm:`,
  refusedAnnexes: "Chưa lập phụ lục vì trang Chấm điểm bị sửa ngoài ô điểm; sửa các lỗi sau rồi chạy lại:",
};

const en: IntegrityText = {
  mergedScores: (range) =>
    `cells ${range} are merged in the score area: Excel keeps the first cell's value only, the others count as blank. Unmerge them and enter each score again.`,
  formulaReplaced: (expected, found, value) =>
    found === null
      ? `this cell should hold the formula ${expected} but holds the typed value ${shown(value, "en")}, so the sheet's figures are no longer right. Copy the formula back from the same row of the next unit, or load the template again in the add-in.`
      : `this cell's formula should be ${expected} but was changed to ${found}. Copy the formula back from the same row of the next unit, or load the template again in the add-in.`,
  strayColumn: (column, first, sample) =>
    `column ${column} holds data ("${sample}" in ${first}) but belongs to no unit of the workbook, so it is not scored. To add a unit, make the workbook again with the new list (par-index init) or load the template again in the add-in; if it is a note, move it to another sheet.`,
  badPreviousRank: (value) => `last year's rank ${shown(value, "en")} is not a positive whole number (1, 2, 3…); enter it again or leave it blank.`,
  title: (count) => `The Chấm điểm sheet was changed outside the score cells in ${count} place(s):`,
  refusedAnnexes: "No annexes built: the Chấm điểm sheet was changed outside the score cells; fix these and run again:",
};

export const integrityText: Record<Lang, IntegrityText> = { vi, en };
