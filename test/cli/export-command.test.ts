import { writeFileSync } from "node:fs";
import { runCli, scratchFolder } from "./cli-harness";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { putSelfAssessments } from "../../src/actions/self-assessment";
import { templateHash } from "../../src/core/template-hash";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";

const files = scratchFolder();
afterAll(() => files.remove());

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022")!;

/** Three communes: one with field 3 not assessed (KĐG), one with a self-assessment only partly given, one without. */
const data = {
  units: [
    {
      name: "Xã Ngọc Kỳ",
      scores: { "1": 14, "2": 5, "3": "KĐG", "4": 5, "5": 10, "6": 6, "7": 10, "8.1": 2, "8.2": 10, "8.3": 8 },
      previousRank: 2,
      selfScores: { "1": 15, "2": 5, "3": "KĐG", "4": 6, "5": 11, "6": "KĐG", "7": 11, "8.1": 2, "8.2": 12, "8.3": 9 },
    },
    {
      name: "Xã Quang Phục",
      scores: { "1": 12, "2": 4, "3": 15, "4": 5, "5": 9, "6": 3, "7": 10, "8.1": 1.5, "8.2": 11.25, "8.3": 8.75 },
      previousRank: 1,
      selfScores: { "1": 13, "2": 4, "3": 16.5, "4": 5, "5": 9, "6": 3, "7": 10, "8.1": 2, "8.2": null, "8.3": 8.75 },
    },
    { name: "Thị trấn Tứ Kỳ", scores: { "1": 10, "2": 3, "3": 12, "4": 4, "5": 7, "6": 3.5, "7": 8, "8.1": 1, "8.2": 9, "8.3": 7 } },
  ],
};

async function workbookOf(dialect: "par" | "native"): Promise<string> {
  const book = XlsxWorkbook.create();
  const loaded = await loadTemplateIntoWorkbook(
    book,
    haiDuong,
    data.units.map((unit) => unit.name),
    { year: 2026, dialect, scores: data.units },
  );
  if (!loaded.ok) throw new Error("load refused");
  const entries = data.units.flatMap((unit) =>
    unit.selfScores
      ? [{ unit: unit.name, templateHash: templateHash(haiDuong.definition), year: 2026, scores: unit.selfScores, explanations: {}, source: unit.name }]
      : [],
  );
  const put = await putSelfAssessments(book, entries);
  if (!put.ok || !put.written) throw new Error("self-assessment refused");
  const path = files.path(`book-${dialect}.xlsx`);
  writeFileSync(path, await book.toBuffer());
  return path;
}

describe("par-index export", () => {
  it.each(["native", "par"] as const)("prints for a %s workbook exactly what score prints for the same data, JSON and table", async (dialect) => {
    const book = await workbookOf(dialect);
    const input = files.write("data.json", data);
    for (const format of ["json", "table"]) {
      const exported = await runCli(["export", book, "--format", format]);
      const scored = await runCli(["score", "--template", "hai-duong-xa-2022", "--input", input, "--format", format]);
      expect(exported.err).toBe("");
      expect(exported.out).toBe(scored.out);
      expect(exported.code).toBe(scored.code);
    }
  });

  it("carries the pinned self figures: 71 claimed of 74,5 (95,30) against 70 appraised of 81,5 (85,89)", async () => {
    const run = await runCli(["export", await workbookOf("native")]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.out);
    expect(json.units[0]).toMatchObject({
      name: "Xã Ngọc Kỳ",
      score: 70,
      max: 81.5,
      percent: 85.89,
      selfScore: 71,
      selfPercent: 95.3,
      selfDifference: -1,
      notAssessed: ["3"],
    });
    expect(json.units[0].fields[0]).toMatchObject({ code: "1", score: 14, selfScore: 15, selfPercent: 100 });
    expect(json.units[1]).toMatchObject({ name: "Xã Quang Phục", score: 79.5, selfScore: 71.25, selfDifference: 8.25 });
    expect(json.units[2].selfScore).toBeUndefined();
    // The self-assessment left 8.2 blank: a warning of the self round.
    expect(json.issues).toEqual([
      { unit: "Xã Quang Phục", code: "8.2", value: null, severity: "warning", message: expect.stringContaining("8.2"), round: "self" },
    ]);
  });

  it("exits 2 for a file that is not a scoring workbook, and needs the workbook", async () => {
    expect((await runCli(["export"])).code).toBe(2);
    const empty = files.path("empty.xlsx");
    writeFileSync(empty, await XlsxWorkbook.create().toBuffer());
    expect(await runCli(["export", empty])).toMatchObject({ code: 2, err: expect.stringContaining("chưa có bộ tiêu chí") });
  });
});

describe("par-index appraise", () => {
  it("copies the self scores into blank appraisal cells, keeps the appraised ones, and overwrites them when asked", async () => {
    const book = XlsxWorkbook.create();
    const names = data.units.map((unit) => unit.name);
    // Only two appraised cells so far: 1 = 14 (the unit claimed 15) and 3 = KĐG (as claimed).
    await loadTemplateIntoWorkbook(book, haiDuong, names, { year: 2026, dialect: "native", scores: [{ name: "Xã Ngọc Kỳ", scores: { "1": 14, "3": "KĐG" } }] });
    const hash = templateHash(haiDuong.definition);
    await putSelfAssessments(
      book,
      data.units.flatMap((unit) =>
        unit.selfScores ? [{ unit: unit.name, templateHash: hash, year: 2026, scores: unit.selfScores, explanations: {}, source: unit.name }] : [],
      ),
    );
    const input = files.path("before-appraisal.xlsx");
    writeFileSync(input, await book.toBuffer());

    const first = files.path("appraisal-1.xlsx");
    const run = await runCli(["appraise", input, "--out", first]);
    expect(run).toMatchObject({ code: 0, err: "" });
    expect(run.out).toBe(
      `Đã ghi "${first}": chép 17 điểm tự chấm của 2 đơn vị sang trang Chấm điểm làm điểm thẩm định ban đầu; giữ nguyên 1 ô đã có điểm thẩm định khác điểm tự chấm (thêm --overwrite để chép đè).\n`,
    );
    // Ngọc Kỳ: 14 kept + the claimed 56 = 70 of 74,5 (fields 3 and 6 not assessed) → 93,96.
    const exported = JSON.parse((await runCli(["export", first])).out);
    expect(exported.units[0]).toMatchObject({ score: 70, max: 74.5, percent: 93.96, selfScore: 71, selfDifference: -1 });
    expect(exported.units[1]).toMatchObject({ score: 71.25, selfScore: 71.25, selfDifference: 0 });

    const second = files.path("appraisal-2.xlsx");
    expect((await runCli(["appraise", first, "--out", second, "--overwrite"])).out).toBe(
      `Đã ghi "${second}": chép 1 điểm tự chấm của 2 đơn vị sang trang Chấm điểm làm điểm thẩm định ban đầu.\n`,
    );
    expect(JSON.parse((await runCli(["export", second])).out).units[0]).toMatchObject({ score: 71, percent: 95.3, selfDifference: 0 });
    // An existing --out other than the input needs --force.
    expect((await runCli(["appraise", input, "--out", second])).code).toBe(2);
  });
});
