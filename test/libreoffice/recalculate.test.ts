import ExcelJS from "exceljs";
import { cellNumber, dropCachedValues, errorCells, parseCsv, recalculateInLibreOffice } from "./recalculate";

jest.setTimeout(180_000);

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Chấm điểm");
  sheet.getCell("A1").value = 89.995;
  sheet.getCell("A2").value = 69.995;
  // Cached results are deliberately wrong: LibreOffice must compute them.
  sheet.getCell("B1").value = { formula: "ROUND(A1,2)", result: 1 };
  sheet.getCell("B2").value = { formula: "ROUND(A2,2)", result: 1 };
  sheet.getCell("B3").value = { formula: "B1/100", result: 1 };
  sheet.getCell("B3").numFmt = "0.00%";
  sheet.getCell("B4").value = { formula: 'IF(B1>=90,"Hoàn thành xuất sắc nhiệm vụ","khác")', result: "x" };
  sheet.getCell("B5").value = { formula: "RANK(B2,B1:B2)", result: 7 };
  sheet.getCell("C1").value = "Xã Đại Đồng, \"thị trấn\"";
  const annex = workbook.addWorksheet("PL1 Xếp hạng");
  annex.getCell("A1").value = { formula: "'Chấm điểm'!B1*2", result: 0 };
  annex.getCell("A2").value = { formula: "NOSUCHFUNCTION(1)", result: 0 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("parseCsv", () => {
  it("reads quoted commas, doubled quotes, line breaks and empty fields", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\n,"two\nlines",\r\nlast')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["", "two\nlines", ""],
      ["last"],
    ]);
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

describe("recalculateInLibreOffice", () => {
  it("drops every cached formula value", async () => {
    const { dropped } = await dropCachedValues(await smallWorkbook());
    expect(dropped).toBe(7);
  });

  it("computes every formula itself, rounding 89,995 and 69,995 half up, and shows error cells", async () => {
    const sheets = await recalculateInLibreOffice(await smallWorkbook());
    expect([...sheets.keys()]).toEqual(["Chấm điểm", "PL1 Xếp hạng"]);
    const scoring = sheets.get("Chấm điểm") ?? [];
    expect(scoring.map((row) => row[1])).toEqual(["90", "70", "90%", "Hoàn thành xuất sắc nhiệm vụ", "2"]);
    expect(scoring[0][2]).toBe('Xã Đại Đồng, "thị trấn"');
    expect(cellNumber(sheets.get("PL1 Xếp hạng")?.[0][0])).toBe(180);
    expect(errorCells(sheets)).toEqual(["PL1 Xếp hạng!R2C1: #NAME?"]);
  });
});
