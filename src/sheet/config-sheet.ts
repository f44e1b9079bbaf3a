/**
 * The plan of `Cấu hình`: the template's id, name, source, year, and the
 * class rules, bands and allowed levels as tables the formulas reference.
 */
import { NOT_ASSESSED_MARK } from "../core/not-assessed";
import type { CompiledTemplate } from "../core/template-tree";
import type { BandThresholdKey, ClassThresholdKey } from "../core/classification";
import type { Lang } from "../core/messages";
import { configLayout, type ConfigLayout } from "./layout";
import { SHEET_NAMES } from "./names";
import type { SheetPlan } from "./plan";
import { newSheetPlan, PlanGrid } from "./plan-grid";
import { rangeAddress } from "./a1";
import { fitRowHeights } from "./row-heights";
import { SCORE_FORMAT } from "./scoring-sheet";
import { sheetText } from "./sheet-text";

/** Columns B–F: what a text value of the info rows spans. */
const INFO_COLUMNS = 5;
/** Thresholds are percents (90). */
const THRESHOLD_FORMAT = "0.00";

export function planConfigSheet(template: CompiledTemplate, year: number | null, lang: Lang, layout: ConfigLayout = configLayout(template)): SheetPlan {
  const text = sheetText[lang];
  const grid = new PlanGrid();
  grid.text(0, 0, text.configTitle, { style: "title" });
  const merges = writeInfo(grid, template, year, text);
  writeClassTable(grid, template, layout, text);
  writeBandTable(grid, template, layout, text);
  writeLevelTable(grid, template, layout, text);
  const plan = newSheetPlan(SHEET_NAMES.config, "config", grid);
  plan.columnWidths = [36, 18, 18, 10, 10, 10];
  plan.merges = merges;
  plan.rowHeights = fitRowHeights(plan);
  plan.print = { orientation: "portrait", paper: "A4", fitToWidth: true };
  plan.protect = true;
  plan.tabColor = "#7F7F7F";
  return plan;
}

type SheetText = (typeof sheetText)[Lang];

/** The header of each threshold's column. */
const THRESHOLD_HEADERS: Record<ClassThresholdKey | BandThresholdKey, "minTotal" | "minField" | "bandMin"> = {
  minTotal: "minTotal",
  minField: "minField",
  min: "bandMin",
};

/** The info rows (id, name, legal source, year, precision, total maximum); returns the merges of their long texts. */
function writeInfo(grid: PlanGrid, template: CompiledTemplate, year: number | null, text: SheetText): string[] {
  const info: Array<[string, string | number | null]> = [
    [text.templateId, template.id],
    [text.templateName, template.name],
    [text.templateSource, template.definition.source ?? ""],
    [text.year, year],
    [text.precision, template.precision],
    [text.totalMax, template.totalMax],
  ];
  const merges: string[] = [];
  info.forEach(([label, value], i) => {
    grid.text(2 + i, 0, label, { style: "header" });
    if (typeof value === "number") grid.set(2 + i, 1, { value, numberFormat: label === text.totalMax ? SCORE_FORMAT : "0" });
    else if (value !== null) {
      // Names and legal sources are long: they wrap over the width of every table column.
      grid.text(2 + i, 1, value, { wrap: true });
      merges.push(rangeAddress(2 + i, 1, 1, INFO_COLUMNS));
    }
  });
  return merges;
}

/** The class rules: label, then each threshold of the rule's description. */
function writeClassTable(grid: PlanGrid, template: CompiledTemplate, layout: ConfigLayout, text: SheetText): void {
  const rules = template.definition.classification ?? [];
  if (!layout.classRows) return;
  const first = layout.classRows.first;
  const columns = layout.thresholds.classes;
  grid.text(first - 1, 0, text.classTable, { style: "header" });
  columns.forEach(({ key }, c) => grid.text(first - 1, 1 + c, text[THRESHOLD_HEADERS[key]], { style: "header", wrap: true }));
  rules.forEach((rule, i) => {
    grid.text(first + i, 0, rule.label);
    columns.forEach(({ key }, c) => grid.set(first + i, 1 + c, { value: rule[key] ?? null, numberFormat: THRESHOLD_FORMAT }));
  });
}

/** The bands: label and threshold, in the layout's order. */
function writeBandTable(grid: PlanGrid, template: CompiledTemplate, layout: ConfigLayout, text: SheetText): void {
  const bands = template.definition.bands ?? [];
  if (!layout.bandRows) return;
  const first = layout.bandRows.first;
  const { key } = layout.thresholds.band;
  grid.text(first - 1, 0, text.bandTable, { style: "header" });
  grid.text(first - 1, 1, text[THRESHOLD_HEADERS[key]], { style: "header" });
  layout.bandOrder.forEach((b, i) => {
    grid.text(first + i, 0, bands[b].label);
    grid.set(first + i, 1, { value: bands[b][key], numberFormat: THRESHOLD_FORMAT });
  });
}

/** The allowed levels of the criteria that have them: code, then one level a column (the drop-downs' lists). */
function writeLevelTable(grid: PlanGrid, template: CompiledTemplate, layout: ConfigLayout, text: SheetText): void {
  if (layout.levelRow.size === 0) return;
  const header = Math.min(...layout.levelRow.values()) - 1;
  grid.text(header, 0, text.code, { style: "header" });
  grid.text(header, 1, text.levelsTable, { style: "header" });
  for (const [leaf, row] of layout.levelRow) {
    const node = template.nodes[leaf];
    grid.text(row, 0, node.code);
    const levels = node.levels ?? [];
    levels.forEach((level, i) => grid.set(row, 1 + i, { value: level, numberFormat: "General" }));
    // KĐG closes each list, so that the drop-down on Chấm điểm offers it too.
    grid.text(row, 1 + levels.length, NOT_ASSESSED_MARK);
  }
}
