import { demoTemplate, demoUnits, seededRandom } from "../../src/demo/demo-scores";
import { communeProfiles } from "../../src/demo/province";
import { scoreUnits, UnitResult } from "../../src/core/scoring";
import { inRankOrder } from "../../src/core/ordering";

const report = scoreUnits(demoTemplate(), demoUnits());
const unit = (name: string): UnitResult => {
  const found = report.units.find((u) => u.name === name);
  if (!found) throw new Error(`no unit ${name}`);
  return found;
};
const EXCELLENT = "Hoàn thành xuất sắc nhiệm vụ";
const GOOD = "Hoàn thành tốt nhiệm vụ";
const DONE = "Hoàn thành nhiệm vụ";
const NOT_DONE = "Không hoàn thành nhiệm vụ";

describe("the demo province", () => {
  it("has 25 communes with valid, complete scores and no issues", () => {
    expect(report.units).toHaveLength(25);
    expect(report.refused).toEqual([]);
    expect(report.issues).toEqual([]);
    expect(report.units.every((u) => u.valid)).toBe(true);
  });

  it("is the same on every run and changes with the seed", () => {
    expect(demoUnits()).toEqual(demoUnits());
    expect(demoUnits(7)).not.toEqual(demoUnits());
  });

  it("reaches every profile's total exactly", () => {
    for (const profile of communeProfiles) expect(unit(profile.name).score).toBe(profile.total);
  });

  it("has names that exercise Vietnamese letters and collation", () => {
    const names = report.units.map((u) => u.name).join(" ");
    for (const letter of ["Đ", "ă", "â", "Â"]) expect(names).toContain(letter);
  });

  it("scores in decimals: 18,5 in field 3, quarter points, survey points with 3 decimals", () => {
    const units = demoUnits();
    expect(units[0].scores["3"]).toBe(18.5);
    expect(units.some((u) => u.scores["1"] === 14.75)).toBe(true);
    const surveyDecimals = units.filter((u) => /\.\d{3}$/.test(String(u.scores["8.2"]))).length;
    expect(surveyDecimals).toBeGreaterThanOrEqual(15);
  });

  it("produces every class with these counts", () => {
    const count = (label: string) => report.units.filter((u) => u.classification?.label === label).length;
    expect([count(EXCELLENT), count(GOOD), count(DONE), count(NOT_DONE)]).toEqual([3, 7, 10, 5]);
  });

  it("produces every band", () => {
    const count = (label: string) => report.units.filter((u) => u.band === label).length;
    expect([count("Từ 90% trở lên"), count("Từ 80% đến dưới 90%"), count("Từ 65% đến dưới 80%"), count("Dưới 65%")]).toEqual([5, 9, 8, 3]);
  });

  it("rounds 89,995 points up to 90,00% and so into the top band and class", () => {
    const thachKhoi = unit("Xã Thạch Khôi");
    expect(thachKhoi.percent).toBe(90);
    expect(thachKhoi.band).toBe("Từ 90% trở lên");
    expect(thachKhoi.classification?.label).toBe(EXCELLENT);
  });

  it("places the boundaries 80,00 and 65,00 in the upper band", () => {
    expect(unit("Xã Cẩm Vân")).toMatchObject({ percent: 80, band: "Từ 80% đến dưới 90%" });
    expect(unit("Xã Cẩm Vân").classification?.label).toBe(GOOD);
    expect(unit("Xã Nghĩa Đàn")).toMatchObject({ percent: 65, band: "Từ 65% đến dưới 80%" });
    expect(unit("Xã Nghĩa Đàn").classification?.label).toBe(DONE);
  });

  it("demotes high totals with a weak field, naming the field and its percentage", () => {
    const demotions = report.units
      .filter((u) => u.classification?.demotion)
      .map((u) => ({
        name: u.name,
        percent: u.percent,
        label: u.classification?.label,
        wouldBe: u.classification?.demotion?.wouldBe,
        weakest: u.classification?.demotion?.fields.map((f) => [f.code, f.percent]),
      }));
    expect(demotions).toEqual(
      expect.arrayContaining([
        { name: "Xã Kim Sơn", percent: 92.5, label: GOOD, wouldBe: EXCELLENT, weakest: [["4", 75]] },
        { name: "Xã Song Mai", percent: 90.5, label: DONE, wouldBe: EXCELLENT, weakest: [["7", 67.39]] },
        { name: "Xã Văn Hội", percent: 83.25, label: DONE, wouldBe: GOOD, weakest: [["7", 69.57]] },
        { name: "Xã Đắc Sơn", percent: 81.75, label: DONE, wouldBe: GOOD, weakest: [["6", 50]] },
        { name: "Xã Trường Xuân", percent: 80.63, label: DONE, wouldBe: GOOD, weakest: [["4", 66.67]] },
        { name: "Xã Quang Khải", percent: 74.5, label: NOT_DONE, wouldBe: DONE, weakest: [["6", 35.71]] },
        { name: "Thị trấn Minh Sơn", percent: 70.13, label: NOT_DONE, wouldBe: DONE, weakest: [["6", 42.86]] },
      ]),
    );
    expect(demotions).toHaveLength(7);
  });

  it("has ties that share a rank, listed in Vietnamese order", () => {
    const order = inRankOrder(report.units).map((u) => `${u.rank} ${u.name}`);
    expect(order.slice(6, 9)).toEqual(["7 Xã Ân Phú", "7 Xã Bình Minh", "9 Xã Quảng Đức"]);
    expect(order.slice(17, 20)).toEqual(["18 Xã Đại Đồng", "18 Xã Hà Thanh", "20 Thị trấn Minh Sơn"]);
    expect(order[0]).toBe("1 Xã Hòa An");
    expect(order[24]).toBe("25 Xã Hợp Tiến");
  });

  it("has last year's ranks, so rank changes go up, down and stay, and one new commune has none", () => {
    expect(unit("Xã Đông Hưng")).toMatchObject({ rank: 11, previousRank: 12, rankChange: 1 });
    expect(unit("Xã Yên Đức")).toMatchObject({ rank: 3, previousRank: 1, rankChange: -2 });
    expect(unit("Xã Mỹ Lộc")).toMatchObject({ rank: 17, previousRank: 18, rankChange: 1 });
    expect(unit("Xã Lâm Hà")).toMatchObject({ rank: 23, previousRank: 23, rankChange: 0 });
    expect(unit("Xã Hợp Tiến")).toMatchObject({ previousRank: null, rankChange: null });
    const previous = communeProfiles.map((p) => p.previousRank).filter((r): r is number => r !== null);
    expect([...previous].sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });
});

describe("seededRandom", () => {
  it("repeats for a seed and stays in [0, 1)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(new Set(draws).size).toBe(1000);
  });
});
