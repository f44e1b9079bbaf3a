/**
 * The full check: one read of `Chấm điểm`, every issue by the core's rules,
 * each with its unit, code, cell address, value and message.
 */
import type { ScoreReport } from "../core/scoring";
import { scoreUnits } from "../core/scoring";
import { SHEET_NAMES } from "../sheet/names";
import { readScoringValues, scoreCellAddress } from "../sheet/scoring-read";
import { progressLabels } from "./problems";
import { parseRange } from "../sheet/a1";
import type { WorkbookPort } from "../workbook/port";
import type { CheckOptions, CheckResult, WorkbookIssue } from "./types";
import { loadedWorkbook, type LoadedWorkbook } from "./workbook-state";

/** Core issues placed on their cells. */
function placeIssues(loaded: LoadedWorkbook, report: ScoreReport): WorkbookIssue[] {
  const position = new Map(report.units.map((unit, u) => [unit.name, u] as const));
  return report.issues.map((issue) => ({
    unit: issue.unit,
    code: issue.code,
    sheet: SHEET_NAMES.scoring,
    address: scoreCellAddress(loaded.template, loaded.layout, position.get(issue.unit) ?? -1, issue.code),
    value: issue.value,
    severity: issue.severity,
    kind: issue.kind,
    message: issue.message,
  }));
}

/** Reads the scoring sheet in one round trip; issues come back in sheet order: by row, then by unit. */
export async function checkWorkbook(port: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  const progress = options.onProgress;
  const labels = progressLabels[options.lang ?? "vi"];
  progress?.(0, 2, labels.reading);
  const snapshot = await port.read({ ranges: [{ sheet: SHEET_NAMES.scoring }] });
  const state = loadedWorkbook(snapshot);
  if (!state.ok) return { ok: false, problems: state.problems };
  const result = checkSnapshotScores(state.loaded, snapshot.ranges[0]?.values ?? []);
  progress?.(2, 2, labels.done);
  return result;
}

/** The check on values already read (starting at A1). */
export function checkSnapshotScores(loaded: LoadedWorkbook, values: Parameters<typeof readScoringValues>[2]): CheckResult {
  const read = readScoringValues(loaded.template, loaded.layout, values);
  if (read.problems.length > 0) return { ok: false, problems: read.problems };
  const report = scoreUnits(loaded.template, read.units);
  if (report.refused.length > 0) return { ok: false, problems: report.refused };
  const issues = placeIssues(loaded, report).sort(bySheetOrder);
  return { ok: true, issues, units: read.units, report };
}

/** Issues in reading order: by row, then by column; those without a cell last. */
function bySheetOrder(a: WorkbookIssue, b: WorkbookIssue): number {
  const place = (address: string) => parseRange(address) ?? { row: Number.MAX_SAFE_INTEGER, column: 0 };
  const [placeA, placeB] = [place(a.address), place(b.address)];
  return placeA.row - placeB.row || placeA.column - placeB.column || a.address.localeCompare(b.address);
}
