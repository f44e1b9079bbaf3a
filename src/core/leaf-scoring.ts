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
  | "aboveMax"
  | "negative"
  | "notALevel"
  | "notANumber"
  | "notALeaf"
  | "unknownCode"
  | "missing"
  | "scoredAndNotAssessed"
  | "clamped"
  | "nothingAssessed";

export interface ScoreIssue {
  unit: string;
  code: string;
  value: unknown;
  severity: "error" | "warning";
  kind: IssueKind;
  message: Bilingual;
}

/** An issue and the template position it sorts by (`nodes.length` after every node). */
export interface PlacedIssue {
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

export const isBlank = (value: unknown): boolean => value === undefined || value === null || value === "";

/**
 * How far (in micro-points) a score may lie from its maximum, zero or a
 * level and still count as equal: binary noise only (Excel's 0,1 + 0,2 is
 * 0,30000000000000004, a millionth of a micro-point off). 15,0000004 for a
 * maximum of 15 is 0,4 micro-point above it: an error, not 15.
 */
export const SCORE_TOLERANCE_MICRO = 0.001;

function checkLeaf(node: TemplateNode, value: unknown): { micro: number; issue?: IssueKind } {
  if (typeof value !== "number" || !Number.isFinite(value)) return { micro: 0, issue: "notANumber" };
  const exact = value * SCALE;
  const micro = toMicro(value);
  if (exact < -SCORE_TOLERANCE_MICRO) return { micro: 0, issue: "negative" };
  if (exact > node.maxMicro + SCORE_TOLERANCE_MICRO) return { micro: 0, issue: "aboveMax" };
  if (node.levelsMicro && (!node.levelsMicro.has(micro) || Math.abs(exact - micro) > SCORE_TOLERANCE_MICRO)) return { micro: 0, issue: "notALevel" };
  return { micro: Math.max(0, micro) };
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
    case "scoredAndNotAssessed":
      return scoreMessages.scoredAndNotAssessed(code, value);
    case "clamped":
      return scoreMessages.clamped(value as number, 0);
    case "nothingAssessed":
      return scoreMessages.nothingAssessed();
  }
}

/** Makes an issue of one unit, placed at its node (or after every node). */
export function placeIssue(
  unit: string,
  kind: IssueKind,
  node: TemplateNode | undefined,
  code: string,
  value: unknown,
  message: Bilingual = issueMessage(kind, node, code, value),
): PlacedIssue {
  const issue: ScoreIssue = { unit, code, value: value ?? null, severity: WARNINGS.has(kind) ? "warning" : "error", kind, message };
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
      issues.push(placeIssue(unit, "unknownCode", undefined, code, value));
      continue;
    }
    const node = nodes[index];
    if (!node.isLeaf) issues.push(placeIssue(unit, "notALeaf", node, code, value));
    else if (notAssessed.has(index)) issues.push(placeIssue(unit, "scoredAndNotAssessed", node, code, value));
    else {
      scored++;
      const checked = checkLeaf(node, value);
      if (checked.issue) issues.push(placeIssue(unit, checked.issue, node, code, value));
      else micro[index] = checked.micro;
    }
  }
  if (scored + notAssessed.size >= leaves.length) return;
  for (const leaf of leaves) {
    const code = nodes[leaf].code;
    if (needsScore(template, leaf, notAssessed) && (isBlank(scores[code]) || isNotAssessedMark(scores[code]))) {
      issues.push(placeIssue(unit, "missing", nodes[leaf], code, scores[code]));
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
  if (totalMaxMicro === 0) issues.push(placeIssue(unit, "nothingAssessed", undefined, "", null));
  else if (totalMicro !== rawTotalMicro) {
    const culprit = template.fields.find((field) => field.kind === (rawTotalMicro > totalMicro ? "bonus" : "penalty"));
    const node = culprit ? template.nodes[culprit.node] : undefined;
    const message = scoreMessages.clamped(rawTotalMicro / 1e6, totalMicro / 1e6);
    issues.push(placeIssue(unit, "clamped", node, node?.code ?? "", rawTotalMicro / 1e6, message));
  }
  const valid = !issues.some(({ issue }) => issue.severity === "error");
  return { micro, maxMicro, kindMicro, totalMaxMicro, rawTotalMicro, totalMicro, valid, issues };
}
