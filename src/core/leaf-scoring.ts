/**
 * Scores one set of leaf values of one unit: checks every value, sums the
 * leaves into every node, leaves the not-assessed leaves out of the maxima,
 * and adds bonus and takes penalty points off the total. The scoring of a
 * report calls it once per unit; it can be called again on another set of
 * values of the same unit (a self-assessment) with the same not-assessed leaves.
 */
import type { CompiledTemplate, TemplateNode } from "./template-tree";
import { SCALE, toMicro } from "./decimal";
import { Bilingual, scoreMessages } from "./messages";
import { fieldKinds, type FieldKind } from "./field-kinds";
import { isNotAssessedMark } from "./not-assessed";

export type IssueKind =
  "aboveMax" | "negative" | "notALevel" | "notANumber" | "notALeaf" | "unknownCode" | "missing" | "scoredAndNotAssessed" | "clamped" | "nothingAssessed";

export interface ScoreIssue {
  unit: string;
  code: string;
  value: unknown;
  severity: "error" | "warning";
  kind: IssueKind;
  message: Bilingual;
}

/** An issue and the template position it sorts by (`nodes.length` after every node). */
interface PlacedIssue {
  at: number;
  issue: ScoreIssue;
}

const WARNINGS: ReadonlySet<IssueKind> = new Set(["missing", "clamped"]);

export interface LeafScoring {
  /** Score of every node in micro-points; not-assessed and invalid leaves hold 0. */
  micro: Float64Array;
  /** Applicable maximum of every node in micro-points (0 where nothing is assessed). */
  maxMicro: Float64Array;
  /** Points of the ordinary fields, of the bonus nodes and of the penalty nodes (positive). */
  kindMicro: Record<FieldKind, number>;
  /** The applicable total maximum: the ordinary fields' maxima less the not-assessed leaves. */
  totalMaxMicro: number;
  /** ordinary + bonus − penalty, before the clamp. */
  rawTotalMicro: number;
  /** The raw total clamped to [0, totalMaxMicro]. */
  totalMicro: number;
  /** False when some value is an error. */
  valid: boolean;
  issues: PlacedIssue[];
}

const isBlank = (value: unknown): boolean => value === undefined || value === null || value === "";

/**
 * How far (in micro-points) a score may lie from its maximum, zero or a
 * level and still count as equal: binary noise only (Excel's 0,1 + 0,2 is
 * 0,30000000000000004, a millionth of a micro-point off). 15,0000004 for a
 * maximum of 15 is 0,4 micro-point above it: an error, not 15.
 */
const SCORE_TOLERANCE_MICRO = 0.001;

/**
 * What went wrong, with what its message needs; the kinds whose message
 * quotes a number carry it as a number, and those of a node carry the node.
 */
type IssueFact =
  | { kind: "aboveMax" | "negative" | "notALevel"; node: TemplateNode; value: number }
  | { kind: "notANumber" | "notALeaf" | "scoredAndNotAssessed" | "missing"; node: TemplateNode; value: unknown }
  | { kind: "unknownCode"; code: string; value: unknown; message?: Bilingual }
  | { kind: "clamped"; node: TemplateNode | undefined; raw: number; to: number }
  | { kind: "nothingAssessed" };

function checkLeaf(node: TemplateNode, value: unknown): { micro: number; issue?: IssueFact } {
  if (typeof value !== "number" || !Number.isFinite(value)) return { micro: 0, issue: { kind: "notANumber", node, value } };
  const exact = value * SCALE;
  const micro = toMicro(value);
  if (exact < -SCORE_TOLERANCE_MICRO) return { micro: 0, issue: { kind: "negative", node, value } };
  if (exact > node.maxMicro + SCORE_TOLERANCE_MICRO) return { micro: 0, issue: { kind: "aboveMax", node, value } };
  if (node.levelsMicro && (!node.levelsMicro.has(micro) || Math.abs(exact - micro) > SCORE_TOLERANCE_MICRO)) {
    return { micro: 0, issue: { kind: "notALevel", node, value } };
  }
  return { micro: Math.max(0, micro) };
}

function issueMessage(fact: IssueFact): Bilingual {
  switch (fact.kind) {
    case "aboveMax":
      return scoreMessages.aboveMax(fact.node.code, fact.value, fact.node.max);
    case "negative":
      return scoreMessages.negative(fact.node.code, fact.value);
    case "notALevel":
      return scoreMessages.notALevel(fact.node.code, fact.value, fact.node.levels ?? []);
    case "notANumber":
      return scoreMessages.notANumber(fact.node.code, fact.value);
    case "notALeaf":
      return scoreMessages.notALeaf(fact.node.code);
    case "missing":
      return scoreMessages.missing(fact.node.code);
    case "scoredAndNotAssessed":
      return scoreMessages.scoredAndNotAssessed(fact.node.code, fact.value);
    case "unknownCode":
      return fact.message ?? scoreMessages.unknownCode(fact.code);
    case "clamped":
      return scoreMessages.clamped(fact.raw, fact.to);
    case "nothingAssessed":
      return scoreMessages.nothingAssessed();
  }
}

/** The node an issue is about, its code and the value it quotes. */
function issueSubject(fact: IssueFact): { node: TemplateNode | undefined; code: string; value: unknown } {
  switch (fact.kind) {
    case "unknownCode":
      return { node: undefined, code: fact.code, value: fact.value };
    case "clamped":
      return { node: fact.node, code: fact.node?.code ?? "", value: fact.raw };
    case "nothingAssessed":
      return { node: undefined, code: "", value: null };
    default:
      return { node: fact.node, code: fact.node.code, value: fact.value };
  }
}

