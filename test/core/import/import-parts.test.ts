import { readPoints } from "../../../src/core/import/points";
import { levelsFromGuidance } from "../../../src/core/import/guidance-levels";
import { parseMarker, romanValue, splitLeadingMarker, letterValue } from "../../../src/core/import/numbering";
import { parseDelimitedText } from "../../../src/core/import/delimited-text";
import { columnRole } from "../../../src/core/import/header";
import { slugOf } from "../../../src/core/import/import-table";
import { parseTemplate } from "../../../src/core/template-validation";

describe("points as annex tables write them", () => {
  it.each([
    [1.5, 1.5],
    ["1,5", 1.5],
    ["1.5", 1.5],
    ["0,25 điểm", 0.25],
    ["01", 1],
    ["  2 ", 2],
    ["1,5đ", 1.5],
    ["2 Điểm", 2],
    ["(0,5)", 0.5],
    [0.1 + 0.2, 0.3],
  ])("%p is %p points", (cell, points) => {
    expect(readPoints(cell)).toEqual({ kind: "number", value: points, signed: false });
  });

  it("signs are kept for bonus and penalty caps; a dash alone is no points; words are not numbers", () => {
    expect(readPoints("-5")).toEqual({ kind: "number", value: 5, signed: true });
    expect(readPoints("+2 điểm")).toEqual({ kind: "number", value: 2, signed: true });
    expect(readPoints(-3)).toEqual({ kind: "number", value: 3, signed: true });
    expect(readPoints("-")).toEqual({ kind: "empty" });
    expect(readPoints(null)).toEqual({ kind: "empty" });
    expect(readPoints("một điểm")).toEqual({ kind: "invalid", text: "một điểm" });
    expect(readPoints("1 - 2")).toEqual({ kind: "invalid", text: "1 - 2" });
  });
});

describe("numbering", () => {
  it("reads roman numerals, dotted numbers, letters in Vietnamese order and bullets", () => {
    expect([romanValue("IV"), romanValue("IX"), romanValue("XIV"), romanValue("IIII")]).toEqual([4, 9, 14, null]);
    expect(parseMarker("VIII.")).toEqual({ style: "roman", text: "VIII", values: [8] });
    expect(parseMarker("2.3.1.")).toEqual({ style: "number", text: "2.3.1", values: [2, 3, 1] });
    expect(parseMarker("3)")).toEqual({ style: "number-paren", text: "3", values: [3] });
    expect(parseMarker("đ)")).toMatchObject({ style: "letter", text: "đ" });
    expect(parseMarker("B.")).toMatchObject({ style: "capital", text: "B" });
    expect(parseMarker("–")).toEqual({ style: "bullet", text: "-", values: [] });
    expect(parseMarker("Tổng")).toBeNull();
    expect([letterValue("đ", false), letterValue("e", false), letterValue("g", false), letterValue("f", true)]).toEqual([5, 6, 7, 6]);
  });

  it("finds a marker at the start of a title only when it is followed by its dot or bracket", () => {
    expect(splitLeadingMarker("a) Ban hành kế hoạch")).toMatchObject({ marker: { style: "letter" }, rest: "Ban hành kế hoạch" });
    expect(splitLeadingMarker("1.2 Kiểm tra")).toMatchObject({ marker: { text: "1.2" }, rest: "Kiểm tra" });
    expect(splitLeadingMarker("+ Xử lý")).toMatchObject({ marker: { style: "bullet", text: "+" }, rest: "Xử lý" });
    expect(splitLeadingMarker("Ban hành 2 văn bản")).toBeNull();
    expect(splitLeadingMarker("2025 là năm")).toBeNull();
  });
});

describe("levels from guidance text", () => {
  it("lists the levels when every part gives one", () => {
    expect(levelsFromGuidance("Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm", 1)).toEqual([1, 0.5, 0]);
    expect(levelsFromGuidance("Chấm như sau:\n- Đạt 100%: 2\n- Từ 80% đến dưới 100%: 1\n- Dưới 80%: 0", 2)).toEqual([2, 1, 0]);
  });

  it("gives none when in doubt", () => {
    expect(levelsFromGuidance("Mỗi văn bản chậm trừ 0,25 điểm", 1)).toBeNull();
    expect(levelsFromGuidance("Đúng hạn: 1 điểm; chậm: 0,5 điểm", 2)).toBeNull(); // the maximum is not a level
    expect(levelsFromGuidance("Đúng hạn: 1 điểm; có báo cáo", 1)).toBeNull();
    expect(levelsFromGuidance("Đạt: 1 điểm", 1)).toBeNull();
    expect(levelsFromGuidance("Đạt 1 điểm hoặc 0,5 điểm; không đạt: 0 điểm", 1)).toBeNull();
  });
});

describe("pasted text", () => {
  it("reads tab-separated text with quoted line breaks, and CSV with ; or ,", () => {
    expect(parseDelimitedText('\uFEFFSTT\tTiêu chí\tĐiểm\r\n1\t"Kế hoạch\r\n(năm)"\t1,5\r\n').values).toEqual([
      ["STT", "Tiêu chí", "Điểm"],
      ["1", "Kế hoạch\r\n(năm)", "1,5"],
    ]);
    expect(parseDelimitedText('STT;Tiêu chí;Điểm\n1;"Kế hoạch ""năm""";1,5\n').values).toEqual([
      ["STT", "Tiêu chí", "Điểm"],
      ["1", 'Kế hoạch "năm"', "1,5"],
    ]);
    expect(parseDelimitedText("STT,Tiêu chí,Điểm\n1,Kế hoạch,\n").values).toEqual([
      ["STT", "Tiêu chí", "Điểm"],
      ["1", "Kế hoạch", null],
    ]);
  });
});

describe("header words", () => {
  it.each([
    ["STT", "number"],
    ["Số TT", "number"],
    ["Mã", "number"],
    ["Lĩnh vực, tiêu chí, tiêu chí thành phần", "title"],
    ["Nội dung", "title"],
    ["Điểm tối đa", "max"],
    ["Điểm chuẩn", "max"],
    ["Thang điểm", "max"],
    ["Điểm", "max"],
    ["Hướng dẫn chấm điểm", "guidance"],
    ["Cách chấm", "guidance"],
    ["Mức điểm", "guidance"],
    ["Mức điểm cho phép", "levels"],
    ["Tài liệu kiểm chứng", "evidence"],
    ["Điểm tự chấm", null],
    ["Điểm thẩm định", null],
  ])("%p is a %p column", (words, role) => {
    expect(columnRole(words)).toBe(role);
  });
});

describe("the template's label", () => {
  it("is an optional non-empty string on any node, and a slug is made from a name", () => {
    const template = {
      id: "a",
      name: "A",
      fields: [{ code: "1", label: "I", title: "Chỉ đạo", max: 1, children: [{ code: "1.1", label: "I.a", title: "Kế hoạch", max: 1 }] }],
    };
    expect(parseTemplate(template).ok).toBe(true);
    const empty = parseTemplate({ ...template, fields: [{ code: "1", label: "", title: "Chỉ đạo", max: 1 }] });
    expect(empty.ok ? [] : empty.problems.map((p) => p.vi)).toEqual(["fields[0].label: phải từ 1 trở lên (hoặc không được để trống)"]);
    expect(slugOf("Bộ tiêu chí Đắk Lắk 2025")).toBe("bo-tieu-chi-dak-lak-2025");
    expect(slugOf("!!!")).toBe("bo-tieu-chi");
  });
});
