/** Our annex tables written as .xlsx files with ExcelJS (kept apart: ExcelJS does not load under jsdom). */
import ExcelJS from "exceljs";
import type { AnnexTable } from "./annex-tables";

/** An .xlsx workbook with one sheet per table (merges, bold and indent set), as bytes. */
export async function xlsxOf(tables: readonly AnnexTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet);
    table.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = sheet.getCell(r + 1, c + 1);
        cell.value = value;
        if (table.bold?.includes(r + 1)) cell.font = { bold: true };
        const indent = table.indent?.[r + 1];
        if (indent) cell.alignment = { indent };
      });
    });
    for (const range of table.merges ?? []) sheet.mergeCells(range);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
