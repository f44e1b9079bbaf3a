import { planScoringSheet } from "../../src/sheet/scoring-sheet";
import { planConfigSheet } from "../../src/sheet/config-sheet";
import { planCriteriaSheet } from "../../src/sheet/criteria-sheet";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { findBuiltInTemplate } from "../../src/templates/registry";
import type { SheetPlan } from "../../src/sheet/plan";
import { parseRange } from "../../src/sheet/a1";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
const cell = (plan: SheetPlan, address: string) => {
  const b = parseRange(address);
  return b ? plan.cells[b.row]?.[b.column] : undefined;
};

function levelled(): CompiledTemplate {
  const parsed = parseTemplate({
    id: "muc-diem",
    name: "Mức điểm",
    fields: [{ code: "1", title: "Lĩnh vực", max: 3, children: [{ code: "1.1", title: "Ban hành kế hoạch", max: 1, levels: [1, 0.5, 0] }, { code: "1.2", title: "Báo cáo", max: 2 }] }],
    bands: [{ label: "A", min: 90 }, { label: "B", min: 0 }],
  });
  if (!parsed.ok) throw new Error("template");
  return parsed.template;
}

describe("Chấm điểm", () => {
  const base = { units: ["Xã A", "Xã B"], scores: [{ "8.1": 2 }, {}], previousRanks: [3, null], year: 2022, lang: "vi" as const };

  it("writes native formulas with the core's figures cached", () => {
    const { plan, layout } = planScoringSheet({ ...base, template: haiDuong, dialect: "native" });
    expect(layout).toMatchObject({ totalRow: 14, indexRow: 23, bandRow: 24, classRow: 25, rankRow: 26, previousRankRow: 27 });
    expect(cell(plan, "D11")).toMatchObject({ formula: "=SUM(D12,D13,D14)", value: 2, numberFormat: "0.00" });
    expect(cell(plan, "D15")).toMatchObject({ formula: "=SUM(D4,D5,D6,D7,D8,D9,D10,D11)", value: 2 });
    expect(cell(plan, "D16")).toMatchObject({ formula: "=ROUND(ROUND(D4*100/$C$4,10),2)/100", value: 0, numberFormat: "0.00%" });
    expect(cell(plan, "D24")).toMatchObject({ formula: "=ROUND(ROUND(D15*100/$C$15,10),2)/100", value: 0.02 });
    expect(cell(plan, "D25")?.formula).toBe(
      "=IF(ROUND(D24*100,2)>='Cấu hình'!$B$17,'Cấu hình'!$A$17,IF(ROUND(D24*100,2)>='Cấu hình'!$B$18,'Cấu hình'!$A$18,IF(ROUND(D24*100,2)>='Cấu hình'!$B$19,'Cấu hình'!$A$19,IF(ROUND(D24*100,2)>='Cấu hình'!$B$20,'Cấu hình'!$A$20,\"\"))))",
    );
    expect(cell(plan, "D26")?.formula).toBe(
      "=IF(AND(ROUND(D24*100,2)>='Cấu hình'!$B$11,ROUND(MIN(D16:D22)*100,2)>='Cấu hình'!$C$11),'Cấu hình'!$A$11,IF(AND(ROUND(D24*100,2)>='Cấu hình'!$B$12,ROUND(MIN(D16:D22)*100,2)>='Cấu hình'!$C$12),'Cấu hình'!$A$12,IF(AND(ROUND(D24*100,2)>='Cấu hình'!$B$13,ROUND(MIN(D16:D22)*100,2)>='Cấu hình'!$C$13),'Cấu hình'!$A$13,'Cấu hình'!$A$14)))",
    );
    expect(cell(plan, "D26")?.value).toBe("Không hoàn thành nhiệm vụ");
    expect(cell(plan, "D27")).toMatchObject({ formula: "=RANK(D24,$D$24:$E$24)", value: 1 });
    expect(cell(plan, "D28")).toMatchObject({ value: 3, locked: false });
    const all = plan.cells.flat().map((c) => c?.formula ?? "").join(" ");
    expect(all).not.toMatch(/PAR\.|_xlfn|RANK\.EQ/);
  });

  it("writes PAR formulas over the descendants only, and the class over the classified fields", () => {
    const { plan } = planScoringSheet({ ...base, template: haiDuong, dialect: "par" });
    expect(cell(plan, "E11")?.formula).toBe('=PAR.SCORE(E$12:E$14,$C$12:$C$14,$A$12:$A$14,"8")');
    // A field's percentage reads the field's own rows: field 1 is one criterion, field 8 a group.
    expect(cell(plan, "E16")?.formula).toBe('=PAR.PERCENT(E$4:E$4,$C$4:$C$4,$A$4:$A$4,"1",2)');
    expect(cell(plan, "E23")?.formula).toBe('=PAR.PERCENT(E$11:E$14,$C$11:$C$14,$A$11:$A$14,"8",2)');
    expect(cell(plan, "E24")?.formula).toBe("=PAR.PERCENT(E$4:E$14,$C$4:$C$14,$A$4:$A$14)");
    expect(cell(plan, "E25")?.formula).toBe("=PAR.BAND(E24,'Cấu hình'!$A$17:$B$20)");
    // Field 8 (impact, not classified) is the last percentage row, outside D16:D22.
    expect(cell(plan, "E26")?.formula).toBe("=PAR.CLASSIFY(E24,E16:E22,'Cấu hình'!$A$11:$C$14)");
    expect(cell(plan, "E27")?.formula).toBe("=PAR.RANK(E24,$D$24:$E$24)");
    expect(cell(plan, "B23")?.value).toBe("Tỷ lệ lĩnh vực 8: Đánh giá tác động của cải cách hành chính");
  });

  it("points level rules at the levels on Cấu hình, never an inline list, and flags invalid cells without custom functions", () => {
    const template = levelled();
    const { plan } = planScoringSheet({ ...base, scores: [{}, {}], template, dialect: "par" });
    expect(plan.validations.map((v) => [v.kind, v.range, v.kind === "list" ? v.source : v.kind === "decimal" ? v.max : ""])).toEqual([
      ["decimal", "D6:E6", "=$C6"],
      ["list", "D5:E5", "='Cấu hình'!$B$15:$D$15"],
      ["whole", "D12:E12", ""],
    ]);
    expect(plan.conditionalFormats.map((c) => c.formula)).toEqual([
      '=AND(D6<>"",OR(NOT(ISNUMBER(D6)),D6<0,D6>$C6))',
      "=AND(D5<>\"\",OR(NOT(ISNUMBER(D5)),COUNTIF('Cấu hình'!$B$15:$D$15,D5)=0))",
    ]);
    const config = planConfigSheet(template, 2026, "vi");
    expect(config.cells[14]?.map((c) => c?.value)).toEqual(["1.1", 1, 0.5, 0]);
    expect(config.cells[10]?.map((c) => c?.value)).toEqual(["A", 90]);
    const criteria = planCriteriaSheet(template, "vi");
    expect(criteria.cells[4]?.map((c) => c?.value)).toEqual(["1.1", "Ban hành kế hoạch", 1, "1; 0,5; 0", ""]);
    expect(criteria.cells[4]?.[1]?.indent).toBe(1);
    expect(criteria.outline).toEqual([{ firstRow: 4, lastRow: 5 }]);
  });

  it("keeps a text score as text so that the check can report it", () => {
    const { plan } = planScoringSheet({ ...base, scores: [{ "1": "1,5" }, {}], template: haiDuong, dialect: "par" });
    expect(cell(plan, "D4")).toMatchObject({ value: "1,5", text: true, locked: false });
  });
});
