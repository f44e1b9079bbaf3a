/**
 * Workbooks written by the command line, recalculated by LibreOffice from
 * their formulas alone (cached values dropped), agree with the core.
 */
import { readFileSync } from "node:fs";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { convertToOds, errorCells, recalculateInLibreOffice } from "./recalculate";
import { scoringSheetDifferences } from "./scoring-figures";
import { randomTemplate, randomUnits } from "./random-workbook";
import { withBonusAndPenalty, withNotAssessedAndExtras } from "../sheet/synthetic";
import { parseTemplate } from "../../src/core/template-validation";
import { scoreUnits } from "../../src/core/scoring";
import { demoTemplate, demoUnits } from "../../src/demo/demo-scores";
import { demo2025Template, demo2025Units } from "../../src/demo/demo-2025";

jest.setTimeout(300_000);
const files = scratchFolder();
afterAll(() => files.remove());

describe("LibreOffice recalculates what par-index init writes", () => {
  it("the demo communes: every score, percentage, band, class and rank as the core has them", async () => {
    const scores = files.write("demo-scores.json", { units: demoUnits() });
    const out = files.path("demo-init.xlsx");
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", scores, "--year", "2026", "--out", out]);
    expect(run.code).toBe(0);
    const sheets = await recalculateInLibreOffice(readFileSync(out));
    expect(errorCells(sheets)).toEqual([]);
    const report = scoreUnits(demoTemplate(), demoUnits());
    const { differences, compared } = scoringSheetDifferences(sheets.get("Chấm điểm") ?? [], report);
    expect(differences).toEqual([]);
    expect(compared).toBe(25 * (1 + 1 + 1 + 1 + 8 + 1 + 1 + 1 + 1));
    // The comparison can fail: a quarter point more for one commune shows up in its figures.
    const changed = demoUnits().map((unit, u) => (u === 0 ? { ...unit, scores: { ...unit.scores, "1": 14.5 } } : unit));
    const wrong = scoringSheetDifferences(sheets.get("Chấm điểm") ?? [], scoreUnits(demoTemplate(), changed)).differences;
    expect(wrong.some((line) => line.includes("Xã Hòa An total"))).toBe(true);
  });

  it.each([
    [11, 1],
    [14, 2],
    [20, 3],
  ])("a randomized template and 30 units (seed %i, %i decimals)", async (seed, decimals) => {
    const template = randomTemplate(seed, decimals);
    const compiled = parseTemplate(template);
    if (!compiled.ok) throw new Error(compiled.problems.map((p) => p.en).join("; "));
    expect(compiled.template.precision).toBe(decimals);
    const units = randomUnits(compiled.template, 30, seed * 13);
    const templateFile = files.write(`template-${seed}.json`, template);
    const scores = files.write(`scores-${seed}.json`, { units });
    const out = files.path(`random-${seed}.xlsx`);
    const run = await runCli(["init", "--template", templateFile, "--scores", scores, "--out", out]);
    expect(run.err).not.toContain("[Lỗi]");
    expect(run.code).toBe(0);
    const sheets = await recalculateInLibreOffice(readFileSync(out));
    expect(errorCells(sheets)).toEqual([]);
    const report = scoreUnits(compiled.template, units);
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    const { differences, compared } = scoringSheetDifferences(sheets.get("Chấm điểm") ?? [], report);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(30 * 8);
  });
});

