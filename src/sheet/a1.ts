/**
 * A1 addresses: column letters, cell and range addresses, 0-based indexes.
 */

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n - 1;
}

/** (4, 3) → "D5". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** "D5:F9" for a block of `rows` × `columns` at (row, column); a single cell gives "D5". */
export function rangeAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  if (rows === 1 && columns === 1) return start;
  return `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "D5", "$D$5:F9" or "Sheet!D5:F9" → the block; null when it is not an address. */
export function parseRange(address: string): Block | null {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second] = local.split(":");
  const a = CELL.exec(first ?? "");
  const b = CELL.exec(second ?? first ?? "");
  if (!a || !b) return null;
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  const c1 = columnIndex(a[1]);
  const c2 = columnIndex(b[1]);
  const row = Math.min(r1, r2);
  const column = Math.min(c1, c2);
  return { row, column, rows: Math.abs(r2 - r1) + 1, columns: Math.abs(c2 - c1) + 1 };
}

/** A sheet name quoted for a reference: 'Cấu hình'!$A$1. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** "$B$5:$D$5" for a block. */
export function absoluteRange(row: number, column: number, rows: number, columns: number): string {
  const start = `$${columnLetter(column)}$${row + 1}`;
  if (rows === 1 && columns === 1) return start;
  return `${start}:$${columnLetter(column + columns - 1)}$${row + rows - 1 + 1}`;
}

/** Excel's grid: 1,048,576 rows × 16,384 columns (A–XFD). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * Like parseRange, and also whole rows ("5:9", "$5:$9") and whole columns
 * ("B:D", "$B:$D") as Excel reports them for a selection or a change; null
 * when it is not one block.
 */
export function parseBlock(address: string): Block | null {
  const local = address.slice(address.lastIndexOf("!") + 1);
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(local);
  if (rows) {
    const [first, last] = [Number(rows[1]), Number(rows[2])].sort((a, b) => a - b);
    return first >= 1 ? { row: first - 1, column: 0, rows: last - first + 1, columns: SHEET_COLUMNS } : null;
  }
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(local);
  if (columns) {
    const [first, last] = [columnIndex(columns[1]), columnIndex(columns[2])].sort((a, b) => a - b);
    return { row: 0, column: first, rows: SHEET_ROWS, columns: last - first + 1 };
  }
  return parseRange(local);
}

/**
 * The blocks of an address of one or more areas ("D5:D9,F7", "C:C", "4:4"),
 * as Excel gives a multi-area selection or change; null when any area is
 * not an address.
 */
export function parseAreas(address: string): Block[] | null {
  const blocks = address.split(",").map((area) => parseBlock(area.trim()));
  return blocks.every((block): block is Block => block !== null) ? blocks : null;
}

/** The cells two blocks share; null when they do not overlap. */
export function intersectBlocks(a: Block, b: Block): Block | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - column;
  return rows > 0 && columns > 0 ? { row, column, rows, columns } : null;
}

/** The address of a block: "D5:F9", "D5", whole rows "5:9" or whole columns "B:D". */
export function blockAddress(block: Block): string {
  if (block.columns === SHEET_COLUMNS && block.column === 0) return `${block.row + 1}:${block.row + block.rows}`;
  if (block.rows === SHEET_ROWS && block.row === 0) return `${columnLetter(block.column)}:${columnLetter(block.column + block.columns - 1)}`;
  return rangeAddress(block.row, block.column, block.rows, block.columns);
}
