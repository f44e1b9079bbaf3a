/**
 * Put units' self-assessments (scores and explanations, as collected from
 * their files) into the scoring workbook's self-assessment area, `Tự đánh
 * giá` and `Giải trình`: one read, then one write of both sheets for the
 * whole batch. A unit that already has a different self-assessment is
 * replaced only when asked; what would change is returned either way.
 */
import type { Bilingual, Lang } from "../core/messages";
import { nameKey, normalizeName } from "../core/names";
import { scoreUnits, type ScoreIssue } from "../core/scoring";
import { templateHash } from "../core/template-hash";
import type { CompiledTemplate } from "../core/template-tree";
import { cellAddress } from "../sheet/a1";
import type { ScoringLayout } from "../sheet/layout";
import { SHEET_NAMES } from "../sheet/names";
import type { CellValue } from "../sheet/plan";
import { hasSelfAssessment, readSelfValues, type SelfUnitRead } from "../sheet/self-read";
import { progressLabels, selfProblems } from "./problems";
import { readThenApply, type ProgressCallback, type WorkbookPort } from "../workbook/port";
import { selfAreaPlans } from "./self-area";
import { loadedWorkbook, writeProblems, type LoadedWorkbook } from "./workbook-state";

export interface SelfAssessmentEntry {
  /** The unit's name as the file gives it; matched to the workbook's units by NFC, case and spacing. */
  unit: string;
  /** `templateHash` of the template the file was made from. */
  templateHash: string;
  year: number | null;
  /** Leaf code → the cell's value: a number, KĐG, blank (null) for not given. */
  scores: Readonly<Record<string, CellValue | undefined>>;
  /** Code (leaf or parent) → explanation; blank or absent = none. */
  explanations: Readonly<Record<string, string | null | undefined>>;
  /** Echoed in the outcome (a file name). */
  source: string;
}

export interface SelfCellChange {
  code: string;
  what: "score" | "explanation";
  /** Where in the scoring workbook: sheet and A1 address. */
  sheet: string;
  address: string;
  /** null = blank. */
  before: CellValue;
  after: CellValue;
}

export type SelfRefusal = "wrong-template" | "wrong-year" | "unknown-unit" | "duplicate-unit" | "invalid-values";

/** A self-assessment issue: a ScoreIssue of the self round. */
type SelfScoreIssue = ScoreIssue & { round: "self" };

type SelfEntryOutcome =
  | { status: "added"; unit: string; source: string; cells: number }
  | { status: "replaced"; unit: string; source: string; changes: SelfCellChange[] }
  | { status: "unchanged"; unit: string; source: string }
  | { status: "needs-replace"; unit: string; source: string; changes: SelfCellChange[] }
  | { status: "refused"; unit: string; source: string; reason: SelfRefusal; problems: Bilingual[]; issues: SelfScoreIssue[] };

interface PutSelfOptions {
  /** Replace a unit's self-assessment that differs from the one given (default false: list the changes only). */
  replace?: boolean;
  lang?: Lang;
  onProgress?: ProgressCallback;
}

type PutSelfResult = { ok: true; outcomes: SelfEntryOutcome[]; written: boolean } | { ok: false; problems: Bilingual[] };

/** A unit's column on both sheets, as it would be written. */
interface Column {
  scores: Record<string, CellValue>;
  explanations: Record<string, string>;
}

export async function putSelfAssessments(port: WorkbookPort, entries: readonly SelfAssessmentEntry[], options: PutSelfOptions = {}): Promise<PutSelfResult> {
  const labels = progressLabels[options.lang ?? "vi"];
  const progress = options.onProgress;
  progress?.(0, 3, labels.reading);
  // One read and at most one write in a single port update; `decided` keeps the outcome.
  let decided: PutSelfResult = { ok: false, problems: [] };
  const ranges = [{ sheet: SHEET_NAMES["self-assessment"] }, { sheet: SHEET_NAMES.explanations }];
  await readThenApply(port, { ranges }, (snapshot) => {
    const loaded = loadedWorkbook(snapshot);
    if (!loaded.ok) return refuseWith(loaded.problems);
    const inTheWay = writeProblems(snapshot, [SHEET_NAMES["self-assessment"], SHEET_NAMES.explanations]);
    if (inTheWay.length > 0) return refuseWith(inTheWay);
    const { template, layout, state } = loaded.loaded;
    const current = readSelfValues(template, layout, snapshot.ranges[0]?.values ?? [], snapshot.ranges[1]?.values ?? []);
    if (current.problems.length > 0) return refuseWith(current.problems);
    progress?.(1, 3, labels.checking);
    const columns: SelfUnitRead[] = current.units.map((unit, u) => ({ ...unit, name: state.units[u] }));
    const outcomes = decideEntries(loaded.loaded, columns, entries, options.replace === true);
    const written = outcomes.some((outcome) => outcome.status === "added" || outcome.status === "replaced");
    decided = { ok: true, outcomes, written };
    if (!written) return null;
    progress?.(2, 3, labels.writing);
    return { sheets: selfAreaPlans(loaded.loaded, columns) };
  });
  if (decided.ok) progress?.(3, 3, labels.done);
  return decided;

  function refuseWith(problems: Bilingual[]): null {
    decided = { ok: false, problems };
    return null;
  }
}

