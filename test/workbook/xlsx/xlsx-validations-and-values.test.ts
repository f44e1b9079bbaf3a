/**
 * The .xlsx port's own handling of data validations (kept as XML, out of
 * ExcelJS) and the direct reader of one sheet's values.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx";
import { readSheetValues } from "../../../src/workbook/xlsx/xlsx-sheet-values";
import { UnreadableWorkbook } from "../../../src/workbook/xlsx/xlsx-open";
import { loadTemplateIntoWorkbook } from "../../../src/actions/load-template";
import { findBuiltInTemplate } from "../../../src/templates/registry";
import type { CompiledTemplate } from "../../../src/core/template-tree";
import { planScoringSheet } from "../../../src/sheet/scoring-sheet";

const template = findBuiltInTemplate("minh-hoa-xa-2025") as CompiledTemplate;
const units = ["Xã Hòa An", "Phường Đông Ngàn", "Đặc khu Cồn Cỏ"];

async function sheetXml(file: Uint8Array, index: number): Promise<string> {
  const zip = await JSZip.loadAsync(file);
  return (await zip.file(`xl/worksheets/sheet${index}.xml`)?.async("string")) ?? "";
}

async function scoringBook(): Promise<Uint8Array> {
  const workbook = XlsxWorkbook.create();
  const loaded = await loadTemplateIntoWorkbook(workbook, template, units, { year: 2026, dialect: "native" });
  expect(loaded.ok).toBe(true);
  return workbook.toBuffer();
}

describe("data validations in .xlsx files", () => {
  it("writes one range rule per plan rule, in schema order, and Excel's reader takes them", async () => {
    const file = await scoringBook();
    const expected = planScoringSheet({
      template,
      units,
      scores: units.map(() => ({})),
      previousRanks: units.map(() => null),
      year: 2026,
      lang: "vi",
      dialect: "native",
    }).plan.validations;
    const xml = await sheetXml(file, 2);
    const rules = [...xml.matchAll(/<dataValidation [^>]*sqref="([^"]+)"/g)].map((m) => m[1]);
    expect(rules).toEqual(expected.map((rule) => rule.range));
    expect(xml.indexOf("<dataValidations")).toBeGreaterThan(xml.indexOf("</sheetData>"));
    expect(xml.indexOf("<dataValidations")).toBeLessThan(xml.indexOf("<pageMargins"));
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(file as unknown as ExcelJS.Buffer);
    const model = (excel.getWorksheet("Chấm điểm") as unknown as { dataValidations: { model: Record<string, { type: string }> } }).dataValidations.model;
    expect(Object.keys(model).length).toBeGreaterThan(0);
  });

  it("keeps a read workbook's validations as they were when it writes the workbook again", async () => {
    const file = await scoringBook();
    const before = /<dataValidations[\s\S]*?<\/dataValidations>/.exec(await sheetXml(file, 2))?.[0];
    const again = await (await XlsxWorkbook.fromBuffer(file)).toBuffer();
    expect(/<dataValidations[\s\S]*?<\/dataValidations>/.exec(await sheetXml(again, 2))?.[0]).toBe(before);
    expect((await sheetXml(again, 2)).match(/<dataValidations\b/g)).toHaveLength(1);
  });
});

describe("reading one sheet's values straight from the package", () => {
  it("gives what the port reads: shared and inline strings, rich text, numbers, booleans, formula results", async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet("Tự chấm");
    sheet.getCell("A1").value = "Mã";
    sheet.getCell("B1").value = { richText: [{ text: "Xã " }, { text: "Hòa An", font: { bold: true } }] };
    sheet.getCell("A2").value = "1.1";
    sheet.getCell("D2").value = 0.75;
    sheet.getCell("D3").value = "KĐG";
    sheet.getCell("E3").value = true;
    sheet.getCell("D4").value = { formula: "SUM(D2:D3)", result: 0.75 } as ExcelJS.CellFormulaValue;
    sheet.getCell("E4").value = { formula: 'A2&""', result: "1.1" } as ExcelJS.CellFormulaValue;
    sheet.getCell("C6").value = '<&> "trích"';
    const bytes = new Uint8Array(await excel.xlsx.writeBuffer());
    const read = await readSheetValues(bytes, "Tự chấm");
    const port = (await (await XlsxWorkbook.fromBuffer(bytes)).read({ ranges: [{ sheet: "Tự chấm" }] })).ranges[0].values;
    expect(read.found).toBe(true);
    expect(read.values.slice(0, 6).map((row) => [...row, null, null, null, null, null].slice(0, 5))).toEqual(
      port.slice(0, 6).map((row) => [...row, null, null, null, null, null].slice(0, 5)),
    );
    expect(read.values[1][3]).toBe(0.75);
    expect(read.values[0][1]).toBe("Xã Hòa An");
    expect(read.values[5][2]).toBe('<&> "trích"');
    expect(await readSheetValues(bytes, "Chấm điểm")).toEqual({ found: false, values: [] });
  });

  it("refuses bytes that are not a workbook", async () => {
    await expect(readSheetValues(new TextEncoder().encode("không phải sổ tính"), "Tự chấm")).rejects.toBeInstanceOf(UnreadableWorkbook);
  });
});