describe("the demo workbook in LibreOffice", () => {
  it("opens with no error cell, the right figures, and every annex filled in", async () => {
    const out = files.path("demo.xlsx");
    const run = await runCli(["demo", "--out", out]);
    expect(run.code).toBe(0);
    const sheets = await recalculateInLibreOffice(readFileSync(out));
    expect([...sheets.keys()]).toEqual([
      "Tiêu chí",
      "Chấm điểm",
      "Tự đánh giá",
      "Giải trình",
      "Cấu hình",
      "PL1 Xếp hạng",
      "PL2 Phân loại",
      "PL3 Lĩnh vực",
      "Báo cáo",
    ]);
    expect(errorCells(sheets)).toEqual([]);
    const report = scoreUnits(demoTemplate(), demoUnits());
    expect(scoringSheetDifferences(sheets.get("Chấm điểm") ?? [], report).differences).toEqual([]);

    // PL1: every commune in rank order with its rank and index.
    const ranking = sheets.get("PL1 Xếp hạng") ?? [];
    const header = ranking.findIndex((row) => row[0] === "STT");
    const column = (label: string) => ranking[header].indexOf(label);
    const rows = ranking.slice(header + 2).filter((row) => /^\d+$/.test(row[0] ?? ""));
    expect(rows).toHaveLength(25);
    const byName = new Map(report.units.map((unit) => [unit.name, unit]));
    for (const row of rows) {
      const unit = byName.get(row[column("Đơn vị")]);
      expect(unit).toBeDefined();
      expect(Number(row[column("Xếp hạng")])).toBe(unit?.rank);
      expect(Number(row[column("Chỉ số (%)")])).toBe(unit?.percent);
    }
    expect(rows.slice(6, 8).map((row) => row[column("Đơn vị")])).toEqual(["Xã Ân Phú", "Xã Bình Minh"]);

    // PL2: the four classes with their counts, the demotion reasons.
    const classes = sheets.get("PL2 Phân loại") ?? [];
    const count = (label: string) => classes.find((row) => row[0] === label)?.[1];
    expect(["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"].map(count)).toEqual([
      "3",
      "7",
      "10",
      "5",
    ]);
    expect(classes.flat().filter((cell) => cell.includes("nên xếp loại"))).toHaveLength(7);

    // PL3 and the report are not empty.
    expect((sheets.get("PL3 Lĩnh vực") ?? []).flat().filter((cell) => cell.includes("Xã Hòa An")).length).toBeGreaterThan(0);
    const reportText = (sheets.get("Báo cáo") ?? []).flat().join("\n");
    expect(reportText).toContain("Nhóm đạt Chỉ số tổng hợp từ 90% trở lên số điểm so với điểm tối đa, có 5 đơn vị");
    expect(reportText).toContain("UBND xã Song Mai: Chỉ số 90,50%");
  });

  it("--set 2025: the criterion not assessed, bonus and penalty points recalculate to the core's figures", async () => {
    const out = files.path("demo-2025.xlsx");
    expect((await runCli(["demo", "--out", out, "--set", "2025"])).code).toBe(0);
    const sheets = await recalculateInLibreOffice(readFileSync(out));
    expect(errorCells(sheets)).toEqual([]);
    const report = scoreUnits(demo2025Template(), demo2025Units());
    const { differences, compared } = scoringSheetDifferences(sheets.get("Chấm điểm") ?? [], report);
    expect(differences).toEqual([]);
    // Per unit: its name, 17 parent rows, total, applicable maximum, 8 field percentages, index, band, class, rank.
    expect(compared).toBe(12 * (1 + 17 + 1 + 1 + 8 + 1 + 1 + 1 + 1));
    const reportText = (sheets.get("Báo cáo") ?? []).flat().join("\n");
    expect(reportText).toContain("UBND xã Tây Sơn: Chỉ số tính trên 97 điểm áp dụng (không đánh giá: 6.1).");
  });

  it("shows the bar chart of the index by commune on PL1", async () => {
    const out = files.path("demo-chart.xlsx");
    expect((await runCli(["demo", "--out", out])).code).toBe(0);
    const ods = await convertToOds(readFileSync(out));
    const objects = Object.keys(ods.files).filter((path) => /^Object \d+\/content\.xml$/.test(path));
    expect(objects).toHaveLength(1);
    const chart = (await ods.file(objects[0])?.async("string")) ?? "";
    expect(chart).toContain('chart:class="chart:bar"');
    expect(chart).toContain("&apos;PL1 Xếp hạng&apos;.B5:&apos;PL1 Xếp hạng&apos;.B29 &apos;PL1 Xếp hạng&apos;.T5:&apos;PL1 Xếp hạng&apos;.T29");
  });

  it("a randomized template with bonus and penalty fields, and 30 units with criteria not assessed (KĐG)", async () => {
    const plain = parseTemplate(randomTemplate(17, 2));
    if (!plain.ok) throw new Error(plain.problems.map((p) => p.en).join("; "));
    const template = withBonusAndPenalty(plain.template);
    const base = randomUnits(template, 30, 17 * 13);
    const marked = withNotAssessedAndExtras(
      template,
      base.map((unit) => unit.scores as Record<string, number>),
      1717,
    );
    const units = base.map((unit, u) => ({ ...unit, scores: marked[u] }));
    const templateFile = files.write("template-model.json", template.definition);
    const scores = files.write("scores-model.json", { units });
    const out = files.path("random-model.xlsx");
    const run = await runCli(["init", "--template", templateFile, "--scores", scores, "--out", out]);
    expect(run.err).not.toContain("[Lỗi]");
    expect(run.code).toBe(0);
    const sheets = await recalculateInLibreOffice(readFileSync(out));
    expect(errorCells(sheets)).toEqual([]);
    const report = scoreUnits(template, units);
    expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
    expect(report.units.filter((unit) => unit.max < template.totalMax).length).toBeGreaterThan(5);
    expect(report.units.filter((unit) => unit.bonus > 0 && unit.penalty > 0).length).toBeGreaterThan(5);
    expect(report.issues.some((issue) => issue.kind === "clamped")).toBe(true);
    const { differences, compared } = scoringSheetDifferences(sheets.get("Chấm điểm") ?? [], report);
    expect(differences).toEqual([]);
    expect(compared).toBeGreaterThan(30 * 9);
  });
});
