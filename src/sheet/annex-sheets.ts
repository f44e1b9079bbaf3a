/**
 * The annex sheets as plans: PL1 Xếp hạng, PL2 Phân loại, PL3 Lĩnh vực and
 * Báo cáo. Values only (a published snapshot of the core's figures), A4
 * landscape with repeated title rows, and a bar chart of the index on PL1.
 */
import type { Lang } from "../core/messages";
import type { ScoreReport } from "../core/scoring";
import {
  bandGroups,
  classGroups,
  classificationTable,
  fieldNotAssessed,
  fieldTable,
  ordinaryFields,
  rankingTable,
  WEAK_FIELD_THRESHOLD,
  type RankingRow,
  type UnitGroup,
} from "../core/annex-tables";
import type { ReportSentence } from "../core/report-sentences";
import type { ComparisonRow } from "../core/self-comparison";
import { rangeAddress, cellAddress } from "./a1";
import { annexText, type AnnexText } from "./annex-text";
import type { ChartPlan, PlanCell, SheetPlan } from "./plan";
import { newAnnexPlan, PlanGrid } from "./plan-grid";
import { fitRowHeights } from "./row-heights";

const PERCENT = "0.00";
const SCORE = "0.00";

export interface AnnexInput {
  report: ScoreReport;
  sentences: ReportSentence[];
  year: number | null;
  lang: Lang;
  chart: boolean;
  /** PL4: the units compared (none without a self-assessment) and its sentence; absent = none. */
  comparison?: { rows: ComparisonRow[]; sentences: ReportSentence[] };
}

const num = (value: number | null, numberFormat: string): PlanCell => ({ value, numberFormat });

function landscape(plan: SheetPlan, titleRows: number): void {
  plan.print = { orientation: "landscape", paper: "A4", titleRows: `$1:$${titleRows}`, fitToWidth: true };
}

/** PL1's rows: the title, the template, the two header rows; the units start below them. */
const RANKING_HEADER = 2;
const RANKING_FIRST_ROW = RANKING_HEADER + 2;

/** A column of PL1 between the fields' pairs and the total: bonus, penalty, the applicable maximum. */
interface ExtraColumn {
  label: string;
  value: (row: RankingRow) => number;
}

/** Bonus and penalty columns when the template has them; the applicable maximum when some unit's differs. */
function extraColumns(input: AnnexInput, rows: readonly RankingRow[], t: AnnexText): ExtraColumn[] {
  const { template } = input.report;
  const columns: ExtraColumn[] = [];
  if (template.fields.some((field) => field.kind === "bonus")) columns.push({ label: t.bonus, value: (row) => row.bonus });
  if (template.fields.some((field) => field.kind === "penalty")) columns.push({ label: t.penalty, value: (row) => row.penalty });
  if (rows.some((row) => row.max !== template.totalMax)) columns.push({ label: t.applicableMax, value: (row) => row.max });
  return columns;
}

export function planRankingAnnex(input: AnnexInput): SheetPlan {
  const t = annexText[input.lang];
  const { report } = input;
  const fields = ordinaryFields(report).map((f) => report.template.fields[f]);
  const rows = rankingTable(report);
  const extras = extraColumns(input, rows, t);
  const grid = new PlanGrid();
  grid.text(0, 0, t.rankingTitle(input.year), { style: "title" });
  grid.text(1, 0, report.template.name, { style: "subtitle" });
  const merges = writeRankingHeader(
    grid,
    fields.map((field) => t.field(field.code)),
    extras,
    t,
  );
  const after = 2 + 2 * fields.length + extras.length;
  rows.forEach((row, i) => writeRankingRow(grid, RANKING_FIRST_ROW + i, row, extras, input.lang, t));
  const plan = newAnnexPlan("ranking", grid);
  plan.merges = merges;
  plan.columnWidths = [6, 30, ...fields.flatMap(() => [8, 9]), ...extras.map(() => 10), 10, 10, 9, 10, 12, 22];
  plan.frozen = { rows: RANKING_FIRST_ROW, columns: 2 };
  plan.rowHeights = fitRowHeights(plan);
  landscape(plan, RANKING_FIRST_ROW);
  if (input.chart && rows.length > 0) plan.charts.push(indexChart(rows.length, after, t));
  return plan;
}

/** PL1's two header rows: STT and unit, a score and percent pair per field, the extra columns, then the unit's figures; returns the merges. */
function writeRankingHeader(grid: PlanGrid, fieldLabels: readonly string[], extras: readonly ExtraColumn[], t: AnnexText): string[] {
  const header = RANKING_HEADER;
  const sub = header + 1;
  const merges: string[] = [];
  const single = (column: number, label: string): void => {
    grid.text(header, column, label, { style: "header", wrap: true });
    grid.text(sub, column, "", { style: "header" });
    merges.push(rangeAddress(header, column, 2, 1));
  };
  single(0, t.stt);
  single(1, t.unit);
  fieldLabels.forEach((label, f) => {
    const column = 2 + 2 * f;
    grid.text(header, column, label, { style: "header" });
    grid.text(header, column + 1, "", { style: "header" });
    merges.push(rangeAddress(header, column, 1, 2));
    grid.text(sub, column, t.score, { style: "header" });
    grid.text(sub, column + 1, t.percent, { style: "header", wrap: true });
  });
  const first = 2 + 2 * fieldLabels.length;
  extras.forEach((extra, i) => single(first + i, extra.label));
  const after = first + extras.length;
  [t.total, t.index, t.rank, t.previousRank, t.change, t.band].forEach((label, i) => single(after + i, label));
  return merges;
}

