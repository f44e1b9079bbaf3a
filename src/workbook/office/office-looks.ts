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

interface LookCall {
  where: string;
  sets: LookSet[];
}

/** One call set per rectangle of cells of the same look. */
function byLook(plan: SheetPlan): LookCall[] {
  return rectanglesOf(plan.cells, planWidth(plan), lookKey)
    .map((rect) => ({ where: address(rect), sets: lookSlots(rect.key).filter((set): set is LookSet => set !== undefined) }))
    .filter((call) => call.sets.length > 0);
}

/** One call per rectangle of cells alike in one format property (bold, fill, indent…), which merge even where the rest of their looks differ. */
function byProperty(plan: SheetPlan): LookCall[] {
  const width = planWidth(plan);
  const slots = new Map<string, Array<LookSet | undefined>>();
  const keys = plan.cells.map((line) =>
    (line ?? []).map((cell) => {
      const key = lookKey(cell);
      if (key !== "" && !slots.has(key)) slots.set(key, lookSlots(key));
      return key;
    }),
  );
  // Properties that fall on the same rectangle (a field row's bold and fill) share its call.
  const calls = new Map<string, LookCall>();
  for (const slot of PROPERTY_SLOTS) {
    const valueOf = (key: string | null | undefined): string => {
      const set = key ? slots.get(key)?.[slot] : undefined;
      return set === undefined ? "" : String(set[0]);
    };
    for (const rect of rectanglesOf(keys, width, valueOf)) {
      const key = keys[rect.row][rect.column];
      const where = address(rect);
      const call = calls.get(where) ?? { where, sets: [] };
      call.sets.push(slots.get(key)?.[slot] as LookSet);
      calls.set(where, call);
    }
  }
  return [...calls.values()];
}

/** The style looks: bold, italic, size, colours, indent and wrapping, in whichever grouping sends fewer calls (per look, or per property). */
export function writeStyles(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const calls = [byLook(plan), byProperty(plan)].reduce((best, next) => (callCount(next) < callCount(best) ? next : best));
  for (const call of calls) {
    program.add(1 + call.sets.length, [call.where, ...call.sets.map(([value]) => value)], () => {
      const format = sheet().getRange(call.where).format;
      for (const [, set] of call.sets) set(format);
    });
  }
}

const callCount = (calls: readonly LookCall[]): number => calls.reduce((acc, call) => acc + 1 + call.sets.length, 0);

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
