/**
 * A validated template flattened for fast scoring: nodes in document order,
 * each with its parent, children, field and maximum in micro-points.
 */
import { Template, Criterion, DEFAULT_PRECISION } from "./template";
import { toMicro } from "./decimal";
import { fieldKinds, type FieldKind } from "./field-kinds";

export interface TemplateNode {
  index: number;
  code: string;
  title: string;
  max: number;
  maxMicro: number;
  /** 0 for a field. */
  depth: number;
  parent: number;
  children: number[];
  isLeaf: boolean;
  levels?: readonly number[];
  levelsMicro?: ReadonlySet<number>;
  guidance?: string;
  /** Position of the node's field in `fields`. */
  field: number;
}

interface FieldInfo {
  node: number;
  code: string;
  title: string;
  /** For a bonus or penalty node: its cap. */
  max: number;
  /** Whether the field gates classification (never for bonus and penalty). */
  classified: boolean;
  kind: FieldKind;
}

export interface CompiledTemplate {
  definition: Template;
  id: string;
  name: string;
  precision: number;
  nodes: TemplateNode[];
  byCode: ReadonlyMap<string, number>;
  /** Node indexes of the leaves, in document order. */
  leaves: number[];
  fields: FieldInfo[];
  /** The maximum of the ordinary fields; bonus and penalty caps are outside it. */
  totalMax: number;
  totalMaxMicro: number;
  /** Whether some top-level node holds bonus or penalty points. */
  hasExtraKinds: boolean;
}

export function compileTemplate(template: Template): CompiledTemplate {
  const nodes: TemplateNode[] = [];
  const byCode = new Map<string, number>();
  const leaves: number[] = [];
  const fields: FieldInfo[] = [];

  const visit = (criterion: Criterion, depth: number, parent: number, field: number): number => {
    const index = nodes.length;
    const isLeaf = !criterion.children || criterion.children.length === 0;
    const node: TemplateNode = {
      index,
      code: criterion.code,
      title: criterion.title,
      max: criterion.max,
      maxMicro: toMicro(criterion.max),
      depth,
      parent,
      children: [],
      isLeaf,
      field,
      guidance: criterion.guidance,
    };
    if (isLeaf && criterion.levels) {
      node.levels = criterion.levels;
      node.levelsMicro = new Set(criterion.levels.map(toMicro));
    }
    nodes.push(node);
    byCode.set(node.code, index);
    if (isLeaf) leaves.push(index);
    for (const child of criterion.children ?? []) node.children.push(visit(child, depth + 1, index, field));
    return index;
  };

  template.fields.forEach((criterion, fieldIndex) => {
    const node = visit(criterion, 0, -1, fieldIndex);
    const kind: FieldKind = criterion.kind ?? "ordinary";
    fields.push({
      node,
      code: criterion.code,
      title: criterion.title,
      max: criterion.max,
      classified: fieldKinds[kind].mayGate && criterion.classified !== false && criterion.max > 0, // maximum 0: no percentage to gate with
      kind,
    });
  });
  const totalMaxMicro = fields.reduce((acc, f) => (fieldKinds[f.kind].inMaximum ? acc + nodes[f.node].maxMicro : acc), 0);
  return {
    definition: template,
    id: template.id,
    name: template.name,
    precision: template.precision ?? DEFAULT_PRECISION,
    nodes,
    byCode,
    leaves,
    fields,
    totalMax: totalMaxMicro / 1e6,
    totalMaxMicro,
    hasExtraKinds: fields.some((field) => field.kind !== "ordinary"),
  };
}
