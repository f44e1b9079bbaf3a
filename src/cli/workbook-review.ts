/**
 * The full review of a scoring workbook for `check` and `annexes`: every
 * score by the core's rules, every cached value against the core, and the
 * structure of `Chấm điểm` around the scores (actions/sheet-integrity.ts).
 */
import type { Lang } from "../core/messages";
import type { CheckResult } from "../actions/types";
import { checkSnapshotScores } from "../actions/check-workbook";
import { progressLabels } from "../actions/problems";
import { loadedWorkbook } from "../actions/workbook-state";
import { SHEET_NAMES } from "../sheet/names";
import type { XlsxWorkbook } from "../workbook/xlsx/xlsx";
import type { ProgressCallback } from "../workbook/port";
import { CachedValueMismatch, findCachedValueMismatches, recomputedScoringPlan } from "../actions/cached-values";
import { scoringSheetProblems, type StructureProblem } from "../actions/sheet-integrity";
import { UnusableInput } from "./io";

interface WorkbookReview {
  checked: Extract<CheckResult, { ok: true }>;
  mismatches: CachedValueMismatch[];
  problems: StructureProblem[];
}

/** Throws UnusableInput when the workbook cannot be checked at all (no template, no scoring sheet…). */
export async function reviewWorkbook(workbook: XlsxWorkbook, lang: Lang, onProgress?: ProgressCallback): Promise<WorkbookReview> {
  const labels = progressLabels[lang];
  onProgress?.(0, 2, labels.reading);
  // One read of Chấm điểm, values and formulas, for the check and the review alike.
  const snapshot = await workbook.read({ ranges: [{ sheet: SHEET_NAMES.scoring, formulas: true }] });
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) throw new UnusableInput(loaded.problems.map((problem) => problem[lang]).join("\n"));
  const { values, formulas = [] } = snapshot.ranges[0];
  const checked = checkSnapshotScores(loaded.loaded, values);
  if (!checked.ok) throw new UnusableInput(checked.problems.map((problem) => problem[lang]).join("\n"));
  onProgress?.(2, 2, labels.done);
  const plan = recomputedScoringPlan(loaded.loaded, checked);
  const cells = { values, formulas, merges: await workbook.mergedRanges(SHEET_NAMES.scoring) };
  // The formulas are checked against the workbook's own dialect: the add-in writes PAR.* functions.
  const formulaPlan = loaded.loaded.state.dialect === "par" ? recomputedScoringPlan(loaded.loaded, checked, "par") : plan;
  return {
    checked,
    mismatches: findCachedValueMismatches(loaded.loaded, checked, plan, values, formulas),
    problems: scoringSheetProblems(loaded.loaded, formulaPlan, cells),
  };
}
