/**
 * Typing scores into the in-memory workbook as a user would: one paste per
 * criterion row across the units, so that every change fires the sheet's
 * change event. Shared by the component tests and the end-to-end page.
 */
import type { UnitInput } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { rangeAddress } from "../../src/sheet/a1";
import { scoringLayout } from "../../src/sheet/layout";
import { scoreCellAddress } from "../../src/sheet/scoring-read";
import { SHEET_NAMES } from "../../src/sheet/names";
import type { CellValue } from "../../src/workbook/port";
import type { MemoryWorkbook } from "../../src/workbook/memory";

/** Pastes the units' leaf scores, unit i into the i-th unit column. */
export function pasteScores(workbook: MemoryWorkbook, template: CompiledTemplate, units: readonly UnitInput[]): void {
  const layout = scoringLayout(template, units.length);
  for (const leaf of template.leaves) {
    const code = template.nodes[leaf].code;
    const row = units.map((unit) => (unit.scores[code] ?? null) as CellValue);
    workbook.setCellValues(SHEET_NAMES.scoring, rangeAddress(layout.firstNodeRow + leaf, layout.firstUnitColumn, 1, units.length), [row]);
  }
}

/** Types one score into a unit's cell; returns the cell's A1 address. */
export function typeScore(workbook: MemoryWorkbook, template: CompiledTemplate, unitCount: number, unitIndex: number, code: string, value: CellValue): string {
  const address = scoreCellAddress(template, scoringLayout(template, unitCount), unitIndex, code);
  workbook.setCellValue(SHEET_NAMES.scoring, address, value);
  return address;
}
