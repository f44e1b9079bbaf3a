/**
 * The whole evaluation season on files, through the command line: the
 * scoring workbook and one self-assessment file per unit (init --per-unit)
 * → 25 files filled in by another program (valid ones, one with KĐG and
 * explanations, an invalid one, a file of another template, a duplicate, one
 * with a row deleted) → collect → appraise (from the self-assessment) →
 * export JSON → annexes; the figures of the collected workbook as LibreOffice
 * recalculates them, and the exported ones, against the core; no error cell
 * in a unit's file nor in the collected workbook; PL4 lists the self-assessed
 * units (its differences are tested in test/actions/build-annexes-comparison.test.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { fillSelfAssessment } from "./fill-self-assessment";
import { cellNumber, errorCells, recalculateInLibreOffice } from "../libreoffice/recalculate";
import { demoTemplate, demoUnits } from "../../src/demo/demo-scores";
import { scoreUnits, type UnitInput } from "../../src/core/scoring";
import { scoringLayout } from "../../src/sheet/layout";
import { SHEET_NAMES } from "../../src/sheet/names";
import { selfAssessmentLayout, SELF_COLUMNS } from "../../src/sheet/self-assessment-layout";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";

jest.setTimeout(600_000);
const files = scratchFolder();
afterAll(() => files.remove());

const template = demoTemplate();
const units = demoUnits();
const book = files.path("cham-diem-2026.xlsx");
const collected = files.path("da-gop.xlsx");
const returnedFolder = files.path("tra-ve");

/** What each unit sends back: its demo scores as its self-assessment, a little higher than the truth. */
function selfScores(unit: UnitInput): Record<string, number | string> {
  const scores: Record<string, number | string> = {};
  for (const [code, value] of Object.entries(unit.scores)) {
    const max = template.nodes[template.byCode.get(code) as number].max;
    scores[code] = Math.min(max, Math.round(((value as number) + 0.5) * 4) / 4);
  }
  return scores;
}

/** The 25 returned files: [file path, the unit it collects for (null when refused)]. */
const returned: Array<{ path: string; collects: string | null; scores?: Record<string, number | string> }> = [];

beforeAll(async () => {
  mkdirSync(returnedFolder, { recursive: true });
  const list = files.write("xa.txt", units.map((unit) => unit.name).join("\n"));
  const init = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--year", "2026", "--out", book, "--per-unit", files.path("gui-di")]);
  expect(init.code).toBe(0);
  const other = await runCli(["init", "--template", "phu-yen-xa-2022", "--units", list, "--year", "2026", "--per-unit", files.path("bo-khac")]);
  expect(other.code).toBe(0);
  const sent = (folder: string, unit: UnitInput) => readFileSync(join(files.path(folder), `${unit.name}.xlsx`));
  const put = async (name: string, bytes: Uint8Array, collects: string | null, scores?: Record<string, number | string>) => {
    const path = join(returnedFolder, name);
    writeFileSync(path, bytes);
    returned.push({ path, collects, scores });
  };
  for (const [u, unit] of units.entries()) {
    const scores = selfScores(unit);
    if (u === 0) {
      // The first unit sends two files: both are refused.
      await put(`${unit.name}.xlsx`, await fillSelfAssessment(sent("gui-di", unit), { scores }), null);
      await put(`${unit.name} (gửi lại).xlsx`, await fillSelfAssessment(sent("gui-di", unit), { scores: { ...scores, "1": 10 } }), null);
    } else if (u === 1) {
      const withKdg = { ...scores, "8.1": "KĐG" };
      const texts = { "1": "Kế hoạch CCHC số 12/KH-UBND ngày 05/01/2026", "8.1": "Không có nhiệm vụ này trong năm" };
      await put(`${unit.name}.xlsx`, await fillSelfAssessment(sent("gui-di", unit), { scores: withKdg, texts }), unit.name, withKdg);
    } else if (u === 2) await put(`${unit.name}.xlsx`, await fillSelfAssessment(sent("gui-di", unit), { scores: { ...scores, "3": 19 } }), null);
    else if (u === 3)
      await put(`${unit.name}.xlsx`, await fillSelfAssessment(sent("gui-di", unit), { edit: (sheet) => sheet.spliceRows(12, 1), scores: { "1": 10 } }), null);
    else if (u === 4) await put(`${unit.name}.xlsx`, await fillSelfAssessment(sent("bo-khac", unit), { scores: { "1": 5 } }), null);
    else if (u < 24) await put(`${unit.name}.xlsx`, await fillSelfAssessment(sent("gui-di", unit), { scores }), unit.name, scores);
    // The last unit sends nothing.
  }
  expect(returned).toHaveLength(25);
});

