/**
 * Row heights for wrapped text. Excel grows a row to fit wrapped text only
 * when it edits the cell itself, and never for merged cells; LibreOffice keeps
 * the height a file gives. So the plans carry the height each row needs: the
 * lines its longest wrapped text takes in its column (or merged columns),
 * estimated by wrapping words at about one character per character of column
 * width — a little less than any renderer fits, so that the diacritics of
 * Vietnamese and a substituted font never push a line over.
 */
import { parseRange } from "./a1";
import type { CellStyle, PlanCell, SheetPlan } from "./plan";

/** Points of one line of 11-point text. */
const LINE_POINTS = 15;
/** Points a wrapped row gets beyond its lines (the cell's top and bottom margins). */
const ROW_PADDING_POINTS = 3;
/** Excel's own row height for 11-point text; rows of one line keep it. */
const DEFAULT_ROW_POINTS = 15;
/** Excel's highest row. */
const MAX_ROW_POINTS = 409;
/** Excel's width of a column that was never sized, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;

/**
 * Characters of regular text per character of width, and of bold text
 * (wider). Excel (Calibri) and LibreOffice (DejaVu Sans in its place) both
 * fit about 1,2 characters of Vietnamese prose per character of width; the
 * estimate stays under that so that a line never runs over.
 */
const REGULAR_FILL = 1.1;
const BOLD_FILL = 1;
/** Characters of width the cell's left and right margins take. */
const MARGIN_CHARACTERS = 1.5;
/** Characters of width an indent level takes. */
const INDENT_CHARACTERS = 2;
const BOLD_STYLES: ReadonlySet<CellStyle> = new Set(["title", "header", "field", "parent", "total", "summary"]);

interface TextLook {
  bold?: boolean;
  indent?: number;
}

/** How many characters of text fit on one line of a column `width` characters wide. */
export function lineCapacity(width: number, look: TextLook = {}): number {
  const usable = width - MARGIN_CHARACTERS - INDENT_CHARACTERS * (look.indent ?? 0);
  return Math.max(1, Math.floor(usable * (look.bold ? BOLD_FILL : REGULAR_FILL)));
}

/** The lines `text` takes when wrapped at word boundaries in a column `width` characters wide. */
export function wrappedLines(text: string, width: number, look: TextLook = {}): number {
  const capacity = lineCapacity(width, look);
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= capacity) {
        used = needed;
        continue;
      }
      if (used > 0) paragraphLines++;
      // A word longer than a line breaks inside itself.
      paragraphLines += Math.ceil(word.length / capacity) - 1;
      used = word.length % capacity || capacity;
    }
    lines += paragraphLines;
  }
  return Math.max(1, lines);
}

/** The height in points of a row holding `lines` lines of text. */
export function heightForLines(lines: number): number {
  if (lines <= 1) return DEFAULT_ROW_POINTS;
  return Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + ROW_PADDING_POINTS);
}

/** The height `text` needs, wrapped in a column `width` characters wide. */
export function textHeight(text: string, width: number, look: TextLook = {}): number {
  return heightForLines(wrappedLines(text, width, look));
}

const lookOf = (cell: PlanCell): TextLook => ({ bold: cell.style !== undefined && BOLD_STYLES.has(cell.style), indent: cell.indent });

/**
 * The row heights of a plan: for every row with a wrapped text cell, the
 * height its tallest text needs (a merged cell spreads its height over its
 * rows and wraps in the width of its columns); null where one line fits.
 * Explicit heights already in the plan are kept when taller.
 */
export function fitRowHeights(plan: SheetPlan): (number | null)[] {
  const widthOf = (column: number): number => plan.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
  const merged = new Map<string, { rows: number; width: number }>();
  const covered = new Set<string>();
  for (const address of plan.merges) {
    const block = parseRange(address);
    if (!block) continue;
    let width = 0;
    for (let c = block.column; c < block.column + block.columns; c++) width += widthOf(c);
    merged.set(`${block.row},${block.column}`, { rows: block.rows, width });
    for (let r = block.row; r < block.row + block.rows; r++) {
      for (let c = block.column; c < block.column + block.columns; c++) if (r !== block.row || c !== block.column) covered.add(`${r},${c}`);
    }
  }
  const heights: (number | null)[] = plan.cells.map((_, row) => plan.rowHeights?.[row] ?? null);
  const raise = (row: number, height: number): void => {
    if (height > (heights[row] ?? DEFAULT_ROW_POINTS)) heights[row] = height;
  };
  plan.cells.forEach((line, row) => {
    line?.forEach((cell, column) => {
      if (!cell?.wrap || typeof cell.value !== "string" || cell.value === "" || covered.has(`${row},${column}`)) return;
      const merge = merged.get(`${row},${column}`);
      const lines = wrappedLines(cell.value, merge?.width ?? widthOf(column), lookOf(cell));
      if (!merge || merge.rows === 1) {
        raise(row, heightForLines(lines));
        return;
      }
      const perRow = Math.ceil((lines * LINE_POINTS + ROW_PADDING_POINTS) / merge.rows);
      for (let r = row; r < row + merge.rows; r++) raise(r, Math.min(MAX_ROW_POINTS, perRow));
    });
  });
  while (heights.length > 0 && heights[heights.length - 1] === null) heights.pop();
  return heights;
}