/** One unit's row of PL1: a field not assessed for the unit shows "—" for its score and percent. */
function writeRankingRow(grid: PlanGrid, r: number, row: RankingRow, extras: readonly ExtraColumn[], lang: Lang, t: AnnexText): void {
  grid.set(r, 0, num(row.stt, "0"));
  grid.text(r, 1, row.name);
  row.fields.forEach((field, f) => {
    if (field.notAssessed) {
      grid.text(r, 2 + 2 * f, t.notAssessed);
      grid.text(r, 3 + 2 * f, t.notAssessed);
      return;
    }
    grid.set(r, 2 + 2 * f, num(field.score, SCORE));
    grid.set(r, 3 + 2 * f, num(field.percent, PERCENT));
  });
  const first = 2 + 2 * row.fields.length;
  extras.forEach((extra, i) => grid.set(r, first + i, num(extra.value(row), SCORE)));
  const after = first + extras.length;
  grid.set(r, after, num(row.score, SCORE));
  grid.set(r, after + 1, num(row.percent, PERCENT));
  grid.set(r, after + 2, num(row.rank, "0"));
  grid.set(r, after + 3, num(row.previousRank, "0"));
  grid.text(r, after + 4, row.rankChangeText[lang]);
  grid.text(r, after + 5, row.band ?? "");
}

/** The bar chart of the index by unit, under PL1's table; the index is the column after the total. */
function indexChart(unitCount: number, after: number, t: AnnexText): ChartPlan {
  const first = RANKING_FIRST_ROW;
  const last = first + unitCount - 1;
  return {
    type: "bar",
    title: t.chartTitle,
    seriesName: t.index,
    categories: rangeAddress(first, 1, unitCount, 1),
    values: rangeAddress(first, after + 1, unitCount, 1),
    from: cellAddress(last + 2, 1),
    to: cellAddress(last + 2 + Math.max(15, Math.ceil(unitCount * 0.8)), after + 1),
  };
}

/** The columns of PL2's unit table; a group table's member list spans those after the first two. */
const CLASSIFICATION_WIDTHS = [22, 24, 10, 24, 30, 12, 54];

/** A class or band table: label | count | members (merged over the columns to the right, wrapped). */
function groupTable(grid: PlanGrid, merges: string[], row: number, heading: string, groups: UnitGroup[], t: AnnexText): number {
  const memberColumns = CLASSIFICATION_WIDTHS.length - 2;
  grid.text(row, 0, heading, { style: "header", wrap: true });
  grid.text(row, 1, t.count, { style: "header", wrap: true });
  grid.text(row, 2, t.members, { style: "header" });
  for (let c = 3; c < 2 + memberColumns; c++) grid.text(row, c, "", { style: "header" });
  merges.push(rangeAddress(row, 2, 1, memberColumns));
  let r = row + 1;
  for (const group of groups) {
    grid.text(r, 0, group.label, { wrap: true });
    grid.set(r, 1, num(group.count, "0"));
    // A list longer than one cell continues in the rows below, under the same label.
    const taken = grid.textOverRows(r, 2, group.units.join(", "), { wrap: true });
    for (let m = 0; m < taken; m++) merges.push(rangeAddress(r + m, 2, 1, memberColumns));
    r += taken;
  }
  return r + 1;
}

/**
 * PL2's table of units from `row` (its header) down: one row per unit, a note
 * longer than one cell (demotion reasons naming long field titles) continued
 * in the rows below the unit's.
 */
function writeClassificationTable(grid: PlanGrid, row: number, input: AnnexInput, t: AnnexText): void {
  const header = [t.stt, t.unit, t.index, t.classLabel, t.weakestField, t.weakestPercent, t.reason];
  header.forEach((label, c) => grid.text(row, c, label, { style: "header", wrap: true }));
  let r = row + 1;
  for (const unit of classificationTable(input.report)) {
    grid.set(r, 0, num(unit.stt, "0"));
    grid.text(r, 1, unit.name, { wrap: true });
    grid.set(r, 2, num(unit.percent, PERCENT));
    grid.text(r, 3, unit.label ?? "", { wrap: true });
    grid.text(r, 4, unit.weakest ? `${unit.weakest.code}. ${unit.weakest.title}` : "", { wrap: true });
    grid.set(r, 5, num(unit.weakest?.percent ?? null, PERCENT));
    const notes = [unit.reason, unit.applicableNote].filter((note) => note !== null).map((note) => note[input.lang]);
    r += grid.textOverRows(r, 6, notes.join(" "), { wrap: true });
  }
}

