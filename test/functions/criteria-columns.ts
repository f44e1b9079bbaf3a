/**
 * A template laid out as a scoring sheet lays it out: one row per node in
 * document order, columns of codes, maxima and one unit's scores, each a
 * 2-D array as Excel passes a column to a custom function.
 */
import type { CompiledTemplate } from "../../src/core/template-tree";
import { fieldKinds } from "../../src/core/field-kinds";

export type Column = unknown[][];

export const column = (values: readonly unknown[]): Column => values.map((value) => [value]);

export interface CriteriaColumns {
  codes: Column;
  maxima: Column;
  /** "Điểm thưởng" / "Điểm trừ" on the rows of bonus and penalty fields, blank elsewhere. */
  kinds: Column;
  /** The scores of one unit: leaf rows get `scores[code]`, parent rows `parentCell`. */
  scoresOf(scores: Readonly<Record<string, unknown>>, parentCell?: unknown): Column;
}

export function criteriaColumns(template: CompiledTemplate, codeCell: (code: string) => unknown = (code) => code): CriteriaColumns {
  const nodes = template.nodes;
  return {
    codes: column(nodes.map((node) => codeCell(node.code))),
    maxima: column(nodes.map((node) => node.max)),
    kinds: column(
      nodes.map((node) => {
        const kind = template.fields[node.field].kind;
        return node.depth === 0 && kind !== "ordinary" ? fieldKinds[kind].label.vi : null;
      }),
    ),
    scoresOf: (scores, parentCell = null) => column(nodes.map((node) => (node.isLeaf ? (scores[node.code] ?? null) : parentCell))),
  };
}
