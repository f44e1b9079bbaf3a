import { parseTemplate } from "../../src/core/template-validation";
import { scoreLeafValues } from "../../src/core/leaf-scoring";
import { resolveNotAssessed } from "../../src/core/not-assessed";
import { scoreUnits } from "../../src/core/scoring";

/** 60 + 40 points, a bonus capped at 5 (3 + 2) and a penalty capped at 5 (3 + 2). */
function extrasTemplate() {
  const result = parseTemplate({
    id: "thuong-tru",
    name: "Điểm thưởng, điểm trừ",
    fields: [
      { code: "1", title: "Chỉ đạo", max: 60 },
      { code: "2", title: "Thể chế", max: 40 },
      {
        code: "3",
        title: "Điểm thưởng",
        max: 5,
        kind: "bonus",
        children: [
          { code: "3.1", title: "Sáng kiến", max: 3 },
          { code: "3.2", title: "Khen thưởng", max: 2 },
        ],
      },
      {
        code: "4",
        title: "Điểm trừ",
        max: 5,
        kind: "penalty",
        children: [
          { code: "4.1", title: "Chậm báo cáo", max: 3 },
          { code: "4.2", title: "Sai phạm", max: 2 },
        ],
      },
    ],
    classification: [{ label: "Tốt", minTotal: 80, minField: 80 }, { label: "Đạt", minTotal: 50 }, { label: "Chưa đạt" }],
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
  return result.template;
}

const template = extrasTemplate();

describe("bonus and penalty points", () => {
  it("adds the bonus and takes the penalty off, outside the maximum of 100", () => {
    const report = scoreUnits(template, [{ name: "Xã A", scores: { "1": 50, "2": 30, "3.1": 3, "4.1": 1 } }]);
    expect(report.issues).toEqual([]);
    const unit = report.units[0];
    expect(unit).toMatchObject({ score: 82, max: 100, percent: 82, bonus: 3, penalty: 1 });
    expect(unit.fields.map((f) => [f.code, f.kind, f.score, f.max, f.percent, f.rank])).toEqual([
      ["1", "ordinary", 50, 60, 83.33, 1],
      ["2", "ordinary", 30, 40, 75, 1],
      ["3", "bonus", 3, 5, null, null],
      ["4", "penalty", 1, 5, null, null],
    ]);
    // Field 2 at 75 % is under the 80 % of "Tốt": bonus points never lift a field.
    expect(unit.classification).toMatchObject({ label: "Đạt", demotion: { wouldBe: "Tốt" } });
  });

  it("counts blank bonus and penalty as 0, without a warning", () => {
    const report = scoreUnits(template, [{ name: "Xã A", scores: { "1": 60, "2": 40 } }]);
    expect(report.issues).toEqual([]);
    expect(report.units[0]).toMatchObject({ score: 100, percent: 100, bonus: 0, penalty: 0, classification: { label: "Tốt" } });
  });

  it("keeps the total within 0 and the applicable maximum, with a warning", () => {
    const report = scoreUnits(template, [
      { name: "Xã Cao", scores: { "1": 60, "2": 39, "3.1": 3 } },
      { name: "Xã Thấp", scores: { "1": 1, "2": 0, "4.1": 3 } },
      { name: "Xã KĐG", scores: { "1": 58, "3.1": 3, "3.2": 2 }, notAssessed: ["2"] },
    ]);
    expect(report.units.map((u) => [u.score, u.max, u.percent, u.bonus, u.penalty, u.valid])).toEqual([
      [100, 100, 100, 3, 0, true],
      [0, 100, 0, 0, 3, true],
      [60, 60, 100, 5, 0, true],
    ]);
    expect(report.issues.map((i) => [i.unit, i.code, i.value, i.severity, i.kind, i.message.vi])).toEqual([
      [
        "Xã Cao",
        "3",
        102,
        "warning",
        "clamped",
        "Tổng điểm sau khi cộng điểm thưởng và trừ điểm trừ là 102, ngoài khoảng từ 0 đến điểm tối đa; được tính là 100",
      ],
      ["Xã Thấp", "4", -2, "warning", "clamped", "Tổng điểm sau khi cộng điểm thưởng và trừ điểm trừ là -2, ngoài khoảng từ 0 đến điểm tối đa; được tính là 0"],
      ["Xã KĐG", "3", 63, "warning", "clamped", "Tổng điểm sau khi cộng điểm thưởng và trừ điểm trừ là 63, ngoài khoảng từ 0 đến điểm tối đa; được tính là 60"],
    ]);
  });

  it("refuses a negative penalty and one above its cap", () => {
    const report = scoreUnits(template, [{ name: "Xã Lỗi", scores: { "1": 60, "2": 40, "4.1": -1, "4.2": 2.5 } }]);
    expect(report.issues.map((i) => [i.code, i.kind, i.message.vi])).toEqual([
      ["4.1", "negative", "Tiêu chí 4.1: điểm -1 là số âm; điểm phải từ 0 trở lên"],
      ["4.2", "aboveMax", "Tiêu chí 4.2: điểm 2,5 vượt điểm tối đa 2"],
    ]);
    expect(report.units[0]).toMatchObject({ valid: false, penalty: 0, rank: null });
  });
});

describe("scoreLeafValues", () => {
  it("scores two sets of values of one unit with the same not-assessed leaves", () => {
    const notAssessed = resolveNotAssessed(template, ["2"], {});
    const appraised = scoreLeafValues(template, "Xã A", { "1": 45.5, "3.2": 1, "4.2": 0.5 }, notAssessed.leaves);
    const self = scoreLeafValues(template, "Xã A", { "1": 58, "3.1": 3 }, notAssessed.leaves);
    expect([appraised.totalMicro, appraised.totalMaxMicro, appraised.kindMicro]).toEqual([46e6, 60e6, { ordinary: 45.5e6, bonus: 1e6, penalty: 0.5e6 }]);
    expect([self.totalMicro, self.rawTotalMicro, self.valid]).toEqual([60e6, 61e6, true]);
    expect(self.issues.map(({ issue }) => issue.kind)).toEqual(["clamped"]);
  });
});
