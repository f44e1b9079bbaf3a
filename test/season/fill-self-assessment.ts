/**
 * Fills a unit's self-assessment file the way any other program would: with
 * ExcelJS alone, finding the sheet `Tự chấm`, the header row by the `Mã` in
 * column A and the columns by their pinned headers, then typing values by
 * code. ExcelJS drops what it does not know of the file (the stored state
 * part, the sheet mark), as other tools do, so the collector must rely on
 * the cells alone.
 */
import ExcelJS from "exceljs";

export interface Filling {
  scores?: Readonly<Record<string, string | number | null>>;
  texts?: Readonly<Record<string, string>>;
  /** Changes of the file's layout, made before the values are typed. */
  edit?: (sheet: ExcelJS.Worksheet) => void;
}

export async function fillSelfAssessment(file: Uint8Array, filling: Filling): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet("Tự chấm");
  if (!sheet) throw new Error("no sheet Tự chấm");
  filling.edit?.(sheet);
  let headerRow = 0;
  sheet.eachRow((row, number) => {
    if (headerRow === 0 && row.getCell(1).value === "Mã") headerRow = number;
  });
  const header = sheet.getRow(headerRow);
  const column = (label: string): number => {
    let found = 0;
    header.eachCell((cell, number) => {
      if (cell.value === label) found = number;
    });
    if (found === 0) throw new Error(`no column ${label}`);
    return found;
  };
  const scoreColumn = column("Điểm tự chấm");
  const textColumn = column("Giải trình, tài liệu kiểm chứng");
  const rows = new Map<string, number>();
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const code = sheet.getRow(r).getCell(1).value;
    if (typeof code === "string" && code !== "") rows.set(code, r);
  }
  const at = (code: string): number => {
    const row = rows.get(code);
    if (row === undefined) throw new Error(`no row for code ${code}`);
    return row;
  };
  for (const [code, value] of Object.entries(filling.scores ?? {})) sheet.getRow(at(code)).getCell(scoreColumn).value = value;
  for (const [code, value] of Object.entries(filling.texts ?? {})) sheet.getRow(at(code)).getCell(textColumn).value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
