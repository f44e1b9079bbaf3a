import { demo2025Template, demo2025Units } from "../../src/demo/demo-2025";
import { scoreUnits } from "../../src/core/scoring";

const report = scoreUnits(demo2025Template(), demo2025Units());
const unit = (name: string) => report.units.find((u) => u.name === name)!;

describe("the 2025-style demo", () => {
  it("is on the illustrative set and has no errors; the only warning is the total kept at the maximum", () => {
    expect(report.template.id).toBe("minh-hoa-xa-2025");
    expect(report.units).toHaveLength(12);
    expect(report.issues.map((issue) => [issue.unit, issue.kind, issue.value])).toEqual([["Phường Đông Hưng", "clamped", 102.5]]);
  });

  it("Xã Tây Sơn has 6.1 (3 points) not assessed: its index is over an applicable 97", () => {
    const taySon = unit("Xã Tây Sơn");
    expect(taySon).toMatchObject({ max: 97, notAssessed: ["6.1"], notAssessedLeaves: ["6.1"], bonus: 1, penalty: 0.5 });
    expect(taySon.fields[5].max).toBe(5);
    expect(taySon.percent).toBe(Math.floor((taySon.score / 97) * 10000 + 0.5) / 100);
    expect(report.units.filter((u) => u.max !== 100).map((u) => u.name)).toEqual(["Xã Tây Sơn"]);
  });

  it("Phường Đông Hưng: full marks and 2,5 bonus points, kept at 100", () => {
    expect(unit("Phường Đông Hưng")).toMatchObject({ score: 100, max: 100, percent: 100, bonus: 2.5, penalty: 0, rank: 1 });
  });

  it("gives bonus points to four units and penalty points to five", () => {
    expect(report.units.filter((u) => u.bonus > 0).map((u) => [u.name, u.bonus])).toEqual([
      ["Phường Đông Hưng", 2.5],
      ["Xã Tây Sơn", 1],
      ["Phường Quang Trung", 1.5],
      ["Xã Ngọc Kỳ", 1],
    ]);
    expect(report.units.filter((u) => u.penalty > 0).map((u) => [u.name, u.penalty])).toEqual([
      ["Xã Tây Sơn", 0.5],
      ["Xã Bình Minh", 1],
      ["Xã Kim Sơn", 1.5],
      ["Đặc khu Cồn Cỏ", 2],
      ["Xã Hòa An", 2],
    ]);
  });

  it("is the same for the same seed", () => {
    expect(demo2025Units()).toEqual(demo2025Units());
  });
});
