/**
 * Cached values that disagree with the core. A workbook filled in Excel keeps
 * the last result of every formula; the check recomputes every figure of
 * `Chấm điểm` with the core (through the same plan the CLI writes) and lists
 * each formula cell whose stored result differs. Units with invalid scores
 * are skipped, and so are the ranks while any unit is invalid: those figures
 * mean nothing until the errors are fixed.
 */
import type { CheckResult } from "./types";
import type { LoadedWorkbook } from "./workbook-state";
import { cellAddress } from "../sheet/a1";
import { TITLE_COLUMN } from "../sheet/layout";
import { planScoringSheet } from "../sheet/scoring-sheet";
import { SHEET_NAMES } from "../sheet/names";
import type { CellValue } from "../workbook/port";
import type { FormulaDialect, SheetPlan } from "../sheet/plan";

export interface CachedValueMismatch {
  sheet: string;
  address: string;
  unit: string;
  /** The row's label: a criterion title, "Chỉ số (%)", "Xếp hạng"… */
  row: string;
  cached: CellValue;
  expected: CellValue;
}

function sameValue(cached: CellValue, expected: CellValue | undefined): boolean {
  if (typeof cached === "number" && typeof expected === "number") {
    return Math.abs(cached - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  const text = (value: CellValue | undefined) => (value === null || value === undefined ? "" : String(value).normalize("NFC").trim());
  return text(cached) === text(expected);
}

/**
 * `Chấm điểm` as the CLI would write it for the scores checked: every formula
 * with the core's value; in the add-in's dialect ("par") for the formulas it writes.
 */
export function recomputedScoringPlan(loaded: LoadedWorkbook, checked: Extract<CheckResult, { ok: true }>, dialect: FormulaDialect = "native"): SheetPlan {
  const { template, state } = loaded;
  return planScoringSheet({
    template,
    units: checked.units.map((unit) => unit.name),
    scores: checked.units.map((unit) => unit.scores),
    previousRanks: checked.units.map((unit) => unit.previousRank ?? null),
    year: state.year,
    lang: state.lang,
    dialect,
  }).plan;
}

/**
 * `values` and `formulas` are `Chấm điểm` from A1 as the port read them;
 * `checked` is the check's result on the same values, `plan` its recomputed sheet.
 */
export function findCachedValueMismatches(
  loaded: LoadedWorkbook,
  checked: Extract<CheckResult, { ok: true }>,
  plan: SheetPlan,
  values: readonly (readonly CellValue[])[],
  formulas: readonly (readonly (string | null)[])[],
): CachedValueMismatch[] {
  const { layout } = loaded;
  const mismatches: CachedValueMismatch[] = [];
  const ranksComparable = checked.report.units.every((unit) => unit.valid);
  plan.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      const unit = c - layout.firstUnitColumn;
      if (!cell?.formula || unit < 0 || !checked.report.units[unit]?.valid) return;
      if (r === layout.rankRow && !ranksComparable) return;
      const cached = values[r]?.[c] ?? null;
      // No formula or no cached value: nothing was computed there to disagree with.
      if (!formulas[r]?.[c] || cached === null) return;
      if (sameValue(cached, cell.value)) return;
      mismatches.push({
        sheet: SHEET_NAMES.scoring,
        address: cellAddress(r, c),
        unit: checked.units[unit].name,
        row: String(plan.cells[r]?.[TITLE_COLUMN]?.value ?? ""),
        cached,
        expected: cell.value ?? null,
      });
    });
  });
  return mismatches;
}
