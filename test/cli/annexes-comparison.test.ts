import { readFileSync, writeFileSync } from "node:fs";
import { runCli, scratchFolder } from "./cli-harness";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { putSelfAssessments } from "../../src/actions/self-assessment";
import { templateHash } from "../../src/core/template-hash";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { comparedUnits, hundredPointTemplate } from "../core/comparison-fixture";

const files = scratchFolder();
afterAll(() => files.remove());

const template = hundredPointTemplate();

/** A scoring workbook on file whose units self-assessed (all but Cẩm Phả). */
async function seasonFile(): Promise<string> {
  const book = XlsxWorkbook.create();
  const names = comparedUnits.map((unit) => String(unit.name));
  expect((await loadTemplateIntoWorkbook(book, template, names, { year: 2026, scores: comparedUnits })).ok).toBe(true);
  const entries = comparedUnits
    .filter((unit) => unit.selfScores)
    .map((unit) => ({
      unit: String(unit.name),
      templateHash: templateHash(template.definition),
      year: 2026,
      scores: unit.selfScores as Record<string, number>,
      explanations: {},
      source: "",
    }));
  expect(await putSelfAssessments(book, entries)).toMatchObject({ ok: true, written: true });
  const path = files.path("tu-cham.xlsx");
  writeFileSync(path, await book.toBuffer());
  return path;
}

async function pl4Sentence(path: string): Promise<unknown> {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(path));
  const snapshot = await book.read({ ranges: [{ sheet: "PL4 Tự chấm-Thẩm định", address: "B9" }] });
  return snapshot.ranges[0]?.values[0]?.[0];
}

describe("par-index annexes with self-assessments", () => {
  it("adds PL4 and lists the units appraised more than --threshold points lower (default 5)", async () => {
    const input = await seasonFile();
    const byDefault = files.path("ket-qua.xlsx");
    expect((await runCli(["annexes", input, "--out", byDefault])).code).toBe(0);
    expect(await pl4Sentence(byDefault)).toBe(
      "Có 1 đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá 5 điểm, gồm: UBND xã An Lạc (tự chấm 80, thẩm định 73,5, thấp hơn 6,5 điểm).",
    );
    const lower = files.path("ket-qua-4,5.xlsx");
    expect((await runCli(["annexes", input, "--out", lower, "--threshold", "4,5"])).code).toBe(0);
    expect(String(await pl4Sentence(lower))).toMatch(
      /^Có 2 đơn vị .* quá 4,5 điểm, gồm: UBND xã An Lạc .* và UBND xã Bình Minh \(tự chấm 70, thẩm định 65, thấp hơn 5 điểm\)\.$/u,
    );
  });

  it("refuses a threshold that is not a number of points (exit 2)", async () => {
    const input = await seasonFile();
    const run = await runCli(["annexes", input, "--out", files.path("x.xlsx"), "--threshold", "năm", "--lang", "en"]);
    expect(run).toMatchObject({ code: 2, err: expect.stringContaining('--threshold must be a number of points, zero or more (e.g. 5 or 4.5), not "năm".') });
  });
});
