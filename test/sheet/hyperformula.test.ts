/**
 * The sheet plans checked by a real formula engine: HyperFormula evaluates
 * `Chấm điểm` and `Cấu hình` in both dialects — "par" with the PAR.*
 * functions registered as a plugin over the very functions the add-in
 * registers, "native" with plain functions — and every parent score, total,
 * field percentage, index, band, class and rank must equal the core's on
 * seeded random workbooks.
 */
import { CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { parFunctions, isParError, type ParFunctionId } from "../../src/functions/par-functions";
import { planScoringSheet } from "../../src/sheet/scoring-sheet";
import { planConfigSheet } from "../../src/sheet/config-sheet";
import { ScoringFormulas } from "../../src/sheet/scoring-formulas";
import { configLayout, type ScoringLayout } from "../../src/sheet/layout";
import { THRESHOLDS, type ThresholdDescription } from "../../src/core/classification";
import { readClassRules, readBands } from "../../src/functions/threshold-tables";
import { planCriteriaSheet } from "../../src/sheet/criteria-sheet";
import type { FormulaDialect, SheetPlan } from "../../src/sheet/plan";
import { cellInput } from "../../src/workbook/office/office-writes";
import { scoreUnits } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { parseTemplate } from "../../src/core/template-validation";
import { seededRandom, syntheticScores, syntheticTemplate, unitNames, withBonusAndPenalty, withNotAssessedAndExtras } from "./synthetic";
import { tuKyUnits } from "../core/tu-ky-fixture";

/** A HyperFormula value as Excel would pass it to a custom function: ranges as 2-D arrays, empty as null. */
function asExcelArgument(value: unknown): unknown {
  const scalar = (v: unknown): unknown => {
    if (v === EmptyValue || v === undefined) return null;
    if (v instanceof CellError) return v;
    if (typeof v === "object" && v !== null && "val" in v) return (v as { val: number }).val; // HyperFormula's typed numbers
    return v;
  };
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(scalar));
  return scalar(value);
}

const anyArgs = (count: number, optional: number) =>
  Array.from({ length: count }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i >= count - optional }));

/** PAR.* as a HyperFormula plugin calling the add-in's own implementations. */
class ParPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    "PAR.SCORE": { method: "parScore", parameters: anyArgs(5, 2) },
    "PAR.MAX": { method: "parMax", parameters: anyArgs(5, 3) },
    "PAR.PERCENT": { method: "parPercent", parameters: anyArgs(6, 3) },
    "PAR.CLASSIFY": { method: "parClassify", parameters: anyArgs(4, 1) },
    "PAR.BAND": { method: "parBand", parameters: anyArgs(3, 1) },
    "PAR.RANK": { method: "parRank", parameters: anyArgs(3, 1) },
  };

  private call(id: ParFunctionId, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata(`PAR.${id}`), (...args: unknown[]) => {
      const implementation = parFunctions[id] as (...values: unknown[]) => unknown;
      const result = implementation(...args.map(asExcelArgument));
      if (isParError(result))
        return new CellError(result.error === "#N/A" ? ErrorType.NA : result.error === "#DIV/0!" ? ErrorType.DIV_BY_ZERO : ErrorType.VALUE, result.message);
      return result as InterpreterValue;
    });
  }
  parScore(ast: ProcedureAst, state: InterpreterState) {
    return this.call("SCORE", ast, state);
  }
  parMax(ast: ProcedureAst, state: InterpreterState) {
    return this.call("MAX", ast, state);
  }
  parPercent(ast: ProcedureAst, state: InterpreterState) {
    return this.call("PERCENT", ast, state);
  }
  parClassify(ast: ProcedureAst, state: InterpreterState) {
    return this.call("CLASSIFY", ast, state);
  }
  parBand(ast: ProcedureAst, state: InterpreterState) {
    return this.call("BAND", ast, state);
  }
  parRank(ast: ProcedureAst, state: InterpreterState) {
    return this.call("RANK", ast, state);
  }
}

