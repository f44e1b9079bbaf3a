/**
 * The scoring engine: a compiled template and its units in, every node's
 * score, the field and total percentages, ranks, bands, classes and issues out.
 * Bad input is data: each bad score is an issue, never an exception.
 */
import type { CompiledTemplate, TemplateNode } from "./template-tree";
import { fromMicro, percentOfMicro, toMicro } from "./decimal";
import { Bilingual, scoreMessages } from "./messages";
import { normalizeName, findDuplicateNames } from "./names";
import { competitionRanks, rankChange } from "./ranking";
import { bandOf, classifyUnit, Classification, FieldPercent } from "./classification";

export interface UnitInput {
  name: string;
  /** Leaf code → score. Anything may arrive here; only finite numbers are scores. */
  scores: Readonly<Record<string, unknown>>;
  previousRank?: number | null;
}

export type IssueKind = "aboveMax" | "negative" | "notALevel" | "notANumber" | "notALeaf" | "unknownCode" | "missing";

export interface ScoreIssue {
  unit: string;
  code: string;
  value: unknown;
  severity: "error" | "warning";
  kind: IssueKind;
  message: Bilingual;
}

export interface FieldResult {
  code: string;
  title: string;
  score: number;
  max: number;
  /** Rounded percent; null when the field's maximum is 0. */
  percent: number | null;
  /** Among valid units; null for an invalid unit. */
  rank: number | null;
  classified: boolean;
}

