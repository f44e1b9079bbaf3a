/**
 * The plan of `Chấm điểm`: one row per criterion (code, content, maximum),
 * one column per unit; leaf cells are unlocked inputs, every other figure a
 * formula with the core's value cached; below, each field's percentage, the
 * index, band, class, rank and last year's rank.
 */
import type { CompiledTemplate, TemplateNode } from "../core/template-tree";
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import { scoreUnits, type ScoreReport } from "../core/scoring";
import { absoluteRange, cellAddress, columnLetter, rangeAddress, sheetReference } from "./a1";
import { configLayout, scoringLayout, CODE_COLUMN, MAX_COLUMN, TITLE_COLUMN, type ScoringLayout } from "./layout";
import { SHEET_NAMES } from "./names";
import { criteriaOutline } from "./outline";
import type { CellValue, ConditionalFormatRule, FormulaDialect, PlanCell, SheetPlan, ValidationRule } from "./plan";
import { newSheetPlan, PlanGrid } from "./plan-grid";
import { fitRowHeights, textHeight } from "./row-heights";
import { ScoringFormulas } from "./scoring-formulas";
import { sheetText } from "./sheet-text";
import { notAssessedTest } from "./self-assessment-formulas";
import { NOT_ASSESSED_MARK } from "../core/not-assessed";
import type { UnitResult } from "../core/scoring";

export const SCORE_FORMAT = "0.00";
export const PERCENT_FORMAT = "0.00%";
export const INVALID_FILL = "#FFC7CE";
export const INVALID_FONT = "#9C0006";
/** KĐG cells (criteria not assessed for the unit) are greyed. */
const NOT_ASSESSED_FILL = "#D9D9D9";
const NOT_ASSESSED_FONT = "#595959";
/** An appraised score that differs from the self-assessment. */
const DIFFERENCE_FILL = "#FFEB9C";
const DIFFERENCE_FONT = "#7F3F00";
/** Widths in characters of the content column and of each unit's column. */
const TITLE_WIDTH = 50;
const UNIT_WIDTH = 14;
/** Printed at 70%: with columns A–C on every page, five to nine units fit across one A4 page, and a set of 11 criteria fits one page tall. */
const PRINT_SCALE = 70;

interface ScoringSheetInput {
  template: CompiledTemplate;
  units: readonly string[];
  /** Per unit (same order), leaf code → the value to put in the input cell. */
  scores: readonly Readonly<Record<string, unknown>>[];
  previousRanks: readonly (number | null)[];
  year: number | null;
  lang: Lang;
  dialect: FormulaDialect;
  /**
   * "appraisal" (default): `Chấm điểm`, the scores that count, with band,
   * class and ranks. "self": `Tự đánh giá`, the units' self-assessment on
   * the same rows and columns, up to the index.
   */
  round?: ScoringRound;
}

type ScoringRound = "appraisal" | "self";

const isAppraisal = (input: ScoringSheetInput): boolean => (input.round ?? "appraisal") === "appraisal";

interface ScoringSheet {
  plan: SheetPlan;
  layout: ScoringLayout;
  /** The core's figures for the scores written (the cached values). */
  report: ScoreReport;
}

/** A stored input: numbers as numbers, anything else kept as the text it was. */
function inputCell(value: unknown): PlanCell {
  const cell: PlanCell = { numberFormat: SCORE_FORMAT, locked: false, style: "input" };
  if (typeof value === "number" && Number.isFinite(value)) cell.value = value;
  else if (typeof value === "string" && value !== "") {
    cell.value = value;
    cell.text = true;
  } else if (typeof value === "boolean") cell.value = value;
  return cell;
}

function leafRuns(template: CompiledTemplate, levelled: ReadonlyMap<number, number>): Array<{ first: number; last: number }> {
  const runs: Array<{ first: number; last: number }> = [];
  for (const leaf of template.leaves) {
    if (levelled.has(leaf)) continue;
    const last = runs[runs.length - 1];
    if (last && last.last === leaf - 1) last.last = leaf;
    else runs.push({ first: leaf, last: leaf });
  }
  return runs;
}

