import { listUnitsVi, reportSentences } from "../../src/core/report-sentences";
import { scoreUnits } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { tuKyUnits } from "./tu-ky-fixture";

const report = scoreUnits(findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate, tuKyUnits);
const sentences = reportSentences(report);
const ofKind = (kind: string) => sentences.filter((s) => s.kind === kind).map((s) => s.text.vi);

describe("report sentences", () => {
  it("lists units grouped by kind as the reports do", () => {
    expect(listUnitsVi(["Xã Quang Trung", "Xã Ngọc Kỳ", "Thị trấn Tứ Kỳ"])).toBe("UBND các xã Quang Trung, Ngọc Kỳ và UBND thị trấn Tứ Kỳ");
    expect(listUnitsVi(["Xã Quang Trung", "Xã Ngọc Kỳ", "Xã Đại Sơn"])).toBe("UBND các xã Quang Trung, Ngọc Kỳ và Đại Sơn");
    expect(listUnitsVi(["UBND phường Hải Tân"])).toBe("UBND phường Hải Tân");
    expect(listUnitsVi(["Ban Quản lý dự án", "Xã A"])).toBe("Ban Quản lý dự án và UBND xã A");
  });

  it("states each band with its count and members", () => {
    expect(ofKind("band")).toEqual([
      "Nhóm đạt Chỉ số tổng hợp từ 90% trở lên số điểm so với điểm tối đa, có 1 đơn vị, gồm: UBND xã Quang Trung.",
      "Nhóm đạt Chỉ số tổng hợp từ 80% đến dưới 90% số điểm so với điểm tối đa, có 4 đơn vị, gồm: UBND các xã Đại Sơn, Cộng Lạc, Ngọc Kỳ và UBND thị trấn Tứ Kỳ.",
      "Nhóm đạt Chỉ số tổng hợp từ 65% đến dưới 80% số điểm so với điểm tối đa, có 2 đơn vị, gồm: UBND các xã Quang Phục và Tiên Động.",
      "Nhóm đạt Chỉ số tổng hợp dưới 65% số điểm so với điểm tối đa, không có đơn vị nào.",
    ]);
  });

  it("states classes, demotions, fields under 70% and rank changes", () => {
    expect(ofKind("class")[2]).toBe('Xếp loại "Hoàn thành nhiệm vụ": có 3 đơn vị, gồm: UBND các xã Đại Sơn, Cộng Lạc và UBND thị trấn Tứ Kỳ.');
    expect(ofKind("demotion")).toHaveLength(5);
    expect(ofKind("demotion")[1]).toBe(
      'UBND xã Cộng Lạc: Chỉ số 88,99% đạt mức "Hoàn thành tốt nhiệm vụ" nhưng lĩnh vực 7 (Xây dựng và phát triển chính quyền điện tử, chính quyền số) chỉ đạt 69,47%, dưới ngưỡng 70% mỗi lĩnh vực của mức này, nên xếp loại "Hoàn thành nhiệm vụ".',
    );
    expect(ofKind("weakField")).toEqual([
      "Một số địa phương có điểm Chỉ số thành phần về lĩnh vực Cải cách tổ chức bộ máy chính quyền địa phương đạt dưới 70%, gồm: UBND xã Đại Sơn (66,67%).",
      "Một số địa phương có điểm Chỉ số thành phần về lĩnh vực Cải cách tài chính công đạt dưới 70%, gồm: UBND xã Tiên Động (35,71%), UBND xã Quang Phục (42,86%) và UBND thị trấn Tứ Kỳ (50,00%).",
      "Một số địa phương có điểm Chỉ số thành phần về lĩnh vực Xây dựng và phát triển chính quyền điện tử, chính quyền số đạt dưới 70%, gồm: UBND xã Cộng Lạc (69,47%), UBND xã Quang Phục (69,57%) và UBND xã Tiên Động (69,57%).",
    ]);
    expect(ofKind("rankChange")).toEqual([
      "So với năm trước, có 1 đơn vị tăng bậc (UBND xã Cộng Lạc tăng 3 bậc), 1 đơn vị giảm bậc (UBND xã Tiên Động giảm 2 bậc) và 1 đơn vị giữ nguyên thứ hạng (UBND xã Quang Trung).",
    ]);
  });

  it("names a Phù Yên band by its letter", () => {
    const phuYen = findBuiltInTemplate("phu-yen-xa-2022") as CompiledTemplate;
    const leaves = phuYen.leaves.map((leaf) => phuYen.nodes[leaf]);
    const full = Object.fromEntries(leaves.map((node) => [node.code, node.max]));
    const text = reportSentences(scoreUnits(phuYen, [{ name: "Xã Mường Cơi", scores: full }]))[0].text.vi;
    expect(text).toBe("Nhóm A đạt Chỉ số tổng hợp từ 90% trở lên số điểm so với điểm tối đa, có 1 đơn vị, gồm: UBND xã Mường Cơi.");
  });
});
