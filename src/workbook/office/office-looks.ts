/**
 * How a plan's cells look: top alignment, unlocked input cells, the looks of
 * the cell styles, column widths, row heights and merges. Unlocking and the
 * looks go in one call per property over all the rectangles that share it
 * (office-areas.ts); sizes one call per run of equal sizes; never per cell.
 */
import { columnLetter, rangeAddress } from "../../sheet/a1";
import type { CellStyle, PlanCell, SheetPlan } from "../../sheet/plan";
import type { RangeFormatSlice } from "./office-api";
import { planWidth, type SheetOf } from "./office-cells";
import { heightRuns, rectanglesOf, widthRuns, type Rect } from "./office-grid";
import { onAreas } from "./office-areas";
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

/** Top alignment of the whole written block (so that a row grown for wrapped text starts every cell on its first line), and the unlocked cells in one call over their areas. */
export function writeAlignmentAndLocks(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const width = planWidth(plan);
  if (width > 0 && plan.cells.length > 0) {
    const block = rangeAddress(0, 0, plan.cells.length, width);
    program.add(2, [block, "Top"], () => {
      sheet().getRange(block).format.verticalAlignment = "Top";
    });
  }
  const unlocked = rectanglesOf(plan.cells, width, (cell) => (cell && cell.locked === false ? "unlocked" : "")).map(address);
  onAreas(sheet, program, unlocked, 1, [false], (areas) => (areas.format.protection.locked = false));
}

type LookSet = [unknown, (format: RangeFormatSlice) => void];

/** The format properties of a look key ("style|indent|wrap"), one slot each (bold, italic, size, font colour, fill, indent, wrap); undefined = not set. */
function lookSlots(key: string): Array<LookSet | undefined> {
  const [style, indent, wrap] = key.split("|");
  const look = STYLE_LOOKS[style as CellStyle] ?? {};
  const { size, color, fill } = look;
  return [
    look.bold ? [true, (format) => (format.font.bold = true)] : undefined,
    look.italic ? [true, (format) => (format.font.italic = true)] : undefined,
    size ? [size, (format) => (format.font.size = size)] : undefined,
    color ? [color, (format) => (format.font.color = color)] : undefined,
    fill ? [fill, (format) => (format.fill.color = fill)] : undefined,
    indent ? [Number(indent), (format) => (format.indentLevel = Number(indent))] : undefined,
    wrap ? [true, (format) => (format.wrapText = true)] : undefined,
  ];
}

const PROPERTY_SLOTS = [0, 1, 2, 3, 4, 5, 6];

/**
 * The style looks: bold, italic, size, colours, indent and wrapping, one
 * call per format property and value over all the rectangles of cells that
 * have it (RangeAreas); properties that fall on the very same areas (a
 * field row's bold and fill) share the areas' call.
 */
export function writeStyles(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const width = planWidth(plan);
  const slots = new Map<string, Array<LookSet | undefined>>();
  const keys = plan.cells.map((line) =>
    (line ?? []).map((cell) => {
      const key = lookKey(cell);
      if (key !== "" && !slots.has(key)) slots.set(key, lookSlots(key));
      return key;
    }),
  );
  const calls = new Map<string, { addresses: string[]; sets: LookSet[] }>();
  for (const slot of PROPERTY_SLOTS) {
    const valueOf = (key: string | null | undefined): string => {
      const set = key ? slots.get(key)?.[slot] : undefined;
      return set === undefined ? "" : String(set[0]);
    };
    const byValue = new Map<string, { addresses: string[]; set: LookSet }>();
    for (const rect of rectanglesOf(keys, width, valueOf)) {
      const entry = byValue.get(rect.key) ?? { addresses: [], set: slots.get(keys[rect.row][rect.column])?.[slot] as LookSet };
      entry.addresses.push(address(rect));
      byValue.set(rect.key, entry);
    }
    for (const { addresses, set } of byValue.values()) {
      const where = addresses.join(" ");
      const call = calls.get(where) ?? { addresses, sets: [] };
      call.sets.push(set);
      calls.set(where, call);
    }
  }
  for (const { addresses, sets } of calls.values()) {
    onAreas(
      sheet,
      program,
      addresses,
      sets.length,
      sets.map(([value]) => value),
      (areas) => {
        for (const [, set] of sets) set(areas.format);
      },
    );
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