export function planScoringSheet(input: ScoringSheetInput): ScoringSheet {
  const { template, units, dialect } = input;
  const layout = scoringLayout(template, units.length);
  const formulas = new ScoringFormulas(template, layout, configLayout(template), dialect);
  const report = scoreUnits(
    template,
    units.map((name, u) => ({ name, scores: input.scores[u] ?? {}, previousRank: input.previousRanks[u] ?? null })),
  );
  const sheet: SheetParts = { input, layout, formulas, report, grid: new PlanGrid() };
  writeHeader(sheet);
  writeCriteriaRows(sheet);
  writeSummaryLabels(sheet);
  units.forEach((_, u) => writeUnitSummary(sheet, u));
  return { plan: scoringPlan(sheet), layout, report };
}

/** What the pieces of the scoring sheet's plan share while it is built. */
interface SheetParts {
  input: ScoringSheetInput;
  layout: ScoringLayout;
  formulas: ScoringFormulas;
  /** The core's figures, cached in the formula cells. */
  report: ScoreReport;
  grid: PlanGrid;
}

/** A formula cell with the core's value cached. */
function formulaCell(expression: string, value: CellValue, numberFormat: string, style: PlanCell["style"]): PlanCell {
  return { formula: expression, value, numberFormat, style };
}

/** The title, the template's name and the header row; code, content and maximum of every criterion. */
function writeHeader({ input, layout, grid }: SheetParts): void {
  const text = sheetText[input.lang];
  grid.text(0, 0, isAppraisal(input) ? text.scoringTitle(input.year) : text.selfTitle(input.year), { style: "title" });
  writeCriteriaColumns(grid, input.template, layout, input.units, input.lang);
}

/** Bonus and penalty rows stand apart; otherwise a field, a parent criterion or a leaf. */
function nodeStyle(template: CompiledTemplate, node: TemplateNode): PlanCell["style"] {
  if (template.fields[node.field].kind !== "ordinary") return "extra";
  return node.depth === 0 ? "field" : node.isLeaf ? "leaf" : "parent";
}

/**
 * What every sheet laid out like `Chấm điểm` shares: the title's second row
 * (the template's name), the header row with the units' names, and per
 * criterion its code, content and maximum in columns A–C.
 */
export function writeCriteriaColumns(grid: PlanGrid, template: CompiledTemplate, layout: ScoringLayout, units: readonly string[], lang: Lang): void {
  const text = sheetText[lang];
  grid.text(1, 0, template.name, { style: "subtitle" });
  grid.text(layout.headerRow, CODE_COLUMN, text.code, { style: "header" });
  grid.text(layout.headerRow, TITLE_COLUMN, text.content, { style: "header" });
  grid.text(layout.headerRow, MAX_COLUMN, text.max, { style: "header", wrap: true });
  units.forEach((name, u) => grid.text(layout.headerRow, layout.firstUnitColumn + u, name, { style: "header", wrap: true }));
  for (const node of template.nodes) {
    const row = layout.firstNodeRow + node.index;
    const style = nodeStyle(template, node);
    grid.text(row, CODE_COLUMN, node.code, { style });
    grid.text(row, TITLE_COLUMN, node.title, { style, indent: node.depth, wrap: true });
    grid.set(row, MAX_COLUMN, { value: node.max, numberFormat: SCORE_FORMAT, style });
  }
}

