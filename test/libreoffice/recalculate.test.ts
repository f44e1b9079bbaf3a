/** The helpers of the LibreOffice tests that need no LibreOffice (the rest: *.soffice.test.ts). */
import { cellNumber, dropCachedValues, parseCsv } from "./recalculate";
import { smallWorkbook } from "./small-workbook";

describe("parseCsv", () => {
  it("reads quoted commas, doubled quotes, line breaks and empty fields", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\n,"two\nlines",\r\nlast')).toEqual([["a", "b, c", 'say "hi"'], ["", "two\nlines", ""], ["last"]]);
  });
});

describe("cellNumber", () => {
  it("reads numbers and percentages, and nothing else", () => {
    expect(cellNumber("18.5")).toBe(18.5);
    expect(cellNumber("85.5%")).toBeCloseTo(0.855, 12);
    expect(cellNumber("Xã An")).toBeNull();
    expect(cellNumber("")).toBeNull();
  });
});

describe("dropCachedValues", () => {
  it("drops every cached formula value", async () => {
    const { dropped } = await dropCachedValues(await smallWorkbook());
    expect(dropped).toBe(7);
  });
});
