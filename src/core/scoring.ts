/**
 * The scoring engine: a compiled template and its units in, every node's
 * score, the field and total percentages, ranks, bands, classes and issues out.
 * Bad input is data: each bad score is an issue, never an exception.
 *
 * A unit's maximum is its applicable maximum: the template's total less the
 * criteria not assessed for it (KĐG). Bonus and penalty points are added and
 * taken off outside the maximum, and the total is kept within 0 and the maximum.
 */
import type { CompiledTemplate } from "./template-tree";
import { fromMicro, percentOfMicro } from "./decimal";
import { Bilingual, scoreMessages } from "./messages";
import { normalizeName, findDuplicateNames, hiddenCharacter, showHidden } from "./names";
import { MAX_UNIT_NAME_LENGTH } from "./excel-limits";
import { competitionRanks, rankChange } from "./ranking";
import { bandOf, classifyUnit, Classification, FieldPercent } from "./classification";
import type { FieldKind } from "./field-kinds";
import { resolveNotAssessed } from "./not-assessed";
import { inTemplateOrder, placeIssue, scoreLeafValues, type LeafScoring, type ScoreIssue } from "./leaf-scoring";

export type { IssueKind, ScoreIssue } from "./leaf-scoring";

export interface UnitInput {
  name: string;
  /** Leaf code → score. Anything may arrive here; only finite numbers are scores, KĐG marks a criterion not assessed. */
  scores: Readonly<Record<string, unknown>>;
  /** Codes of the criteria not assessed for this unit (a parent means all its leaves). */
  notAssessed?: readonly string[];
  previousRank?: number | null;
  /** The unit's self-assessment, leaf code → score (scored by self-scoring.ts, beside the appraisal). */
  selfScores?: Readonly<Record<string, unknown>> | null;
}

export interface FieldResult {
  code: string;
  title: string;
  kind: FieldKind;
  score: number;
  /** The applicable maximum (a bonus or penalty node: its cap, less any leaf not assessed). */
  max: number;
  /** Rounded percent; null when nothing of the field is assessed, for a maximum of 0, and for bonus and penalty. */
  percent: number | null;
  /** Among valid units; null for an invalid unit and where percent is null. */
  rank: number | null;
  classified: boolean;
}

export interface UnitResult {
  name: string;
  valid: boolean;
  /** Score of every template node, in the template's node order. */
  nodeScores: number[];
  /** Applicable maximum of every template node (0 where nothing is assessed), in node order. */
  nodeMaxima: number[];
  /** Ordinary points + bonus − penalty, kept within 0 and `max`. */
  score: number;
  /** The applicable maximum: the template's total less the criteria not assessed. */
  max: number;
  /** The index: rounded percent of the total over the applicable maximum. */
  percent: number;
  bonus: number;
  penalty: number;
  /** The not-assessed codes as given (the list, then the codes scored KĐG). */
  notAssessed: string[];
  /** The not-assessed leaves' codes in template order. */
  notAssessedLeaves: string[];
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  band: string | null;
  classification: Classification | null;
  fields: FieldResult[];
  /** Position in the input. */
  position: number;
}

export interface ScoreReport {
  template: CompiledTemplate;
  units: UnitResult[];
  issues: ScoreIssue[];
  /** Problems that make the input unusable (duplicate or empty unit names). */
  refused: Bilingual[];
}

interface RawUnit extends LeafScoring {
  name: string;
  previousRank: number | null;
  notAssessed: string[];
  notAssessedLeaves: string[];
}

/** Scores one unit: its not-assessed criteria, then its values; records its issues in template order. */
function scoreOneUnit(template: CompiledTemplate, unit: UnitInput, name: string, issues: ScoreIssue[]): RawUnit {
  const scores = unit.scores ?? {};
  const notAssessed = resolveNotAssessed(template, unit.notAssessed, scores);
  const sums = scoreLeafValues(template, name, scores, notAssessed.leaves);
  const unknown = notAssessed.unknown.map((code) =>
    placeIssue(name, { kind: "unknownCode", code, value: null, message: scoreMessages.unknownNotAssessed(code) }),
  );
  for (const issue of inTemplateOrder([...sums.issues, ...unknown])) issues.push(issue);
  const previousRank = typeof unit.previousRank === "number" && Number.isFinite(unit.previousRank) ? unit.previousRank : null;
  return {
    ...sums,
    valid: sums.valid && unknown.length === 0,
    name,
    previousRank,
    notAssessed: notAssessed.given,
    notAssessedLeaves: notAssessed.leafCodes,
  };
}