/** One row per criterion: leaves are inputs, every other node sums its children. */
function writeCriteriaRows({ input, layout, formulas, report, grid }: SheetParts): void {
  const first = layout.firstUnitColumn;
  for (const node of input.template.nodes) {
    const row = layout.firstNodeRow + node.index;
    const style = nodeStyle(input.template, node);
    input.units.forEach((_, u) => {
      const column = first + u;
      if (node.isLeaf) grid.set(row, column, inputCell(input.scores[u]?.[node.code]));
      else grid.set(row, column, formulaCell(formulas.nodeScore(node.index, column), report.units[u].nodeScores[node.index], SCORE_FORMAT, style));
    });
  }
}

/** The labels of the rows under the criteria: total, fields' percentages, index, band, class and ranks. */
function writeSummaryLabels({ input, layout, grid }: SheetParts): void {
  const { template } = input;
  const text = sheetText[input.lang];
  grid.text(layout.totalRow, TITLE_COLUMN, template.hasExtraKinds ? text.scoringModel.totalWithExtras : text.total, { style: "total", wrap: true });
  grid.set(layout.totalRow, MAX_COLUMN, { value: template.totalMax, numberFormat: SCORE_FORMAT, style: "total" });
  grid.text(layout.applicableMaxRow, CODE_COLUMN, "", { style: "summary" });
  grid.text(layout.applicableMaxRow, TITLE_COLUMN, text.scoringModel.applicableMax, { style: "summary", wrap: true });
  for (const f of layout.fieldOrder) {
    const field = template.fields[f];
    grid.text(layout.fieldPercentRow[f], CODE_COLUMN, "", { style: "summary" });
    grid.text(layout.fieldPercentRow[f], TITLE_COLUMN, text.fieldPercent(field.code, field.title), { style: "summary", wrap: true });
  }
  grid.text(layout.indexRow, TITLE_COLUMN, text.index, { style: "total" });
  if (!isAppraisal(input)) return;
  if (layout.bandRow !== null) grid.text(layout.bandRow, TITLE_COLUMN, text.band, { style: "summary" });
  if (layout.classRow !== null) grid.text(layout.classRow, TITLE_COLUMN, text.classLabel, { style: "summary" });
  grid.text(layout.rankRow, TITLE_COLUMN, text.rank, { style: "summary" });
  grid.text(layout.previousRankRow, TITLE_COLUMN, text.previousRank, { style: "summary" });
}

/** One unit's figures under its criteria, and (on `Chấm điểm`) its input cell for last year's rank. */
function writeUnitSummary({ input, layout, formulas, report, grid }: SheetParts, u: number): void {
  const column = layout.firstUnitColumn + u;
  const result = report.units[u];
  grid.set(layout.totalRow, column, formulaCell(formulas.total(column), result.score, SCORE_FORMAT, "total"));
  grid.set(layout.applicableMaxRow, column, formulaCell(formulas.applicableMax(column), result.max, SCORE_FORMAT, "summary"));
  for (const f of layout.fieldOrder) {
    grid.set(
      layout.fieldPercentRow[f],
      column,
      formulaCell(formulas.fieldPercent(f, column), cachedFieldPercent(input.template, result, f), PERCENT_FORMAT, "summary"),
    );
  }
  const index = result.max === 0 ? NOT_ASSESSED_MARK : result.percent / 100;
  grid.set(layout.indexRow, column, formulaCell(formulas.index(column), index, PERCENT_FORMAT, "total"));
  if (!isAppraisal(input)) return;
  if (layout.bandRow !== null) grid.set(layout.bandRow, column, { ...formulaCell(formulas.band(column), result.band ?? "", "General", "summary"), wrap: true });
  if (layout.classRow !== null) {
    grid.set(layout.classRow, column, { ...formulaCell(formulas.classify(column), result.classification?.label ?? "", "General", "summary"), wrap: true });
  }
  grid.set(layout.rankRow, column, formulaCell(formulas.rank(column), result.rank ?? "", "0", "summary"));
  const previous = input.previousRanks[u];
  grid.set(layout.previousRankRow, column, { value: previous ?? null, numberFormat: "0", locked: false, style: "input" });
}

