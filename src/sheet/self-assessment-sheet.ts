/**
 * The plan of `Tự chấm`, the one sheet of a unit's self-assessment file:
 * the unit, template and year in the first rows; one row per criterion with
 * its code (text), content, maximum, the unit's score and explanation (the
 * only unlocked cells, on leaves), the scoring guidance, the applicable
 * maximum and the allowed levels; below, the total, the applicable total
 * maximum, each field's percentage and the index — native formulas with the
 * values of an empty file cached.
 */
import type { CompiledTemplate } from "../core/template-tree";
import type { Lang } from "../core/messages";
import { cellAddress, columnLetter, rangeAddress } from "./a1";
import { criteriaOutline } from "./outline";
import type { ConditionalFormatRule, PlanCell, SheetPlan, ValidationRule } from "./plan";
import { newSheetPlan, PlanGrid } from "./plan-grid";
import { fitRowHeights } from "./row-heights";
import { INVALID_FILL, INVALID_FONT, PERCENT_FORMAT, SCORE_FORMAT } from "./scoring-sheet";
import { SHEET_NAMES } from "./names";
import { sheetText } from "./sheet-text";
import { NOT_ASSESSED_MARK } from "../core/not-assessed";
import { notAssessedTest, SelfAssessmentFormulas } from "./self-assessment-formulas";
import {
  SELF_COLUMNS as COL,
  SELF_HASH_ROW,
  SELF_HEADER_ROW,
  SELF_HEADERS,
  SELF_NOTE_ROW,
  SELF_TEMPLATE_ROW,
  SELF_TITLE_ROW,
  SELF_UNIT_ROW,
  SELF_VALUE_COLUMN,
  SELF_YEAR_ROW,
  selfAssessmentLayout,
  type SelfAssessmentLayout,
} from "./self-assessment-layout";

interface SelfAssessmentInput {
  template: CompiledTemplate;
  /** The template's content hash (templateHash), written for the collector to compare. */
  templateHash: string;
  unit: string;
  year: number | null;
  lang: Lang;
}

const NOT_ASSESSED_FILL = "#D9D9D9";
const NOT_ASSESSED_FONT = "#595959";
const LAST_INFO_COLUMN = COL.guidance;

function writeIdentity(grid: PlanGrid, input: SelfAssessmentInput): string[] {
  const text = sheetText[input.lang].selfAssessment;
  grid.text(SELF_TITLE_ROW, 0, text.title(input.year), { style: "title" });
  const info: Array<[number, string, PlanCell]> = [
    [SELF_UNIT_ROW, text.unit, { value: input.unit, text: true, style: "parent" }],
    [SELF_TEMPLATE_ROW, text.template, { value: `${input.template.name} (${input.template.id})`, text: true, style: "leaf" }],
    [SELF_YEAR_ROW, text.year, { value: input.year, style: "leaf", numberFormat: "0" }],
    [SELF_HASH_ROW, text.identity, { value: input.templateHash, text: true, style: "note" }],
  ];
  for (const [row, label, value] of info) {
    grid.text(row, 0, label, { style: "summary" });
    grid.set(row, SELF_VALUE_COLUMN, value);
  }
  grid.text(SELF_NOTE_ROW, 0, text.note, { style: "note", wrap: true });
  const span = (row: number, from: number) => rangeAddress(row, from, 1, LAST_INFO_COLUMN - from + 1);
  return [span(SELF_TITLE_ROW, 0), ...info.map(([row]) => span(row, SELF_VALUE_COLUMN)), span(SELF_NOTE_ROW, 0)];
}

function writeHeader(grid: PlanGrid, input: SelfAssessmentInput, layout: SelfAssessmentLayout): void {
  const text = sheetText[input.lang].selfAssessment;
  const labels = [SELF_HEADERS.code, text.content, text.max, SELF_HEADERS.score, SELF_HEADERS.explanation, text.guidance, text.applicableMax];
  labels.forEach((label, c) => grid.text(SELF_HEADER_ROW, c, label, { style: "header", wrap: true }));
  if (layout.columnCount > COL.firstLevel) grid.text(SELF_HEADER_ROW, COL.firstLevel, text.levels, { style: "header" });
}