describe("the evaluation season on files", () => {
  it("collects the 20 good files and refuses the 5 others, each with its cells (exit 1)", async () => {
    const run = await runCli(["collect", book, ...returned.map((file) => file.path), "--out", collected]);
    expect(run.code).toBe(1);
    expect(run.out).toContain("Đã gộp 20/25 tệp tự chấm; 5 tệp bị từ chối.");
    expect(run.out).toContain("hai tệp của cùng một đơn vị");
    expect(run.out).toContain("Tự chấm!D10: Tiêu chí 3: điểm 19 vượt điểm tối đa 18,5");
    expect(run.out).toContain("cấu trúc tệp đã bị sửa");
    expect(run.out).toContain("khác bộ tiêu chí");
    for (const file of returned) expect(run.out).toContain(`[${file.collects ? "Đã gộp" : "Từ chối"}] ${file.path}`);
  });

  it("puts every collected unit's scores and explanations in its column, and nothing for the others", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(collected));
    const layout = scoringLayout(template, units.length);
    const snapshot = await workbook.read({ ranges: [{ sheet: SHEET_NAMES["self-assessment"] }, { sheet: SHEET_NAMES.explanations }] });
    const [self, texts] = snapshot.ranges.map((range) => range.values);
    units.forEach((unit, u) => {
      const file = returned.find((candidate) => candidate.collects === unit.name);
      const column = layout.firstUnitColumn + u;
      for (const leaf of template.leaves) {
        const code = template.nodes[leaf].code;
        expect([unit.name, code, self[layout.firstNodeRow + leaf]?.[column] ?? null]).toEqual([unit.name, code, file?.scores?.[code] ?? null]);
      }
    });
    const second = layout.firstUnitColumn + 1;
    expect(texts[layout.firstNodeRow]?.[second]).toBe("Kế hoạch CCHC số 12/KH-UBND ngày 05/01/2026");
  });

  it("LibreOffice recalculates the collected workbook with no error cell, the self-assessed totals as the core has them", async () => {
    const sheets = await recalculateInLibreOffice(readFileSync(collected));
    expect(errorCells(sheets)).toEqual([]);
    const rows = sheets.get(SHEET_NAMES["self-assessment"]) ?? [];
    const layout = scoringLayout(template, units.length);
    const report = scoreUnits(
      template,
      units.map((unit) => ({ name: unit.name, scores: returned.find((file) => file.collects === unit.name)?.scores ?? {} })),
    );
    const differences: string[] = [];
    report.units.forEach((unit, u) => {
      const column = layout.firstUnitColumn + u;
      const total = cellNumber(rows[layout.totalRow]?.[column]);
      if (total !== unit.score) differences.push(`${unit.name} total: LibreOffice ${total}, core ${unit.score}`);
    });
    expect(differences).toEqual([]);
    // Xã Yên Đức marked 8.1 not assessed: its maximum is 98, not 100.
    expect(report.units[1].max).toBe(98);
  });

  it("LibreOffice recalculates a unit's filled file with no error cell and the core's index", async () => {
    const file = returned.find((candidate) => candidate.collects === units[1].name);
    const sheets = await recalculateInLibreOffice(readFileSync(file?.path as string));
    expect(errorCells(sheets)).toEqual([]);
    const rows = sheets.get("Tự chấm") ?? [];
    const unit = scoreUnits(template, [{ name: units[1].name, scores: file?.scores ?? {} }]).units[0];
    const layout = selfAssessmentLayout(template);
    expect(cellNumber(rows[layout.totalRow][SELF_COLUMNS.score])).toBe(unit.score);
    expect(cellNumber(rows[layout.applicableTotalRow][SELF_COLUMNS.score])).toBe(98);
    expect(cellNumber(rows[layout.indexRow][SELF_COLUMNS.score])).toBeCloseTo(unit.percent / 100, 12);
  });

  it("appraises from the self-assessment, exports what score prints, and builds the annexes", async () => {
    const appraised = files.path("tham-dinh.xlsx");
    const appraise = await runCli(["appraise", collected, "--out", appraised]);
    expect(appraise.code).toBe(0);
    const exported = await runCli(["export", appraised, "--format", "json"]);
    expect(exported.code).toBe(0);
    const json = JSON.parse(exported.out) as { units: Array<{ name: string; score: number; percent: number; max: number; selfScore?: number | null }> };
    const selfOf = (name: string) => returned.find((file) => file.collects === name)?.scores ?? {};
    const report = scoreUnits(
      template,
      units.map((unit) => ({ name: unit.name, scores: selfOf(unit.name) })),
    );
    report.units.forEach((unit, u) => {
      const out = json.units[u];
      expect([out.name, out.score, out.percent, out.max]).toEqual([unit.name, unit.score, unit.percent, unit.max]);
    });
    const annexes = await runCli(["annexes", appraised, "--out", files.path("ket-qua.xlsx")]);
    expect(annexes.code).toBe(0);
  });

  it("PL4 lists the 20 self-assessed units, each appraised at its self score, as LibreOffice recalculates it", async () => {
    const sheets = await recalculateInLibreOffice(readFileSync(files.path("ket-qua.xlsx")));
    expect(errorCells(sheets)).toEqual([]);
    const rows = sheets.get("PL4 Tự chấm-Thẩm định") ?? [];
    expect(rows[3]?.slice(0, 3)).toEqual(["STT", "Đơn vị", "Tổng điểm tự chấm"]);
    const listed = rows.slice(4, 24);
    const selfOf = new Map(returned.filter((file) => file.collects).map((file) => [file.collects as string, file.scores ?? {}]));
    const core = scoreUnits(
      template,
      [...selfOf].map(([name, scores]) => ({ name, scores })),
    ).units;
    expect(listed.map((row) => row[1]).sort()).toEqual([...selfOf.keys()].sort());
    for (const row of listed) {
      const unit = core.find((candidate) => candidate.name === row[1]);
      // self total = appraised total = the core's score of the self-assessment; no difference, no criterion differing.
      expect([row[1], cellNumber(row[2]), cellNumber(row[4]), cellNumber(row[6]), cellNumber(row[8])]).toEqual([row[1], unit?.score, unit?.score, 0, 0]);
    }
    expect(rows[24]?.[1] ?? "").toBe("");
  });
});