/**
 * HyperFormula has no RANK; this is Excel's RANK(number, ref) as documented
 * (descending: one plus the count of numbers in ref greater than number).
 */
class ExcelRankPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    RANK: { method: "rank", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.RANGE }] },
  };
  rank(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("RANK"), (value: number, range: SimpleRangeValue) => {
      const numbers = range.data
        .flat()
        .map(asExcelArgument)
        .filter((v): v is number => typeof v === "number");
      if (!numbers.includes(value)) return new CellError(ErrorType.NA);
      return 1 + numbers.filter((n) => n > value).length;
    });
  }
}

HyperFormula.registerFunctionPlugin(ParPlugin, {
  enGB: {
    "PAR.SCORE": "PAR.SCORE",
    "PAR.MAX": "PAR.MAX",
    "PAR.PERCENT": "PAR.PERCENT",
    "PAR.CLASSIFY": "PAR.CLASSIFY",
    "PAR.BAND": "PAR.BAND",
    "PAR.RANK": "PAR.RANK",
  },
});
HyperFormula.registerFunctionPlugin(ExcelRankPlugin, { enGB: { RANK: "RANK" } });

/** The plan as typed into a sheet: formulas, constants, text behind an apostrophe (as the Office port writes it). */
const asSheet = (plan: SheetPlan): unknown[][] => plan.cells.map((line) => (line ?? []).map((cell) => (cell ? cellInput(cell) : null)));

interface Evaluated {
  value(row: number, column: number): unknown;
}

/**
 * The three sheets as typed in. With a rule description other than the core's, `Cấu hình` is planned with it and the
 * band and class formulas of `Chấm điểm` are the ones ScoringFormulas builds for it.
 */
function evaluate(
  template: CompiledTemplate,
  units: string[],
  scores: Array<Record<string, unknown>>,
  dialect: FormulaDialect,
  thresholds: ThresholdDescription = THRESHOLDS,
) {
  const scoring = planScoringSheet({ template, units, scores, previousRanks: units.map(() => null), year: 2026, lang: "vi", dialect });
  const described = configLayout(template, thresholds);
  if (thresholds !== THRESHOLDS) rewriteThresholdFormulas(scoring.plan, scoring.layout, new ScoringFormulas(template, scoring.layout, described, dialect));
  const config = planConfigSheet(template, 2026, "vi", described);
  const criteria = planCriteriaSheet(template, "vi");
  const hf = HyperFormula.buildFromSheets(
    { [scoring.plan.name]: asSheet(scoring.plan) as never, [config.name]: asSheet(config) as never, [criteria.name]: asSheet(criteria) as never },
    // SUMPRODUCT evaluates its arguments as arrays in Excel and LibreOffice; HyperFormula does so with array arithmetic on.
    { licenseKey: "gpl-v3", useArrayArithmetic: true },
  );
  const sheet = hf.getSheetId(scoring.plan.name) as number;
  const evaluated: Evaluated = { value: (row, column) => hf.getCellValue({ sheet, row, col: column }) };
  return { evaluated, layout: scoring.layout, hf };
}

/** The band and class rows of `Chấm điểm`, with the formulas of `formulas`. */
function rewriteThresholdFormulas(plan: SheetPlan, layout: ScoringLayout, formulas: ScoringFormulas): void {
  for (let column = layout.firstUnitColumn; column < layout.columnCount; column++) {
    if (layout.bandRow !== null) plan.cells[layout.bandRow]![column] = { ...plan.cells[layout.bandRow]![column], formula: formulas.band(column) };
    if (layout.classRow !== null) plan.cells[layout.classRow]![column] = { ...plan.cells[layout.classRow]![column], formula: formulas.classify(column) };
  }
}

