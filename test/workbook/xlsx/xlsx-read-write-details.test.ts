import JSZip from "jszip";
import { slideFormula } from "../../../src/workbook/xlsx/xlsx-sheet-values";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsx";
import { sheetParts } from "../../../src/workbook/xlsx/xlsx-package";
import { newSheetPlan, PlanGrid } from "../../../src/sheet/plan-grid";

describe("slideFormula (Excel's shared formulas, filled from their first cell)", () => {
  it("moves relative references, keeps absolute ones, text in quotes, function names and other sheets' names", () => {
    const from = { row: 4, column: 3 }; // D5
    expect(slideFormula("IF(D5>=$C5,\"A1 đạt\",LOG10(D$5))+SUM('Cấu hình'!B2:C3)", from, { row: 6, column: 5 })).toBe(
      "IF(F7>=$C7,\"A1 đạt\",LOG10(F$5))+SUM('Cấu hình'!D4:E5)",
    );
  });
});

describe("the sheet shown on opening", () => {
  it("is the one activated, and a sheet Excel left selected is no longer, so that the two do not open grouped", async () => {
    const grid = new PlanGrid();
    grid.text(0, 0, "Bảng");
    const made = XlsxWorkbook.create();
    await made.apply({ sheets: [newSheetPlan("Chấm điểm", "scoring", grid)] });
    const zip = await JSZip.loadAsync(await made.toBuffer());
    const scoring = (await sheetParts(zip)).get("Chấm điểm")!;
    // As Excel saves it: the active sheet's view is selected.
    zip.file(scoring, (await zip.file(scoring)!.async("string")).replace("<sheetView ", '<sheetView tabSelected="1" '));
    const book = await XlsxWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }));
    await book.apply({ sheets: [newSheetPlan("PL1 Xếp hạng", "annex-ranking", grid)], activate: "PL1 Xếp hạng" });
    const written = await JSZip.loadAsync(await book.toBuffer());
    expect(await written.file("xl/workbook.xml")!.async("string")).toMatch(/<workbookView activeTab="1"/);
    expect(await written.file(scoring)!.async("string")).not.toContain("tabSelected");
  });
});

describe("the formats of the sheets written", () => {
  it("are written once: a sheet replaced run after run reuses the formats written before, so styles.xml does not grow", async () => {
    const grid = new PlanGrid();
    grid.text(0, 0, "Đơn vị");
    grid.set(0, 1, { value: "Chỉ số", style: "header" });
    grid.set(1, 1, { value: 95.25, style: "total", numberFormat: "0.00", wrap: true, indent: 1 });
    const plan = {
      ...newSheetPlan("PL1 Xếp hạng", "annex-ranking", grid),
      conditionalFormats: [{ range: "B2:B2", formula: "=B2<50", fill: "#FFC7CE", fontColor: "#9C0006" }],
    };
    let file = await (async () => {
      const made = XlsxWorkbook.create();
      await made.apply({ sheets: [plan] });
      return made.toBuffer();
    })();
    const styles = async (bytes: Uint8Array) => (await JSZip.loadAsync(bytes)).file("xl/styles.xml")!.async("string");
    const first = await styles(file);
    for (let run = 0; run < 2; run++) {
      const book = await XlsxWorkbook.fromBuffer(file);
      await book.apply({ sheets: [plan] });
      file = await book.toBuffer();
    }
    expect(await styles(file)).toBe(first);
    const sheet = await (await JSZip.loadAsync(file)).file((await sheetParts(await JSZip.loadAsync(file))).get("PL1 Xếp hạng")!)!.async("string");
    expect(sheet).toMatch(/<c r="B2" s="\d+"><v>95.25<\/v><\/c>/);
  });
});
