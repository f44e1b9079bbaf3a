/**
 * Building the annexes of a workbook in memory, for `annexes` and `demo`:
 * progress on stderr; a refusal over invalid scores lists them (exit 1); a
 * workbook that cannot be used is an UnusableInput (exit 2).
 */
import type { Lang } from "../core/messages";
import { buildAnnexes } from "../actions/build-annexes";
import type { AnnexResult } from "../actions/types";
import type { WorkbookPort } from "../workbook/port";
import { progressOnStderr } from "./progress";
import { issueLines } from "./issue-lines";
import { workbookText } from "./workbook-text";
import { CliIO, UnusableInput } from "./io";

type BuiltAnnexes = Extract<AnnexResult, { ok: true }>;

/** The annexes built, or null when invalid scores made the action refuse (already reported on stderr). */
export async function runBuildAnnexes(port: WorkbookPort, io: CliIO, lang: Lang, threshold?: number): Promise<BuiltAnnexes | null> {
  const text = workbookText[lang];
  const result = await buildAnnexes(port, { lang, threshold, onProgress: progressOnStderr(io, text.buildingAnnexes) });
  if (result.ok) return result;
  if (result.issues.length > 0) {
    io.err([text.refusedAnnexes, ...issueLines(result.issues, lang)].join("\n"));
    return null;
  }
  throw new UnusableInput(result.problems.map((problem) => problem[lang]).join("\n"));
}

/** "Hoàn thành xuất sắc nhiệm vụ 3, Hoàn thành tốt nhiệm vụ 7, …" */
export function classSummary(annexes: BuiltAnnexes, lang: Lang): string {
  return workbookText[lang].annexSummary(annexes.classes.map((group) => `${group.label} ${group.count}`).join(", "));
}

/** `--threshold 5` / `4,5`: points, zero or more; absent = the default (5). */
export function parseThreshold(value: string | undefined, lang: Lang): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\s*\d+([.,]\d+)?\s*$/.test(value) ? Number(value.trim().replace(",", ".")) : NaN;
  if (!Number.isFinite(number)) throw new UnusableInput(workbookText[lang].badThreshold(value));
  return number;
}
