/**
 * PL4 "So sánh tự chấm và thẩm định": one row per unit with a
 * self-assessment (self and appraised totals and indexes, the differences,
 * the number of criteria changed, the largest differences with the unit's
 * explanation), then the report's sentence on the units appraised lower.
 */
import type { ComparisonRow } from "../core/self-comparison";
import type { AnnexInput } from "./annex-sheets";
import { annexText, type AnnexText } from "./annex-text";
import type { PlanCell, SheetPlan } from "./plan";
import { newAnnexPlan, PlanGrid } from "./plan-grid";
import { fitRowHeights } from "./row-heights";

const SCORE = "0.00";
const HEADER_ROW = 3;

const num = (value: number, numberFormat: string): PlanCell => ({ value, numberFormat });

/** The largest differences, one per line, each followed by the unit's explanation when it gave one. */
function largestText(row: ComparisonRow, t: AnnexText): string {
  return row.largest
    .map((item) => {
      const line = t.criterionDifference(item.code, item.selfScore, item.score, item.difference);
      return item.explanation.trim() === "" ? line : `${line}. ${t.explanation(item.explanation.trim())}`;
    })
    .join("\n");
}

export function planComparisonAnnex(input: AnnexInput): SheetPlan {
  const t = annexText[input.lang];
  const grid = new PlanGrid();
  grid.text(0, 0, t.comparisonTitle(input.year), { style: "title" });
  grid.text(1, 0, input.report.template.name, { style: "subtitle" });
  const header = [
    t.stt,
    t.unit,
    t.selfTotal,
    t.selfIndex,
    t.appraisedTotal,
    t.appraisedIndex,
    t.difference,
    t.indexDifference,
    t.changedCount,
    t.largestDifferences,
  ];
  header.forEach((label, c) => grid.text(HEADER_ROW, c, label, { style: "header", wrap: true }));
  const { rows, sentences } = input.comparison ?? { rows: [], sentences: [] };
  // A cell longer than Excel allows (long explanations, a sentence naming hundreds of units) continues in the rows below.
  let r = HEADER_ROW + 1;
  for (const row of rows) {
    grid.set(r, 0, num(row.stt, "0"));
    grid.text(r, 1, row.name, { wrap: true });
    grid.set(r, 2, num(row.selfScore, SCORE));
    grid.set(r, 3, num(row.selfPercent, SCORE));
    grid.set(r, 4, num(row.score, SCORE));
    grid.set(r, 5, num(row.percent, SCORE));
    grid.set(r, 6, num(row.difference, SCORE));
    grid.set(r, 7, num(row.percentDifference, SCORE));
    grid.set(r, 8, num(row.changed, "0"));
    r += grid.textOverRows(r, 9, largestText(row, t), { wrap: true });
  }
  r++;
  for (const sentence of sentences) r += grid.textOverRows(r, 1, sentence.text[input.lang], { wrap: false });
  const plan = newAnnexPlan("comparison", grid);
  plan.columnWidths = [6, 26, 10, 10, 10, 10, 12, 11, 10, 60];
  plan.frozen = { rows: HEADER_ROW + 1, columns: 2 };
  plan.rowHeights = fitRowHeights(plan);
  plan.print = { orientation: "landscape", paper: "A4", titleRows: `$1:$${HEADER_ROW + 1}`, fitToWidth: true };
  return plan;
}
