/**
 * How a plan's cells look: top alignment, unlocked input cells, the looks of
 * the cell styles, column widths, row heights and merges — one call per
 * rectangle of alike cells or run of equal sizes, never per cell.
 */
import { columnLetter, rangeAddress } from "../../sheet/a1";
import type { CellStyle, PlanCell, SheetPlan } from "../../sheet/plan";
import type { RangeFormatSlice } from "./office-api";
import { planWidth, type SheetOf } from "./office-cells";
import { heightRuns, rectanglesOf, widthRuns, type Rect } from "./office-grid";
import type { WriteProgram } from "./office-program";

const STYLE_LOOKS: Record<CellStyle, { bold?: boolean; italic?: boolean; size?: number; fill?: string; color?: string }> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  header: { bold: true, fill: "#DDEBF7" },
  field: { bold: true, fill: "#F2F2F2" },
  parent: { bold: true },
  leaf: {},
  input: { fill: "#FFF9E5" },
  total: { bold: true, fill: "#E2EFDA" },
  summary: { fill: "#F7F7F7" },
  note: { italic: true, color: "#595959" },
  extra: { italic: true, fill: "#FCE4D6", color: "#833C0B" },
};

/** Points per character of column width (Calibri 11). */
const POINTS_PER_CHARACTER = 5.6;

const address = (rect: Rect): string => rangeAddress(rect.row, rect.column, rect.rows, rect.columns);

const lookKey = (cell: PlanCell | null | undefined): string => {
  if (!cell) return "";
  const parts = [cell.style ?? "", cell.indent ? String(cell.indent) : "", cell.wrap ? "w" : ""];
  return parts.some((part) => part !== "") ? parts.join("|") : "";
};

/** Top alignment of the whole written block (so that a row grown for wrapped text starts every cell on its first line), and the unlocked cells. */
export function writeAlignmentAndLocks(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const width = planWidth(plan);
  if (width > 0 && plan.cells.length > 0) {
    const block = rangeAddress(0, 0, plan.cells.length, width);
    program.add(2, [block, "Top"], () => {
      sheet().getRange(block).format.verticalAlignment = "Top";
    });
  }
  for (const rect of rectanglesOf(plan.cells, width, (cell) => (cell && cell.locked === false ? "unlocked" : ""))) {
    program.add(2, [address(rect), false], () => {
      sheet().getRange(address(rect)).format.protection.locked = false;
    });
  }
}

/** The style looks: bold, italic, size, colours, indent and wrapping, one set of calls per rectangle. */
export function writeStyles(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  for (const rect of rectanglesOf(plan.cells, planWidth(plan), lookKey)) {
    const [style, indent, wrap] = rect.key.split("|");
    const look = STYLE_LOOKS[style as CellStyle] ?? {};
    const sets: Array<[unknown, (format: RangeFormatSlice) => void]> = [];
    if (look.bold) sets.push([true, (format) => (format.font.bold = true)]);
    if (look.italic) sets.push([true, (format) => (format.font.italic = true)]);
    if (look.size) sets.push([look.size, (format) => (format.font.size = look.size as number)]);
    if (look.color) sets.push([look.color, (format) => (format.font.color = look.color as string)]);
    if (look.fill) sets.push([look.fill, (format) => (format.fill.color = look.fill as string)]);
    if (indent) sets.push([Number(indent), (format) => (format.indentLevel = Number(indent))]);
    if (wrap) sets.push([true, (format) => (format.wrapText = true)]);
    if (sets.length === 0) continue;
    program.add(1 + sets.length, [address(rect), ...sets.map(([value]) => value)], () => {
      const format = sheet().getRange(address(rect)).format;
      for (const [, set] of sets) set(format);
    });
  }
}

/** Column widths (one call per run of equal widths), row heights (one per run) and merges. */
export function writeSizesAndMerges(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  for (const run of widthRuns(plan.columnWidths)) {
    const columns = `${columnLetter(run.first)}:${columnLetter(run.last)}`;
    const points = Math.round(run.width * POINTS_PER_CHARACTER * 100) / 100;
    program.add(2, [columns, points], () => {
      sheet().getRange(columns).format.columnWidth = points;
    });
  }
  for (const run of heightRuns(plan.rowHeights ?? [])) {
    const rows = `${run.first + 1}:${run.last + 1}`;
    program.add(2, [rows, run.height], () => {
      sheet().getRange(rows).format.rowHeight = run.height;
    });
  }
  for (const merge of plan.merges) {
    program.add(2, [merge, false], () => sheet().getRange(merge).merge(false));
  }
}
