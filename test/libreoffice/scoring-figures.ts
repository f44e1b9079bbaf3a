/**
 * Compares `Chấm điểm` as LibreOffice computed it with the core's figures:
 * every parent and field score, total, applicable maximum, field percentage
 * (KĐG for a field not assessed), index, band, class and rank of every unit.
 * Returns the differences, one line each.
 */
import type { ScoreReport } from "../../src/core/scoring";
import { scoringLayout } from "../../src/sheet/layout";
import { cellAddress } from "../../src/sheet/a1";
import { cellNumber } from "./recalculate";

export function scoringSheetDifferences(rows: readonly string[][], report: ScoreReport): { differences: string[]; compared: number } {
  const template = report.template;
  const layout = scoringLayout(template, report.units.length);
  const differences: string[] = [];
  let compared = 0;
  const text = (row: number, column: number) => rows[row]?.[column] ?? "";
  const expectNumber = (row: number, column: number, expected: number, what: string) => {
    compared++;
    const found = cellNumber(text(row, column));
    if (found === null || Math.abs(found - expected) > 1e-9 * Math.max(1, Math.abs(expected))) {
      differences.push(`${cellAddress(row, column)} ${what}: LibreOffice ${JSON.stringify(text(row, column))}, core ${expected}`);
    }
  };
  const expectText = (row: number, column: number, expected: string, what: string) => {
    compared++;
    if (text(row, column) !== expected)
      differences.push(`${cellAddress(row, column)} ${what}: LibreOffice ${JSON.stringify(text(row, column))}, core ${JSON.stringify(expected)}`);
  };
  report.units.forEach((unit, u) => {
    const column = layout.firstUnitColumn + u;
    expectText(layout.headerRow, column, unit.name, "unit");
    for (const node of template.nodes) {
      if (!node.isLeaf) expectNumber(layout.firstNodeRow + node.index, column, unit.nodeScores[node.index], `${unit.name} score ${node.code}`);
    }
    expectNumber(layout.totalRow, column, unit.score, `${unit.name} total`);
    expectNumber(layout.applicableMaxRow, column, unit.max, `${unit.name} applicable maximum`);
    for (const f of layout.fieldOrder) {
      const field = unit.fields[f];
      if (field.percent !== null) expectNumber(layout.fieldPercentRow[f], column, field.percent / 100, `${unit.name} field ${field.code} %`);
      else if (template.fields[f].max > 0) expectText(layout.fieldPercentRow[f], column, "KĐG", `${unit.name} field ${field.code} %`);
    }
    expectNumber(layout.indexRow, column, unit.percent / 100, `${unit.name} index`);
    if (layout.bandRow !== null) expectText(layout.bandRow, column, unit.band ?? "", `${unit.name} band`);
    if (layout.classRow !== null) expectText(layout.classRow, column, unit.classification?.label ?? "", `${unit.name} class`);
    expectNumber(layout.rankRow, column, unit.rank ?? NaN, `${unit.name} rank`);
  });
  return { differences, compared };
}
