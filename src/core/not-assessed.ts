/**
 * Criteria not assessed for a unit (không đánh giá, KĐG): the unit has no such
 * task that year, so the criterion's maximum leaves the unit's maximum. A unit
 * names them in a list of codes (a parent means all its leaves) or by the
 * text KĐG in a score cell.
 */
import type { CompiledTemplate } from "./template-tree";

/** The text a score cell holds for a criterion that is not assessed. */
export const NOT_ASSESSED_MARK = "KĐG";

/** Every spelling a unit may type (compared ignoring case and outer spaces); the first is the one written. */
export const NOT_ASSESSED_TEXTS = [NOT_ASSESSED_MARK, "KDG", "không đánh giá"] as const;

const MARKS: ReadonlySet<string> = new Set(NOT_ASSESSED_TEXTS.map((text) => text.toLowerCase()));

/** KĐG, KDG or "không đánh giá", in any case, decomposed or not, spaced or not at the ends. */
export function isNotAssessedMark(value: unknown): boolean {
  if (typeof value !== "string" || value.length > 20) return false;
  return MARKS.has(value.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase());
}

interface NotAssessedLeaves {
  /** Node indexes of the leaves not assessed. */
  leaves: ReadonlySet<number>;
  /** The codes as the unit gave them: its list, then the codes whose score is KĐG. */
  given: string[];
  /** The leaves' codes in template order. */
  leafCodes: string[];
  /** Codes that are not in the template. */
  unknown: string[];
}

function addLeavesUnder(template: CompiledTemplate, index: number, into: Set<number>): void {
  const node = template.nodes[index];
  if (node.isLeaf) into.add(index);
  else for (const child of node.children) addLeavesUnder(template, child, into);
}

/**
 * Resolves a unit's not-assessed codes (`notAssessed` and KĐG scores) to
 * leaves. Unknown codes are returned, not dropped, so that the caller reports them.
 */
export function resolveNotAssessed(
  template: CompiledTemplate,
  codes: readonly unknown[] | undefined,
  scores: Readonly<Record<string, unknown>>,
): NotAssessedLeaves {
  const given: string[] = (codes ?? []).map((code) => String(code).trim());
  for (const code in scores) if (isNotAssessedMark(scores[code])) given.push(code);
  const leaves = new Set<number>();
  const unknown: string[] = [];
  for (const code of given) {
    const index = template.byCode.get(code);
    if (index === undefined) unknown.push(code);
    else addLeavesUnder(template, index, leaves);
  }
  const sorted = [...leaves].sort((a, b) => a - b);
  return { leaves: new Set(sorted), given, leafCodes: sorted.map((index) => template.nodes[index].code), unknown };
}

/**
 * The values a unit's score cells hold: its scores, and KĐG in the cells of
 * the leaves its `notAssessed` list names (a sheet has no other place for them).
 */
export function scoreCellValues(
  template: CompiledTemplate,
  scores: Readonly<Record<string, unknown>>,
  notAssessed: readonly string[] | undefined,
): Record<string, unknown> {
  if (!notAssessed || notAssessed.length === 0) return { ...scores };
  const cells: Record<string, unknown> = { ...scores };
  for (const code of resolveNotAssessed(template, notAssessed, {}).leafCodes) cells[code] = NOT_ASSESSED_MARK;
  return cells;
}
