import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { OfficeWorkbook } from "../../src/workbook/office/office";
import type { WorkbookPort } from "../../src/workbook/port";
import { importCriteriaTableFrom } from "../../src/actions/import-criteria-table";
import { FakeExcel } from "./office/fake-excel";
import { mergedTable, indentTable, AnnexTable } from "../core/import/annex-tables";
import { xlsxOf } from "../core/import/annex-xlsx";
import { cellAddress } from "../../src/sheet/a1";

/** The same table typed, formatted and merged by a user in each of the three workbooks. */
function memoryBook(table: AnnexTable): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet(table.sheet, table.rows);
  for (const row of table.bold ?? []) book.setCellLooks(table.sheet, `A${row}:E${row}`, { bold: true });
  for (const [row, indent] of Object.entries(table.indent ?? {})) book.setCellLooks(table.sheet, `A${row}:E${row}`, { indent });
  for (const range of table.merges ?? []) book.mergeCells(table.sheet, range);
  return book;
}

async function officeBook(table: AnnexTable): Promise<{ excel: FakeExcel; port: OfficeWorkbook }> {
  const excel = new FakeExcel();
  const sheet = excel.addSheet(table.sheet);
  const width = Math.max(...table.rows.map((row) => row.length));
  await excel.userEdit(
    table.sheet,
    `A1:${cellAddress(table.rows.length - 1, width - 1)}`,
    table.rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? "")),
  );
  table.rows.forEach((_, r) => {
    for (let c = 0; c < width; c++) {
      const cell = sheet.cells.get(`${r},${c}`) ?? { value: null };
      cell.bold = table.bold?.includes(r + 1) ?? false;
      cell.indent = table.indent?.[r + 1] ?? 0;
      sheet.cells.set(`${r},${c}`, cell);
    }
  });
  sheet.merges.push(...(table.merges ?? []));
  return { excel, port: new OfficeWorkbook(excel.runner, { mergedAreas: true }) };
}

const ports = async (table: AnnexTable): Promise<[string, WorkbookPort][]> => [
  ["memory", memoryBook(table)],
  ["xlsx", await XlsxWorkbook.fromBuffer(await xlsxOf([table]))],
  ["office", (await officeBook(table)).port],
];

describe("reading a block with its looks (bold, indent, merged areas) through every port", () => {
  it("gives the same looks of a block in memory, in an .xlsx file and in Excel", async () => {
    for (const [name, port] of await ports(mergedTable())) {
      const snapshot = await port.read({ ranges: [{ sheet: "Bộ tiêu chí", address: "A4:E11", looks: true }] });
      const looks = snapshot.ranges[0].looks;
      expect([name, looks?.bold.map((row) => row[1])]).toEqual([name, [true, true, true, false, false, false, false, true]]);
      expect([name, looks?.merged.sort()]).toEqual([name, ["A4:A5", "A7:A9", "B11:E11", "B4:B5", "B6:E6", "B7:B9", "C4:D4", "E4:E5"]]);
      expect(snapshot.ranges[0].values[2][0]).toBe("I");
      expect(snapshot.ranges[0].looks?.indent[0]).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it("imports the same template from each port, the sheet's rows named in the problems", async () => {
    const expected = [
      ["memory", "Dòng 9: không xác định được cấp"],
      ["xlsx", "Dòng 9: không xác định được cấp"],
      ["office", "Dòng 9: không xác định được cấp"],
    ];
    const found: string[][] = [];
    for (const [name, port] of await ports(indentTable())) {
      const imported = await importCriteriaTableFrom(port, null);
      expect(imported?.sheet).toBe("Thụt lề");
      expect(imported?.result.tree.map((node) => node.children.length)).toEqual([2, 1]);
      found.push([name, imported?.result.problems[0].message.vi.slice(0, 31) ?? ""]);
    }
    expect(found).toEqual(expected);
    for (const [, port] of await ports(mergedTable())) {
      const imported = await importCriteriaTableFrom(port, { sheet: "Bộ tiêu chí" });
      expect(imported?.result.template?.fields.map((field) => field.max)).toEqual([3, 4]);
    }
  });

  it("reads the looks of a block in Excel with one more sync, and lists merged areas only where the host can (ExcelApi 1.13)", async () => {
    const { excel, port } = await officeBook(mergedTable());
    const before = excel.syncs;
    await port.read({ ranges: [{ sheet: "Bộ tiêu chí", address: "A1:E13", looks: true }] });
    expect(excel.syncs - before).toBe(3);
    const plain = await port.read({ ranges: [{ sheet: "Bộ tiêu chí", address: "A1:E13" }] });
    expect(excel.syncs - before).toBe(5);
    expect(plain.ranges[0].looks).toBeUndefined();
    const older = new OfficeWorkbook(excel.runner, { mergedAreas: false });
    const read = await older.read({ ranges: [{ sheet: "Bộ tiêu chí", looks: true }] });
    expect(read.ranges[0].looks?.merged).toEqual([]);
    expect(read.ranges[0].looks?.bold[5][1]).toBe(true);
    // Covered cells are empty in Excel, so the table still imports without the list of merged areas.
    const imported = await importCriteriaTableFrom(older, { sheet: "Bộ tiêu chí" });
    expect(imported?.result.template?.fields.map((field) => field.max)).toEqual([3, 4]);
  });

  it("pads the looks of a used range that starts below A1 like its values", async () => {
    const { port } = await officeBook({
      sheet: "Bảng",
      rows: [
        [null, null],
        [null, "STT"],
      ],
      bold: [2],
    });
    const read = await port.read({ ranges: [{ sheet: "Bảng", looks: true }] });
    expect(read.ranges[0].values).toEqual([[], [null, "STT"]]);
    expect(read.ranges[0].looks?.bold).toEqual([[], [true, true]]);
  });
});
