/**
 * Rows of the outline that are not criteria: a bullet or unnumbered row
 * without points and without items of its own is a line of its parent's
 * guidance; bullet rows whose points are alternatives (the largest equals the
 * parent's maximum, and they do not add up to it) are the parent's scoring
 * levels; so are points on rows merged under a criterion.
 */
import { toMicro } from "../decimal";
import { importMessages as m } from "../messages";
import { DraftNode, textLines } from "./outline";
import type { ImportProblem } from "./import-result";

/** Levels a node takes from rows below it, set by `foldRows`: the levels and the first of those rows. */
export type LeveledNode = DraftNode & { levels?: number[]; levelsRow?: number };

const isTextRow = (node: DraftNode) =>
  (node.source.marker === null || node.source.marker.style === "bullet") && node.source.points.kind === "empty" && node.children.length === 0;

const isAlternative = (node: DraftNode) =>
  (node.source.marker === null || node.source.marker.style === "bullet") && node.source.points.kind === "number" && node.children.length === 0;

function pointsOf(node: DraftNode): number {
  return node.source.points.kind === "number" ? node.source.points.value : NaN;
}

/** Bullet rows that are a criterion's levels ("- Đúng hạn | 1", "- Chậm | 0,5", "- Không | 0" under a 1-point criterion). */
function foldAlternatives(node: LeveledNode): void {
  const children = node.children;
  if (node.source.points.kind !== "number" || children.length < 2 || !children.every(isAlternative)) return;
  const max = toMicro(node.source.points.value);
  const values = children.map((child) => toMicro(pointsOf(child)));
  const sum = values.reduce((a, b) => a + b, 0);
  if (sum === max || Math.max(...values) !== max) return;
  node.levels = [...new Set(values)].map((micro) => micro / 1e6);
  node.lines.push(...children.map((child) => `${textLines(child.source)[0] ?? ""}: ${String(pointsOf(child)).replace(".", ",")} điểm`));
  node.levelsRow = children[0].source.row;
  node.children = [];
}

/** Points written on rows merged under a leaf: its levels, the leaf's own maximum first. */
function foldLevelRows(node: LeveledNode, problems: ImportProblem[]): void {
  const rows = node.source.levelRows;
  if (rows.length === 0 || node.source.points.kind !== "number") return;
  const max = node.source.points.value;
  for (const { row, points, text } of rows) {
    if (Number.isNaN(points)) problems.push({ row, severity: "error", message: m.pointsNotANumber(row, text) });
    else if (toMicro(points) > toMicro(max)) problems.push({ row, severity: "error", message: m.levelAboveMax(row, points, max) });
  }
  if (node.children.length > 0 || rows.some(({ points }) => Number.isNaN(points) || toMicro(points) > toMicro(max))) return;
  node.levels = [...new Set([max, ...rows.map(({ points }) => points)].map(toMicro))].map((micro) => micro / 1e6);
  node.levelsRow = rows[0].row;
}

function foldChildren(node: LeveledNode, problems: ImportProblem[]): void {
  for (const child of node.children) foldChildren(child, problems);
  const kept: DraftNode[] = [];
  for (const child of node.children) {
    if (isTextRow(child)) {
      node.lines.push(...textLines(child.source), ...child.lines);
      node.source.evidence.push(...child.source.evidence);
    } else kept.push(child);
  }
  node.children = kept;
  foldAlternatives(node);
  foldLevelRows(node, problems);
}

/** Folds text rows and level rows into their criteria; top-level text rows are left out with a note. */
export function foldRows(roots: readonly DraftNode[], problems: ImportProblem[]): LeveledNode[] {
  const kept: LeveledNode[] = [];
  for (const root of roots) {
    foldChildren(root, problems);
    if (isTextRow(root)) problems.push({ row: root.source.row, severity: "note", message: m.orphanText(root.source.row, root.source.title) });
    else kept.push(root);
  }
  return kept;
}
