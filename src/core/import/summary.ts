/** How many fields, criteria and sub-criteria a tree has, and its total: what an officer checks against the decision. */
import { fromMicro, toMicro } from "../decimal";
import type { ExtraKind } from "../field-kinds";
import type { ImportSummary } from "./import-result";

/** A template criterion or an imported node. */
interface SummaryNode {
  code: string;
  max: number | null;
  kind?: ExtraKind;
  children?: readonly SummaryNode[];
}

/** Fields are the ordinary top-level nodes; bonus and penalty contents are listed apart with their caps. */
export function summariseCriteria(tree: readonly SummaryNode[]): ImportSummary {
  const fields = tree.filter((node) => node.kind === undefined);
  let subCriteria = 0;
  const count = (nodes: readonly SummaryNode[]): void =>
    nodes.forEach((node) => {
      subCriteria += 1;
      count(node.children ?? []);
    });
  fields.forEach((field) => (field.children ?? []).forEach((criterion) => count(criterion.children ?? [])));
  return {
    fields: fields.length,
    criteria: fields.reduce((acc, field) => acc + (field.children ?? []).length, 0),
    subCriteria,
    total: fromMicro(fields.reduce((acc, field) => acc + toMicro(field.max ?? 0), 0)),
    extras: tree.flatMap((node) => (node.kind === undefined ? [] : [{ kind: node.kind, code: node.code, max: node.max ?? 0 }])),
  };
}
