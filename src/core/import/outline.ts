/**
 * The hierarchy of the table's rows, read from their numbering the way a
 * reader does: a row numbered in a style already open above it (another
 * "1.2" after "1.1", another "a)" after "a)") is that row's sibling; a row in
 * a new style ("a)" under "1.1") opens a level below. Dotted numbers must
 * extend their parent's (2.1 under 2). A row without numbering takes its
 * level from indent and bold when the sheet sets it apart from the row above;
 * otherwise its level is not decided, and it is reported, never guessed —
 * unless it has no points: then it is a line of explanation of the row above.
 */
import type { Bilingual } from "../messages";
import { importMessages as m } from "../messages";
import type { Marker } from "./numbering";
import type { TableRow } from "./table-rows";

export interface DraftNode {
  source: TableRow;
  children: DraftNode[];
  /** Lines of text from rows below that explain this one (an unnumbered row without points, a bullet). */
  lines: string[];
  /** Set when its number does not extend its parent's (already reported). */
  misplaced?: boolean;
}

interface Outline {
  roots: DraftNode[];
  errors: { row: number; message: Bilingual }[];
}

interface Open {
  key: string;
  node: DraftNode;
}

function styleKey(row: TableRow): string {
  const marker = row.marker;
  // Without numbering and without looks, a row matches no other: its level is not known.
  if (!marker && row.indent === null && row.bold === null) return `unknown:${row.row}`;
  if (!marker) return `none:${row.indent ?? "?"}:${row.bold ?? "?"}`;
  if (marker.style === "number") return `number:${marker.values.length}`;
  if (marker.style === "bullet") return `bullet:${marker.text}:${row.indent ?? "?"}`;
  return marker.style;
}

const PREVIOUS_CAPITAL: Record<string, string> = { I: "H", V: "U", X: "W" };

/** "I", "V", "X" continue a run of capital letters (H, I) rather than start roman numerals. */
function resolveCapital(marker: Marker, open: readonly Open[]): Marker {
  if (marker.style !== "roman" || !(marker.text in PREVIOUS_CAPITAL)) return marker;
  const capital = open.find((entry) => entry.key === "capital");
  return capital?.node.source.marker?.text === PREVIOUS_CAPITAL[marker.text] ? { ...marker, style: "capital", values: [0] } : marker;
}

/** Whether an unnumbered row's look puts it below the row above: more indent, or plain under bold at the same indent. */
function looksDeeper(row: TableRow, above: TableRow): boolean {
  if (row.indent !== null && above.indent !== null && row.indent !== above.indent) return row.indent > above.indent;
  return row.bold === false && above.bold === true;
}

/** The parent a row hangs under (null for the top level), or undefined when its level cannot be decided. */
function placeRow(row: TableRow, open: Open[]): DraftNode | null | undefined {
  const key = styleKey(row);
  const same = open.findIndex((entry) => entry.key === key);
  if (same >= 0) {
    open.length = same;
    return open[same - 1]?.node ?? null;
  }
  const top = open[open.length - 1];
  if (!top) return null;
  if (!row.marker && !looksDeeper(row, top.node.source)) return undefined;
  return top.node;
}

/** A dotted number must extend its numbered parent's: 2.1 under 2, not under 1. */
function checkDottedParent(row: TableRow, parent: DraftNode | null): Bilingual | null {
  const own = row.marker;
  const above = parent?.source.marker;
  if (!parent || own?.style !== "number" || above?.style !== "number" || own.values.length < 2) return null;
  const prefix = own.values.slice(0, -1).join(".");
  return prefix === above.values.join(".") ? null : m.wrongParent(row.row, own.text, above.text, parent.source.row);
}

/** A row's own text as lines of its parent's guidance: "- Ban hành đúng hạn: 1 điểm". */
export function textLines(row: TableRow): string[] {
  const marker = row.marker ? `${row.marker.style === "bullet" ? row.marker.text : `${row.marker.text})`} ` : "";
  return [`${marker}${row.title}`.trim(), ...row.guidance].filter((line) => line !== "");
}

export function buildOutline(rows: readonly TableRow[]): Outline {
  const roots: DraftNode[] = [];
  const errors: Outline["errors"] = [];
  const open: Open[] = [];
  for (const source of rows) {
    const row = source.marker ? { ...source, marker: resolveCapital(source.marker, open) } : source;
    const parent = placeRow(row, open);
    if (parent === undefined) {
      const above = open[open.length - 1].node;
      if (row.points.kind === "empty") above.lines.push(...textLines(row));
      else errors.push({ row: row.row, message: m.undecidedLevel(row.row, row.title) });
      continue;
    }
    const wrong = checkDottedParent(row, parent);
    if (wrong) errors.push({ row: row.row, message: wrong });
    const node: DraftNode = { source: row, children: [], lines: [], misplaced: wrong !== null };
    (parent ? parent.children : roots).push(node);
    open.push({ key: styleKey(row), node });
  }
  return { roots, errors };
}
