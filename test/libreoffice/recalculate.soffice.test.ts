/**
 * LibreOffice itself computes a workbook's formulas (cached values dropped):
 * half-up rounding, percentages, labels, ranks and error cells read back.
 * Needs soffice: see soffice-gate.js.
 */
import { cellNumber, errorCells, recalculateInLibreOffice } from "./recalculate";
import { smallWorkbook } from "./small-workbook";

jest.setTimeout(180_000);

describe("recalculateInLibreOffice", () => {
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