function toNumbers(micro: Float64Array): number[] {
  const values = new Array<number>(micro.length);
  for (let i = 0; i < micro.length; i++) values[i] = micro[i] / 1e6;
  return values;
}

/** Checks that every unit has a name and that no two names are the same unit. */
export function checkUnitNames(names: readonly string[]): Bilingual[] {
  const problems: Bilingual[] = [];
  names.forEach((name, index) => {
    if (normalizeName(name) === "") problems.push(scoreMessages.emptyUnitName(index));
    const hidden = hiddenCharacter(normalizeName(name));
    if (hidden) problems.push(scoreMessages.hiddenCharacter(showHidden(normalizeName(name)), hidden.label, hidden.position));
    const length = normalizeName(name).length;
    if (length > MAX_UNIT_NAME_LENGTH)
      problems.push(scoreMessages.unitNameTooLong(index, [...normalizeName(name)].slice(0, 40).join(""), length, MAX_UNIT_NAME_LENGTH));
  });
  for (const [later, earlier] of findDuplicateNames(names)) {
    problems.push(scoreMessages.duplicateUnit(normalizeName(names[later]), normalizeName(names[earlier])));
  }
  return problems;
}

/** Rounded field percents, per field then per unit; null for bonus, penalty and nothing applicable. */
function fieldPercentsOf(template: CompiledTemplate, raw: readonly RawUnit[]): (number | null)[][] {
  return template.fields.map((field) =>
    raw.map((unit) => {
      const max = unit.maxMicro[field.node];
      return field.kind === "ordinary" && max > 0 ? percentOfMicro(unit.micro[field.node], max, template.precision) : null;
    }),
  );
}

const validOnly = (raw: readonly RawUnit[], values: readonly (number | null)[]) => values.map((value, i) => (raw[i].valid ? value : null));

/** Scores every unit of a template. */
export function scoreUnits(template: CompiledTemplate, units: readonly UnitInput[]): ScoreReport {
  const names = units.map((unit) => normalizeName(String(unit.name ?? "")));
  const refused = checkUnitNames(names);
  const issues: ScoreIssue[] = [];
  const raw = units.map((unit, position) => scoreOneUnit(template, unit, names[position], issues));
  const { precision, fields } = template;
  const { definition } = template;

  const percents = raw.map((unit) => (unit.totalMaxMicro > 0 ? percentOfMicro(unit.totalMicro, unit.totalMaxMicro, precision) : 0));
  const fieldPercents = fieldPercentsOf(template, raw);
  const ranks = competitionRanks(validOnly(raw, percents));
  const fieldRanks = fieldPercents.map((column) => competitionRanks(validOnly(raw, column)));

  const results = raw.map((unit, position): UnitResult => {
    const fieldResults = fields.map((field, f): FieldResult => ({
      code: field.code,
      title: field.title,
      kind: field.kind,
      score: fromMicro(unit.micro[field.node]),
      max: fromMicro(unit.maxMicro[field.node]),
      percent: fieldPercents[f][position],
      rank: fieldRanks[f][position],
      classified: field.classified,
    }));
    const percent = percents[position];
    const classified: FieldPercent[] = fieldResults.filter((field) => field.classified);
    const classification = unit.valid && definition.classification ? classifyUnit(percent, classified, definition.classification) : null;
    const band = unit.valid && definition.bands ? (bandOf(percent, definition.bands)?.label ?? null) : null;
    return {
      name: unit.name,
      valid: unit.valid,
      nodeScores: toNumbers(unit.micro),
      nodeMaxima: toNumbers(unit.maxMicro),
      score: fromMicro(unit.totalMicro),
      max: fromMicro(unit.totalMaxMicro),
      percent,
      bonus: fromMicro(unit.kindMicro.bonus),
      penalty: fromMicro(unit.kindMicro.penalty),
      notAssessed: unit.notAssessed,
      notAssessedLeaves: unit.notAssessedLeaves,
      rank: ranks[position],
      previousRank: unit.previousRank,
      rankChange: rankChange(unit.previousRank, ranks[position]),
      band,
      classification,
      fields: fieldResults,
      position,
    };
  });
  return { template, units: results, issues, refused };
}
