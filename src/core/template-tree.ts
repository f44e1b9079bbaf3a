/**
 * A validated template flattened for fast scoring: nodes in document order,
 * each with its parent, children, field and maximum in micro-points.
 */
import { Template, Criterion, DEFAULT_PRECISION } from "./template";
import { toMicro } from "./decimal";

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

export interface FieldInfo {
  node: number;
  code: string;
  title: string;
  max: number;
  classified: boolean;
}

export interface CompiledTemplate {
  source: Template;
  id: string;
  name: string;
  precision: number;
  nodes: TemplateNode[];
  byCode: ReadonlyMap<string, number>;
  /** Node indexes of the leaves, in document order. */
  leaves: number[];
  fields: FieldInfo[];
  totalMax: number;
  totalMaxMicro: number;
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
    fields.push({
      node,
      code: criterion.code,
      title: criterion.title,
      max: criterion.max,
      classified: criterion.classified !== false,
    });
  });
  const totalMaxMicro = fields.reduce((acc, f) => acc + nodes[f.node].maxMicro, 0);
  return {
    source: template,
    id: template.id,
    name: template.name,
    precision: template.precision ?? DEFAULT_PRECISION,
    nodes,
    byCode,
    leaves,
    fields,
    totalMax: totalMaxMicro / 1e6,
    totalMaxMicro,
  };
}
