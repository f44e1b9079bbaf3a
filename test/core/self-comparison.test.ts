import { selfGapSentences } from "../../src/core/report-sentences";
import { scoreUnits } from "../../src/core/scoring";
import { comparisonTable, loweredUnits } from "../../src/core/self-comparison";
import { scoreSelfAssessments } from "../../src/core/self-scoring";
import { comparedUnits, hundredPointTemplate } from "./comparison-fixture";

function compare(explanations: Record<string, string>[] = [{ "1.1": "Đã ban hành Kế hoạch số 12/KH-UBND." }, {}, {}, {}]) {
  const template = hundredPointTemplate();
  const report = scoreUnits(template, comparedUnits);
  return comparisonTable(report, scoreSelfAssessments(template, comparedUnits, report), explanations);
}

describe("comparisonTable (PL4)", () => {
  it("gives each unit with a self-assessment both rounds, the differences and the criteria changed, in rank order", () => {
    const rows = compare();
    expect(
      rows.map((row) => [row.stt, row.name, row.selfScore, row.score, row.difference, row.selfPercent, row.percent, row.percentDifference, row.changed]),
    ).toEqual([
      [1, "Xã An Lạc", 80, 73.5, -6.5, 80, 73.5, -6.5, 3],
      [2, "Xã Bình Minh", 70, 65, -5, 70, 65, -5, 1],
      [3, "Phường Đông Hải", 50, 52, 2, 50, 52, 2, 4],
    ]);
  });

  it("lists up to three criteria, largest difference first, with the unit's explanation", () => {
    const [anLac, , dongHai] = compare();
    expect(anLac.largest).toEqual([
      { code: "1.1", title: "Kế hoạch", selfScore: 25, score: 20, difference: -5, explanation: "Đã ban hành Kế hoạch số 12/KH-UBND." },
      { code: "2.1", title: "Văn bản", selfScore: 25, score: 24, difference: -1, explanation: "" },
      { code: "2.2", title: "Kiểm tra", selfScore: 15, score: 14.5, difference: -0.5, explanation: "" },
    ]);
    // Exact decimals: 10,1 − 10 is 0,1 (not 0,0999…); four changed, three shown.
    expect(dongHai.largest.map((item) => [item.code, item.difference])).toEqual([
      ["1.1", 1],
      ["2.1", 0.7],
      ["2.2", 0.2],
    ]);
  });

  it("lists a unit appraised more than the threshold below its self-assessment, not one exactly at it", () => {
    const rows = compare();
    expect(loweredUnits(rows).map((row) => row.name)).toEqual(["Xã An Lạc"]);
    expect(loweredUnits(rows, 4.9).map((row) => row.name)).toEqual(["Xã An Lạc", "Xã Bình Minh"]);
    expect(selfGapSentences(rows)).toEqual([
      {
        kind: "selfGap",
        text: {
          vi: "Có 1 đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá 5 điểm, gồm: UBND xã An Lạc (tự chấm 80, thẩm định 73,5, thấp hơn 6,5 điểm).",
          en: "1 unit(s) were appraised more than 5 points below their self-assessment: Xã An Lạc (self 80, appraised 73.5, 6.5 lower).",
        },
      },
    ]);
    expect(selfGapSentences(rows, 4.5)[0].text.vi).toBe(
      "Có 2 đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá 4,5 điểm, gồm: UBND xã An Lạc (tự chấm 80, thẩm định 73,5, thấp hơn 6,5 điểm) và UBND xã Bình Minh (tự chấm 70, thẩm định 65, thấp hơn 5 điểm).",
    );
    expect(selfGapSentences(rows, 10)[0].text.vi).toBe("Không có đơn vị nào có điểm thẩm định thấp hơn điểm tự chấm quá 10 điểm.");
    expect(selfGapSentences([])).toEqual([]);
  });
});
