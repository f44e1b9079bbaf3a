/**
 * From the outline to criteria: each node gets its canonical code (the
 * numbers of its numbering — II.3.a is 2.3.1 — or the next free number for a
 * bullet), the decision's label, its maximum (a parent without one takes its
 * items' sum, with a note; a parent whose items do not add up is an error),
 * its guidance and its levels (from level rows, or from guidance text when
 * unambiguous).
 */
import { fromMicro, toMicro } from "../decimal";
import { importMessages as m } from "../messages";
import type { ImportedNode, ImportProblem } from "./import-result";
import type { LeveledNode } from "./fold-rows";
import { letterValue, Marker, usesLatinLetters } from "./numbering";
import { levelsFromGuidance } from "./guidance-levels";
import { kindsInTitle } from "./extra-kinds";
import { readPoints } from "./points";

interface Place {
  code: string | null;
  label: string | undefined;
  marker: Marker | null;
  depth: number;
  /** Inside a bonus or penalty content, where maxima may be written "+2" or "-5". */
  signed: boolean;
}

/** The label a marker gives under its parent: "II" → "II"; "3" under "II" → "II.3"; "1.2" under "I.1" → "I.1.2". */
function labelOf(marker: Marker | null, parent: Place): string | undefined {
  if (!marker || marker.style === "bullet") return undefined;
  const above = parent.marker;
  if (marker.style === "number" && above?.style === "number" && parent.label !== undefined) {
    if (marker.values.slice(0, -1).join(".") === above.values.join(".")) {
      return parent.label.slice(0, parent.label.length - above.text.length) + marker.text;
    }
  }
  return parent.label ? `${parent.label}.${marker.text}` : marker.text;
}

/** The number each sibling takes in the code; bullets take the next free number. */
function siblingNumbers(nodes: readonly LeveledNode[]): number[] {
  const markers = nodes.map((node) => node.source.marker);
  const latin = usesLatinLetters(markers.filter((mk) => mk?.style === "letter" || mk?.style === "capital").map((mk) => mk?.text ?? ""));
  let highest = 0;
  return markers.map((marker) => {
    let value: number;
    if (!marker || marker.style === "bullet") value = highest + 1;
    else if (marker.style === "letter" || marker.style === "capital") value = letterValue(marker.text, latin);
    else value = marker.values[marker.values.length - 1];
    highest = Math.max(highest, value);
    return value;
  });
}

function guidanceOf(node: LeveledNode): { text: string; full: string | undefined } {
  const text = [...node.source.guidance, ...node.lines].join("\n");
  const evidence = node.source.evidence.join("\n");
  const full = [text, evidence === "" ? "" : `Tài liệu kiểm chứng: ${evidence}`].filter((part) => part !== "").join("\n");
  return { text, full: full === "" ? undefined : full };
}

class TreeBuilder {
  readonly problems: ImportProblem[] = [];

  error(row: number, message: ImportProblem["message"]): void {
    this.problems.push({ row, severity: "error", message });
  }

  note(row: number, message: ImportProblem["message"]): void {
    this.problems.push({ row, severity: "note", message });
  }

  group(nodes: readonly LeveledNode[], parent: Place): ImportedNode[] {
    const numbers = siblingNumbers(nodes);
    const seen = new Map<number, number>();
    return nodes.map((node, index) => {
      const marker = node.source.marker;
      const label = labelOf(marker, parent);
      const code = parent.code === null ? String(numbers[index]) : `${parent.code}.${numbers[index]}`;
      const first = seen.get(numbers[index]);
      if (first !== undefined && !node.misplaced) this.error(node.source.row, m.duplicateNumber(node.source.row, label ?? code, first));
      else seen.set(numbers[index], node.source.row);
      const before = index > 0 ? nodes[index - 1].source.marker : null;
      if (marker && marker.style !== "bullet" && before?.style === marker.style && numbers[index] > numbers[index - 1] + 1) {
        this.note(node.source.row, m.skippedNumber(node.source.row, label ?? code, labelOf(before, parent) ?? null));
      }
      const signed = parent.signed || (parent.depth < 0 && kindsInTitle(node.source.title).length > 0);
      return this.node(node, { code, label, marker, depth: parent.depth + 1, signed });
    });
  }

  node(node: LeveledNode, place: Place): ImportedNode {
    const row = node.source.row;
    const name = place.label ?? (place.code as string);
    if (node.source.title === "") this.error(row, m.missingTitle(row, name));
    const children = this.group(node.children, place);
    const max = this.maxOf(node, children, place, name);
    const { text, full } = guidanceOf(node);
    const built: ImportedNode = { row, code: place.code as string, title: node.source.title || name, max, children };
    if (place.label !== undefined) built.label = place.label;
    if (full !== undefined) built.guidance = full;
    const levels = children.length > 0 || max === null ? undefined : (this.levelsOf(node, max) ?? levelsFromGuidance(text, max) ?? undefined);
    if (levels) built.levels = levels;
    if (node.levelsRow !== undefined && node.levels) this.note(node.levelsRow, m.levelRows(node.levelsRow, name, node.levels));
    return built;
  }

  /** Levels from level rows, or from a "Mức điểm cho phép" cell ("1; 0,5; 0"). */
  levelsOf(node: LeveledNode, max: number): number[] | undefined {
    const text = node.source.levels;
    if (node.levels || text === "") return node.levels;
    const levels = text.split(text.includes(";") ? ";" : /,\s/).map((part) => readPoints(part));
    const values = levels.map((level) => (level.kind === "number" && !level.signed ? level.value : NaN));
    if (values.some((value) => Number.isNaN(value) || toMicro(value) > toMicro(max))) {
      this.error(node.source.row, m.badLevels(node.source.row, text, max));
      return undefined;
    }
    return values;
  }

  maxOf(node: LeveledNode, children: readonly ImportedNode[], place: Place, name: string): number | null {
    const row = node.source.row;
    const points = node.source.points;
    if (points.kind === "invalid") this.error(row, m.pointsNotANumber(row, points.text));
    if (points.kind === "number" && points.signed && !place.signed) this.error(row, m.signedPoints(row, String(node.source.rawPoints)));
    const depth = place.depth;
    const sum =
      children.length > 0 && children.every((child) => child.max !== null)
        ? fromMicro(children.reduce((acc, child) => acc + toMicro(child.max as number), 0))
        : null;
    if (points.kind === "number") {
      if (sum !== null && toMicro(sum) !== toMicro(points.value)) this.error(row, m.maxSum(row, depth, name, points.value, sum));
      return points.value;
    }
    if (points.kind === "empty" && children.length === 0) this.error(row, m.missingMax(row, name));
    if (points.kind === "empty" && sum !== null) this.note(row, m.derivedMax(row, depth, name, sum));
    return points.kind === "empty" ? sum : null;
  }
}

/** The criteria tree with codes, labels, maxima, levels and guidance, and what was wrong or understood on the way. */
export function buildImportedTree(roots: readonly LeveledNode[]): { tree: ImportedNode[]; problems: ImportProblem[] } {
  const builder = new TreeBuilder();
  const tree = builder.group(roots, { code: null, label: undefined, marker: null, depth: -1, signed: false });
  return { tree, problems: builder.problems };
}
