import { parseUnitsText, selectionToText, unitsToText } from "../../src/taskpane/units-input";

describe("parseUnitsText", () => {
  it("reads one unit per line with last year's rank after a tab or a semicolon", () => {
    const parsed = parseUnitsText("UBND xã Quang Trung\t1\n\n  UBND xã Ngọc Kỳ ; 12 \nUBND thị trấn Tứ Kỳ\n");
    expect(parsed.problems).toEqual([]);
    expect(parsed.units).toEqual([
      { name: "UBND xã Quang Trung", previousRank: 1 },
      { name: "UBND xã Ngọc Kỳ", previousRank: 12 },
      { name: "UBND thị trấn Tứ Kỳ", previousRank: null },
    ]);
  });

  it("normalises decomposed Unicode to NFC", () => {
    const decomposed = "UBND xã Đại Sơn".normalize("NFD");
    expect(parseUnitsText(decomposed).units[0].name).toBe("UBND xã Đại Sơn".normalize("NFC"));
  });

  it("reports a rank that is not a positive whole number, with its line", () => {
    const parsed = parseUnitsText("Xã A\t0\nXã B;2,5\nXã C;abc\nXã D;");
    expect(parsed.problems).toEqual([
      { kind: "badRank", line: 1, text: "0" },
      { kind: "badRank", line: 2, text: "2,5" },
      { kind: "badRank", line: 3, text: "abc" },
    ]);
    expect(parsed.units.map((unit) => unit.previousRank)).toEqual([null, null, null, null]);
  });

  it("reports a line with more than two columns", () => {
    expect(parseUnitsText("1\tXã A\t3").problems).toEqual([{ kind: "tooManyColumns", line: 1 }]);
  });

  it("reports two lines that are the same unit in another Unicode form or case", () => {
    const parsed = parseUnitsText(`Xã Tiên Động\n${"xã tiên động".normalize("NFD")}`);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toEqual({
      kind: "names",
      message: {
        vi: 'Đơn vị "xã tiên động" trùng với "Xã Tiên Động" (khác nhau chỉ ở chữ hoa, khoảng trắng hoặc dạng Unicode); mỗi đơn vị chỉ được có một dòng',
        en: 'Unit "xã tiên động" is the same as "Xã Tiên Động" (they differ only in case, spacing or Unicode form); give each unit once',
      },
    });
  });
});

describe("unitsToText and selectionToText", () => {
  it("writes ranks after a tab so that the text parses back to the same units", () => {
    const units = [
      { name: "Xã Cộng Lạc", previousRank: 4 },
      { name: "Xã Quang Phục", previousRank: null },
    ];
    expect(unitsToText(units)).toBe("Xã Cộng Lạc\t4\nXã Quang Phục");
    expect(parseUnitsText(unitsToText(units)).units).toEqual(units);
  });

  it("takes names from the first column and ranks from the second, skipping a header and empty rows", () => {
    const rows = [
      ["Đơn vị", "Xếp hạng 2022"],
      ["Xã Cộng Lạc", 4],
      [null, null],
      ["  Xã Đại Sơn ", ""],
    ];
    expect(selectionToText(rows)).toBe("Xã Cộng Lạc\t4\nXã Đại Sơn");
  });

  it("gives empty text for a selection without names", () => {
    expect(selectionToText([[null], [""]])).toBe("");
  });
});
