/**
 * How the sheets read when opened and printed: every wrapped text has the
 * row height it needs, Báo cáo fits A4 landscape, and Chấm điểm repeats its
 * code, content and maximum columns on every printed page.
 */
import { planClassificationAnnex, planFieldsAnnex, planRankingAnnex, planReportSheet, REPORT_WIDTH, type AnnexInput } from "../../src/sheet/annex-sheets";
import { planConfigSheet } from "../../src/sheet/config-sheet";
import { planCriteriaSheet } from "../../src/sheet/criteria-sheet";
import { planScoringSheet } from "../../src/sheet/scoring-sheet";
import { parseRange } from "../../src/sheet/a1";
import { DEFAULT_COLUMN_WIDTH, heightForLines, lineCapacity } from "../../src/sheet/row-heights";
import type { SheetPlan } from "../../src/sheet/plan";
import { reportSentences } from "../../src/core/report-sentences";
import { scoreUnits } from "../../src/core/scoring";
import { findBuiltInTemplate } from "../../src/templates/registry";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { tuKyUnits } from "../core/tu-ky-fixture";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
const report = scoreUnits(haiDuong, tuKyUnits);
const input: AnnexInput = { report, sentences: reportSentences(report), year: 2022, lang: "vi", chart: true };
const scoring = planScoringSheet({
  template: haiDuong,
  units: tuKyUnits.map((unit) => unit.name),
  scores: tuKyUnits.map((unit) => unit.scores),
  previousRanks: tuKyUnits.map((unit) => unit.previousRank ?? null),
  year: 2022,
  lang: "vi",
  dialect: "native",
});
const plans: SheetPlan[] = [
  planCriteriaSheet(haiDuong, "vi"),
  scoring.plan,
  planConfigSheet(haiDuong, 2022, "vi"),
  planRankingAnnex(input),
  planClassificationAnnex(input),
  planFieldsAnnex(input),
  planReportSheet(input),
];
const byName = (name: string): SheetPlan => plans.find((plan) => plan.name === name)!;
const heightOf = (plan: SheetPlan, row: number): number => plan.rowHeights?.[row] ?? 15;

describe("row heights of the sheets", () => {
  it.each(plans.map((plan) => [plan.name, plan]))("%s: every wrapped text has at least the lines its length needs", (_name, plan) => {
    const merged = new Map<string, number>();
    for (const address of plan.merges) {
      const block = parseRange(address)!;
      let width = 0;
      for (let c = block.column; c < block.column + block.columns; c++) width += plan.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH;
      merged.set(`${block.row},${block.column}`, block.rows === 1 ? width : 0);
    }
    let checked = 0;
    plan.cells.forEach((line, row) =>
      line?.forEach((cell, column) => {
        if (!cell?.wrap || typeof cell.value !== "string" || merged.get(`${row},${column}`) === 0) return;
        const width = merged.get(`${row},${column}`) ?? plan.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
        // A lower bound whatever the word breaks: the characters over the widest line any look allows.
        const atLeast = heightForLines(Math.ceil(cell.value.length / lineCapacity(width)));
        expect([row, column, heightOf(plan, row) >= atLeast]).toEqual([row, column, true]);
        checked++;
      }),
    );
    expect(checked).toBeGreaterThan(0);
  });

  it.each(plans.map((plan) => [plan.name, plan]))("%s: sets heights only on rows with wrapped text", (_name, plan) => {
    (plan.rowHeights ?? []).forEach((height, row) => {
      if (height === null) return;
      expect([row, plan.cells[row]?.some((cell) => cell?.wrap === true)]).toEqual([row, true]);
    });
  });
});