function writeNodes(grid: PlanGrid, input: SelfAssessmentInput, layout: SelfAssessmentLayout, formulas: SelfAssessmentFormulas): void {
  for (const node of input.template.nodes) {
    const row = layout.firstNodeRow + node.index;
    const style: PlanCell["style"] = node.depth === 0 ? "field" : node.isLeaf ? "leaf" : "parent";
    grid.text(row, COL.code, node.code, { style, numberFormat: "@" });
    grid.text(row, COL.title, node.title, { style, indent: node.depth, wrap: true });
    grid.set(row, COL.max, { value: node.max, numberFormat: SCORE_FORMAT, style });
    grid.text(row, COL.guidance, node.guidance ?? "", { style: "note", wrap: true });
    if (!node.isLeaf) {
      grid.set(row, COL.score, { formula: formulas.childrenSum(node.index, COL.score), value: 0, numberFormat: SCORE_FORMAT, style });
      grid.set(row, COL.explanation, { style });
      grid.set(row, COL.applicableMax, { formula: formulas.childrenSum(node.index, COL.applicableMax), value: node.max, numberFormat: SCORE_FORMAT, style });
      continue;
    }
    grid.set(row, COL.score, { numberFormat: SCORE_FORMAT, locked: false, style: "input" });
    grid.set(row, COL.explanation, { numberFormat: "@", locked: false, style: "input", wrap: true });
    grid.set(row, COL.applicableMax, { formula: formulas.leafApplicableMax(node.index), value: node.max, numberFormat: SCORE_FORMAT, style });
    (node.levels ?? []).forEach((level, i) => grid.set(row, COL.firstLevel + i, { value: level, style: "leaf" }));
    if (node.levels) grid.text(row, COL.firstLevel + node.levels.length, NOT_ASSESSED_MARK, { style: "leaf" });
  }
}

function writeTotals(grid: PlanGrid, input: SelfAssessmentInput, layout: SelfAssessmentLayout, formulas: SelfAssessmentFormulas): void {
  const { template } = input;
  const text = sheetText[input.lang];
  const own = text.selfAssessment;
  const figure = (row: number, label: string, cell: PlanCell) => {
    grid.text(row, COL.title, label, { style: "total", wrap: true });
    grid.set(row, COL.score, cell);
  };
  figure(layout.totalRow, own.total, { formula: formulas.total(), value: 0, numberFormat: SCORE_FORMAT, style: "total" });
  grid.set(layout.totalRow, COL.max, { value: template.totalMax, numberFormat: SCORE_FORMAT, style: "total" });
  // The percentages of an empty file: 0, or none for a field without maximum.
  figure(layout.applicableTotalRow, own.applicableTotal, {
    formula: formulas.applicableTotal(),
    value: template.totalMax,
    numberFormat: SCORE_FORMAT,
    style: "summary",
  });
  template.fields.forEach((field, f) => {
    const row = layout.fieldPercentRow[f];
    if (row === null) return;
    const cached = template.nodes[field.node].max > 0 ? 0 : "";
    figure(row, text.fieldPercent(field.code, field.title), {
      formula: formulas.fieldPercent(f),
      value: cached,
      numberFormat: PERCENT_FORMAT,
      style: "summary",
    });
  });
  figure(layout.indexRow, own.index, { formula: formulas.index(), value: 0, numberFormat: PERCENT_FORMAT, style: "total" });
}

