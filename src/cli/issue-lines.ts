/** Workbook issues and cached-value mismatches as lines for the terminal, and as JSON. */
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import type { WorkbookIssue } from "../actions/types";
import type { UnitResult } from "../core/scoring";
import type { CellValue } from "../workbook/port";
import type { CachedValueMismatch } from "../actions/cached-values";
import { workbookText } from "./workbook-text";
import type { StructureProblem } from "../actions/sheet-integrity";

const where = (sheet: string, address: string) => (address ? `${sheet}!${address}` : sheet);

function shown(value: CellValue, lang: Lang): string {
  if (typeof value === "number") return lang === "vi" ? formatDecimalVi(value) : String(value);
  return value === null ? "∅" : JSON.stringify(value);
}

/** Every error is listed; warnings (mostly empty cells of a workbook being filled in) up to this many; --json has them all. */
const WARNINGS_SHOWN = 50;

export function issueLines(issues: readonly WorkbookIssue[], lang: Lang): string[] {
  const text = workbookText[lang];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  let shownWarnings = 0;
  const lines = [text.scoreIssues(errors, warnings)];
  for (const issue of issues) {
    if (issue.severity === "warning" && ++shownWarnings > WARNINGS_SHOWN) continue;
    lines.push(`  [${issue.severity === "error" ? text.error : text.warning}] ${where(issue.sheet, issue.address)} – ${issue.unit}: ${issue.message[lang]}`);
  }
  if (warnings > WARNINGS_SHOWN) lines.push(text.moreWarnings(warnings - WARNINGS_SHOWN));
  return lines;
}

/** At most this many mismatches are listed in the terminal (a file opened without the add-in may have hundreds); --json has them all. */
const MISMATCHES_SHOWN = 20;

export function mismatchLines(mismatches: readonly CachedValueMismatch[], lang: Lang): string[] {
  const text = workbookText[lang];
  const lines = mismatches
    .slice(0, MISMATCHES_SHOWN)
    .map((m) => text.mismatch(where(m.sheet, m.address), `${m.unit}, ${m.row}`, shown(m.cached, lang), shown(m.expected, lang)));
  if (mismatches.length > MISMATCHES_SHOWN) lines.push(text.moreMismatches(mismatches.length - MISMATCHES_SHOWN));
  return [text.mismatchesTitle(mismatches.length), ...lines];
}

/** Structure problems of `Chấm điểm`, every one listed (they are few and each must be repaired). */
export function structureLines(problems: readonly StructureProblem[], lang: Lang): string[] {
  const text = workbookText[lang];
  return [
    workbookText[lang].structureTitle(problems.length),
    ...problems.map(
      (problem) => `  [${text.error}] ${where(problem.sheet, problem.address)}${problem.unit ? ` – ${problem.unit}` : ""}: ${problem.message[lang]}`,
    ),
  ];
}

/** The units with criteria not assessed (KĐG), with the codes given and the applicable maximum, for `check --json`. */
export function notAssessedJson(units: readonly UnitResult[]): { unit: string; codes: string[]; max: number }[] {
  return units.filter((unit) => unit.notAssessedLeaves.length > 0).map((unit) => ({ unit: unit.name, codes: unit.notAssessed, max: unit.max }));
}

/** The same as lines: information, not errors, as the task pane lists them; [] when none. */
export function notAssessedLines(units: readonly UnitResult[], lang: Lang): string[] {
  const text = workbookText[lang];
  const listed = notAssessedJson(units);
  if (listed.length === 0) return [];
  return [text.notAssessedTitle(listed.length), ...listed.map((unit) => text.notAssessedUnit(unit.unit, unit.codes.join(", "), unit.max))];
}

export function issueJson(issue: WorkbookIssue, lang: Lang) {
  const { unit, code, sheet, address, value, severity, kind } = issue;
  return { unit, code, sheet, address, value, severity, kind, message: issue.message[lang] };
}
