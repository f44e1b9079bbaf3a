/**
 * Text longer than one Excel cell holds (32,767 characters): a report
 * sentence listing 5,000 units continues over the following rows, cut only
 * after a ", " so that no name is cut, and nothing is lost.
 */
import { reportSentences } from "../../src/core/report-sentences";
import { scoreUnits, type UnitInput } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { planClassificationAnnex, planFieldsAnnex, planReportSheet, type AnnexInput } from "../../src/sheet/annex-sheets";
import { EXCEL_CELL_TEXT_LIMIT, splitCellText } from "../../src/sheet/cell-text";
import type { SheetPlan } from "../../src/sheet/plan";

const template = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
/** Quang Trung's scores of the Tứ Kỳ report, but public finance at 5 of 7 (under 70%), for every unit. */
const scores = { "1": 15, "2": 5, "3": 18, "4": 6, "5": 11, "6": 3, "7": 11, "8.1": 2, "8.2": 13, "8.3": 9.5 };
const units: UnitInput[] = Array.from({ length: 5000 }, (_, i) => ({ name: `Xã Thử nghiệm số ${i + 1}`, previousRank: null, scores }));
const report = scoreUnits(template, units);
const sentences = reportSentences(report);
const input: AnnexInput = { report, sentences, year: 2025, lang: "vi", chart: false };

const texts = (plan: SheetPlan, column?: number): string[] =>
  plan.cells.flatMap((row) =>
    (row ?? []).flatMap((cell, c) => (cell && typeof cell.value === "string" && (column === undefined || c === column) ? [cell.value] : [])),
  );

describe("text longer than one cell", () => {
  it("splits after a list separator, keeping every character", () => {
    expect(splitCellText("a, bb, ccc", 7)).toEqual(["a, bb, ", "ccc"]);
    expect(splitCellText("short", 7)).toEqual(["short"]);
    expect(splitCellText("one two three", 8)).toEqual(["one two ", "three"]);
    expect(splitCellText("abcdefghij", 4)).toEqual(["abcd", "efgh", "ij"]);
    // Never between the two halves of a character outside the BMP.
    expect(splitCellText("ab😀cd", 3)).toEqual(["ab", "😀c", "d"]);
  });

  it("writes a 5,000-unit report sentence over several rows, each within the limit, joined back unchanged", () => {
    const band = sentences.find((sentence) => sentence.kind === "band" && sentence.text.vi.includes("Thử nghiệm số 5000"));
    expect(band).toBeDefined();
    const full = (band as (typeof sentences)[number]).text.vi;
    expect(full.length).toBeGreaterThan(3 * EXCEL_CELL_TEXT_LIMIT);
    const plan = planReportSheet(input);
    const rows = texts(plan).slice(2); // the title and the template's name come first
    expect(rows.every((text) => text.length <= EXCEL_CELL_TEXT_LIMIT)).toBe(true);
    expect(rows.join("")).toBe(sentences.map((sentence) => sentence.text.vi).join(""));
    const start = rows.findIndex((text) => full.startsWith(text));
    const pieces = rows.slice(start, start + Math.ceil(full.length / EXCEL_CELL_TEXT_LIMIT) + 1);
    let joined = "";
    for (const piece of pieces) {
      if (joined === full) break;
      if (joined !== "") expect(joined.endsWith(", ")).toBe(true); // cut after a whole name
      joined += piece;
    }
    expect(joined).toBe(full);
  });

  it("continues PL2's and PL3's member lists in the rows below", () => {
    const classification = texts(planClassificationAnnex(input));
    const fields = texts(planFieldsAnnex(input));
    for (const cells of [classification, fields]) expect(cells.every((text) => text.length <= EXCEL_CELL_TEXT_LIMIT)).toBe(true);
    const allNames = units.map((unit) => unit.name).join(", ");
    // PL2's band table lists every unit in its members column (C), over as many rows as it takes.
    const members = texts(planClassificationAnnex(input), 2).filter((text) => text.startsWith("Xã Thử nghiệm"));
    expect(members.length).toBeGreaterThan(1);
    expect(members.join("")).toBe(`${allNames}${allNames}`); // the class table, then the band table
    // PL3's list of units under 70% for public finance (column H).
    const below = texts(planFieldsAnnex(input), 7).filter((text) => text.startsWith("Xã Thử nghiệm"));
    expect(below.length).toBeGreaterThan(1);
    expect(below.join("")).toBe(allNames);
  });
});
