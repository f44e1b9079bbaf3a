/** A small workbook whose cached formula values are deliberately wrong, so that LibreOffice must compute them. */
import ExcelJS from "exceljs";

export async function smallWorkbook(): Promise<Uint8Array> {
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
  sheet.getCell("C1").value = 'Xã Đại Đồng, "thị trấn"';
  const annex = workbook.addWorksheet("PL1 Xếp hạng");
  annex.getCell("A1").value = { formula: "'Chấm điểm'!B1*2", result: 0 };
  annex.getCell("A2").value = { formula: "NOSUCHFUNCTION(1)", result: 0 };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
