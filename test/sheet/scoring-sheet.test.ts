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
    fields: [
      {
        code: "1",
        title: "Lĩnh vực",
        max: 3,
        children: [
          { code: "1.1", title: "Ban hành kế hoạch", max: 1, levels: [1, 0.5, 0] },
          { code: "1.2", title: "Báo cáo", max: 2 },
        ],
      },
    ],
    bands: [
      { label: "A", min: 90 },
      { label: "B", min: 0 },
    ],
  });
  if (!parsed.ok) throw new Error("template");
  return parsed.template;
}

describe("Chấm điểm", () => {
  const base = { units: ["Xã A", "Xã B"], scores: [{ "8.1": 2 }, {}], previousRanks: [3, null], year: 2022, lang: "vi" as const };

  it("writes native formulas with the core's figures cached", () => {
    const { plan, layout } = planScoringSheet({ ...base, template: haiDuong, dialect: "native" });
    expect(layout).toMatchObject({ totalRow: 14, applicableMaxRow: 15, indexRow: 24, bandRow: 25, classRow: 26, rankRow: 27, previousRankRow: 28 });
    expect(cell(plan, "D11")).toMatchObject({ formula: "=SUM(D12,D13,D14)", value: 2, numberFormat: "0.00" });
    expect(cell(plan, "D15")).toMatchObject({ formula: "=SUM(D4,D5,D6,D7,D8,D9,D10,D11)", value: 2 });
    // The applicable maximum: 100 less the maxima of the rows holding KĐG (text).
    expect(cell(plan, "B16")?.value).toBe("Điểm tối đa áp dụng (bỏ tiêu chí KĐG)");
    expect(cell(plan, "D16")).toMatchObject({ formula: "=$C$15-SUMPRODUCT(ISTEXT(D4:D14)*$C$4:$C$14)", value: 100 });
    expect(cell(plan, "D17")).toMatchObject({
      formula: '=IF(AND(($C$4-SUMPRODUCT(ISTEXT(D4:D4)*$C$4:$C$4))=0,$C$4>0),"KĐG",ROUND(ROUND(D4*100/($C$4-SUMPRODUCT(ISTEXT(D4:D4)*$C$4:$C$4)),10),2)/100)',
      value: 0,
      numberFormat: "0.00%",
    });
    expect(cell(plan, "D25")).toMatchObject({ formula: '=IF(AND(D16=0,$C$15>0),"KĐG",ROUND(ROUND(D15*100/D16,10),2)/100)', value: 0.02 });
    expect(cell(plan, "D26")?.formula).toBe(
      "=IF(ROUND(D25*100,2)>='Cấu hình'!$B$17,'Cấu hình'!$A$17,IF(ROUND(D25*100,2)>='Cấu hình'!$B$18,'Cấu hình'!$A$18,IF(ROUND(D25*100,2)>='Cấu hình'!$B$19,'Cấu hình'!$A$19,IF(ROUND(D25*100,2)>='Cấu hình'!$B$20,'Cấu hình'!$A$20,\"\"))))",
    );
    const weakest = "IF(COUNT(D17:D23)=0,100,ROUND(MIN(D17:D23)*100,2))";
    expect(cell(plan, "D27")?.formula).toBe(
      `=IF(AND(ROUND(D25*100,2)>='Cấu hình'!$B$11,${weakest}>='Cấu hình'!$C$11),'Cấu hình'!$A$11,IF(AND(ROUND(D25*100,2)>='Cấu hình'!$B$12,${weakest}>='Cấu hình'!$C$12),'Cấu hình'!$A$12,IF(AND(ROUND(D25*100,2)>='Cấu hình'!$B$13,${weakest}>='Cấu hình'!$C$13),'Cấu hình'!$A$13,'Cấu hình'!$A$14)))`,
    );
    expect(cell(plan, "D27")?.value).toBe("Không hoàn thành nhiệm vụ");
    expect(cell(plan, "D28")).toMatchObject({ formula: "=RANK(D25,$D$25:$E$25)", value: 1 });
    expect(cell(plan, "D29")).toMatchObject({ value: 3, locked: false });
    const all = plan.cells
      .flat()
      .map((c) => c?.formula ?? "")
      .join(" ");
    expect(all).not.toMatch(/PAR\.|_xlfn|RANK\.EQ/);
  });

  it("writes PAR formulas over the descendants only, and the class over the classified fields", () => {
    const { plan } = planScoringSheet({ ...base, template: haiDuong, dialect: "par" });
    expect(cell(plan, "E11")?.formula).toBe('=PAR.SCORE(E$12:E$14,$C$12:$C$14,$A$12:$A$14,"8")');
    expect(cell(plan, "E15")?.formula).toBe("=PAR.SCORE(E$4:E$14,$C$4:$C$14,$A$4:$A$14)");
    expect(cell(plan, "E16")?.formula).toBe("=PAR.MAX($C$4:$C$14,$A$4:$A$14,,E$4:E$14)");
    // A field's percentage reads the field's own rows: field 1 is one criterion, field 8 a group.
    expect(cell(plan, "E17")?.formula).toBe('=PAR.PERCENT(E$4:E$4,$C$4:$C$4,$A$4:$A$4,"1",2)');
    expect(cell(plan, "E24")?.formula).toBe('=PAR.PERCENT(E$11:E$14,$C$11:$C$14,$A$11:$A$14,"8",2)');
    expect(cell(plan, "E25")?.formula).toBe("=PAR.PERCENT(E$4:E$14,$C$4:$C$14,$A$4:$A$14)");
    expect(cell(plan, "E26")?.formula).toBe("=PAR.BAND(E25,'Cấu hình'!$A$17:$B$20)");
    // Field 8 (impact, not classified) is the last percentage row, outside D17:D23.
    expect(cell(plan, "E27")?.formula).toBe("=PAR.CLASSIFY(E25,E17:E23,'Cấu hình'!$A$11:$C$14)");
    expect(cell(plan, "E28")?.formula).toBe("=PAR.RANK(E25,$D$25:$E$25)");
    expect(cell(plan, "B24")?.value).toBe("Tỷ lệ lĩnh vực 8: Đánh giá tác động của cải cách hành chính");
  });

  it("points level rules at the levels and KĐG on Cấu hình, never an inline list; accepts and greys KĐG; flags invalid cells without custom functions", () => {
    const template = levelled();
    const { plan } = planScoringSheet({ ...base, scores: [{}, {}], template, dialect: "par" });
    const kdg = (cell: string) => `OR(TRIM(${cell})="KĐG",TRIM(${cell})="KDG",TRIM(${cell})="không đánh giá")`;
    expect(plan.validations.map((v) => [v.kind, v.range, v.kind === "list" ? v.source : v.kind === "custom" ? v.formula : ""])).toEqual([
      ["custom", "D6:E6", `=OR(AND(ISNUMBER(D6),D6>=0,D6<=$C6),${kdg("D6")})`],
      ["list", "D5:E5", "='Cấu hình'!$B$15:$E$15"],
      ["whole", "D13:E13", ""],
    ]);
    expect(plan.conditionalFormats.map((c) => [c.range, c.formula, c.fill])).toEqual([
      ["D6:E6", `=AND(D6<>"",NOT(${kdg("D6")}),OR(NOT(ISNUMBER(D6)),D6<0,D6>$C6))`, "#FFC7CE"],
      ["D5:E5", `=AND(D5<>"",NOT(${kdg("D5")}),OR(NOT(ISNUMBER(D5)),COUNTIF('Cấu hình'!$B$15:$D$15,D5)=0))`, "#FFC7CE"],
      ["D4:E6", `=${kdg("D4")}`, "#D9D9D9"],
      // An appraised score that differs from the self-assessment at the same address on Tự đánh giá.
      ["D5:E6", '=AND(D5<>"",INDIRECT("\'Tự đánh giá\'!"&ADDRESS(ROW(),COLUMN()))<>"",D5<>INDIRECT("\'Tự đánh giá\'!"&ADDRESS(ROW(),COLUMN())))', "#FFEB9C"],
    ]);
    const config = planConfigSheet(template, 2026, "vi");
    expect(config.cells[14]?.map((c) => c?.value)).toEqual(["1.1", 1, 0.5, 0, "KĐG"]);
    expect(config.cells[10]?.map((c) => c?.value)).toEqual(["A", 90]);
    const criteria = planCriteriaSheet(template, "vi");
    expect(criteria.cells[4]?.map((c) => c?.value)).toEqual(["1.1", "Ban hành kế hoạch", 1, "1; 0,5; 0", ""]);
    expect(criteria.cells[4]?.[1]?.indent).toBe(1);
    expect(criteria.outline).toEqual([{ firstRow: 4, lastRow: 5 }]);
  });

  it("writes a KĐG score as text, caches the applicable maximum, KĐG for a field wholly not assessed, and the index over 81,5", () => {
    const scores = { "1": 15, "2": 5, "3": "KĐG", "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 12.5, "8.3": 0 };
    for (const dialect of ["par", "native"] as const) {
      const { plan } = planScoringSheet({ ...base, scores: [scores, {}], template: haiDuong, dialect });
      expect(cell(plan, "D6")).toMatchObject({ value: "KĐG", text: true, locked: false });
      expect(cell(plan, "D15")?.value).toBe(70);
      expect(cell(plan, "D16")?.value).toBe(81.5);
      expect(cell(plan, "D19")?.value).toBe("KĐG"); // field 3's percentage row
      expect(cell(plan, "D25")?.value).toBeCloseTo(0.8589, 12);
    }
  });

  it("styles bonus and penalty rows apart, sums them into the total within the applicable maximum, and passes Tiêu chí's kinds", () => {
    const template = findBuiltInTemplate("minh-hoa-xa-2025")!;
    const last = 3 + template.nodes.length;
    const kinds = `'Tiêu chí'!$F$4:$F$${last}`;
    const par = planScoringSheet({ ...base, template, dialect: "par" }).plan;
    const rowOf = (code: string) => 4 + template.byCode.get(code)!;
    expect(cell(par, `A${rowOf("9")}`)).toMatchObject({ value: "9", style: "extra" });
    expect(cell(par, `B${rowOf("10.1")}`)?.style).toBe("extra");
    expect(cell(par, `A${rowOf("8")}`)?.style).toBe("field");
    const total = last + 1;
    expect(cell(par, `B${total}`)?.value).toBe("Tổng điểm (đã cộng điểm thưởng, trừ điểm trừ)");
    expect(cell(par, `D${total}`)?.formula).toBe(`=PAR.SCORE(D$4:D$${last},$C$4:$C$${last},$A$4:$A$${last},,${kinds})`);
    expect(cell(par, `D${total + 1}`)?.formula).toBe(`=PAR.MAX($C$4:$C$${last},$A$4:$A$${last},,D$4:D$${last},${kinds})`);
    // Eight percentage rows (no percentage for bonus and penalty), then the index.
    expect(cell(par, `D${total + 10}`)?.formula).toBe(`=PAR.PERCENT(D$4:D$${last},$C$4:$C$${last},$A$4:$A$${last},,,${kinds})`);
    const native = planScoringSheet({ ...base, template, dialect: "native" }).plan;
    expect(cell(native, `D${total}`)?.formula).toBe(
      `=MIN(D${total + 1},MAX(0,SUM(${["1", "2", "3", "4", "5", "6", "7", "8"].map((code) => `D${rowOf(code)}`).join(",")})+SUM(D${rowOf("9")})-SUM(D${rowOf("10")})))`,
    );
    // Only the ordinary fields' rows count in the applicable maximum.
    expect(cell(native, `D${total + 1}`)?.formula).toBe(`=$C$${total}-SUMPRODUCT(ISTEXT(D4:D${rowOf("9") - 1})*$C$4:$C$${rowOf("9") - 1})`);
    const criteria = planCriteriaSheet(template, "vi");
    expect(criteria.cells[2]?.[5]?.value).toBe("Loại");
    expect(criteria.cells[rowOf("9") - 1]?.[5]).toMatchObject({ value: "Điểm thưởng", style: "extra" });
    expect(criteria.cells[rowOf("10") - 1]?.[5]?.value).toBe("Điểm trừ");
    expect(criteria.cells[rowOf("10.1") - 1]?.[5]?.value).toBe("");
  });

  it("keeps a text score as text so that the check can report it", () => {
    const { plan } = planScoringSheet({ ...base, scores: [{ "1": "1,5" }, {}], template: haiDuong, dialect: "par" });
    expect(cell(plan, "D4")).toMatchObject({ value: "1,5", text: true, locked: false });
  });
});
