import {
  absoluteRange,
  blockAddress,
  cellAddress,
  columnIndex,
  columnLetter,
  intersectBlocks,
  parseAreas,
  parseBlock,
  parseRange,
  rangeAddress,
  sheetReference,
} from "../../src/sheet/a1";

describe("A1 addresses", () => {
  it("turns column indexes into letters and back", () => {
    expect([0, 25, 26, 51, 52, 701, 702, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    expect(["A", "Z", "AA", "XFD"].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  it("writes cells, ranges and references to other sheets", () => {
    expect(cellAddress(4, 3)).toBe("D5");
    expect(rangeAddress(4, 3, 1, 1)).toBe("D5");
    expect(rangeAddress(3, 3, 7, 500)).toBe("D4:SI10");
    expect(absoluteRange(29, 1, 1, 3)).toBe("$B$30:$D$30");
    expect(sheetReference("Cấu hình", "$A$1")).toBe("'Cấu hình'!$A$1");
    expect(sheetReference("Ghi chú của Lan's", "A1")).toBe("'Ghi chú của Lan''s'!A1");
  });

  it("reads ranges, absolute or on another sheet, and refuses what is not one", () => {
    expect(parseRange("D5")).toEqual({ row: 4, column: 3, rows: 1, columns: 1 });
    expect(parseRange("$D$5:F9")).toEqual({ row: 4, column: 3, rows: 5, columns: 3 });
    expect(parseRange("'Cấu hình'!B30:D30")).toEqual({ row: 29, column: 1, rows: 1, columns: 3 });
    expect(parseRange("F9:D5")).toEqual({ row: 4, column: 3, rows: 5, columns: 3 });
    expect(parseRange("Xã A")).toBeNull();
  });

  it("reads whole rows, whole columns and areas as Excel reports a selection or a change", () => {
    expect(parseBlock("5:9")).toEqual({ row: 4, column: 0, rows: 5, columns: 16384 });
    expect(parseBlock("$C:$C")).toEqual({ row: 0, column: 2, rows: 1048576, columns: 1 });
    expect(parseBlock("'Chấm điểm'!D:E")).toEqual({ row: 0, column: 3, rows: 1048576, columns: 2 });
    expect(parseBlock("D5")).toEqual({ row: 4, column: 3, rows: 1, columns: 1 });
    expect(parseBlock("0:3")).toBeNull();
    expect(parseAreas("D5:D9, F7,4:4")).toEqual([
      { row: 4, column: 3, rows: 5, columns: 1 },
      { row: 6, column: 5, rows: 1, columns: 1 },
      { row: 3, column: 0, rows: 1, columns: 16384 },
    ]);
    expect(parseAreas("D5,Xã A")).toBeNull();
    expect(["5:9", "C:D", "D5:F9", "D5"].map((a) => blockAddress(parseBlock(a)!))).toEqual(["5:9", "C:D", "D5:F9", "D5"]);
    expect(intersectBlocks(parseBlock("C:C")!, parseBlock("A4:J10")!)).toEqual({ row: 3, column: 2, rows: 7, columns: 1 });
    expect(intersectBlocks(parseBlock("C:C")!, parseBlock("D4")!)).toBeNull();
  });
});
