import { isNotAssessedMark, resolveNotAssessed } from "../../src/core/not-assessed";
import { scoreUnits } from "../../src/core/scoring";
import { findBuiltInTemplate } from "../../src/templates/registry";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022")!;
const bnv = findBuiltInTemplate("bnv-tinh-2022")!;

/** Hải Dương fields 1–7 and impact 8.1–8.3 in full, less the codes left out: 100 points less theirs. */
function fullMarks(leave: readonly string[] = []): Record<string, number> {
  const all: Record<string, number> = { "1": 15, "2": 5, "3": 18.5, "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 14, "8.3": 10 };
  for (const code of leave) delete all[code];
  return all;
}

describe("the KĐG mark", () => {
  it.each(["KĐG", "kđg", " KDG ", "kdg", "Không đánh giá", "KHÔNG  ĐÁNH GIÁ", "KĐG".normalize("NFD"), "không đánh giá".normalize("NFD")])(
    "recognises %j",
    (text) => expect(isNotAssessedMark(text)).toBe(true),
  );
  it.each(["", "K", "KĐ", "không", "0", "KĐG 1"])("does not take %j for it", (text) => expect(isNotAssessedMark(text)).toBe(false));
  it("is text only", () => {
    expect(isNotAssessedMark(0)).toBe(false);
    expect(isNotAssessedMark(null)).toBe(false);
  });

  it("resolves parents to their leaves in template order and returns unknown codes", () => {
    const resolved = resolveNotAssessed(haiDuong, ["8", "3", "9"], { "5": "kdg" });
    expect(resolved.given).toEqual(["8", "3", "9", "5"]);
    expect(resolved.leafCodes).toEqual(["3", "5", "8.1", "8.2", "8.3"]);
    expect(resolved.unknown).toEqual(["9"]);
  });
});

describe("criteria not assessed for a unit", () => {
  it("Hải Dương: field 3 (18,5) not assessed and 70 points → maximum 81,5, index 85,89", () => {
    const scores = { ...fullMarks(["3"]), "8.2": 12.5, "8.3": 0 }; // 15 + 5 + 6 + 11 + 7 + 11,5 + 2 + 12,5 + 0
    expect(Object.values(scores).reduce((a, b) => a + b, 0)).toBe(70);
    const report = scoreUnits(haiDuong, [{ name: "Xã Ngọc Sơn", scores, notAssessed: ["3"] }]);
    const unit = report.units[0];
    expect(report.issues).toEqual([]);
    expect(unit).toMatchObject({ valid: true, score: 70, max: 81.5, percent: 85.89, notAssessed: ["3"], notAssessedLeaves: ["3"] });
    expect(unit.fields[2]).toMatchObject({ code: "3", score: 0, max: 0, percent: null, rank: null });
    // Field 3 does not gate: every other field is at 100 %, the total class is "tốt" (≥ 80 %).
    expect(unit.classification).toEqual({ label: "Hoàn thành tốt nhiệm vụ", index: 1 });
    expect(unit.band).toBe("Từ 80% đến dưới 90%");
  });

  it("Thanh Hóa 2023: 68,32 points of an applicable 84 → 81,33 %", () => {
    // On the provincial set, fields 1 (9,5) and 8 (6,5) not assessed leave 84 points.
    const scores = { "2": 9, "3": 11, "4": 8, "5": 12, "6": 10, "7": 10, "9.1": 1.5, "9.2": 1.5, "9.3": 2, "9.4": 2, "9.5": 1.32 };
    const report = scoreUnits(bnv, [{ name: "Ban Dân tộc tỉnh", scores, notAssessed: ["1", "8"] }]);
    expect(report.issues).toEqual([]);
    expect(report.units[0]).toMatchObject({ score: 68.32, max: 84, percent: 81.33 });
  });

  it("takes a parent for all its leaves, and a KĐG score for its criterion", () => {
    const byList = scoreUnits(haiDuong, [{ name: "A", scores: fullMarks(["8.1", "8.2", "8.3"]), notAssessed: ["8"] }]);
    const byMark = scoreUnits(haiDuong, [{ name: "A", scores: { ...fullMarks(["8.1", "8.2", "8.3"]), "8.1": "KĐG", "8.2": "kdg", "8.3": "không đánh giá" } }]);
    for (const report of [byList, byMark]) {
      expect(report.issues).toEqual([]);
      expect(report.units[0]).toMatchObject({ score: 74, max: 74, percent: 100, notAssessedLeaves: ["8.1", "8.2", "8.3"] });
      expect(report.units[0].fields[7]).toMatchObject({ code: "8", max: 0, percent: null });
    }
    expect(byMark.units[0].notAssessed).toEqual(["8.1", "8.2", "8.3"]);
    // One leaf of a parent: the parent's maximum shrinks, its percentage is over what is left.
    const oneLeaf = scoreUnits(haiDuong, [{ name: "A", scores: { ...fullMarks(["8.3"]), "8.2": 7 }, notAssessed: ["8.3"] }]);
    expect(oneLeaf.units[0].fields[7]).toMatchObject({ score: 9, max: 16, percent: 56.25 });
    expect(oneLeaf.units[0].nodeMaxima.slice(7)).toEqual([16, 2, 14, 0]);
    expect(oneLeaf.units[0]).toMatchObject({ score: 83, max: 90, percent: 92.22 });
  });

  it("gives a wholly not-assessed field no rank and ranks the others over their applicable maxima", () => {
    const report = scoreUnits(haiDuong, [
      { name: "A", scores: fullMarks(["3"]), notAssessed: ["3"] },
      { name: "B", scores: { ...fullMarks(), "3": 9.25 } },
    ]);
    expect(report.units.map((u) => [u.fields[2].percent, u.fields[2].rank])).toEqual([
      [null, null],
      [50, 1],
    ]);
    expect(report.units.map((u) => [u.score, u.max, u.percent, u.rank])).toEqual([
      [81.5, 81.5, 100, 1],
      [90.75, 100, 90.75, 2],
    ]);
  });

  it("is an error for the unit when a criterion is both scored and not assessed, or the code is unknown", () => {
    const report = scoreUnits(haiDuong, [
      { name: "Xã Hai Lần", scores: fullMarks(), notAssessed: ["3"] },
      { name: "Xã Sai Mã", scores: fullMarks(["3"]), notAssessed: ["3", "3.1"] },
      { name: "Xã Đúng", scores: fullMarks(["3"]), notAssessed: ["3"] },
    ]);
    expect(report.issues.map((i) => [i.unit, i.code, i.value, i.severity, i.kind, i.message.vi])).toEqual([
      ["Xã Hai Lần", "3", 18.5, "error", "scoredAndNotAssessed", "Tiêu chí 3 vừa có điểm 18,5 vừa được ghi là không đánh giá (KĐG); xóa điểm hoặc bỏ KĐG"],
      ["Xã Sai Mã", "3.1", null, "error", "unknownCode", "Mã 3.1 trong danh sách không đánh giá (KĐG) không có trong bộ tiêu chí; kiểm tra lại mã"],
    ]);
    expect(report.units.map((u) => [u.valid, u.rank])).toEqual([
      [false, null],
      [false, null],
      [true, 1],
    ]);
  });

  it("does not warn about a missing score for a criterion not assessed", () => {
    const report = scoreUnits(haiDuong, [{ name: "A", scores: fullMarks(["3", "5"]), notAssessed: ["3"] }]);
    expect(report.issues.map((i) => [i.code, i.kind])).toEqual([["5", "missing"]]);
    expect(report.units[0]).toMatchObject({ score: 70.5, max: 81.5, percent: 86.5 });
  });

  it("is an error when nothing is assessed", () => {
    const report = scoreUnits(haiDuong, [{ name: "A", scores: {}, notAssessed: ["1", "2", "3", "4", "5", "6", "7", "8"] }]);
    expect(report.issues.map((i) => [i.kind, i.severity])).toEqual([["nothingAssessed", "error"]]);
    expect(report.units[0]).toMatchObject({ valid: false, max: 0, percent: 0, rank: null });
  });
});
