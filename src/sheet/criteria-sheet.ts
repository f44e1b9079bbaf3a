/**
 * The plan of `Tiêu chí`: the criteria tree (code, content, maximum, allowed
 * levels, guidance), indented by level and grouped so that sub-criteria collapse.
 */
import type { CompiledTemplate } from "../core/template-tree";
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import { SHEET_NAMES } from "./names";
import { criteriaOutline } from "./outline";
import type { SheetPlan } from "./plan";
import { newSheetPlan, PlanGrid } from "./plan-grid";
import { fitRowHeights } from "./row-heights";
import { SCORE_FORMAT } from "./scoring-sheet";
import { sheetText } from "./sheet-text";
import { fieldKinds } from "../core/field-kinds";
import { CRITERIA_KIND_COLUMN, FIRST_NODE_ROW } from "./layout";

/** The same first row as `Chấm điểm`'s criteria, so that the `Loại` column lines up with them. */
const CRITERIA_FIRST_ROW = FIRST_NODE_ROW;

export function planCriteriaSheet(template: CompiledTemplate, lang: Lang): SheetPlan {
  const text = sheetText[lang];
  const grid = new PlanGrid();
  grid.text(0, 0, text.criteriaTitle, { style: "title" });
  grid.text(1, 0, template.name, { style: "subtitle" });
  const headers = [text.code, text.content, text.max, text.levels, text.guidance, ...(template.hasExtraKinds ? [text.scoringModel.kind] : [])];
  headers.forEach((label, c) => grid.text(2, c, label, { style: "header", wrap: true }));
  const levelSeparator = lang === "vi" ? "; " : ", ";
  const number = (value: number): string => (lang === "vi" ? formatDecimalVi(value) : String(value));
  for (const node of template.nodes) {
    const row = CRITERIA_FIRST_ROW + node.index;
    const kind = template.fields[node.field].kind;
    const style = kind !== "ordinary" ? "extra" : node.depth === 0 ? "field" : node.isLeaf ? "leaf" : "parent";
    grid.text(row, 0, node.code, { style });
    grid.text(row, 1, node.title, { style, indent: node.depth, wrap: true });
    grid.set(row, 2, { value: node.max, numberFormat: SCORE_FORMAT, style });
    grid.text(row, 3, node.levels ? node.levels.map(number).join(levelSeparator) : "", { style, wrap: true });
    grid.text(row, 4, node.guidance ?? "", { style: "note", wrap: true });
    if (template.hasExtraKinds) grid.text(row, CRITERIA_KIND_COLUMN, node.depth === 0 && kind !== "ordinary" ? fieldKinds[kind].label[lang] : "", { style });
  }
  const plan = newSheetPlan(SHEET_NAMES.criteria, "criteria", grid);
  plan.columnWidths = [8, 70, 10, 16, 50, ...(template.hasExtraKinds ? [14] : [])];
  plan.rowHeights = fitRowHeights(plan);
  plan.frozen = { rows: CRITERIA_FIRST_ROW, columns: 0 };
  plan.outline = criteriaOutline(template, CRITERIA_FIRST_ROW);
  plan.print = { orientation: "landscape", paper: "A4", titleRows: `$1:$${CRITERIA_FIRST_ROW}`, fitToWidth: true };
  // Not protected: Excel does not let anyone fold outline groups on a protected sheet.
  plan.protect = false;
  plan.tabColor = "#2F5597";
  return plan;
}
