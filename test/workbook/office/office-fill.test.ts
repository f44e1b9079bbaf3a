import { isShiftSafe, shiftFormulaColumns } from "../../../src/workbook/office/office-fill";
import { fillCells, rectanglesOf } from "../../../src/workbook/office/office-writes";
import type { SheetPlan } from "../../../src/sheet/plan";

describe("fill runs", () => {
  it("moves relative columns and keeps absolute ones, strings and other sheets' cells", () => {
    expect(shiftFormulaColumns('=PAR.SCORE(D$12:D$14,$C$12:$C$14,$A$12:$A$14,"8")', 1)).toBe('=PAR.SCORE(E$12:E$14,$C$12:$C$14,$A$12:$A$14,"8")');
    expect(shiftFormulaColumns("=IF(ROUND(Z24*100,2)>='Cấu hình'!$B$16,'Cấu hình'!$A$16,\"D4\")", 1)).toBe(
      "=IF(ROUND(AA24*100,2)>='Cấu hình'!$B$16,'Cấu hình'!$A$16,\"D4\")",
    );
    expect(shiftFormulaColumns("=RANK(D24,$D$24:$J$24)+LOG10(A1)", 2)).toBe("=RANK(F24,$D$24:$J$24)+LOG10(C1)");
    expect(isShiftSafe("='Cấu hình'!$B$16")).toBe(true);
    expect(isShiftSafe("='Cấu hình'!B16")).toBe(false);
  });

  it("marks the cells that repeat their left neighbour and groups alike cells in rectangles", () => {
    const cells: SheetPlan["cells"] = [
      [{ value: "Mã" }, { formula: "=SUM(B2:B3)" }, { formula: "=SUM(C2:C3)" }, { formula: "=SUM(D2:D9)" }],
      [null, { value: 1, locked: false }, { value: 2, locked: false }, { formula: "=SUM(E2:E3)", numberFormat: "0.00" }],
      [null, { value: 3, locked: false }, { value: 4, locked: false }, null],
    ];
    const plan = { cells } as SheetPlan;
    expect(fillCells(plan)).toEqual([
      [false, false, true, false],
      [false, false, false, false],
      [false, false, false, false],
    ]);
    const unlocked = rectanglesOf(cells, 4, (cell) => (cell?.locked === false ? "u" : ""));
    expect(unlocked).toEqual([{ row: 1, column: 1, rows: 2, columns: 2, key: "u" }]);
  });
});