describe("Báo cáo", () => {
  const plan = byName("Báo cáo");

  it("has one sentence per row in one 110-wide column, printed one page wide on A4 landscape", () => {
    expect(plan.columnWidths).toEqual([REPORT_WIDTH]);
    expect(REPORT_WIDTH).toBe(110);
    expect(plan.print).toEqual({ orientation: "landscape", paper: "A4", titleRows: "$1:$3", fitToWidth: true });
    const sentences = input.sentences.map((sentence) => sentence.text.vi);
    expect(plan.cells.slice(3).map((line) => line?.[0]?.value)).toEqual(sentences);
    expect(plan.cells.slice(3).every((line) => line?.[0]?.wrap === true)).toBe(true);
  });

  it("gives a long demotion two lines and leaves a short band sentence at the default height", () => {
    const row = (start: string): number => plan.cells.findIndex((line) => String(line?.[0]?.value ?? "").startsWith(start));
    const quangTrung = row("Nhóm đạt Chỉ số tổng hợp từ 90% trở lên");
    expect(String(plan.cells[quangTrung]?.[0]?.value)).toHaveLength(106);
    expect(plan.rowHeights?.[quangTrung]).toBeNull();
    const congLac = row("UBND xã Cộng Lạc: Chỉ số 88,99%");
    expect(String(plan.cells[congLac]?.[0]?.value)).toHaveLength(237);
    expect(plan.rowHeights?.[congLac]).toBe(33);
  });
});

describe("PL2 Phân loại, PL3 Lĩnh vực, Cấu hình", () => {
  it("PL2: member lists span columns C–G and wrap; the reasons get their lines", () => {
    const plan = byName("PL2 Phân loại");
    expect(plan.merges.slice(0, 2)).toEqual(["C4:G4", "C5:G5"]);
    expect(plan.cells[3]?.[0]?.value).toBe("Xếp loại");
    expect(plan.cells[6]?.[0]?.value).toBe("Hoàn thành nhiệm vụ");
    expect(plan.cells[6]?.[2]).toMatchObject({ value: "Xã Đại Sơn, Xã Cộng Lạc, Thị trấn Tứ Kỳ", wrap: true });
    const congLac = plan.cells.findIndex((line) => line?.[1]?.value === "Xã Cộng Lạc");
    expect(plan.cells[congLac]?.[6]?.wrap).toBe(true);
    // 219 characters of reason in the 54-wide column G (57 a line): 4 lines.
    expect(String(plan.cells[congLac]?.[6]?.value)).toHaveLength(219);
    expect(plan.rowHeights?.[congLac]).toBe(63);
    expect(plan.columnWidths).toEqual([22, 24, 10, 24, 30, 12, 54]);
  });

  it("PL3: the lists of units under 70% span from column H to the table's last column", () => {
    const plan = byName("PL3 Lĩnh vực");
    expect(plan.merges).toHaveLength(1 + haiDuong.fields.length);
    expect(plan.merges[0]).toBe("H4:R4");
    expect(plan.columnWidths).toHaveLength(18);
    expect(plan.columnWidths.slice(7)).toEqual(Array.from({ length: 11 }, () => 9));
  });

  it("Cấu hình: the template's name and legal source wrap over columns B–F", () => {
    const plan = byName("Cấu hình");
    expect(plan.merges).toEqual(["B3:F3", "B4:F4", "B5:F5"]);
    expect(plan.cells[4]?.[1]).toMatchObject({ value: haiDuong.definition.source, wrap: true });
    expect(plan.rowHeights?.[4]).toBe(48);
  });
});

describe("Chấm điểm", () => {
  const { plan, layout } = scoring;

  it("prints A4 landscape with the header rows and columns A–C on every page", () => {
    expect(plan.print).toEqual({ orientation: "landscape", paper: "A4", titleRows: "$1:$3", titleColumns: "$A:$C", fitToWidth: false, scale: 70 });
  });

  it("gives wrapped criterion titles their lines (8.1–8.3)", () => {
    const row = (code: string): number => layout.firstNodeRow + haiDuong.byCode.get(code)!;
    expect(["8.1", "8.2", "8.3"].map((code) => plan.rowHeights?.[row(code)])).toEqual([48, 48, 33]);
    expect(plan.rowHeights?.[row("1")]).toBeNull();
  });

  it("wraps band and class labels in the unit columns, as tall as the longest label needs", () => {
    const first = layout.firstUnitColumn;
    expect(plan.cells[layout.bandRow!]?.[first]?.wrap).toBe(true);
    expect(plan.cells[layout.classRow!]?.[first]?.wrap).toBe(true);
    // "Từ 80% đến dưới 90%": 2 lines; "Hoàn thành xuất sắc nhiệm vụ": 3 lines, bold in 14 characters.
    expect(plan.rowHeights?.[layout.bandRow!]).toBe(33);
    expect(plan.rowHeights?.[layout.classRow!]).toBe(48);
  });
});
