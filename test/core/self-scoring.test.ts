import { scoreUnits, type UnitInput } from "../../src/core/scoring";
import { scoreSelfAssessments } from "../../src/core/self-scoring";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { haiDuongProvinceScores } from "./hai-duong-province-fixture";

const bnv = findBuiltInTemplate("bnv-tinh-2022")!;
const haiDuong = findBuiltInTemplate("hai-duong-xa-2022")!;

const appraised = haiDuongProvinceScores;

function scoreBoth(template: typeof bnv, units: UnitInput[]) {
  const report = scoreUnits(template, units);
  return { report, self: scoreSelfAssessments(template, units, report) };
}

describe("scoreSelfAssessments", () => {
  it("scores the self values beside the appraisal: 87,016 claimed, 83,516 appraised, difference −3,5", () => {
    // The province claimed 2 more points in field 5 and 1,5 more in field 8.
    const { report, self } = scoreBoth(bnv, [{ name: "Hải Dương", scores: appraised, selfScores: { ...appraised, "5": 14.3, "8": 4 } }]);
    expect(report.units[0].score).toBe(83.516);
    expect(self.issues).toEqual([]);
    expect(self.units[0]).toMatchObject({ valid: true, selfScore: 87.016, selfMax: 100, selfPercent: 87.02, selfDifference: -3.5 });
    expect(self.units[0]?.fields[4]).toEqual({ selfScore: 14.3, selfPercent: 95.33 });
    expect(self.units[0]?.fields[7]).toEqual({ selfScore: 4, selfPercent: 61.54 });
    expect(self.units[0]?.fields[8]).toEqual({ selfScore: 8.42, selfPercent: 84.2 });
  });

  it("gives nothing for a unit without selfScores", () => {
    const { self } = scoreBoth(bnv, [{ name: "Hải Dương", scores: appraised }]);
    expect(self).toEqual({ units: [null], issues: [] });
  });

  it("keeps the unit's notAssessed list for both rounds and a KĐG among the self scores for the self round only", () => {
    // Field 3 (18,5) is not assessed for the unit: 70 appraised points of 81,5 → 85,89.
    // The unit also marked field 6 (7 points) KĐG in its self-assessment: 71 of 74,5 → 95,30.
    const scores = { "1": 14, "2": 5, "4": 5, "5": 10, "6": 6, "7": 10, "8.1": 2, "8.2": 10, "8.3": 8 };
    const selfScores = { "1": 15, "2": 5, "4": 6, "5": 11, "6": "KĐG", "7": 11, "8.1": 2, "8.2": 12, "8.3": 9 };
    const { report, self } = scoreBoth(haiDuong, [{ name: "Xã Ngọc Kỳ", scores, notAssessed: ["3"], selfScores }]);
    expect(report.units[0]).toMatchObject({ score: 70, max: 81.5, percent: 85.89 });
    expect(self.issues).toEqual([]);
    expect(self.units[0]).toMatchObject({ selfScore: 71, selfMax: 74.5, selfPercent: 95.3, selfDifference: -1 });
    expect(self.units[0]?.fields[2]).toEqual({ selfScore: 0, selfPercent: null });
    expect(self.units[0]?.fields[5]).toEqual({ selfScore: 0, selfPercent: null });
    expect(report.units[0].fields[5].percent).toBe(85.71);
  });

  it("reports invalid self scores as issues of the self round, in template order", () => {
    const { report, self } = scoreBoth(bnv, [{ name: "Hải Dương", scores: appraised, selfScores: { ...appraised, "2": "9,5", "5": 15.5, "9.9": 1 } }]);
    expect(report.issues).toEqual([]);
    expect(self.units[0]?.valid).toBe(false);
    expect(self.issues.map((issue) => [issue.round, issue.code, issue.kind, issue.severity])).toEqual([
      ["self", "2", "notANumber", "error"],
      ["self", "5", "aboveMax", "error"],
      ["self", "9.9", "unknownCode", "error"],
    ]);
  });
});
