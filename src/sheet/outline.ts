/** Outline groups: the rows of every parent's descendants, so that sub-criteria collapse. */
import type { CompiledTemplate } from "../core/template-tree";
import type { OutlineGroup } from "./plan";

/** Excel nests at most 8 outline levels. */
const MAX_OUTLINE_DEPTH = 7;

/** The last node of a node's subtree (nodes are in pre-order, so the subtree is index..last). */
export function lastDescendant(template: CompiledTemplate, index: number): number {
  let last = index;
  while (template.nodes[last].children.length > 0) {
    const children = template.nodes[last].children;
    last = children[children.length - 1];
  }
  return last;
}

export function criteriaOutline(template: CompiledTemplate, firstNodeRow: number): OutlineGroup[] {
  const groups: OutlineGroup[] = [];
  for (const node of template.nodes) {
    if (node.isLeaf || node.depth >= MAX_OUTLINE_DEPTH) continue;
    groups.push({ firstRow: firstNodeRow + node.index + 1, lastRow: firstNodeRow + lastDescendant(template, node.index) });
  }
  return groups;
}
