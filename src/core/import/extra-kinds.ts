/**
 * Bonus and penalty contents (điểm thưởng, điểm trừ) of a 2025-style set: a
 * top-level content titled "Điểm thưởng…" becomes `kind: "bonus"`, "Điểm
 * trừ…" `kind: "penalty"`. A content that holds both ("Điểm thưởng, điểm
 * trừ") is split when its items are one bonus and one penalty part: each part
 * becomes a top-level node (the first keeps the content's number, the next
 * take the numbers after the last content), with a note. Otherwise it cannot
 * be scored and is reported: the officer splits it in the sheet.
 */
import { importMessages as m } from "../messages";
import type { ExtraKind } from "../field-kinds";
import { wordsOf } from "./grid";
import type { ImportedNode, ImportProblem } from "./import-result";

/** The kinds a title names: "Điểm thưởng, điểm trừ" names both. */
export function kindsInTitle(title: string): ExtraKind[] {
  const words = wordsOf(title);
  const kinds: ExtraKind[] = [];
  if (/điểm thưởng|điểm cộng/.test(words)) kinds.push("bonus");
  if (/điểm trừ/.test(words)) kinds.push("penalty");
  return kinds;
}

function recode(node: ImportedNode, from: string, to: string): ImportedNode {
  return { ...node, code: to + node.code.slice(from.length), children: node.children.map((child) => recode(child, from, to)) };
}

function split(content: ImportedNode, nextCode: () => string, problems: ImportProblem[]): ImportedNode[] | null {
  const kinds = content.children.map((child) => kindsInTitle(child.title));
  if (content.children.length < 2 || kinds.some((k) => k.length !== 1) || new Set(kinds.map((k) => k[0])).size !== 2) return null;
  const parts = content.children.map((child, index) => ({
    ...recode(child, child.code, index === 0 ? content.code : nextCode()),
    kind: kinds[index][0],
  }));
  problems.push({
    row: content.row,
    severity: "note",
    message: m.splitBonusPenalty(
      content.row,
      content.label ?? content.code,
      parts.map((p) => p.code),
    ),
  });
  return parts;
}

/** Top-level nodes with their kinds; a content holding both kinds is split or reported. */
export function assignExtraKinds(tree: readonly ImportedNode[], problems: ImportProblem[]): ImportedNode[] {
  let highest = Math.max(0, ...tree.map((node) => Number(node.code)));
  const nextCode = () => String(++highest);
  const result: ImportedNode[] = [];
  for (const node of tree) {
    const kinds = kindsInTitle(node.title);
    if (kinds.length === 1) result.push({ ...node, kind: kinds[0] });
    else if (kinds.length === 0) result.push(node);
    else {
      const parts = split(node, nextCode, problems);
      if (parts) result.push(...parts);
      else {
        problems.push({ row: node.row, severity: "error", message: m.mixedBonusPenalty(node.row, node.label ?? node.code) });
        result.push(node);
      }
    }
  }
  return result;
}
