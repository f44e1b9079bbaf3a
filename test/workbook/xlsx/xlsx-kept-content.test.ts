import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx";
import { relationshipsOf, relsPathOf, sheetParts } from "../../../src/workbook/xlsx/xlsx-package";
import type { SheetPlan } from "../../../src/sheet/plan";
import { newSheetPlan, PlanGrid } from "../../../src/sheet/plan-grid";
import { addUserContent, UserContent, withUserSheet } from "./xlsx-user-content";
import { addThreadedComment, addPersons } from "../../hostile/hostile-workbooks";

/** A workbook with "Dữ liệu" and "Tổng hợp" (data, and a picture if asked), plus the content asked for. */
async function userWorkbook(content: ReadonlyArray<readonly [string, UserContent]>, picture = false): Promise<JSZip> {
  const base = new ExcelJS.Workbook();
  base.addWorksheet("Dữ liệu").getCell("A1").value = "Bảng gốc";
  const zip = await JSZip.loadAsync(await withUserSheet(new Uint8Array(await base.xlsx.writeBuffer()), "Tổng hợp", picture));
  for (const [sheet, kind] of content) await addUserContent(zip, sheet, kind);
  return zip;
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
grid.set(1, 1, { value: 95.25, style: "total", numberFormat: "0.00" });
const rankingPlan: SheetPlan = {
  ...newSheetPlan("PL1 Xếp hạng", "annex-ranking", grid),
  charts: [{ type: "bar", title: "Chỉ số theo đơn vị", seriesName: "Chỉ số (%)", categories: "A2:A2", values: "B2:B2", from: "D2", to: "K20" }],
};

/** Every part's bytes. */
async function partsOf(zip: JSZip): Promise<Map<string, Buffer>> {
  const parts = new Map<string, Buffer>();
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p].dir)) parts.set(path, Buffer.from(await zip.file(path)!.async("uint8array")));
  return parts;
}

/** The parts a new sheet changes: the workbook's list of sheets, its relationships, the content types and the formats. */
const WORKBOOK_LEVEL = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

describe("writing a workbook that was read from a file", () => {
  it("copies every part it does not change byte for byte: charts, shapes, pivot tables, slicers, sparklines, chart sheets, macros, pictures, comment threads", async () => {
    const zip = await userWorkbook(EVERYTHING, true);
    await addThreadedComment(zip, "Dữ liệu", "A1", "Xem lại dòng này");
    await addPersons(zip);
    const input = await zip.generateAsync({ type: "uint8array" });
    const before = await partsOf(zip);

    const book = await XlsxWorkbook.fromBuffer(input);
    await book.apply({ sheets: [rankingPlan], activate: "PL1 Xếp hạng" });
    const written = await JSZip.loadAsync(await book.toBuffer());
    const after = await partsOf(written);

    const unchanged = [...before.keys()].filter((path) => !WORKBOOK_LEVEL.includes(path));
    expect(unchanged).toEqual(
      expect.arrayContaining(["xl/vbaProject.bin", "xl/threadedComments/threadedComment1.xml", "xl/persons/person.xml", "xl/chartsheets/sheet1.xml"]),
    );
    for (const path of unchanged) expect([path, after.get(path)?.equals(before.get(path)!)]).toEqual([path, true]);
    for (const path of WORKBOOK_LEVEL) expect(after.has(path)).toBe(true);

    // The new sheet is the only sheet added; its chart and mark are parts of its own.
    const parts = await sheetParts(written);
    expect([...parts.keys()]).toEqual(["Dữ liệu", "Tổng hợp", "Tổng hợp (biểu đồ)", "PL1 Xếp hạng"]);
    const part = parts.get("PL1 Xếp hạng")!;
    const drawing = [...(await relationshipsOf(written, part)).values()].find((rel) => rel.type.endsWith("/drawing"))!.target;
    expect(before.has(drawing)).toBe(false);
    const added = [...after.keys()].filter((path) => !before.has(path));
    expect(added.sort()).toEqual([part, relsPathOf(part), drawing, relsPathOf(drawing), "xl/charts/chart1.xml", "xl/customProperty1.bin"].sort());
    expect([...(await relationshipsOf(written, drawing)).values()].map((rel) => rel.target)).toEqual(["xl/charts/chart1.xml"]);
  });

  it("replaces an owned sheet in its place, with the parts only it used, and leaves the user's parts as they were", async () => {
    const made = XlsxWorkbook.create();
    await made.apply({ sheets: [rankingPlan] });
    const zip = await JSZip.loadAsync(await made.toBuffer());
    await addUserContent(zip, "PL1 Xếp hạng", "macros");
    const input = await zip.generateAsync({ type: "uint8array" });

    const book = await XlsxWorkbook.fromBuffer(input);
    await book.apply({ sheets: [rankingPlan] });
    await book.apply({ sheets: [rankingPlan] });
    const written = await JSZip.loadAsync(await book.toBuffer());
    const files = Object.keys(written.files).filter((path) => !written.files[path].dir);
    // One sheet, one drawing, one chart, one mark: nothing of the replaced sheets is left behind.
    expect(files.filter((path) => /^xl\/(worksheets|drawings|charts)\/[^/]+\.xml$|customProperty/.test(path))).toHaveLength(4);
    expect(await written.file("xl/vbaProject.bin")!.async("uint8array")).toEqual(await zip.file("xl/vbaProject.bin")!.async("uint8array"));
    const snapshot = await (await XlsxWorkbook.fromBuffer(await written.generateAsync({ type: "uint8array" }))).read({ ranges: [{ sheet: "PL1 Xếp hạng" }] });
    expect(snapshot.sheets).toEqual([{ name: "PL1 Xếp hạng", position: 0, owned: "annex-ranking" }]);
    expect(snapshot.ranges[0].values).toEqual([
      ["Đơn vị", "Chỉ số (%)"],
      ["Xã Hòa An", 95.25],
    ]);
  });
});
