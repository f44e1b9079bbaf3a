/**
 * The annexes' data under the scoring model of the 2025 sets: a field not
 * assessed shows as such, bonus and penalty points have their own columns,
 * and the sentences name a unit's applicable maximum when it differs.
 */
import { classificationTable, fieldTable, rankingTable } from "../../src/core/annex-tables";
import { reportSentences } from "../../src/core/report-sentences";
import { scoreUnits, type UnitInput } from "../../src/core/scoring";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { planClassificationAnnex, planFieldsAnnex, planRankingAnnex, type AnnexInput } from "../../src/sheet/annex-sheets";

const template = findBuiltInTemplate("minh-hoa-xa-2025")!;

/** Full marks on every ordinary leaf, less the codes given. */
function fullMarks(...without: string[]): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  for (const leaf of template.leaves) {
    const node = template.nodes[leaf];
    const under = (code: string) => node.code === code || node.code.startsWith(`${code}.`);
    if (template.fields[node.field].kind === "ordinary" && !without.some(under)) scores[node.code] = node.max;
  }
  return scores;
}

const units: UnitInput[] = [
  // 2.1 (2 points) and 6.1 (3 points) not assessed: 95 applicable; 93 + 1,5 − 0,5 = 94 → 98,95 %.
  { name: "Xã Đông Hưng", scores: { ...fullMarks("2.1"), "3.2.1": 2, "6.1": "KĐG", "9.1": 1.5, "10.3": 0.5 }, notAssessed: ["2.1"] },
  // Field 2 (8 points) wholly not assessed: 92 applicable; 92 − 4,5 − 2 = 85,5 → 92,93 %.
  { name: "Xã Tây Sơn", scores: { ...fullMarks("2"), "8.2": 5.5, "10.1": 2 }, notAssessed: ["2"] },
  { name: "Xã Bình Minh", scores: { ...fullMarks(), "7.3.1": 1, "9.2": 1 } }, // 98 + 1 = 99
];
const report = scoreUnits(template, units);
const input: AnnexInput = { report, sentences: reportSentences(report), year: 2025, lang: "vi", chart: false };

describe("annexes of a 2025-style set with criteria not assessed and bonus and penalty points", () => {
  it("scores the units as the rules say", () => {
    expect(report.issues).toEqual([]);
    expect(report.units.map((u) => [u.name, u.score, u.max, u.percent, u.bonus, u.penalty, u.rank])).toEqual([
      ["Xã Đông Hưng", 94, 95, 98.95, 1.5, 0.5, 2],
      ["Xã Tây Sơn", 85.5, 92, 92.93, 0, 2, 3],
      ["Xã Bình Minh", 99, 100, 99, 1, 0, 1],
    ]);
  });

  it("PL1's rows: eight fields, a field not assessed marked, bonus, penalty and the applicable maximum", () => {
    const rows = rankingTable(report);
    expect(rows.map((row) => [row.name, row.fields.length, row.bonus, row.penalty, row.max])).toEqual([
      ["Xã Bình Minh", 8, 1, 0, 100],
      ["Xã Đông Hưng", 8, 1.5, 0.5, 95],
      ["Xã Tây Sơn", 8, 0, 2, 92],
    ]);
    expect(rows[2].fields[1]).toEqual({ score: 0, percent: null, notAssessed: true });
    expect(rows[1].fields[1]).toEqual({ score: 6, percent: 100, notAssessed: false });
  });

  it("PL1 as a sheet: bonus, penalty and applicable maximum columns, and — for a field not assessed", () => {
    const plan = planRankingAnnex(input);
    const header = plan.cells[2].map((cell) => cell?.value);
    // STT, unit, 8 × (score, percent), then the extra columns and the unit's figures.
    expect(header.slice(18, 22)).toEqual(["Điểm thưởng", "Điểm trừ", "Điểm tối đa áp dụng", "Tổng điểm"]);
    const taySon = plan.cells[6];
    expect(taySon[1]?.value).toBe("Xã Tây Sơn");
    expect([taySon[4]?.value, taySon[5]?.value]).toEqual(["—", "—"]);
    expect(taySon.slice(18, 23).map((cell) => cell?.value)).toEqual([0, 2, 92, 85.5, 92.93]);
  });

  it("PL2 and Báo cáo say over how many applicable points the index is taken", () => {
    const rows = classificationTable(report);
    expect(rows.map((row) => row.applicableNote?.vi ?? null)).toEqual([null, "Chỉ số tính trên 95 điểm áp dụng.", "Chỉ số tính trên 92 điểm áp dụng."]);
    const plan = planClassificationAnnex(input);
    expect(plan.cells.flat().some((cell) => cell?.value === "Chỉ số tính trên 92 điểm áp dụng.")).toBe(true);
    const sentences = reportSentences(report)
      .filter((sentence) => sentence.kind === "applicableMax")
      .map((sentence) => sentence.text.vi);
    expect(sentences).toEqual([
      "UBND xã Đông Hưng: Chỉ số tính trên 95 điểm áp dụng (không đánh giá: 2.1, 6.1).",
      "UBND xã Tây Sơn: Chỉ số tính trên 92 điểm áp dụng (không đánh giá: 2).",
    ]);
  });

  it("PL3 summarises the eight ordinary fields, leaving out a unit not assessed on a field", () => {
    const fields = fieldTable(report);
    expect(fields.map((field) => field.code)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(fields[1]).toMatchObject({ max: 8, best: 100, worst: 100, average: 100 });
    const plan = planFieldsAnnex(input);
    expect(plan.cells.flat().filter((cell) => cell?.value === "—").length).toBe(2);
  });
});
