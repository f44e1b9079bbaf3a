import { scoreUnits, UnitInput } from "../../src/core/scoring";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { parseTemplate } from "../../src/core/template-validation";
import { inRankOrder } from "../../src/core/ordering";
import { haiDuongProvinceScores } from "./hai-duong-province-fixture";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022")!;
const bnv = findBuiltInTemplate("bnv-tinh-2022")!;
const phuYen = findBuiltInTemplate("phu-yen-xa-2022")!;

/** Hải Dương commune scores: fields 1–7 and the impact leaves 8.1–8.3. */
function commune(name: string, fields: number[], impact: [number, number, number], previousRank?: number): UnitInput {
  const scores: Record<string, number> = {};
  fields.forEach((score, i) => (scores[String(i + 1)] = score));
  scores["8.1"] = impact[0];
  scores["8.2"] = impact[1];
  scores["8.3"] = impact[2];
  return { name, scores, previousRank };
}

describe("scoreUnits", () => {
  it("reproduces Hải Dương province 2022 as appraised by the Ministry: 83,516/100 → 83,52", () => {
    const report = scoreUnits(bnv, [
      {
        name: "Hải Dương",
        scores: haiDuongProvinceScores,
      },
    ]);
    const unit = report.units[0];
    expect(report.issues).toEqual([]);
    expect(unit.score).toBe(83.516);
    expect(unit.percent).toBe(83.52);
    expect(unit.band).toBe("Nhóm B (từ 80% đến dưới 90%)");
    expect(unit.fields[8]).toMatchObject({ code: "9", score: 8.42, max: 10, percent: 84.2 });
    expect(unit.fields[0].percent).toBe(92.84);
    expect(unit.fields[7].percent).toBe(38.46);
  });

  it("reproduces Phù Yên 2022: 54 of 70 points is 77,14 (band B), 21 of 70 is 30 (band D)", () => {
    const best = { "1": 9, "2": 6, "3": 12, "4": 5, "5": 7, "6": 5, "7": 8, "8": 2 }; // 54
    const worst = { "1": 2, "2": 4, "3": 6, "4": 2, "5": 3, "6": 2, "7": 1, "8": 1 }; // 21
    const report = scoreUnits(phuYen, [
      { name: "Tường Phù", scores: best },
      { name: "Huy Tường", scores: worst },
    ]);
    expect(report.units.map((u) => [u.score, u.percent, u.rank, u.band, u.classification])).toEqual([
      [54, 77.14, 1, "Nhóm B (từ 70% đến dưới 90%)", null],
      [21, 30, 2, "Nhóm D (dưới 50%)", null],
    ]);
  });

  it("demotes a high total with one weak field, as in Tứ Kỳ 2022, and says why", () => {
    const report = scoreUnits(haiDuong, [
      // e-government 7,989/11,5 = 69,47 %; total 86,489 %
      commune("Cộng Lạc", [14, 5, 18, 6, 10, 6.5, 7.989], [2, 13, 4]),
      // organisation 4/6 = 66,67 %
      commune("Đại Sơn", [14, 5, 18, 4, 10, 6.5, 10], [2, 13, 4]),
      // public finance 3,5/7 = 50 %
      commune("Thị trấn Tứ Kỳ", [14, 5, 18, 6, 10, 3.5, 10], [2, 13, 4]),
      // total 65–80 %, finance 2,5/7 = 35,71 %
      commune("Tiên Động", [12, 4, 15, 5, 8, 2.5, 9], [1.5, 10, 7]),
      // finance 3/7 = 42,86 %
      commune("Quang Phục", [12, 4, 15, 5, 8, 3, 9], [1.5, 10, 7]),
    ]);
    const byName = new Map(report.units.map((u) => [u.name, u]));
    const cl = byName.get("Cộng Lạc")!;
    expect(cl.percent).toBe(86.49);
    expect(cl.fields[6].percent).toBe(69.47);
    expect(cl.classification).toEqual({
      label: "Hoàn thành nhiệm vụ",
      index: 2,
      demotion: {
        wouldBe: "Hoàn thành tốt nhiệm vụ",
        threshold: 70,
        fields: [expect.objectContaining({ code: "7", percent: 69.47 })],
      },
    });
    expect(byName.get("Đại Sơn")!.fields[3].percent).toBe(66.67);
    expect(byName.get("Đại Sơn")!.classification!.label).toBe("Hoàn thành nhiệm vụ");
    expect(byName.get("Thị trấn Tứ Kỳ")!.fields[5].percent).toBe(50);
    expect(byName.get("Thị trấn Tứ Kỳ")!.classification!.label).toBe("Hoàn thành nhiệm vụ");
    const td = byName.get("Tiên Động")!;
    expect(td.fields[5].percent).toBe(35.71);
    expect(td.percent).toBe(74);
    expect(td.classification).toMatchObject({ label: "Không hoàn thành nhiệm vụ", demotion: { wouldBe: "Hoàn thành nhiệm vụ", threshold: 50 } });
    expect(byName.get("Quang Phục")!.fields[5].percent).toBe(42.86);
    expect(byName.get("Quang Phục")!.classification!.label).toBe("Không hoàn thành nhiệm vụ");
  });

  it("classifies and bands on the rounded index: 89,995 % is 90,00 % and excellent", () => {
    // 89,995 of 100: fields at or above 80 %, impact 17,995 of 26.
    const report = scoreUnits(haiDuong, [commune("Ngọc Kỳ", [15, 5, 18.5, 6, 11, 7, 9.5], [2, 10, 5.995])]);
    const unit = report.units[0];
    expect(unit.score).toBe(89.995);
    expect(unit.percent).toBe(90);
    expect(unit.band).toBe("Từ 90% trở lên");
    expect(unit.classification).toEqual({ label: "Hoàn thành xuất sắc nhiệm vụ", index: 0 });
  });

  it("does not let the impact part gate classification in Hải Dương", () => {
    const report = scoreUnits(haiDuong, [commune("Quang Trung", [15, 5, 18.5, 6, 11, 7, 11.5], [0, 14, 10])]);
    expect(report.units[0].fields[7].percent).toBe(92.31);
    const weakImpact = scoreUnits(haiDuong, [commune("Quang Trung", [15, 5, 18.5, 6, 11, 7, 11.5], [0, 10, 8])]);
    expect(weakImpact.units[0].percent).toBe(92);
    expect(weakImpact.units[0].fields[7].percent).toBe(69.23);
    expect(weakImpact.units[0].classification!.label).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("ranks by competition (1, 2, 2, 4) with ties in Vietnamese order, and reports rank changes", () => {
    const report = scoreUnits(phuYen, [
      { name: "Đá Đỏ", scores: { "1": 10 }, previousRank: 1 },
      { name: "Tân Lang", scores: { "1": 11.5 }, previousRank: 4 },
      { name: "Dồn Phù", scores: { "1": 10 }, previousRank: 2 },
      { name: "Ảo Xã", scores: { "1": 5 }, previousRank: 4 },
    ]);
    expect(report.units.map((u) => [u.name, u.rank, u.rankChange])).toEqual([
      ["Đá Đỏ", 2, -1],
      ["Tân Lang", 1, 3],
      ["Dồn Phù", 2, 0],
      ["Ảo Xã", 4, 0],
    ]);
    // đ sorts after d: "Dồn Phù" before "Đá Đỏ".
    expect(inRankOrder(report.units).map((u) => u.name)).toEqual(["Tân Lang", "Dồn Phù", "Đá Đỏ", "Ảo Xã"]);
  });

  it("ranks fields among valid units", () => {
    const report = scoreUnits(phuYen, [
      { name: "A", scores: { "1": 10, "2": 3 } },
      { name: "B", scores: { "1": 11, "2": 3 } },
      { name: "C", scores: { "1": 12, "2": 3 } },
    ]);
    expect(report.units.map((u) => u.fields[0].rank)).toEqual([2, 1, null]);
    expect(report.units.map((u) => u.fields[1].rank)).toEqual([1, 1, null]);
    expect(report.units[2].valid).toBe(false);
  });

  it("turns every kind of bad score into an issue, in template order, and leaves the unit unranked and unclassified", () => {
    const template = parseTemplate({
      id: "muc-diem",
      name: "Mức điểm",
      fields: [
        {
          code: "1",
          title: "Lĩnh vực 1",
          max: 2,
          children: [
            { code: "1.1", title: "Ban hành", max: 1, levels: [1, 0.5, 0] },
            { code: "1.2", title: "Thực hiện", max: 1 },
          ],
        },
      ],
      classification: [{ label: "Đạt", minTotal: 50 }, { label: "Không đạt" }],
    });
    if (!template.ok) throw new Error("template");
    const report = scoreUnits(template.template, [
      { name: "Xã Lỗi", scores: { "1.1": 0.75, "1.2": "1,5", "1": 2, "9.9": 1 } },
      { name: "Xã Âm", scores: { "1.1": 1, "1.2": -0.5 } },
      { name: "Xã Vượt", scores: { "1.1": 1, "1.2": 1.5 } },
      { name: "Xã Thiếu", scores: { "1.1": 0.5 } },
    ]);
    expect(report.issues.map((i) => [i.unit, i.code, i.value, i.severity, i.kind])).toEqual([
      ["Xã Lỗi", "1", 2, "error", "notALeaf"],
      ["Xã Lỗi", "1.1", 0.75, "error", "notALevel"],
      ["Xã Lỗi", "1.2", "1,5", "error", "notANumber"],
      ["Xã Lỗi", "9.9", 1, "error", "unknownCode"],
      ["Xã Âm", "1.2", -0.5, "error", "negative"],
      ["Xã Vượt", "1.2", 1.5, "error", "aboveMax"],
      ["Xã Thiếu", "1.2", null, "warning", "missing"],
    ]);
    expect(report.issues[5].message.vi).toBe("Tiêu chí 1.2: điểm 1,5 vượt điểm tối đa 1");
    expect(report.issues[1].message.vi).toBe("Tiêu chí 1.1: điểm 0,75 không thuộc các mức cho phép (1; 0,5; 0)");
    expect(report.units.map((u) => [u.valid, u.rank, u.classification?.label ?? null])).toEqual([
      [false, null, null],
      [false, null, null],
      [false, null, null],
      [true, 1, "Không đạt"],
    ]);
    // A missing leaf counts as 0: 0,5 of 2 = 25 %.
    expect(report.units[3].percent).toBe(25);
  });

  it("refuses two units whose names differ only in Unicode form, case or spacing", () => {
    const decomposed = "Xã Đại Sơn".normalize("NFD");
    const report = scoreUnits(phuYen, [
      { name: "Xã Đại Sơn", scores: {} },
      { name: `  ${decomposed.toUpperCase()} `, scores: {} },
      { name: "Xã  Đại   Sơn", scores: {} },
    ]);
    expect(report.refused.map((p) => p.vi)).toEqual([
      'Đơn vị "XÃ ĐẠI SƠN" trùng với "Xã Đại Sơn" (khác nhau chỉ ở chữ hoa, khoảng trắng hoặc dạng Unicode); mỗi đơn vị chỉ được có một dòng',
      'Đơn vị "Xã Đại Sơn" trùng với "Xã Đại Sơn" (khác nhau chỉ ở chữ hoa, khoảng trắng hoặc dạng Unicode); mỗi đơn vị chỉ được có một dòng',
    ]);
    expect(report.units[1].name).toBe("XÃ ĐẠI SƠN");
  });
});
