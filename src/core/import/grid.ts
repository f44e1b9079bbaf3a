/**
 * A criteria table as the importer receives it: a block of cell values with,
 * where the source has them, merged areas and each cell's bold and indent.
 * The same shape comes from a sheet (Office.js, an .xlsx file) or from text
 * pasted into a file (no merges, no formats).
 */

export type GridValue = string | number | boolean | null;

/** A merged block, 0-based within the grid. */
export interface MergedArea {
  row: number;
  column: number;
  rowCount: number;
  columnCount: number;
}

export interface CriteriaGrid {
  /** Rows × columns of cell values. */
  values: GridValue[][];
  /** The sheet's 1-based row number of values[0] (default 1): problems name sheet rows. */
  firstRow?: number;
  merged?: MergedArea[];
  /** Same shape as values where known; null or missing = unknown. */
  bold?: (boolean | null)[][];
  /** Same shape as values where known: Excel's indent level (0 = none). */
  indent?: (number | null)[][];
}

/** Read access to a grid with merged cells resolved: a covered cell reads as empty, its origin is known. */
export class GridReader {
  readonly rowCount: number;
  readonly columnCount: number;
  readonly firstRow: number;
  private readonly origins = new Map<string, { row: number; column: number }>();

  constructor(private readonly grid: CriteriaGrid) {
    this.rowCount = grid.values.length;
    this.columnCount = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    this.firstRow = grid.firstRow ?? 1;
    for (const area of grid.merged ?? []) {
      for (let r = area.row; r < area.row + area.rowCount; r++) {
        for (let c = area.column; c < area.column + area.columnCount; c++) {
          if (r !== area.row || c !== area.column) this.origins.set(`${r},${c}`, { row: area.row, column: area.column });
        }
      }
    }
  }

  /** The cell's value; null for a cell covered by a merged block (only its first cell holds the value). */
  value(row: number, column: number): GridValue {
    if (column < 0 || this.origins.has(`${row},${column}`)) return null;
    return this.grid.values[row]?.[column] ?? null;
  }

  /** The cell's text, trimmed, NFC, with runs of spaces made one; "" for an empty cell. */
  text(row: number, column: number): string {
    return cellText(this.value(row, column));
  }

  /** The top-left cell of the merged block covering (row, column), or null when it is not covered. */
  origin(row: number, column: number): { row: number; column: number } | null {
    return this.origins.get(`${row},${column}`) ?? null;
  }

  /** Text of the cell, or of the merged block's first cell when the cell is covered (for headers). */
  spannedText(row: number, column: number): string {
    const origin = this.origin(row, column);
    return origin ? this.text(origin.row, origin.column) : this.text(row, column);
  }

  bold(row: number, column: number): boolean | null {
    if (column < 0) return null;
    return this.grid.bold?.[row]?.[column] ?? null;
  }

  indent(row: number, column: number): number | null {
    if (column < 0) return null;
    return this.grid.indent?.[row]?.[column] ?? null;
  }

  /** The sheet's row number of a grid row. */
  sheetRow(row: number): number {
    return this.firstRow + row;
  }

  isBlankRow(row: number): boolean {
    for (let c = 0; c < this.columnCount; c++) if (this.text(row, c) !== "") return false;
    return true;
  }
}

/** Text as typed: NFC, trimmed, inner runs of white space (line breaks kept) made one. */
export function cellText(value: GridValue): string {
  if (value === null) return "";
  return String(value)
    .normalize("NFC")
    .replace(/[ \t\u00a0]+/g, " ")
    .replace(/ *\r?\n */g, "\n")
    .trim();
}

/** Lowercase, NFC, one space between words, line breaks as spaces: for matching words. */
export function wordsOf(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}
