/**
 * Reading `Chấm điểm` back: sheet values → unit names, leaf scores and last
 * year's ranks, with the address of every score cell. Pure: values in, data out.
 */
import type { Bilingual } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import type { UnitInput } from "../core/scoring";
import type { CellValue } from "./plan";
import { readProblems } from "./read-text";
import { cellAddress } from "./a1";
import { CODE_COLUMN, type ScoringLayout } from "./layout";
import { SHEET_NAMES } from "./names";

interface ScoringRead {
  units: UnitInput[];
  /** Problems that make the sheet unreadable (rows moved, codes changed). */
  problems: Bilingual[];
}

/** A cell's value as a score: numbers stay numbers, blank is null, text stays text (an issue for the core). */
export function scoreValue(value: CellValue | undefined): unknown {
  if (value === undefined || value === null || value === "") return null;
  return value;
}

function previousRank(value: CellValue | undefined): number | null {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : null;
}

/**
 * `values` start at A1 (row and column indexes are sheet indexes); `sheet` names the sheet they come from in
 * problems (Tự đánh giá and Giải trình are laid out like Chấm điểm and read by this function too).
 */
export function readScoringValues(
  template: CompiledTemplate,
  layout: ScoringLayout,
  values: readonly (readonly CellValue[])[],
  sheet: string = SHEET_NAMES.scoring,
): ScoringRead {
  const problems: Bilingual[] = [];
  for (const node of template.nodes) {
    const row = layout.firstNodeRow + node.index;
    const found = values[row]?.[CODE_COLUMN];
    if (String(found ?? "") !== node.code) {
      problems.push(readProblems.sheetCodeMoved(sheet, cellAddress(row, CODE_COLUMN), node.code, found === null || found === undefined ? "" : String(found)));
      if (problems.length >= 5) break;
    }
  }
  const units: UnitInput[] = [];
  for (let u = 0; u < layout.unitCount; u++) {
    const column = layout.firstUnitColumn + u;
    const header = values[layout.headerRow]?.[column];
    const scores: Record<string, unknown> = {};
    for (const leaf of template.leaves) scores[template.nodes[leaf].code] = scoreValue(values[layout.firstNodeRow + leaf]?.[column]);
    units.push({
      name: header === null || header === undefined ? "" : String(header),
      scores,
      previousRank: previousRank(values[layout.previousRankRow]?.[column]),
    });
  }
  return { units, problems };
}

/** A1 address of a unit's score cell for a code, "" when the code has no row. */
export function scoreCellAddress(template: CompiledTemplate, layout: ScoringLayout, unitIndex: number, code: string): string {
  const node = template.byCode.get(code);
  if (node === undefined || unitIndex < 0) return "";
  return cellAddress(layout.firstNodeRow + node, layout.firstUnitColumn + unitIndex);
}
