/**
 * A unit's self-assessment file, as `par-index init --per-unit` writes it and
 * as another program fills it in, recalculated by LibreOffice from its
 * formulas alone: no error cell, and the total, field percentages and index
 * the core gives for the same scores.
 */
import { readFileSync } from "node:fs";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { cellNumber, errorCells, recalculateInLibreOffice } from "./recalculate";
import { randomTemplate } from "./random-workbook";
import { fillSelfAssessment } from "../season/fill-self-assessment";
import { syntheticScores } from "../sheet/synthetic";
import { parseTemplate } from "../../src/core/template-validation";
import { scoreUnits } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { selfAssessmentLayout, SELF_COLUMNS } from "../../src/sheet/self-assessment-layout";
import { findBuiltInTemplate } from "../../src/templates/registry";

jest.setTimeout(300_000);
const files = scratchFolder();
afterAll(() => files.remove());

/** Differences between LibreOffice's `Tự chấm` and the core's figures for one unit's scores. */
function figureDifferences(rows: string[][], template: CompiledTemplate, scores: Record<string, unknown>): string[] {
  const layout = selfAssessmentLayout(template);
  const unit = scoreUnits(template, [{ name: "Xã Thử", scores }]).units[0];
  const differences: string[] = [];
  const expect = (row: number, expected: number, what: string) => {
    const found = cellNumber(rows[row]?.[SELF_COLUMNS.score]);
    if (found === null || Math.abs(found - expected) > 1e-9) differences.push(`${what}: LibreOffice ${rows[row]?.[SELF_COLUMNS.score]}, core ${expected}`);
  };
  for (const node of template.nodes) if (!node.isLeaf) expect(layout.firstNodeRow + node.index, unit.nodeScores[node.index], `score ${node.code}`);
  expect(layout.totalRow, unit.score, "total");
  expect(layout.applicableTotalRow, unit.max, "applicable maximum");
  unit.fields.forEach((field, f) => {
    const row = layout.fieldPercentRow[f];
    if (row !== null && field.percent !== null) expect(row, field.percent / 100, `field ${field.code} %`);
  });
  expect(layout.indexRow, unit.percent / 100, "index");
  return differences;
}

async function perUnitFile(template: string, name: string): Promise<Uint8Array> {
  const units = files.write(`units-${name}.txt`, `${name}\n`);
  const folder = files.path(`per-unit-${name}`);
  const run = await runCli(["init", "--template", template, "--units", units, "--year", "2026", "--per-unit", folder]);
  expect(run.code).toBe(0);
  return readFileSync(`${folder}/${name}.xlsx`);
}

describe("LibreOffice recalculates a unit's self-assessment file", () => {
  it("Hải Dương: an empty file, then one filled in with 81,25 points", async () => {
    const file = await perUnitFile("hai-duong-xa-2022", "Xã Hòa An");
    const empty = await recalculateInLibreOffice(file);
    expect(errorCells(empty)).toEqual([]);
    const template = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
    const rows = empty.get("Tự chấm") ?? [];
    expect(rows[1]?.[1]).toBe("Xã Hòa An");
    expect(figureDifferences(rows, template, {})).toEqual([]);

    const scores = { "1": 14, "2": 4.5, "3": 16, "4": 4, "5": 10, "6": 5, "7": 8, "8.1": 1.5, "8.2": 11, "8.3": 7.25 };
    const filled = await recalculateInLibreOffice(await fillSelfAssessment(file, { scores }));
    expect(errorCells(filled)).toEqual([]);
    const filledRows = filled.get("Tự chấm") ?? [];
    expect(figureDifferences(filledRows, template, scores)).toEqual([]);
    const layout = selfAssessmentLayout(template);
    expect(cellNumber(filledRows[layout.totalRow][SELF_COLUMNS.score])).toBe(81.25);
    // The comparison can fail: another score for one criterion shows in the figures.
    expect(figureDifferences(filledRows, template, { ...scores, "1": 13 })).not.toEqual([]);
  });

  it("a randomized nested template with levels, 2 decimals", async () => {
    const source = randomTemplate(17, 2);
    const parsed = parseTemplate(source);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("; "));
    const template = parsed.template;
    const file = await perUnitFile(files.write("random-17.json", source), "Phường Đông Ngàn");
    const scores = syntheticScores(template, 1, 5)[0];
    const sheets = await recalculateInLibreOffice(
      await fillSelfAssessment(file, { scores, texts: { [template.nodes[template.leaves[0]].code]: "Quyết định số 12/QĐ-UBND" } }),
    );
    expect(errorCells(sheets)).toEqual([]);
    expect(figureDifferences(sheets.get("Tự chấm") ?? [], template, scores)).toEqual([]);
  });

  it("a 2025-style set with bonus and penalty points and criteria not assessed (KĐG, kdg, không đánh giá)", async () => {
    const template = findBuiltInTemplate("minh-hoa-xa-2025") as CompiledTemplate;
    const file = await perUnitFile("minh-hoa-xa-2025", "Đặc khu Cồn Cỏ");
    const scores: Record<string, string | number> = {};
    for (const leaf of template.leaves) {
      const node = template.nodes[leaf];
      scores[node.code] = node.levels ? node.levels[leaf % 2] : Math.round(node.max * 0.75 * 4) / 4;
    }
    Object.assign(scores, { "3.1.2": "KĐG", "5.2.2": " kdg ", "8.3": "không đánh giá", "9.1": 1.5, "9.2": 1, "10.1": 2, "10.2": 0, "10.3": 0.5 });
    const sheets = await recalculateInLibreOffice(await fillSelfAssessment(file, { scores }));
    expect(errorCells(sheets)).toEqual([]);
    const rows = sheets.get("Tự chấm") ?? [];
    expect(figureDifferences(rows, template, scores)).toEqual([]);
    const unit = scoreUnits(template, [{ name: "Đặc khu Cồn Cỏ", scores }]).units[0];
    expect(unit.max).toBeLessThan(100);
    expect([unit.bonus, unit.penalty]).toEqual([2.5, 2.5]);
    // Everything at its maximum and the whole bonus: the total is kept at the applicable maximum.
    const top: Record<string, number> = {};
    for (const leaf of template.leaves) top[template.nodes[leaf].code] = template.nodes[leaf].max;
    Object.assign(top, { "10.1": 0, "10.2": 0, "10.3": 0 });
    const clamped = (await recalculateInLibreOffice(await fillSelfAssessment(file, { scores: top }))).get("Tự chấm") ?? [];
    expect(figureDifferences(clamped, template, top)).toEqual([]);
    expect(cellNumber(clamped[selfAssessmentLayout(template).totalRow][SELF_COLUMNS.score])).toBe(100);
  });
});
