/**
 * Build the annexes in one action from the current scores: refuse while any
 * score is invalid; otherwise write the chosen annexes of the registry
 * (sheet/names.ts) in full, replacing only the annex sheets the add-in made.
 */
import { bandGroups, classGroups } from "../core/annex-tables";
import type { Bilingual } from "../core/messages";
import { reportSentences } from "../core/report-sentences";
import { ANNEX_PLANNERS } from "../sheet/annex-planners";
import type { AnnexInput } from "../sheet/annex-sheets";
import { ALL_ANNEXES, ANNEXES, DEFAULT_ANNEXES } from "../sheet/names";
import type { ScoreReport } from "../core/scoring";
import { comparisonTable } from "../core/self-comparison";
import { scoreSelfAssessments } from "../core/self-scoring";
import { selfGapSentences } from "../core/report-sentences";
import { SEASON_RANGES, seasonUnitsOf } from "./season-units";
import { progressLabels, sheetProblems } from "./problems";
import { readThenApply, type WorkbookChange, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";
import { checkSnapshotScores } from "./check-workbook";
import type { AnnexKind, AnnexOptions, AnnexResult, WorkbookIssue } from "./types";
import { loadedWorkbook, writeProblems } from "./workbook-state";

export async function buildAnnexes(port: WorkbookPort, options: AnnexOptions = {}): Promise<AnnexResult> {
  const lang = options.lang ?? "vi";
  const labels = progressLabels[lang];
  const progress = options.onProgress;
  const kinds = ALL_ANNEXES.filter((kind) => (options.annexes ?? DEFAULT_ANNEXES).includes(kind));

  progress?.(0, 4, labels.reading);
  // One read and one write in a single port update (Office: 3 syncs in all); `decided` keeps the outcome.
  let decided: AnnexResult = { ok: false, issues: [], problems: [] };
  // Chấm điểm first (the check reads ranges[0]), then the self-assessment area for PL4.
  await readThenApply(port, { ranges: SEASON_RANGES }, (snapshot) => {
    const planned = planAnnexes(snapshot, kinds, options);
    decided = planned.result;
    if (!planned.change) return null;
    progress?.(3, 4, labels.writing);
    return planned.change;
  });
  if (decided.ok) progress?.(4, 4, labels.done);
  return decided;
}

/** The annexes to write from the workbook as read, or why not. */
function planAnnexes(snapshot: WorkbookSnapshot, kinds: readonly AnnexKind[], options: AnnexOptions): { result: AnnexResult; change: WorkbookChange | null } {
  const lang = options.lang ?? "vi";
  const refuse = (problems: Bilingual[], issues: WorkbookIssue[] = []) => ({
    result: { ok: false as const, issues, problems },
    change: null,
  });
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) return refuse(loaded.problems);
  options.onProgress?.(1, 4, progressLabels[lang].checking);
  const checked = checkSnapshotScores(loaded.loaded, snapshot.ranges[0]?.values ?? []);
  if (!checked.ok) return refuse(checked.problems);
  const errors = checked.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) return refuse([sheetProblems.scoresInvalid(errors.length)], errors);
  const comparison = comparisonOf(snapshot, checked.report, options.threshold);
  // PL4 only when some unit has a self-assessment to compare.
  const built = kinds.filter((kind) => kind !== "comparison" || comparison.rows.length > 0);
  const names = built.map((kind) => ANNEXES[kind].sheet);
  const inTheWay = writeProblems(snapshot, names);
  if (inTheWay.length > 0) return refuse(inTheWay);

  options.onProgress?.(2, 4, progressLabels[lang].scoring);
  const report = checked.report;
  const sentences = [...reportSentences(report), ...comparison.sentences];
  const input: AnnexInput = { report, sentences, year: loaded.loaded.state.year, lang, chart: options.chart ?? true, comparison };
  const plans = built.map((kind) => ANNEX_PLANNERS[kind](input));
  return {
    result: { ok: true, sheets: names, classes: classGroups(report), bands: bandGroups(report), report: sentences },
    change: { sheets: plans, activate: plans[0]?.name },
  };
}

/** PL4's rows and sentence from the self-assessment area; none when it cannot be read or holds nothing. */
function comparisonOf(snapshot: WorkbookSnapshot, report: ScoreReport, threshold: number | undefined): NonNullable<AnnexInput["comparison"]> {
  const season = seasonUnitsOf(snapshot);
  if (!season.ok) return { rows: [], sentences: [] };
  const { template, units, explanations } = season.season;
  const rows = comparisonTable(report, scoreSelfAssessments(template, units, report), explanations);
  return { rows, sentences: selfGapSentences(rows, threshold) };
}
