/**
 * The shapes a sheet plan is written in: what each cell sends, rectangles of
 * alike cells, runs of copied formulas, runs of equal row heights or column
 * widths, and how deep the outline goes. Pure; the writers use them.
 */
import type { PlanCell, SheetPlan } from "../../sheet/plan";
import { isShiftSafe, shiftFormulaColumns } from "./office-fill";

/** What a cell sends in the formulas block: its formula, its constant, or text behind an apostrophe. */
export function cellInput(cell: PlanCell | null | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const value = cell.value;
  if (value === null || value === undefined || value === "") return "";
  if (cell.text) return `'${String(value)}`;
  return value;
}

export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
  key: string;
}

/**
 * Rectangles of cells sharing `keyOf` (runs along each row, merged down
 * while the next row has the very same run); cells whose key is "" are skipped.
 */
export function rectanglesOf<T>(
  cells: readonly (readonly (T | null | undefined)[] | null | undefined)[],
  width: number,
  keyOf: (cell: T | null | undefined) => string,
): Rect[] {
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  cells.forEach((line, row) => {
    const runs: Rect[] = [];
    let column = 0;
    while (column < width) {
      const key = keyOf(line?.[column]);
      let end = column + 1;
      while (end < width && keyOf(line?.[end]) === key) end++;
      if (key !== "") runs.push({ row, column, rows: 1, columns: end - column, key });
      column = end;
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${run.column}:${run.columns}:${run.key}`;
      seen.add(id);
      const previous = open.get(id);
      if (previous && previous.row + previous.rows === row) previous.rows++;
      else {
        if (previous) done.push(previous);
        open.set(id, run);
      }
    }
    for (const [id, rect] of open) {
      if (!seen.has(id)) {
        done.push(rect);
        open.delete(id);
      }
    }
  });
  return [...done, ...open.values()];
}

/**
 * Which cells repeat their left neighbour's formula one column on (same
 * number format too): they are sent as null ("leave as is") in the blocks and
 * filled by one copy per run.
 */
export function fillCells(plan: SheetPlan): boolean[][] {
  return plan.cells.map((line) =>
    (line ?? []).map((cell, column) => {
      const left = column > 0 ? line[column - 1] : null;
      if (!cell?.formula || !left?.formula || (cell.numberFormat ?? "") !== (left.numberFormat ?? "")) return false;
      return isShiftSafe(left.formula) && shiftFormulaColumns(left.formula, 1) === cell.formula;
    }),
  );
}

/** Runs of consecutive rows of the same set height (0-based, inclusive): one call each. */
export function heightRuns(heights: readonly (number | null | undefined)[]): Array<{ first: number; last: number; height: number }> {
  const runs: Array<{ first: number; last: number; height: number }> = [];
  heights.forEach((height, row) => {
    if (height === null || height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  });
  return runs;
}

/** Runs of consecutive columns of the same width (0-based, inclusive): one call each. */
export function widthRuns(widths: readonly number[]): Array<{ first: number; last: number; width: number }> {
  return heightRuns(widths).map((run) => ({ first: run.first, last: run.last, width: run.height }));
}

/** How many outline levels the groups make (nested groups count once per level). */
export function outlineDepth(groups: SheetPlan["outline"]): number {
  let depth = 0;
  for (const group of groups) {
    const level = groups.filter((other) => other.firstRow <= group.firstRow && other.lastRow >= group.lastRow).length;
    depth = Math.max(depth, level);
  }
  return depth;
}