/** Runs of consecutive leaves without levels (one validation rule each), and the levelled leaves. */
function leafGroups(template: CompiledTemplate): { runs: Array<{ first: number; last: number }>; levelled: number[] } {
  const runs: Array<{ first: number; last: number }> = [];
  const levelled: number[] = [];
  for (const leaf of template.leaves) {
    if (template.nodes[leaf].levels) {
      levelled.push(leaf);
      continue;
    }
    const last = runs[runs.length - 1];
    if (last && last.last === leaf - 1) last.last = leaf;
    else runs.push({ first: leaf, last: leaf });
  }
  return { runs, levelled };
}

function inputRules(input: SelfAssessmentInput, layout: SelfAssessmentLayout, formulas: SelfAssessmentFormulas) {
  const text = sheetText[input.lang].selfAssessment;
  const validations: ValidationRule[] = [];
  const conditionalFormats: ConditionalFormatRule[] = [];
  const invalid = (range: string, node: number, topLeft: string): ConditionalFormatRule => ({
    range,
    formula: `=AND(${topLeft}<>"",NOT(${formulas.validEntry(node, topLeft)}))`,
    fill: INVALID_FILL,
    fontColor: INVALID_FONT,
  });
  const { runs, levelled } = leafGroups(input.template);
  for (const run of runs) {
    const row = layout.firstNodeRow + run.first;
    const range = rangeAddress(row, COL.score, run.last - run.first + 1, 1);
    const topLeft = cellAddress(row, COL.score);
    validations.push({ kind: "custom", range, formula: `=${formulas.validEntry(run.first, topLeft)}`, prompt: text.inputPrompt, error: text.inputError });
    conditionalFormats.push(invalid(range, run.first, topLeft));
  }
  for (const leaf of levelled) {
    const row = layout.firstNodeRow + leaf;
    const cell = cellAddress(row, COL.score);
    const count = (input.template.nodes[leaf].levels ?? []).length + 1;
    const source = `=$${columnLetter(COL.firstLevel)}$${row + 1}:$${columnLetter(COL.firstLevel + count - 1)}$${row + 1}`;
    validations.push({ kind: "list", range: cell, source, prompt: text.levelPrompt, error: text.levelError });
    conditionalFormats.push(invalid(cell, leaf, cell));
  }
  const scores = rangeAddress(layout.firstNodeRow, COL.score, input.template.nodes.length, 1);
  const first = cellAddress(layout.firstNodeRow, COL.score);
  conditionalFormats.push({ range: scores, formula: `=${notAssessedTest(first)}`, fill: NOT_ASSESSED_FILL, fontColor: NOT_ASSESSED_FONT });
  return { validations, conditionalFormats };
}

export function planSelfAssessmentSheet(input: SelfAssessmentInput): SheetPlan {
  const layout = selfAssessmentLayout(input.template);
  const formulas = new SelfAssessmentFormulas(input.template, layout);
  const grid = new PlanGrid();
  const merges = writeIdentity(grid, input);
  writeHeader(grid, input, layout);
  writeNodes(grid, input, layout, formulas);
  writeTotals(grid, input, layout, formulas);
  const plan = newSheetPlan(SHEET_NAMES["unit-self-assessment"], "unit-self-assessment", grid);
  plan.columnWidths = [9, 48, 10, 12, 42, 42, 12, ...new Array<number>(layout.columnCount - COL.firstLevel).fill(7)];
  plan.merges = merges;
  plan.rowHeights = fitRowHeights(plan);
  plan.frozen = { rows: SELF_HEADER_ROW + 1, columns: COL.title + 1 };
  plan.outline = criteriaOutline(input.template, layout.firstNodeRow);
  plan.print = { orientation: "landscape", paper: "A4", titleRows: `$${SELF_HEADER_ROW + 1}:$${SELF_HEADER_ROW + 1}`, fitToWidth: true };
  plan.protect = true;
  plan.tabColor = "#BF8F00";
  const rules = inputRules(input, layout, formulas);
  plan.validations = rules.validations;
  plan.conditionalFormats = rules.conditionalFormats;
  return plan;
}