/** Makes an issue of one unit, placed at its node (or after every node). */
export function placeIssue(unit: string, fact: IssueFact): PlacedIssue {
  const { node, code, value } = issueSubject(fact);
  const severity = WARNINGS.has(fact.kind) ? "warning" : "error";
  const issue: ScoreIssue = { unit, code, value: value ?? null, severity, kind: fact.kind, message: issueMessage(fact) };
  return { at: node?.index ?? Number.MAX_SAFE_INTEGER, issue };
}

/** Issues in template order (stable for issues at the same node). */
export function inTemplateOrder(placed: PlacedIssue[]): ScoreIssue[] {
  if (placed.length > 1) placed.sort((a, b) => a.at - b.at);
  return placed.map(({ issue }) => issue);
}

const needsScore = (template: CompiledTemplate, leaf: number, notAssessed: ReadonlySet<number>): boolean =>
  !notAssessed.has(leaf) && template.fields[template.nodes[leaf].field].kind === "ordinary";

/** Checks the given values and puts the valid ones on their leaves. */
function readValues(
  template: CompiledTemplate,
  unit: string,
  scores: Readonly<Record<string, unknown>>,
  notAssessed: ReadonlySet<number>,
  micro: Float64Array,
  issues: PlacedIssue[],
): void {
  const { nodes, leaves, byCode } = template;
  let scored = 0;
  // One pass over the given scores; the leaves are visited again only when some are missing.
  for (const code in scores) {
    const value = scores[code];
    if (isBlank(value) || isNotAssessedMark(value)) continue;
    const index = byCode.get(code);
    if (index === undefined) {
      issues.push(placeIssue(unit, { kind: "unknownCode", code, value }));
      continue;
    }
    const node = nodes[index];
    if (!node.isLeaf) issues.push(placeIssue(unit, { kind: "notALeaf", node, value }));
    else if (notAssessed.has(index)) issues.push(placeIssue(unit, { kind: "scoredAndNotAssessed", node, value }));
    else {
      scored++;
      const checked = checkLeaf(node, value);
      if (checked.issue) issues.push(placeIssue(unit, checked.issue));
      else micro[index] = checked.micro;
    }
  }
  if (scored + notAssessed.size >= leaves.length) return;
  for (const leaf of leaves) {
    const code = nodes[leaf].code;
    if (needsScore(template, leaf, notAssessed) && (isBlank(scores[code]) || isNotAssessedMark(scores[code]))) {
      issues.push(placeIssue(unit, { kind: "missing", node: nodes[leaf], value: scores[code] }));
    }
  }
}

/** Sums leaves into parents: scores, and the maxima of the assessed leaves. */
function sumUp(template: CompiledTemplate, notAssessed: ReadonlySet<number>, micro: Float64Array): Float64Array {
  const { nodes } = template;
  const maxMicro = new Float64Array(nodes.length);
  for (const leaf of template.leaves) if (!notAssessed.has(leaf)) maxMicro[leaf] = nodes[leaf].maxMicro;
  for (let i = nodes.length - 1; i > 0; i--) {
    const parent = nodes[i].parent;
    if (parent >= 0) {
      micro[parent] += micro[i];
      maxMicro[parent] += maxMicro[i];
    }
  }
  return maxMicro;
}

/**
 * Scores one set of leaf values (`code → value`) of one unit, with the given
 * leaves not assessed. KĐG values are skipped here: resolve them first with
 * `resolveNotAssessed`.
 */
export function scoreLeafValues(
  template: CompiledTemplate,
  unit: string,
  scores: Readonly<Record<string, unknown>>,
  notAssessed: ReadonlySet<number>,
): LeafScoring {
  const micro = new Float64Array(template.nodes.length);
  const issues: PlacedIssue[] = [];
  readValues(template, unit, scores, notAssessed, micro, issues);
  const maxMicro = sumUp(template, notAssessed, micro);
  const kindMicro: Record<FieldKind, number> = { ordinary: 0, bonus: 0, penalty: 0 };
  let totalMaxMicro = 0;
  for (const field of template.fields) {
    kindMicro[field.kind] += micro[field.node];
    if (fieldKinds[field.kind].inMaximum) totalMaxMicro += maxMicro[field.node];
  }
  const rawTotalMicro = kindMicro.ordinary + kindMicro.bonus - kindMicro.penalty;
  const totalMicro = Math.min(totalMaxMicro, Math.max(0, rawTotalMicro));
  if (totalMaxMicro === 0) issues.push(placeIssue(unit, { kind: "nothingAssessed" }));
  else if (totalMicro !== rawTotalMicro) {
    const culprit = template.fields.find((field) => field.kind === (rawTotalMicro > totalMicro ? "bonus" : "penalty"));
    const node = culprit ? template.nodes[culprit.node] : undefined;
    issues.push(placeIssue(unit, { kind: "clamped", node, raw: rawTotalMicro / 1e6, to: totalMicro / 1e6 }));
  }
  const valid = !issues.some(({ issue }) => issue.severity === "error");
  return { micro, maxMicro, kindMicro, totalMaxMicro, rawTotalMicro, totalMicro, valid, issues };
}
