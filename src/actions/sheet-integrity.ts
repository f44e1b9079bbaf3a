/**
 * What a scoring workbook's hands may have changed around the scores, which
 * the scores themselves do not show: a merge over the score cells (Excel
 * then shows one value over several cells), a formula of the sheet replaced
 * by a typed number, a unit typed by hand in the next free column, last
 * year's rank that is not a rank. Each is an error naming its cell: `check`
 * exits 1 and `annexes` builds nothing until it is repaired.
 */
import type { Bilingual } from "../core/messages";
import { cellAddress, columnLetter, parseRange } from "../sheet/a1";
import type { LoadedWorkbook } from "./workbook-state";
import type { SheetPlan } from "../sheet/plan";
import type { CellValue } from "../workbook/port";
import { SHEET_NAMES } from "../sheet/names";
import { structureProblems } from "./problems";

export interface StructureProblem {
  sheet: string;
  /** A1 address or range ("D5", "D5:E6", "G3:G30"). */
  address: string;
  /** The unit whose column it is, "" for none. */
  unit: string;
  message: Bilingual;
}

interface ScoringSheetCells {
  values: readonly (readonly CellValue[])[];
  formulas: readonly (readonly (string | null)[])[];
  /** Merged ranges of the sheet ("D5:E6"). */
  merges: readonly string[];
}

/**
 * A formula as written, compared without what Excel legitimately changes when
 * it saves: "=", spaces, case, `$`, a one-cell range written as its cell
 * (`D$4:D$4` as `D$4`), quotes around a sheet name, the prefix of
 * newer functions (`_xlfn.`, `_xlws.`) and the names under which it stores
 * the add-in's PAR.* functions (`_xldudf_PAR_PERCENT`, with a `[2]!` link
 * prefix at times, `_xludf.PAR.PERCENT` or `_xll.PAR.PERCENT` when the add-in
 * was not loaded).
 */
function formulaKey(formula: string): string {
  return formula
    .replace(/^=/, "")
    .replace(/(?:\[\d+\]!)?_xldudf_([A-Za-z][A-Za-z0-9]*)_/gi, "$1.")
    .replace(/_(?:xlfn|xlws|xludf|xll)\./gi, "")
    .replace(/'([^'!]+)'!/g, "$1!")
    .replace(/[\s$]/g, "")
    .toUpperCase()
    .replace(/\b([A-Z]{1,3}\d+):\1\b/g, "$1");
}

/** Rows and columns of the scores: unit names, every criterion, last year's rank. */
function scoreArea(loaded: LoadedWorkbook) {
  const { layout } = loaded;
  const lastColumn = layout.firstUnitColumn + loaded.state.units.length - 1;
  const rows = [
    layout.headerRow,
    ...Array.from({ length: layout.lastNodeRow - layout.firstNodeRow + 1 }, (_, i) => layout.firstNodeRow + i),
    layout.previousRankRow,
  ];
  return { rows, firstColumn: layout.firstUnitColumn, lastColumn };
}

function mergeProblems(loaded: LoadedWorkbook, merges: readonly string[]): StructureProblem[] {
  const { rows, firstColumn, lastColumn } = scoreArea(loaded);
  return merges.flatMap((range) => {
    const block = parseRange(range);
    if (!block) return [];
    const overColumns = block.column <= lastColumn && block.column + block.columns - 1 >= firstColumn;
    const overRows = rows.some((row) => row >= block.row && row < block.row + block.rows);
    if (!overColumns || !overRows) return [];
    return [{ sheet: SHEET_NAMES.scoring, address: range, unit: "", message: structureProblems.mergedScores(range) }];
  });
}

function unitOf(loaded: LoadedWorkbook, column: number): string {
  return loaded.state.units[column - loaded.layout.firstUnitColumn] ?? "";
}

/** Every formula of the plan (in the workbook's dialect: SUM… or PAR.*) that the sheet no longer holds as planned. */
function formulaProblems(loaded: LoadedWorkbook, plan: SheetPlan, cells: ScoringSheetCells): StructureProblem[] {
  const problems: StructureProblem[] = [];
  plan.cells.forEach((row, r) => {
    row?.forEach((planned, c) => {
      if (!planned?.formula) return;
      const found = cells.formulas[r]?.[c] ?? null;
      if (found !== null && formulaKey(found) === formulaKey(planned.formula)) return;
      const address = cellAddress(r, c);
      const value = cells.values[r]?.[c] ?? null;
      problems.push({
        sheet: SHEET_NAMES.scoring,
        address,
        unit: unitOf(loaded, c),
        message: structureProblems.formulaReplaced(planned.formula as string, found, value),
      });
    });
  });
  return problems;
}

/** Filled cells right of the last unit, in the rows of the sheet: one problem per column. */
function strayColumnProblems(loaded: LoadedWorkbook, plan: SheetPlan, cells: ScoringSheetCells): StructureProblem[] {
  const { lastColumn } = scoreArea(loaded);
  const found = new Map<number, { first: number; last: number; sample: CellValue }>();
  for (let r = 0; r < plan.cells.length; r++) {
    const row = cells.values[r] ?? [];
    for (let c = lastColumn + 1; c < row.length; c++) {
      if (row[c] === null || row[c] === undefined || row[c] === "" || plan.cells[r]?.[c]) continue;
      const seen = found.get(c);
      found.set(c, seen ? { ...seen, last: r } : { first: r, last: r, sample: row[c] });
    }
  }
  return [...found].map(([c, { first, last, sample }]) => ({
    sheet: SHEET_NAMES.scoring,
    address: first === last ? cellAddress(first, c) : `${cellAddress(first, c)}:${cellAddress(last, c)}`,
    unit: "",
    message: structureProblems.strayColumn(columnLetter(c), cellAddress(first, c), String(sample)),
  }));
}

function previousRankProblems(loaded: LoadedWorkbook, cells: ScoringSheetCells): StructureProblem[] {
  const { layout } = loaded;
  return loaded.state.units.flatMap((unit, u) => {
    const column = layout.firstUnitColumn + u;
    const value = cells.values[layout.previousRankRow]?.[column] ?? null;
    if (value === null || value === "" || (typeof value === "number" && Number.isInteger(value) && value >= 1)) return [];
    const address = cellAddress(layout.previousRankRow, column);
    return [{ sheet: SHEET_NAMES.scoring, address, unit, message: structureProblems.badPreviousRank(value) }];
  });
}

/**
 * Every structure problem of `Chấm điểm`, in this order: merges, formulas,
 * stray columns, last year's ranks. `plan` is the sheet as planned for the
 * workbook's own dialect (the add-in's PAR.* formulas or the CLI's native ones).
 */
export function scoringSheetProblems(loaded: LoadedWorkbook, plan: SheetPlan, cells: ScoringSheetCells): StructureProblem[] {
  return [
    ...mergeProblems(loaded, cells.merges),
    ...formulaProblems(loaded, plan, cells),
    ...strayColumnProblems(loaded, plan, cells),
    ...previousRankProblems(loaded, cells),
  ];
}