/** A field's cached percentage: the fraction, KĐG when nothing of it is assessed, null for a maximum of 0. */
function cachedFieldPercent(template: CompiledTemplate, result: UnitResult, f: number): CellValue {
  const field = result.fields[f];
  if (field.percent !== null) return field.percent / 100;
  return template.fields[f].max > 0 ? NOT_ASSESSED_MARK : null;
}

/** The sheet around the cells: widths, heights, panes, outline, print setup, protection and the input rules. */
function scoringPlan({ input, layout, grid }: SheetParts): SheetPlan {
  const { template, units } = input;
  const appraisal = isAppraisal(input);
  const plan = appraisal ? newSheetPlan(SHEET_NAMES.scoring, "scoring", grid) : newSheetPlan(SHEET_NAMES["self-assessment"], "self-assessment", grid);
  frameLikeScoring(plan, template, layout, UNIT_WIDTH);
  plan.rowHeights = appraisal ? labelRowHeights(template, layout) : [];
  plan.rowHeights = fitRowHeights(plan);
  plan.tabColor = appraisal ? "#1F6F43" : "#2F5597";
  if (units.length > 0) {
    const rules = inputRules(input, layout);
    plan.validations = rules.validations;
    plan.conditionalFormats = rules.conditionalFormats;
  }
  return plan;
}

/** Widths, frozen panes, outline, print setup and protection of a sheet laid out like `Chấm điểm`. */
export function frameLikeScoring(plan: SheetPlan, template: CompiledTemplate, layout: ScoringLayout, unitWidth: number): void {
  plan.columnWidths = [8, TITLE_WIDTH, 10, ...Array.from({ length: layout.unitCount }, () => unitWidth)];
  plan.frozen = { rows: layout.headerRow + 1, columns: layout.firstUnitColumn };
  plan.outline = criteriaOutline(template, layout.firstNodeRow);
  // Every printed page repeats the header rows and the code, content and maximum columns.
  plan.print = {
    orientation: "landscape",
    paper: "A4",
    titleRows: `$1:$${layout.headerRow + 1}`,
    titleColumns: `$A:$${columnLetter(MAX_COLUMN)}`,
    fitToWidth: false,
    scale: PRINT_SCALE,
  };
  plan.protect = true;
}

/**
 * The band and class rows are formulas: a change of scores can turn any
 * label up, so they are as tall as the longest label needs in a unit column.
 */
function labelRowHeights(template: CompiledTemplate, layout: ScoringLayout): (number | null)[] {
  const heights: (number | null)[] = [];
  const tallest = (labels: readonly string[]): number => Math.max(...labels.map((label) => textHeight(label, UNIT_WIDTH, { bold: true })));
  const bands = template.definition.bands ?? [];
  const classes = template.definition.classification ?? [];
  if (layout.bandRow !== null && bands.length > 0) heights[layout.bandRow] = tallest(bands.map((band) => band.label));
  if (layout.classRow !== null && classes.length > 0) heights[layout.classRow] = tallest(classes.map((rule) => rule.label));
  return heights;
}

