import { bandGroups, classGroups, classificationTable, fieldTable, rankingTable } from "../../src/core/annex-tables";
import { scoreUnits } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { tuKyUnits } from "./tu-ky-fixture";

const report = scoreUnits(findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate, tuKyUnits);

describe("annex tables on the Tứ Kỳ 2022 demotions", () => {
  it("ranks by index with last year's rank and the change", () => {
    expect(rankingTable(report).map((row) => [row.stt, row.name, row.score, row.percent, row.rank, row.previousRank, row.rankChangeText.vi, row.band])).toEqual(
      [
        [1, "Xã Quang Trung", 97.5, 97.5, 1, 1, "giữ nguyên", "Từ 90% trở lên"],
        [2, "Xã Đại Sơn", 89, 89, 2, null, "", "Từ 80% đến dưới 90%"],
        [3, "Xã Cộng Lạc", 88.989, 88.99, 3, 6, "tăng 3 bậc", "Từ 80% đến dưới 90%"],
        [4, "Thị trấn Tứ Kỳ", 87, 87, 4, null, "", "Từ 80% đến dưới 90%"],
        [5, "Xã Ngọc Kỳ", 83.5, 83.5, 5, null, "", "Từ 80% đến dưới 90%"],
        [6, "Xã Quang Phục", 72.5, 72.5, 6, null, "", "Từ 65% đến dưới 80%"],
        [7, "Xã Tiên Động", 72, 72, 7, 5, "giảm 2 bậc", "Từ 65% đến dưới 80%"],
      ],
    );
    expect(rankingTable(report)[2].fields[6]).toEqual({ score: 7.989, percent: 69.47, notAssessed: false });
  });

  it("groups classes and bands with their members in published order", () => {
    expect(classGroups(report).map((g) => [g.label, g.count, g.units])).toEqual([
      ["Hoàn thành xuất sắc nhiệm vụ", 1, ["Xã Quang Trung"]],
      ["Hoàn thành tốt nhiệm vụ", 1, ["Xã Ngọc Kỳ"]],
      ["Hoàn thành nhiệm vụ", 3, ["Xã Đại Sơn", "Xã Cộng Lạc", "Thị trấn Tứ Kỳ"]],
      ["Không hoàn thành nhiệm vụ", 2, ["Xã Quang Phục", "Xã Tiên Động"]],
    ]);
    expect(bandGroups(report).map((g) => g.count)).toEqual([1, 4, 2, 0]);
  });

  it("gives each unit its weakest field and the reason of a demotion", () => {
    const rows = classificationTable(report);
    const congLac = rows.find((row) => row.name === "Xã Cộng Lạc");
    expect(congLac?.weakest).toEqual({ code: "7", title: "Xây dựng và phát triển chính quyền điện tử, chính quyền số", percent: 69.47 });
    expect(congLac?.reason?.vi).toBe(
      'Chỉ số 88,99% đạt mức "Hoàn thành tốt nhiệm vụ" nhưng lĩnh vực 7 (Xây dựng và phát triển chính quyền điện tử, chính quyền số) chỉ đạt 69,47%, dưới ngưỡng 70% mỗi lĩnh vực của mức này, nên xếp loại "Hoàn thành nhiệm vụ".',
    );
    expect(rows.find((row) => row.name === "Xã Đại Sơn")?.reason?.vi).toContain("lĩnh vực 4 (Cải cách tổ chức bộ máy chính quyền địa phương) chỉ đạt 66,67%");
    expect(rows.find((row) => row.name === "Thị trấn Tứ Kỳ")?.reason?.vi).toContain("lĩnh vực 6 (Cải cách tài chính công) chỉ đạt 50,00%, dưới ngưỡng 70%");
    expect(rows.find((row) => row.name === "Xã Tiên Động")?.reason?.vi).toBe(
      'Chỉ số 72,00% đạt mức "Hoàn thành nhiệm vụ" nhưng lĩnh vực 6 (Cải cách tài chính công) chỉ đạt 35,71%, dưới ngưỡng 50% mỗi lĩnh vực của mức này, nên xếp loại "Không hoàn thành nhiệm vụ".',
    );
    expect(rows.find((row) => row.name === "Xã Quang Phục")?.reason?.en).toContain("field 6 (Cải cách tài chính công) reached only 42.86%");
    expect(rows.find((row) => row.name === "Xã Quang Trung")?.reason).toBeNull();
  });

  it("summarises each field with the units under 70%, weakest first", () => {
    const finance = fieldTable(report)[5];
    expect(finance).toEqual({
      code: "6",
      title: "Cải cách tài chính công",
      max: 7,
      best: 100,
      worst: 35.71,
      // (100 + 92,86 × 2 + 85,71 + 50 + 42,86 + 35,71) / 7 = 71,43
      average: 71.43,
      below: [
        { name: "Xã Tiên Động", percent: 35.71 },
        { name: "Xã Quang Phục", percent: 42.86 },
        { name: "Thị trấn Tứ Kỳ", percent: 50 },
      ],
    });
  });
});
