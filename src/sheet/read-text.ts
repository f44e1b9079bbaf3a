/**
 * Why a sheet read back no longer fits the layout its template gives it,
 * naming the cell: one dictionary per language, and their bilingual makers
 * for the problems the readers return.
 */
import { bilingual } from "../core/messages";

interface ReadText {
  /** `Chấm điểm` (or a sheet laid out like it): a criterion's code is not on its row. */
  sheetCodeMoved: (sheet: string, address: string, expected: string, found: string) => string;
  /** A returned self-assessment file: a header is not in its cell. */
  headerMoved: (cell: string, expected: string, found: string) => string;
  /** A returned self-assessment file: a criterion's code is not on its row. */
  codeMoved: (cell: string, expected: string, found: string) => string;
  /** A returned self-assessment file: something sits on the total's row (a row was added). */
  rowAdded: (cell: string, expected: string, found: string) => string;
}

const vi: ReadText = {
  sheetCodeMoved: (sheet, address, expected, found) =>
    `Trang ${sheet} đã bị thay đổi cấu trúc: ô ${address} phải là mã ${expected} nhưng đang là "${found}". Hãy nạp lại bộ tiêu chí.`,
  headerMoved: (cell, expected, found) =>
    `Cấu trúc tệp đã bị sửa: ô ${cell} phải là tiêu đề "${expected}" nhưng đang là "${found}" (dòng, cột bị thêm, xóa hoặc di chuyển)`,
  codeMoved: (cell, expected, found) =>
    `Cấu trúc tệp đã bị sửa: ô ${cell} phải là mã ${expected} nhưng đang là "${found}" (dòng bị thêm, xóa hoặc di chuyển, hoặc mã bị sửa)`,
  rowAdded: (cell, _expected, found) => `Cấu trúc tệp đã bị sửa: ô ${cell} (dòng tổng điểm) đang có "${found}" — có dòng được thêm sau tiêu chí cuối`,
};

const en: ReadText = {
  sheetCodeMoved: (sheet, address, expected, found) =>
    `The ${sheet} sheet was rearranged: cell ${address} should hold code ${expected} but holds "${found}". Load the template again.`,
  headerMoved: (cell, expected, found) =>
    `The file's layout was edited: cell ${cell} should hold the header "${expected}" but holds "${found}" (rows or columns added, deleted or moved)`,
  codeMoved: (cell, expected, found) =>
    `The file's layout was edited: cell ${cell} should hold code ${expected} but holds "${found}" (rows added, deleted or moved, or a code edited)`,
  rowAdded: (cell, _expected, found) =>
    `The file's layout was edited: cell ${cell} (the total's row) holds "${found}" — a row was added after the last criterion`,
};

export const readProblems = /*#__PURE__*/ bilingual(vi, en);