/** Decides every entry and puts the accepted ones into `columns` (by unit index). */
function decideEntries(loaded: LoadedWorkbook, columns: SelfUnitRead[], entries: readonly SelfAssessmentEntry[], replace: boolean): SelfEntryOutcome[] {
  const { state, template, layout } = loaded;
  const hash = templateHash(state.template);
  const unitIndex = new Map(state.units.map((name, u) => [nameKey(name), u] as const));
  const counts = new Map<string, number>();
  // Only entries of this template and year compete for a unit: a stray file of another year blocks nothing.
  for (const entry of entries) {
    if (entry.templateHash === hash && entry.year === state.year) counts.set(nameKey(entry.unit), (counts.get(nameKey(entry.unit)) ?? 0) + 1);
  }
  return entries.map((entry): SelfEntryOutcome => {
    const unit = normalizeName(entry.unit);
    const refuse = (reason: SelfRefusal, problems: Bilingual[], issues: SelfScoreIssue[] = []): SelfEntryOutcome => ({
      status: "refused",
      unit,
      source: entry.source,
      reason,
      problems,
      issues,
    });
    if (entry.templateHash !== hash) return refuse("wrong-template", [selfProblems.wrongTemplate(unit)]);
    if (entry.year !== state.year) return refuse("wrong-year", [selfProblems.wrongYear(unit, entry.year, state.year)]);
    const u = unitIndex.get(nameKey(unit));
    if (u === undefined) return refuse("unknown-unit", [selfProblems.unknownUnit(unit)]);
    if ((counts.get(nameKey(unit)) ?? 0) > 1) return refuse("duplicate-unit", [selfProblems.duplicateUnit(unit)]);
    const column = entryColumn(template, entry);
    const invalid = invalidValues(template, state.units[u], entry, column);
    if (invalid.problems.length > 0) return refuse("invalid-values", invalid.problems, invalid.issues);
    const name = state.units[u];
    const source = entry.source;
    const before = columns[u];
    const changes = columnChanges(template, layout, u, before, column);
    if (!hasSelfAssessment(before)) {
      columns[u] = { name, ...column };
      return { status: "added", unit: name, source, cells: changes.length };
    }
    if (changes.length === 0) return { status: "unchanged", unit: name, source };
    if (!replace) return { status: "needs-replace", unit: name, source, changes };
    columns[u] = { name, ...column };
    return { status: "replaced", unit: name, source, changes };
  });
}

const isBlankValue = (value: unknown): boolean => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

/** The entry as the unit's column: every leaf (blank = null), the non-blank explanations in NFC. */
function entryColumn(template: CompiledTemplate, entry: SelfAssessmentEntry): Column {
  const scores: Record<string, CellValue> = {};
  for (const leaf of template.leaves) {
    const code = template.nodes[leaf].code;
    const value = entry.scores[code];
    scores[code] = isBlankValue(value) ? null : typeof value === "string" ? value.normalize("NFC").trim() : (value as CellValue);
  }
  for (const code of Object.keys(entry.scores)) {
    const value = entry.scores[code];
    if (!(code in scores) && !isBlankValue(value)) scores[code] = value as CellValue;
  }
  const explanations: Record<string, string> = {};
  for (const [code, text] of Object.entries(entry.explanations)) {
    if (!isBlankValue(text)) explanations[code] = String(text).normalize("NFC").trim();
  }
  return { scores, explanations };
}

/** The core's errors on the self scores (blank leaves are fine) and explanations of unknown codes. */
function invalidValues(
  template: CompiledTemplate,
  unit: string,
  entry: SelfAssessmentEntry,
  column: Column,
): { problems: Bilingual[]; issues: SelfScoreIssue[] } {
  const report = scoreUnits(template, [{ name: unit, scores: column.scores }]);
  const issues: SelfScoreIssue[] = report.issues.filter((issue) => issue.severity === "error").map((issue) => ({ ...issue, round: "self" }));
  const problems = issues.length > 0 ? [selfProblems.invalidValues(unit, issues.length)] : [];
  for (const code of Object.keys(column.explanations)) {
    if (!template.byCode.has(code)) problems.push(selfProblems.unknownExplanationCode(unit, code));
  }
  return { problems, issues };
}

const sameValue = (a: CellValue | undefined, b: CellValue | undefined): boolean => (isBlankValue(a) && isBlankValue(b)) || a === b;

/** Every cell of the unit's column whose value differs between what is there and what would be written. */
function columnChanges(template: CompiledTemplate, layout: ScoringLayout, u: number, before: SelfUnitRead, after: Column): SelfCellChange[] {
  const changes: SelfCellChange[] = [];
  const column = layout.firstUnitColumn + u;
  for (const node of template.nodes) {
    const address = cellAddress(layout.firstNodeRow + node.index, column);
    if (node.isLeaf) {
      const old = (before.scores[node.code] ?? null) as CellValue;
      const now = after.scores[node.code] ?? null;
      if (!sameValue(old, now)) changes.push({ code: node.code, what: "score", sheet: SHEET_NAMES["self-assessment"], address, before: old, after: now });
    }
    const oldText = before.explanations[node.code] ?? null;
    const newText = after.explanations[node.code] ?? null;
    if (!sameValue(oldText, newText))
      changes.push({ code: node.code, what: "explanation", sheet: SHEET_NAMES.explanations, address, before: oldText, after: newText });
  }
  return changes;
}
