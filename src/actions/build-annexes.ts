/**
 * Build the annexes in one action from the current scores: refuse while any
 * score is invalid; otherwise write the chosen annexes of the registry
 * (sheet/names.ts) in full, replacing only the annex sheets the add-in made.
 */
import { bandGroups, classGroups } from "../core/annex-tables";
import { reportSentences } from "../core/report-sentences";
import { ANNEX_PLANNERS } from "../sheet/annex-planners";
import type { AnnexInput } from "../sheet/annex-sheets";
import { ALL_ANNEXES, ANNEXES, DEFAULT_ANNEXES, SHEET_NAMES } from "../sheet/names";
import { progressLabels, sheetProblems } from "../sheet/sheet-problems";
import type { WorkbookPort } from "../workbook/port";
import { checkSnapshotScores } from "./check-workbook";
import type { AnnexOptions, AnnexResult } from "./types";
import { loadedWorkbook, userSheetsInTheWay } from "./workbook-state";

export async function buildAnnexes(port: WorkbookPort, options: AnnexOptions = {}): Promise<AnnexResult> {
  const lang = options.lang ?? "vi";
  const labels = progressLabels[lang];
  const progress = options.onProgress;
  const kinds = ALL_ANNEXES.filter((kind) => (options.annexes ?? DEFAULT_ANNEXES).includes(kind));

  progress?.(0, 4, labels.reading);
  const snapshot = await port.read({ ranges: [{ sheet: SHEET_NAMES.scoring }] });
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) return { ok: false, issues: [], problems: loaded.problems };
  progress?.(1, 4, labels.checking);
  const checked = checkSnapshotScores(loaded.loaded, snapshot.ranges[0]?.values ?? []);
  if (!checked.ok) return { ok: false, issues: [], problems: checked.problems };
  const errors = checked.issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) return { ok: false, issues: errors, problems: [sheetProblems.scoresInvalid(errors.length)] };
  const names = kinds.map((kind) => ANNEXES[kind].sheet);
  const inTheWay = userSheetsInTheWay(snapshot, names);
  if (inTheWay.length > 0) return { ok: false, issues: [], problems: inTheWay };

  progress?.(2, 4, labels.scoring);
  const report = checked.report;
  const sentences = reportSentences(report);
  const input: AnnexInput = { report, sentences, year: loaded.loaded.state.year, lang, chart: options.chart ?? true };
  const plans = kinds.map((kind) => ANNEX_PLANNERS[kind](input));

  progress?.(3, 4, labels.writing);
  await port.apply({ sheets: plans, activate: plans[0]?.name });
  progress?.(4, 4, labels.done);
  return { ok: true, sheets: names, classes: classGroups(report), bands: bandGroups(report), report: sentences };
}
