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