function inputRules(input: ScoringSheetInput, layout: ScoringLayout): { validations: ValidationRule[]; conditionalFormats: ConditionalFormatRule[] } {
  const { template } = input;
  const text = sheetText[input.lang];
  const config = configLayout(template);
  const validations: ValidationRule[] = [];
  const conditionalFormats: ConditionalFormatRule[] = [];
  const first = layout.firstUnitColumn;
  const count = layout.unitCount;
  const maxLabel = (value: number): string => (input.lang === "vi" ? formatDecimalVi(value) : String(value));

  for (const run of leafRuns(template, config.levelRow)) {
    const row = layout.firstNodeRow + run.first;
    const rows = run.last - run.first + 1;
    const range = rangeAddress(row, first, rows, count);
    const topLeft = cellAddress(row, first);
    const maxCell = `$${columnLetter(MAX_COLUMN)}${row + 1}`;
    const maxima = template.nodes.slice(run.first, run.last + 1).map((node) => node.max);
    const label = maxima.every((max) => max === maxima[0]) ? maxLabel(maxima[0]) : text.max.toLowerCase();
    const valid = `OR(AND(ISNUMBER(${topLeft}),${topLeft}>=0,${topLeft}<=${maxCell}),${notAssessedTest(topLeft)})`;
    validations.push({ kind: "custom", range, formula: `=${valid}`, prompt: text.inputPrompt(label), error: text.inputError(label) });
    conditionalFormats.push({
      range,
      formula: `=AND(${topLeft}<>"",NOT(${notAssessedTest(topLeft)}),OR(NOT(ISNUMBER(${topLeft})),${topLeft}<0,${topLeft}>${maxCell}))`,
      fill: INVALID_FILL,
      fontColor: INVALID_FONT,
    });
  }
  for (const [leaf, configRow] of config.levelRow) {
    const levels = template.nodes[leaf].levels ?? [];
    const row = layout.firstNodeRow + leaf;
    const range = rangeAddress(row, first, 1, count);
    const topLeft = cellAddress(row, first);
    // The list holds the levels and, after them, KĐG (config-sheet.ts).
    const source = sheetReference(SHEET_NAMES.config, absoluteRange(configRow, 1, 1, levels.length + 1));
    const levelsOnly = sheetReference(SHEET_NAMES.config, absoluteRange(configRow, 1, 1, levels.length));
    validations.push({ kind: "list", range, source: `=${source}`, prompt: text.levelPrompt, error: text.levelError });
    conditionalFormats.push({
      range,
      formula: `=AND(${topLeft}<>"",NOT(${notAssessedTest(topLeft)}),OR(NOT(ISNUMBER(${topLeft})),COUNTIF(${levelsOnly},${topLeft})=0))`,
      fill: INVALID_FILL,
      fontColor: INVALID_FONT,
    });
  }
  const allLeaves = rangeAddress(layout.firstNodeRow, first, layout.lastNodeRow - layout.firstNodeRow + 1, count);
  const corner = cellAddress(layout.firstNodeRow, first);
  conditionalFormats.push({ range: allLeaves, formula: `=${notAssessedTest(corner)}`, fill: NOT_ASSESSED_FILL, fontColor: NOT_ASSESSED_FONT });
  if (!isAppraisal(input)) return { validations, conditionalFormats };
  validations.push({
    kind: "whole",
    range: rangeAddress(layout.previousRankRow, first, 1, count),
    min: 1,
    max: 100000,
    prompt: text.rankPrompt,
    error: text.rankError,
  });
  conditionalFormats.push(...differenceRules(template, layout));
  return { validations, conditionalFormats };
}

/**
 * An appraised leaf that differs from the unit's self score (same address on
 * `Tự đánh giá`) is shaded. The self score is reached by INDIRECT on the
 * sheet's name, so that the rule still holds after `Tự đánh giá` is
 * replaced (a direct reference would turn into #REF! when the old sheet goes).
 */
function differenceRules(template: CompiledTemplate, layout: ScoringLayout): ConditionalFormatRule[] {
  const self = `INDIRECT("'${SHEET_NAMES["self-assessment"]}'!"&ADDRESS(ROW(),COLUMN()))`;
  return leafRuns(template, new Map()).map((run) => {
    const row = layout.firstNodeRow + run.first;
    const topLeft = cellAddress(row, layout.firstUnitColumn);
    return {
      range: rangeAddress(row, layout.firstUnitColumn, run.last - run.first + 1, layout.unitCount),
      formula: `=AND(${topLeft}<>"",${self}<>"",${topLeft}<>${self})`,
      fill: DIFFERENCE_FILL,
      fontColor: DIFFERENCE_FONT,
    };
  });
}
