/**
 * Several areas in one call: rules that are the same rule moved share a
 * RangeAreas, cut where the address would pass getRanges' 8,192 characters,
 * and the result on each cell is the plan's rule.
 */
import type { ConditionalFormatRule, SheetPlan, ValidationRule } from "../../../src/sheet/plan";
import { areaGroups, joinAreas, RANGES_ADDRESS_LIMIT } from "../../../src/workbook/office/office-areas";
import { isShiftSafe, relativeForm, shiftFormula } from "../../../src/workbook/office/office-fill";
import { WriteProgram } from "../../../src/workbook/office/office-program";
import { writeRules } from "../../../src/workbook/office/office-rules";
import { FAKE_ADDRESS_LIMIT, FakeExcel, type FakeSheet } from "./fake-excel";
import { conditionalFormatsAt, validationAt } from "./fake-model";

const prompt = { title: "Nhập điểm", message: "Từ 0 đến điểm tối đa" };
const error = { title: "Điểm không hợp lệ", message: "Nhập lại" };
const custom = (range: string, corner: string, row: number): ValidationRule => ({
  kind: "custom",
  range,
  formula: `=AND(ISNUMBER(${corner}),${corner}<=$C${row})`,
  prompt,
  error,
});

async function written(plan: Pick<SheetPlan, "validations" | "conditionalFormats">): Promise<{ sheet: FakeSheet; excel: FakeExcel }> {
  const excel = new FakeExcel();
  excel.addSheet("Chấm điểm");
  await excel.runner(async (context) => {
    const program = new WriteProgram();
    writeRules(() => context.workbook.worksheets.getItem("Chấm điểm"), plan as SheetPlan, program);
    await program.send(context);
  });
  return { sheet: excel.sheet("Chấm điểm") as FakeSheet, excel };
}

describe("formulas read from a cell", () => {
  it("moves relative rows and columns, keeps absolute parts, strings and other sheets' absolute cells", () => {
    expect(shiftFormula('=AND(D4<>"",D4<=$C4,COUNTIF(\'Cấu hình\'!$B$5:$E$5,D4)=0,"D4"<>E$2)', 8, 1)).toBe(
      '=AND(E12<>"",E12<=$C12,COUNTIF(\'Cấu hình\'!$B$5:$E$5,E12)=0,"D4"<>F$2)',
    );
    expect(relativeForm("=D12<=$C12+$B$2", 11, 3)).toBe(relativeForm("=D4<=$C4+$B$2", 3, 3));
    expect(relativeForm("=D12<=$C12", 11, 3)).not.toBe(relativeForm("=D4<=$C5", 3, 3));
    expect(isShiftSafe("='Cấu hình'!$B$5:$E$5")).toBe(true);
    for (const unsafe of ["='Cấu hình'!$B5", "='Cấu hình'!B$5", "=SUM(A:A)", "=SUM($4:$9)"]) expect([unsafe, isShiftSafe(unsafe)]).toEqual([unsafe, false]);
  });
});

describe("rules over several areas", () => {
  it("joins addresses within the limit, in order", () => {
    expect(joinAreas(["A1", "B2:C3", "D4"], 10)).toEqual(["A1, B2:C3", "D4"]);
    const many = Array.from({ length: 2000 }, (_, i) => `D${i + 1}:J${i + 1}`);
    const joined = joinAreas(many);
    expect(joined.length).toBeGreaterThan(1);
    expect(Math.max(...joined.map((address) => address.length))).toBeLessThanOrEqual(RANGES_ADDRESS_LIMIT);
    expect(joined.join(", ")).toBe(many.join(", "));
    expect(RANGES_ADDRESS_LIMIT).toBe(FAKE_ADDRESS_LIMIT);
  });

  it("groups a rule moved down the same column, not one that starts elsewhere or differs", async () => {
    const validations = [
      custom("D4:J10", "D4", 4),
      custom("D12:J14", "D12", 12),
      custom("E16:J16", "E16", 16),
      { ...custom("D18:J18", "D18", 18), error: prompt },
    ];
    const { sheet } = await written({ validations, conditionalFormats: [] });
    expect(sheet.validations.map((v) => v.address)).toEqual(["D4:J10, D12:J14", "E16:J16", "D18:J18"]);
    expect(validationAt(sheet, 13, 9)?.rule).toEqual({ custom: { formula: "=AND(ISNUMBER(J14),J14<=$C14)" } });
  });

  it("cuts a long group into calls within 8,192 characters, each read from its own first area", async () => {
    const validations = Array.from({ length: 1500 }, (_, i) => custom(`D${2 * i + 4}:ALL${2 * i + 4}`, `D${2 * i + 4}`, 2 * i + 4));
    const { sheet, excel } = await written({ validations, conditionalFormats: [] });
    expect(sheet.validations.length).toBeGreaterThan(1);
    expect(sheet.validations.length).toBeLessThan(10);
    for (const row of [3, 2001, 2999]) {
      expect(validationAt(sheet, row, 5)?.rule).toEqual({ custom: { formula: `=AND(ISNUMBER(F${row + 1}),F${row + 1}<=$C${row + 1})` } });
      expect(validationAt(sheet, row + 1, 5)).toBeNull();
    }
    // One request: the 1,500 rules cost a few calls.
    expect(excel.callCounts[0]).toBeLessThan(60);
  });

  it("keeps which of two overlapping conditional formats is on top; groups nothing where grouping would change it", async () => {
    const red = (range: string, corner: string): ConditionalFormatRule => ({ range, formula: `=${corner}<0`, fill: "#FFC7CE", fontColor: "#9C0006" });
    const grey: ConditionalFormatRule = { range: "D4:D6", formula: '=D4="KĐG"', fill: "#D9D9D9", fontColor: "#595959" };
    // red D4, then grey over D4:D6, then red D6: grouping the reds would put the second red under the grey.
    const rules = [red("D4", "D4"), grey, red("D6", "D6")];
    expect(
      areaGroups(
        rules,
        (rule) => rule.range,
        (rule) => rule.fill,
      ).map((group) => group.address),
    ).toEqual(["D4", "D4:D6", "D6"]);
    const { sheet } = await written({ validations: [], conditionalFormats: rules });
    expect(conditionalFormatsAt(sheet, 5, 3).map((format) => format.fill)).toEqual(["#D9D9D9", "#FFC7CE"]);
    // Without the overlap the reds share one call.
    const apart = [red("D4", "D4"), { ...grey, range: "E4:E6", formula: '=E4="KĐG"' }, red("D6", "D6")];
    expect(
      areaGroups(
        apart,
        (rule) => rule.range,
        (rule) => rule.fill,
      ).map((group) => group.address),
    ).toEqual(["D4, D6", "E4:E6"]);
  });
});
