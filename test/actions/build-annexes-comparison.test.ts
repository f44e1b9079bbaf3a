import { buildAnnexes } from "../../src/actions/build-annexes";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { putSelfAssessments, type SelfAssessmentEntry } from "../../src/actions/self-assessment";
import { templateHash } from "../../src/core/template-hash";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { comparedUnits, hundredPointTemplate } from "../core/comparison-fixture";

const template = hundredPointTemplate();
const PL4 = "PL4 Tự chấm-Thẩm định";

async function seasonBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  const names = comparedUnits.map((unit) => String(unit.name));
  const loaded = await loadTemplateIntoWorkbook(book, template, names, { year: 2026, scores: comparedUnits });
  if (!loaded.ok) throw new Error("load refused");
  const entries = comparedUnits.flatMap((unit): SelfAssessmentEntry[] =>
    unit.selfScores
      ? [
          {
            unit: String(unit.name),
            templateHash: templateHash(template.definition),
            year: 2026,
            scores: unit.selfScores as SelfAssessmentEntry["scores"],
            explanations: unit.name === "Xã An Lạc" ? { "1.1": "Đã ban hành Kế hoạch số 12/KH-UBND." } : {},
            source: `${String(unit.name)}.xlsx`,
          },
        ]
      : [],
  );
  const put = await putSelfAssessments(book, entries);
  if (!put.ok || !put.written) throw new Error("self-assessments not written");
  return book;
}

describe("buildAnnexes: PL4 Tự chấm-Thẩm định", () => {
  it("is built when units self-assessed: both rounds per unit, the largest differences with the explanation, the sentence", async () => {
    const book = await seasonBook();
    const result = await buildAnnexes(book);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.sheets).toEqual(["PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", PL4, "Báo cáo"]);
    const row = (r: number) => "ABCDEFGHIJ".split("").map((c) => book.cell(PL4, `${c}${r}`)?.value ?? null);
    expect(book.cell(PL4, "A1")?.value).toBe("Phụ lục 4: So sánh điểm tự chấm và điểm thẩm định năm 2026");
    expect(row(4).slice(0, 3)).toEqual(["STT", "Đơn vị", "Tổng điểm tự chấm"]);
    expect(row(5)).toEqual([
      1,
      "Xã An Lạc",
      80,
      80,
      73.5,
      73.5,
      -6.5,
      -6.5,
      3,
      "1.1: tự chấm 25, thẩm định 20 (-5). Giải trình: Đã ban hành Kế hoạch số 12/KH-UBND.\n2.1: tự chấm 25, thẩm định 24 (-1)\n2.2: tự chấm 15, thẩm định 14,5 (-0,5)",
    ]);
    expect(row(6).slice(0, 9)).toEqual([2, "Xã Bình Minh", 70, 70, 65, 65, -5, -5, 1]);
    expect(row(7).slice(0, 9)).toEqual([3, "Phường Đông Hải", 50, 50, 52, 52, 2, 2, 4]);
    expect(book.cell(PL4, "B8")?.value ?? null).toBeNull(); // Cẩm Phả gave no self-assessment
    const sentence = "Có 1 đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá 5 điểm, gồm: UBND xã An Lạc (tự chấm 80, thẩm định 73,5, thấp hơn 6,5 điểm).";
    expect(book.cell(PL4, "B9")?.value).toBe(sentence);
    expect(result.report.at(-1)?.text.vi).toBe(sentence);
    const report = book.sheet("Báo cáo")?.cells ?? [];
    expect(report[report.length - 1]?.[0]?.value).toBe(sentence);
  });

  it("takes the threshold from the options and writes English labels with --lang en", async () => {
    const book = await seasonBook();
    const result = await buildAnnexes(book, { threshold: 4.5, lang: "en" });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(book.cell(PL4, "C4")?.value).toBe("Self-assessed total");
    expect(book.cell(PL4, "B9")?.value).toBe(
      "2 unit(s) were appraised more than 4.5 points below their self-assessment: Xã An Lạc (self 80, appraised 73.5, 6.5 lower) and Xã Bình Minh (self 70, appraised 65, 5 lower).",
    );
  });

  it("is left out when no unit self-assessed", async () => {
    const book = new MemoryWorkbook();
    const plain = comparedUnits.map((unit) => ({ name: unit.name, scores: unit.scores }));
    const loaded = await loadTemplateIntoWorkbook(
      book,
      template,
      plain.map((unit) => String(unit.name)),
      { year: 2026, scores: plain },
    );
    if (!loaded.ok) throw new Error("load refused");
    const result = await buildAnnexes(book, { annexes: ["ranking", "comparison", "report"] });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.sheets).toEqual(["PL1 Xếp hạng", "Báo cáo"]);
    expect(book.sheet(PL4)).toBeUndefined();
    expect(result.report.some((s) => s.kind === "selfGap")).toBe(false);
  });
});