export function planClassificationAnnex(input: AnnexInput): SheetPlan {
  const t = annexText[input.lang];
  const { report } = input;
  const grid = new PlanGrid();
  grid.text(0, 0, t.classificationTitle(input.year), { style: "title" });
  grid.text(1, 0, report.template.name, { style: "subtitle" });
  const merges: string[] = [];
  let row = 3;
  if (report.template.definition.classification) row = groupTable(grid, merges, row, t.classLabel, classGroups(report), t);
  if (report.template.definition.bands) row = groupTable(grid, merges, row, t.band, bandGroups(report), t);
  writeClassificationTable(grid, row, input, t);
  const plan = newAnnexPlan("classification", grid);
  plan.merges = merges;
  plan.columnWidths = [...CLASSIFICATION_WIDTHS];
  plan.rowHeights = fitRowHeights(plan);
  landscape(plan, 2);
  return plan;
}

export function planFieldsAnnex(input: AnnexInput): SheetPlan {
  const t = annexText[input.lang];
  const { report } = input;
  const grid = new PlanGrid();
  grid.text(0, 0, t.fieldsTitle(input.year), { style: "title" });
  grid.text(1, 0, report.template.name, { style: "subtitle" });
  const ordinary = ordinaryFields(report);
  const fields = ordinary.map((f) => report.template.fields[f]);
  // The lists of units under 70% (column H) span to the last column of the table of units below.
  const listColumn = 7;
  const lastColumn = Math.max(listColumn, 1 + 2 * fields.length);
  const listColumns = lastColumn - listColumn + 1;
  const merges: string[] = [];
  const header = [t.code, t.fieldTitle, t.max, t.best, t.worst, t.average, t.belowCount(WEAK_FIELD_THRESHOLD), t.belowUnits(WEAK_FIELD_THRESHOLD)];
  header.forEach((label, c) => grid.text(3, c, label, { style: "header", wrap: true }));
  for (let c = listColumn + 1; c <= lastColumn; c++) grid.text(3, c, "", { style: "header" });
  const summaries = fieldTable(report);
  let r = 4;
  for (const field of summaries) {
    grid.text(r, 0, field.code);
    grid.text(r, 1, field.title, { wrap: true });
    grid.set(r, 2, num(field.max, SCORE));
    grid.set(r, 3, num(field.best, PERCENT));
    grid.set(r, 4, num(field.worst, PERCENT));
    grid.set(r, 5, num(field.average, PERCENT));
    grid.set(r, 6, num(field.below.length, "0"));
    // A list longer than one cell continues in the rows below.
    r += grid.textOverRows(r, listColumn, field.below.map((unit) => unit.name).join(", "), { wrap: true });
  }
  if (listColumns > 1) for (let m = 3; m < r; m++) merges.push(rangeAddress(m, listColumn, 1, listColumns));
  const top = r + 1;
  grid.text(top, 0, t.stt, { style: "header" });
  grid.text(top, 1, t.unit, { style: "header" });
  fields.forEach((field, f) => {
    grid.text(top, 2 + 2 * f, t.fieldPercent(field.code), { style: "header", wrap: true });
    grid.text(top, 3 + 2 * f, t.fieldRank(field.code), { style: "header", wrap: true });
  });
  rankingTable(report).forEach((row, i) => {
    const r = top + 1 + i;
    const unit = report.units.find((u) => u.name === row.name);
    grid.set(r, 0, num(row.stt, "0"));
    grid.text(r, 1, row.name);
    ordinary.forEach((f, i) => {
      if (unit && fieldNotAssessed(report, unit, f)) {
        grid.text(r, 2 + 2 * i, t.notAssessed);
        grid.text(r, 3 + 2 * i, t.notAssessed);
        return;
      }
      grid.set(r, 2 + 2 * i, num(unit?.fields[f].percent ?? null, PERCENT));
      grid.set(r, 3 + 2 * i, num(unit?.fields[f].rank ?? null, "0"));
    });
  });
  const plan = newAnnexPlan("fields", grid);
  const tail = Array.from({ length: listColumns - 1 }, () => 9);
  plan.columnWidths = [8, 40, 10, 11, 11, 11, 11, Math.max(9, 50 - 9 * tail.length), ...tail];
  plan.merges = merges;
  plan.rowHeights = fitRowHeights(plan);
  landscape(plan, 2);
  return plan;
}

/** Báo cáo's one column, in characters: a sentence per row, as wide as A4 landscape prints at 100%. */
export const REPORT_WIDTH = 110;

export function planReportSheet(input: AnnexInput): SheetPlan {
  const t = annexText[input.lang];
  const grid = new PlanGrid();
  grid.text(0, 0, t.reportTitle(input.year), { style: "title" });
  grid.text(1, 0, input.report.template.name, { style: "subtitle" });
  // A sentence longer than one cell (a band of thousands of units) continues in the rows below.
  let row = 3;
  for (const sentence of input.sentences) row += grid.textOverRows(row, 0, sentence.text[input.lang], { wrap: true });
  const plan = newAnnexPlan("report", grid);
  plan.columnWidths = [REPORT_WIDTH];
  plan.rowHeights = fitRowHeights(plan);
  landscape(plan, 3); // the title, the template and the blank row under them
  return plan;
}