export interface UnitResult {
  name: string;
  valid: boolean;
  /** Score of every template node, in the template's node order. */
  nodeScores: number[];
  score: number;
  max: number;
  /** The index: rounded percent of the total. */
  percent: number;
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

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === "";

function checkLeaf(node: TemplateNode, value: unknown): { micro: number; issue?: IssueKind } {
  if (typeof value !== "number" || !Number.isFinite(value)) return { micro: 0, issue: "notANumber" };
  const micro = toMicro(value);
  if (micro < 0) return { micro: 0, issue: "negative" };
  if (micro > node.maxMicro) return { micro: 0, issue: "aboveMax" };
  if (node.levelsMicro && !node.levelsMicro.has(micro)) return { micro: 0, issue: "notALevel" };
  return { micro };
}

function issueMessage(kind: IssueKind, node: TemplateNode | undefined, code: string, value: unknown): Bilingual {
  switch (kind) {
    case "aboveMax":
      return scoreMessages.aboveMax(code, value as number, (node as TemplateNode).max);
    case "negative":
      return scoreMessages.negative(code, value as number);
    case "notALevel":
      return scoreMessages.notALevel(code, value as number, (node as TemplateNode).levels ?? []);
    case "notANumber":
      return scoreMessages.notANumber(code, value);
    case "notALeaf":
      return scoreMessages.notALeaf(code);
    case "unknownCode":
      return scoreMessages.unknownCode(code);
    case "missing":
      return scoreMessages.missing(code);
  }
}

interface RawUnit {
  name: string;
  micro: Float64Array;
  valid: boolean;
  previousRank: number | null;
}

/** Sums one unit's leaves into every node; records the unit's issues in template order. */
function sumUnit(template: CompiledTemplate, unit: UnitInput, name: string, issues: ScoreIssue[]): RawUnit {
  const { nodes, leaves, byCode } = template;
  const micro = new Float64Array(nodes.length);
  const scores = unit.scores ?? {};
  const found: Array<{ at: number; issue: ScoreIssue }> = [];
  let valid = true;
  let scored = 0;
  const add = (kind: IssueKind, node: TemplateNode | undefined, code: string, value: unknown) => {
    const severity = kind === "missing" ? "warning" : "error";
    if (severity === "error") valid = false;
    const issue: ScoreIssue = { unit: name, code, value: value ?? null, severity, kind, message: issueMessage(kind, node, code, value) };
    found.push({ at: node ? node.index : nodes.length, issue });
  };
  // One pass over the given scores; the leaves are visited again only when some are missing.
  for (const code in scores) {
    const value = scores[code];
    const index = byCode.get(code);
    if (index === undefined) {
      add("unknownCode", undefined, code, value);
      continue;
    }
    const node = nodes[index];
    if (!node.isLeaf) {
      add("notALeaf", node, code, value);
      continue;
    }
    if (isBlank(value)) continue;
    scored++;
    const checked = checkLeaf(node, value);
    if (checked.issue) add(checked.issue, node, code, value);
    else micro[index] = checked.micro;
  }
  if (scored < leaves.length) {
    for (const leaf of leaves) if (isBlank(scores[nodes[leaf].code])) add("missing", nodes[leaf], nodes[leaf].code, scores[nodes[leaf].code]);
  }
  if (found.length > 1) found.sort((a, b) => a.at - b.at);
  for (const { issue } of found) issues.push(issue);
  for (let i = nodes.length - 1; i > 0; i--) {
    const parent = nodes[i].parent;
    if (parent >= 0) micro[parent] += micro[i];
  }
  const previousRank = typeof unit.previousRank === "number" && Number.isFinite(unit.previousRank) ? unit.previousRank : null;
  return { name, micro, valid, previousRank };
}

function nodeScoresOf(micro: Float64Array): number[] {
  const scores = new Array<number>(micro.length);
  for (let i = 0; i < micro.length; i++) scores[i] = micro[i] / 1e6;
  return scores;
}

/** Checks that every unit has a name and that no two names are the same unit. */
export function checkUnitNames(names: readonly string[]): Bilingual[] {
  const problems: Bilingual[] = [];
  names.forEach((name, index) => {
    if (normalizeName(name) === "") problems.push(scoreMessages.emptyUnitName(index));
  });
  for (const [later, earlier] of findDuplicateNames(names)) {
    problems.push(scoreMessages.duplicateUnit(normalizeName(names[later]), normalizeName(names[earlier])));
  }
  return problems;
}

/** Scores every unit of a template. */
export function scoreUnits(template: CompiledTemplate, units: readonly UnitInput[]): ScoreReport {
  const names = units.map((unit) => normalizeName(String(unit.name ?? "")));
  const refused = checkUnitNames(names);
  const issues: ScoreIssue[] = [];
  const raw = units.map((unit, position) => sumUnit(template, unit, names[position], issues));
  const { precision, fields, nodes, totalMaxMicro } = template;
  const source = template.source;

  const totalMicros = raw.map((unit) => fields.reduce((acc, field) => acc + unit.micro[field.node], 0));
  const percents = totalMicros.map((micro) => percentOfMicro(micro, totalMaxMicro, precision));
  const fieldPercents = fields.map((field) =>
    raw.map((unit) => (nodes[field.node].maxMicro > 0 ? percentOfMicro(unit.micro[field.node], nodes[field.node].maxMicro, precision) : null)),
  );
  const ranks = competitionRanks(percents.map((percent, i) => (raw[i].valid ? percent : null)));
  const fieldRanks = fieldPercents.map((column) => competitionRanks(column.map((percent, i) => (raw[i].valid ? percent : null))));

  const results = raw.map((unit, position): UnitResult => {
    const fieldResults = fields.map((field, f): FieldResult => ({
      code: field.code,
      title: field.title,
      score: fromMicro(unit.micro[field.node]),
      max: field.max,
      percent: fieldPercents[f][position],
      rank: fieldRanks[f][position],
      classified: field.classified,
    }));
    const percent = percents[position];
    const classified: FieldPercent[] = fieldResults.filter((field) => field.classified);
    const classification = unit.valid && source.classification ? classifyUnit(percent, classified, source.classification) : null;
    const band = unit.valid && source.bands ? bandOf(percent, source.bands)?.label ?? null : null;
    return {
      name: unit.name,
      valid: unit.valid,
      nodeScores: nodeScoresOf(unit.micro),
      score: fromMicro(totalMicros[position]),
      max: template.totalMax,
      percent,
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