function expectEngineAgrees(
  template: CompiledTemplate,
  units: string[],
  scores: Array<Record<string, unknown>>,
  dialect: FormulaDialect,
  thresholds: ThresholdDescription = THRESHOLDS,
): number {
  const report = scoreUnits(
    template,
    units.map((name, u) => ({ name, scores: scores[u] })),
  );
  const { evaluated, layout, hf } = evaluate(template, units, scores, dialect, thresholds);
  let checked = 0;
  const close = (actual: unknown, expected: number, what: string) => {
    if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9)
      throw new Error(`${dialect} ${what}: engine ${JSON.stringify(actual)}, core ${expected}`);
    checked++;
  };
  const same = (actual: unknown, expected: unknown, what: string) => {
    if (actual !== expected) throw new Error(`${dialect} ${what}: engine ${JSON.stringify(actual)}, core ${JSON.stringify(expected)}`);
    checked++;
  };
  report.units.forEach((unit, u) => {
    const column = layout.firstUnitColumn + u;
    for (const node of template.nodes) {
      if (!node.isLeaf) close(evaluated.value(layout.firstNodeRow + node.index, column), unit.nodeScores[node.index], `${unit.name} ${node.code}`);
    }
    close(evaluated.value(layout.totalRow, column), unit.score, `${unit.name} total`);
    close(evaluated.value(layout.applicableMaxRow, column), unit.max, `${unit.name} applicable maximum`);
    for (const f of layout.fieldOrder) {
      const { code, percent } = unit.fields[f];
      // No percentage: KĐG when nothing of the field applies, blank for a field whose maximum is 0.
      const none = template.fields[f].max > 0 ? "KĐG" : "";
      if (percent === null) same(evaluated.value(layout.fieldPercentRow[f], column), none, `${unit.name} field ${code} %`);
      else close(evaluated.value(layout.fieldPercentRow[f], column), percent / 100, `${unit.name} field ${code} %`);
    }
    close(evaluated.value(layout.indexRow, column), unit.percent / 100, `${unit.name} index`);
    if (layout.bandRow !== null) same(evaluated.value(layout.bandRow, column), unit.band, `${unit.name} band`);
    if (layout.classRow !== null) same(evaluated.value(layout.classRow, column), unit.classification?.label, `${unit.name} class`);
    same(evaluated.value(layout.rankRow, column), unit.rank, `${unit.name} rank`);
  });
  hf.destroy();
  return checked;
}

