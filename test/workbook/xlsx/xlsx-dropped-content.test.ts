import ExcelJS from "exceljs";
import JSZip from "jszip";
import { findDroppedContent } from "../../../src/workbook/xlsx/xlsx-dropped-content";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx";
import { relationshipsOf, sheetParts } from "../../../src/workbook/xlsx/xlsx-package";
import type { SheetPlan } from "../../../src/sheet/plan";
import { newSheetPlan, PlanGrid } from "../../../src/sheet/plan-grid";
import { addUserContent, UserContent, withUserSheet } from "./xlsx-user-content";

/** A workbook with "Dữ liệu" and "Tổng hợp" (data, and a picture if asked), plus the content asked for. */
async function userWorkbook(content: ReadonlyArray<readonly [string, UserContent]>, picture = false): Promise<Uint8Array> {
  const base = new ExcelJS.Workbook();
  base.addWorksheet("Dữ liệu").getCell("A1").value = "Bảng gốc";
  const zip = await JSZip.loadAsync(await withUserSheet(new Uint8Array(await base.xlsx.writeBuffer()), "Tổng hợp", picture));
  for (const [sheet, kind] of content) await addUserContent(zip, sheet, kind);
  return zip.generateAsync({ type: "uint8array" });
}

const EVERYTHING: ReadonlyArray<readonly [string, UserContent]> = [
  ["Tổng hợp", "chart"],
  ["Tổng hợp", "newChart"],
  ["Tổng hợp", "textBox"],
  ["Tổng hợp", "pivotTable"],
  ["Dữ liệu", "slicer"],
  ["Dữ liệu", "sparkline"],
  ["Tổng hợp", "chartSheet"],
  ["Dữ liệu", "macros"],
];

const grid = new PlanGrid();
grid.text(0, 0, "Đơn vị");
grid.text(0, 1, "Chỉ số (%)");
grid.text(1, 0, "Xã Hòa An");
grid.set(1, 1, { value: 95.25 });
const rankingPlan: SheetPlan = {
  ...newSheetPlan("PL1 Xếp hạng", "annex-ranking", grid),
  charts: [{ type: "bar", title: "Chỉ số theo đơn vị", seriesName: "Chỉ số (%)", categories: "A2:A2", values: "B2:B2", from: "D2", to: "K20" }],
};

describe("findDroppedContent", () => {
  it("lists, sheet by sheet, the content ExcelJS does not model, and the workbook's macros last", async () => {
    expect(await findDroppedContent(await userWorkbook(EVERYTHING))).toEqual([
      { sheet: "Dữ liệu", kind: "slicer" },
      { sheet: "Dữ liệu", kind: "sparkline" },
      { sheet: "Tổng hợp", kind: "chart" },
      { sheet: "Tổng hợp", kind: "shape" },
      { sheet: "Tổng hợp", kind: "pivotTable" },
      { sheet: "Tổng hợp (biểu đồ)", kind: "chartSheet" },
      { sheet: null, kind: "macros" },
    ]);
  });

  it("counts a chart or a slicer as such, not as the fallback text box Excel writes beside it", async () => {
    expect(await findDroppedContent(await userWorkbook([["Tổng hợp", "newChart"]]))).toEqual([{ sheet: "Tổng hợp", kind: "chart" }]);
    expect(await findDroppedContent(await userWorkbook([["Tổng hợp", "slicer"]]))).toEqual([{ sheet: "Tổng hợp", kind: "slicer" }]);
  });

  it("does not list pictures, which ExcelJS keeps, nor anything of a plain workbook", async () => {
    expect(await findDroppedContent(await userWorkbook([]))).toEqual([]);
    expect(await findDroppedContent(await userWorkbook([], true))).toEqual([]);
  });
});

describe("what an ExcelJS round trip really loses", () => {
  it("drops every kind listed and keeps the pictures, beside a chart the plan adds", async () => {
    // The picture, the chart, the new chart and the text box share the drawing of "Tổng hợp", as Excel writes them.
    const input = await userWorkbook(EVERYTHING, true);
    expect((await findDroppedContent(input)).map(({ sheet, kind }) => `${sheet}: ${kind}`)).toEqual([
      "Dữ liệu: slicer",
      "Dữ liệu: sparkline",
      "Tổng hợp: chart",
      "Tổng hợp: shape",
      "Tổng hợp: pivotTable",
      "Tổng hợp (biểu đồ): chartSheet",
      "null: macros",
    ]);
    const book = await XlsxWorkbook.fromBuffer(input);
    await book.apply({ sheets: [rankingPlan] });
    const output = await book.toBuffer();
    const zip = await JSZip.loadAsync(output);
    const names = Object.keys(zip.files).filter((path) => !path.endsWith("/"));
    expect(names.filter((path) => /^xl\/(charts|chartsheets|pivotTables|pivotCache|slicers)\/|vbaProject/.test(path))).toEqual(["xl/charts/chart1.xml"]);
    const parts = await sheetParts(zip);
    expect([...parts.keys()]).toEqual(["Dữ liệu", "Tổng hợp", "PL1 Xếp hạng"]);
    for (const part of parts.values()) expect(await zip.file(part)!.async("string")).not.toContain("sparkline");

    // The picture's drawing (ExcelJS's) and the plan's chart drawing are two parts, each whole.
    const drawingOf = async (sheet: string) =>
      [...(await relationshipsOf(zip, parts.get(sheet)!)).values()].find((rel) => rel.type.endsWith("/drawing"))!.target;
    const [pictureDrawing, chartDrawing] = [await drawingOf("Tổng hợp"), await drawingOf("PL1 Xếp hạng")];
    expect(pictureDrawing).not.toBe(chartDrawing);
    expect([...(await relationshipsOf(zip, pictureDrawing)).values()].map((rel) => rel.type.split("/").pop())).toEqual(["image"]);
    expect([...(await relationshipsOf(zip, chartDrawing)).values()].map((rel) => rel.target)).toEqual(["xl/charts/chart1.xml"]);
    expect(await zip.file(pictureDrawing)!.async("string")).not.toMatch(/<xdr:(sp|graphicFrame)\b/);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(Buffer.from(output) as unknown as ExcelJS.Buffer);
    expect(reread.getWorksheet("Tổng hợp")!.getImages()).toHaveLength(1);

    // What was lost is what findDroppedContent listed: nothing of it is left to find.
    expect(await findDroppedContent(output)).toEqual([{ sheet: "PL1 Xếp hạng", kind: "chart" }]);
  });
});

describe("XlsxWorkbook.droppedContent", () => {
  it("lists what the file read held, except on the sheets replaced since (the annexes and their charts)", async () => {
    const made = XlsxWorkbook.create();
    await made.apply({ sheets: [rankingPlan] });
    const zip = await JSZip.loadAsync(await made.toBuffer());
    await addUserContent(zip, "PL1 Xếp hạng", "macros");
    const book = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    expect(book.droppedContent()).toEqual([
      { sheet: "PL1 Xếp hạng", kind: "chart" },
      { sheet: null, kind: "macros" },
    ]);
    await book.apply({ sheets: [rankingPlan] });
    expect(book.droppedContent()).toEqual([{ sheet: null, kind: "macros" }]);
    expect(XlsxWorkbook.create().droppedContent()).toEqual([]);
  });
});
