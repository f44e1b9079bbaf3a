/**
 * Finding the criteria table's header by its words, not by its position:
 * STT / TT / Số thứ tự / Mã, Tiêu chí / Nội dung, Điểm tối đa / Điểm chuẩn /
 * Thang điểm, Hướng dẫn / Cách chấm / Mức điểm, Tài liệu kiểm chứng, and
 * "Mức điểm cho phép" (the levels, as the add-in's own Tiêu chí sheet lists
 * them: "1; 0,5; 0"). A header
 * may take two rows (a merged "Điểm" above "Tối đa | Tự chấm"); the title
 * block above it (Phụ lục, the decision, the set's name) is left out.
 */
import { GridReader, wordsOf } from "./grid";

type ColumnRole = "number" | "title" | "max" | "levels" | "guidance" | "evidence";

export interface TableHeader {
  /** Grid row of the header's first row. */
  row: number;
  /** Grid row where the data starts (after the header and a row of column numbers, if any). */
  dataRow: number;
  /** Grid column of each role found; title and max are always there. */
  columns: Partial<Record<ColumnRole, number>> & { title: number; max: number };
}

/** How far down a header is looked for: a title block is a few rows, not dozens. */
const HEADER_SEARCH_ROWS = 40;

/** The role a header cell's words give its column, or null for a column we do not read (self-assessed points…). */
export function columnRole(header: string): ColumnRole | null {
  const words = wordsOf(header).replace(/[.:]/g, "").trim();
  if (words === "") return null;
  if (/tự chấm|tự đánh giá|thẩm định|đạt được|ghi chú|self|appraised/.test(words)) return null;
  if (/tài liệu|kiểm chứng|evidence/.test(words)) return "evidence";
  if (/mức điểm cho phép|các mức điểm|allowed levels/.test(words)) return "levels";
  if (/hướng dẫn|cách chấm|mức điểm|phương pháp|cách tính|guidance/.test(words)) return "guidance";
  if (/điểm tối đa|điểm chuẩn|thang điểm|số điểm|^điểm$|^điểm \(|^tối đa|^maximum|^max points/.test(words)) return "max";
  if (/tiêu chí|nội dung|lĩnh vực|^criteri|^content/.test(words)) return "title";
  if (/^(stt|tt|số thứ tự|số tt|thứ tự|mã|mã số|no|code)( |$)/.test(words)) return "number";
  return null;
}

function rolesOf(texts: readonly string[]): Partial<Record<ColumnRole, number>> {
  const columns: Partial<Record<ColumnRole, number>> = {};
  texts.forEach((text, column) => {
    const role = columnRole(text);
    if (role !== null && columns[role] === undefined) columns[role] = column;
  });
  return columns;
}

function complete(columns: Partial<Record<ColumnRole, number>>): TableHeader["columns"] | null {
  const { title, max } = columns;
  return title === undefined || max === undefined ? null : { ...columns, title, max };
}

function rowTexts(grid: GridReader, row: number): string[] {
  return Array.from({ length: grid.columnCount }, (_, column) => grid.spannedText(row, column));
}

/** A row under the header that only numbers the columns: (1) (2) (3) or 1 2 3. */
function isColumnNumbersRow(grid: GridReader, row: number): boolean {
  const texts = rowTexts(grid, row).filter((text) => text !== "");
  return texts.length >= 2 && texts.every((text) => /^\(?\d{1,2}\)?$/.test(text) || /^\([a-zA-Z]\)$/.test(text));
}

/**
 * A second header row: its title cell is empty (merged from above) and it
 * names columns (the "Tối đa | Tự chấm" under a merged "Điểm"), with no number in it.
 */
function isSubHeader(grid: GridReader, row: number, title: number): boolean {
  if (row >= grid.rowCount || grid.text(row, title) !== "") return false;
  const cells = Array.from({ length: grid.columnCount }, (_, column) => grid.value(row, column));
  return cells.some((value) => typeof value === "string" && value.trim() !== "") && !cells.some((value) => typeof value === "number");
}

function headerAt(grid: GridReader, row: number): TableHeader | null {
  const texts = rowTexts(grid, row);
  const roles = rolesOf(texts);
  if (roles.title === undefined) return null;
  if (isSubHeader(grid, row + 1, roles.title)) {
    const below = rowTexts(grid, row + 1);
    const joined = texts.map((text, column) => (below[column] === text || below[column] === "" ? text : `${text} ${below[column]}`));
    const columns = complete(rolesOf(joined));
    return columns && { row, dataRow: row + 2, columns };
  }
  const columns = complete(roles);
  return columns && { row, dataRow: row + 1, columns };
}

/** The first header in the grid, or null when no row names both a title and a maximum column. */
export function findHeader(grid: GridReader): TableHeader | null {
  const last = Math.min(grid.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    const header = headerAt(grid, row);
    if (!header || header.columns.title === header.columns.max) continue;
    if (header.dataRow < grid.rowCount && isColumnNumbersRow(grid, header.dataRow)) header.dataRow += 1;
    return header;
  }
  return null;
}

/** Whether a data row repeats the header (a table pasted from Word repeats it on every page). */
export function repeatsHeader(grid: GridReader, row: number, header: TableHeader): boolean {
  const title = grid.text(row, header.columns.title);
  const max = grid.text(row, header.columns.max);
  return title !== "" && columnRole(title) === "title" && columnRole(max) === "max";
}