describe("HyperFormula evaluates the plans to the core's figures", () => {
  it("on the Tứ Kỳ communes, in both dialects", () => {
    const template = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
    const names = tuKyUnits.map((u) => u.name);
    const scores = tuKyUnits.map((u) => u.scores as Record<string, number>);
    for (const dialect of ["par", "native"] as const) {
      const { evaluated, layout } = evaluate(template, names, scores, dialect);
      // Cộng Lạc (column D): 88,989 points, index 88,99%, e-government 69,47%, demoted to "Hoàn thành nhiệm vụ", rank 3.
      expect(evaluated.value(layout.totalRow, 3)).toBeCloseTo(88.989, 9);
      expect(evaluated.value(layout.indexRow, 3)).toBeCloseTo(0.8899, 12);
      expect(evaluated.value(layout.fieldPercentRow[6], 3)).toBeCloseTo(0.6947, 12);
      expect(evaluated.value(layout.classRow as number, 3)).toBe("Hoàn thành nhiệm vụ");
      expect(evaluated.value(layout.rankRow, 3)).toBe(3);
      expect(evaluated.value(layout.bandRow as number, 3)).toBe("Từ 80% đến dưới 90%");
      // 7 units × (field 8, total, applicable maximum, 8 field percentages, index, band, class, rank)
      expect(expectEngineAgrees(template, names, scores, dialect)).toBe(105);
    }
  });

  it("rounds 17,999 of 20 to 90,00% and 13,999 of 20 to 70,00% as the core does, in both dialects", () => {
    const source = (findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate).definition;
    const parsed = parseTemplate({
      id: "bien-lam-tron",
      name: "Biên làm tròn",
      fields: [
        {
          code: "1",
          title: "Một lĩnh vực",
          max: 20,
          children: [
            { code: "1.1", title: "A", max: 10 },
            { code: "1.2", title: "B", max: 10 },
          ],
        },
      ],
      classification: source.classification,
      bands: source.bands,
    });
    if (!parsed.ok) throw new Error("template");
    const scores = [
      { "1.1": 9.999, "1.2": 8 },
      { "1.1": 6.999, "1.2": 7 },
    ];
    for (const dialect of ["par", "native"] as const) {
      const { evaluated, layout } = evaluate(parsed.template, ["Xã A", "Xã B"], scores, dialect);
      expect([evaluated.value(layout.indexRow, 3), evaluated.value(layout.indexRow, 4)]).toEqual([0.9, 0.7]);
      expect([evaluated.value(layout.bandRow as number, 3), evaluated.value(layout.classRow as number, 3)]).toEqual([
        "Từ 90% trở lên",
        "Hoàn thành xuất sắc nhiệm vụ",
      ]);
      expect(evaluated.value(layout.classRow as number, 4)).toBe("Hoàn thành nhiệm vụ");
      expect(expectEngineAgrees(parsed.template, ["Xã A", "Xã B"], scores, dialect)).toBe(16);
    }
  });

  it("classifies and bands at the template's precision: 89,9996% stays below 90 at 4 decimals, in both dialects", () => {
    const source = (findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate).definition;
    const parsed = parseTemplate({
      id: "bon-chu-so",
      name: "Bốn chữ số thập phân",
      precision: 4,
      fields: [
        {
          code: "1",
          title: "Một lĩnh vực",
          max: 25,
          children: [
            { code: "1.1", title: "A", max: 20 },
            { code: "1.2", title: "B", max: 5 },
          ],
        },
      ],
      classification: source.classification,
      bands: source.bands,
    });
    if (!parsed.ok) throw new Error("template");
    const scores = [{ "1.1": 17.49999, "1.2": 5 }]; // 22,49999 of 25 = 89,99996% → 90,0000% at 4 decimals
    const below = [{ "1.1": 17.499, "1.2": 5 }]; // 22,499 of 25 = 89,996%
    for (const dialect of ["par", "native"] as const) {
      const { evaluated, layout } = evaluate(parsed.template, ["Xã A"], below, dialect);
      expect(evaluated.value(layout.indexRow, 3)).toBeCloseTo(0.89996, 12);
      expect(evaluated.value(layout.bandRow as number, 3)).toBe("Từ 80% đến dưới 90%");
      expect(evaluated.value(layout.classRow as number, 3)).toBe("Hoàn thành tốt nhiệm vụ");
      expect(expectEngineAgrees(parsed.template, ["Xã A"], below, dialect)).toBe(8);
      expect(expectEngineAgrees(parsed.template, ["Xã A"], scores, dialect)).toBe(8);
    }
  });

  it("on seeded random workbooks with ties", () => {
    const random = seededRandom(20261123);
    let checked = 0;
    for (let round = 0; round < 12; round++) {
      const template = syntheticTemplate(8 + Math.floor(random() * 50), 100 + round);
      const count = 4 + Math.floor(random() * 20);
      const names = unitNames(count);
      const scores = syntheticScores(template, count, 200 + round);
      scores[count - 1] = { ...scores[0] }; // a tie for the rank
      for (const dialect of ["par", "native"] as const) checked += expectEngineAgrees(template, names, scores, dialect);
    }
    expect(checked).toBeGreaterThan(2000);
  }, 60_000);

  it("Hải Dương with field 3 not assessed: 70 of an applicable 81,5 is 85,89%, in both dialects", () => {
    const template = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
    const scores = [{ "1": 15, "2": 5, "3": "KĐG", "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 12.5, "8.3": 0 }];
    for (const dialect of ["par", "native"] as const) {
      const { evaluated, layout } = evaluate(template, ["Xã Ngọc Sơn"], scores, dialect);
      expect(evaluated.value(layout.totalRow, 3)).toBe(70);
      expect(evaluated.value(layout.applicableMaxRow, 3)).toBe(81.5);
      expect(evaluated.value(layout.indexRow, 3)).toBeCloseTo(0.8589, 12);
      expect(evaluated.value(layout.fieldPercentRow[2], 3)).toBe("KĐG");
      expect(evaluated.value(layout.classRow as number, 3)).toBe("Hoàn thành tốt nhiệm vụ");
    }
  });

  it("a field whose maximum is 0 has a blank percentage (not #DIV/0!) and demotes no one, in both dialects", () => {
    const parsed = parseTemplate({
      id: "khong-diem",
      name: "Một lĩnh vực 0 điểm",
      classification: [
        { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: 90, minField: 80 },
        { label: "Hoàn thành nhiệm vụ", minTotal: 50, minField: 50 },
        { label: "Không hoàn thành nhiệm vụ" },
      ],
      bands: [
        { label: "Từ 90%", min: 90 },
        { label: "Dưới 90%", min: 0 },
      ],
      fields: [
        { code: "1", title: "Chỉ đạo", max: 60 },
        { code: "2", title: "Theo dõi (chưa chấm năm nay)", max: 0 },
        { code: "3", title: "Thể chế", max: 40 },
      ],
    });
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
    const units = ["Xã An", "Xã Bình"];
    const scores = [
      { "1": 57, "2": 0, "3": 38 },
      { "1": 40, "3": 30 },
    ];
    for (const dialect of ["par", "native"] as const) {
      const { evaluated, layout } = evaluate(parsed.template, units, scores, dialect);
      expect(evaluated.value(layout.fieldPercentRow[1], 3)).toBe("");
      expect(evaluated.value(layout.indexRow, 3)).toBeCloseTo(0.95, 12);
      expect(evaluated.value(layout.classRow as number, 3)).toBe("Hoàn thành xuất sắc nhiệm vụ");
      // 2 units × (total, applicable maximum, 3 field percentages, index, band, class, rank)
      expect(expectEngineAgrees(parsed.template, units, scores, dialect)).toBe(18);
    }
  });

  it("on seeded random workbooks with criteria not assessed, bonus and penalty points", () => {
    const random = seededRandom(20261203);
    let checked = 0;
    let clamped = 0;
    for (let round = 0; round < 8; round++) {
      const plain = syntheticTemplate(10 + Math.floor(random() * 40), 300 + round);
      const template = round % 4 === 3 ? plain : withBonusAndPenalty(plain);
      const count = 4 + Math.floor(random() * 12);
      const names = unitNames(count);
      const scores = withNotAssessedAndExtras(template, syntheticScores(template, count, 400 + round), 500 + round);
      const report = scoreUnits(
        template,
        names.map((name, u) => ({ name, scores: scores[u] })),
      );
      expect(report.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      clamped += report.issues.filter((issue) => issue.kind === "clamped").length;
      for (const dialect of ["par", "native"] as const) checked += expectEngineAgrees(template, names, scores, dialect);
    }
    expect(clamped).toBeGreaterThan(3);
    expect(checked).toBeGreaterThan(1000);
  }, 60_000);
});

describe("the Cấu hình tables, the native formulas and the table reader follow the core's rule description", () => {
  const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
  const names = tuKyUnits.map((u) => u.name);
  const scores = tuKyUnits.map((u) => u.scores as Record<string, number>);
  /** The body of a table on `Cấu hình` as values, `width` columns from A. */
  const tableValues = (thresholds: ThresholdDescription, rows: "classRows" | "bandRows", width: number): unknown[][] => {
    const layout = configLayout(haiDuong, thresholds);
    const plan = planConfigSheet(haiDuong, 2026, "vi", layout);
    const body = layout[rows] as { first: number; last: number };
    return plan.cells.slice(body.first - 1, body.last + 1).map((line) => Array.from({ length: width }, (_, c) => line?.[c]?.value ?? null));
  };

  it("with the class thresholds in the other order, the columns swap and the classes stay the core's", () => {
    const swapped: ThresholdDescription = { ...THRESHOLDS, classes: [...THRESHOLDS.classes].reverse() };
    expect(tableValues(swapped, "classRows", 3)).toEqual([
      ["Xếp loại", "Mỗi lĩnh vực tối thiểu (%)", "Chỉ số tối thiểu (%)"],
      ["Hoàn thành xuất sắc nhiệm vụ", 80, 90],
      ["Hoàn thành tốt nhiệm vụ", 70, 80],
      ["Hoàn thành nhiệm vụ", 50, 65],
      ["Không hoàn thành nhiệm vụ", null, null],
    ]);
    const body = tableValues(swapped, "classRows", 3).slice(1);
    expect(readClassRules(body, swapped)).toEqual(haiDuong.definition.classification);
    expect(readClassRules(body)).not.toEqual(haiDuong.definition.classification);
    const { evaluated, layout } = evaluate(haiDuong, names, scores, "native", swapped);
    expect(evaluated.value(layout.classRow as number, 3)).toBe("Hoàn thành nhiệm vụ"); // Cộng Lạc, demoted by e-government 69,47%
    expect(expectEngineAgrees(haiDuong, names, scores, "native", swapped)).toBe(105);
  });

  it("with classes bounding the index only and bands the weakest field, Cộng Lạc (88,99%, e-government 69,47%) is not demoted and falls in 65–80%", () => {
    const changed: ThresholdDescription = { classes: [{ key: "minTotal", measure: "index" }], band: { key: "min", measure: "weakestField" } };
    expect(tableValues(changed, "classRows", 3)).toEqual([
      ["Xếp loại", "Chỉ số tối thiểu (%)", null],
      ["Hoàn thành xuất sắc nhiệm vụ", 90, null],
      ["Hoàn thành tốt nhiệm vụ", 80, null],
      ["Hoàn thành nhiệm vụ", 65, null],
      ["Không hoàn thành nhiệm vụ", null, null],
    ]);
    const classBody = tableValues(changed, "classRows", 2).slice(1);
    expect(readClassRules(classBody, changed)).toEqual(
      haiDuong.definition.classification!.map(({ label, minTotal }) => (minTotal === undefined ? { label } : { label, minTotal })),
    );
    expect(readBands(tableValues(changed, "bandRows", 2).slice(1), changed)).toEqual([...haiDuong.definition.bands!].sort((a, b) => b.min - a.min));
    const { evaluated, layout } = evaluate(haiDuong, names, scores, "native", changed);
    expect([evaluated.value(layout.classRow as number, 3), evaluated.value(layout.bandRow as number, 3)]).toEqual([
      "Hoàn thành tốt nhiệm vụ",
      "Từ 65% đến dưới 80%",
    ]);
    // PAR.CLASSIFY is given the class table as wide as the description: label and one threshold (A:C with the core's).
    const par = new ScoringFormulas(haiDuong, layout, configLayout(haiDuong, changed), "par");
    expect([par.classify(3), par.band(3)]).toEqual(["=PAR.CLASSIFY(D25,D17:D23,'Cấu hình'!$A$11:$B$14)", "=PAR.BAND(D25,'Cấu hình'!$A$17:$B$20)"]);
    expect(new ScoringFormulas(haiDuong, layout, configLayout(haiDuong), "par").classify(3)).toBe("=PAR.CLASSIFY(D25,D17:D23,'Cấu hình'!$A$11:$C$14)");
  });
});
