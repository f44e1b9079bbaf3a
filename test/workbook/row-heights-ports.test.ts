/**
 * Every port writes the plans' row heights, top alignment and print title
 * columns: the memory workbook keeps them, an .xlsx file carries them (read
 * back with ExcelJS), and the Office writer sets them on the fake Excel.
 */
import ExcelJS from "exceljs";
import { buildAnnexes } from "../../src/actions/build-annexes";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { columnLetter } from "../../src/sheet/a1";
import { scoringLayout } from "../../src/sheet/layout";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { OfficeWorkbook } from "../../src/workbook/office/office";
import { heightRuns } from "../../src/workbook/office/office-writes";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import type { WorkbookPort } from "../../src/workbook/port";
import { findBuiltInTemplate } from "../../src/templates/registry";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { tuKyUnits } from "../core/tu-ky-fixture";
import { FakeExcel } from "./office/fake-excel";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
const names = tuKyUnits.map((unit) => unit.name);
const layout = scoringLayout(haiDuong, names.length);

async function fill(port: WorkbookPort, dialect: "par" | "native"): Promise<void> {
  const loaded = await loadTemplateIntoWorkbook(port, haiDuong, names, { year: 2022, scores: tuKyUnits, dialect });
  expect(loaded.ok).toBe(true);
  const annexes = await buildAnnexes(port);
  expect(annexes.ok).toBe(true);
}

/** The planned heights of a memory sheet as [1-based row, points] pairs. */
function plannedHeights(book: MemoryWorkbook, sheet: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  book.sheet(sheet)?.plan?.rowHeights?.forEach((height, row) => {
    if (height !== null) pairs.push([row + 1, height]);
  });
  return pairs;
}

describe("row heights and print titles in every port", () => {
  let memory: MemoryWorkbook;
  beforeAll(async () => {
    memory = new MemoryWorkbook();
    await fill(memory, "native");
  });

  it("memory: keeps the plans' heights and print title columns", () => {
    const scoring = memory.sheet("Chấm điểm")?.plan;
    expect(scoring?.print.titleColumns).toBe("$A:$C");
    expect(scoring?.print.titleRows).toBe("$1:$3");
    expect(scoring?.print.scale).toBe(70);
    expect(scoring?.rowHeights?.[layout.classRow!]).toBe(48);
    expect(scoring?.rowHeights?.[layout.bandRow!]).toBe(33);
    expect(memory.sheet("Báo cáo")?.plan?.columnWidths).toEqual([110]);
    expect(plannedHeights(memory, "Báo cáo").length).toBeGreaterThan(5);
  });

  it("xlsx: writes the heights, top alignment and print titles into the file", async () => {
    const book = XlsxWorkbook.create();
    await fill(book, "native");
    const file = new ExcelJS.Workbook();
    const bytes = await book.toBuffer();
    await file.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
    for (const name of ["Tiêu chí", "Chấm điểm", "Cấu hình", "PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "Báo cáo"]) {
      const sheet = file.getWorksheet(name)!;
      const planned = plannedHeights(memory, name);
      expect([name, planned.map(([row]) => [row, sheet.getRow(row).height])]).toEqual([name, planned]);
    }
    const scoring = file.getWorksheet("Chấm điểm")!;
    expect(scoring.pageSetup.printTitlesRow).toBe("1:3");
    expect(scoring.pageSetup.printTitlesColumn).toBe("A:C");
    expect(scoring.pageSetup.scale).toBe(70);
    const classCell = scoring.getCell(layout.classRow! + 1, layout.firstUnitColumn + 1);
    expect(classCell.alignment).toEqual({ vertical: "top", wrapText: true });
    expect(scoring.getCell(layout.totalRow + 1, layout.firstUnitColumn + 1).alignment).toEqual({ vertical: "top" });
    const report = file.getWorksheet("Báo cáo")!;
    expect(report.getColumn(1).width).toBe(110);
    expect(report.pageSetup.fitToWidth).toBe(1);
  });

  it("Office: sets the planned heights (one call per run, see below), aligns top and repeats columns A–C", async () => {
    const excel = new FakeExcel();
    await fill(new OfficeWorkbook(excel.runner), "par");
    for (const name of ["Chấm điểm", "PL2 Phân loại", "Báo cáo"]) {
      const heights = [...(excel.sheet(name)?.rowHeights ?? new Map<number, number>())].map(([row, points]): [number, number] => [row + 1, points]);
      expect([name, heights.sort((a, b) => a[0] - b[0])]).toEqual([name, plannedHeights(memory, name)]);
    }
    expect(excel.sheet("Chấm điểm")?.alignments).toEqual([`A1:${columnLetter(layout.firstUnitColumn + names.length - 1)}${layout.previousRankRow + 1} Top`]);
    expect(excel.sheet("Chấm điểm")?.page).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      titleRows: "$1:$3",
      titleColumns: "$A:$C",
      fitWidth: null,
      scale: 70,
    });
  });

  it("groups consecutive rows of the same height", () => {
    expect(heightRuns([null, 33, 33, 48, null, 48, 48, 33])).toEqual([
      { first: 1, last: 2, height: 33 },
      { first: 3, last: 3, height: 48 },
      { first: 5, last: 6, height: 48 },
      { first: 7, last: 7, height: 33 },
    ]);
    expect(heightRuns([])).toEqual([]);
  });
});
