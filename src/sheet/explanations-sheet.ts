/**
 * The plan of `Giải trình`: the units' explanations and evidence, one text
 * cell per criterion and unit, at the same address as the score on
 * `Chấm điểm` and `Tự đánh giá` (same rows and columns).
 */
import type { Lang } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import { scoringLayout } from "./layout";
import { SHEET_NAMES } from "./names";
import type { SheetPlan } from "./plan";
import { newSheetPlan, PlanGrid } from "./plan-grid";
import { fitRowHeights } from "./row-heights";
import { frameLikeScoring, writeCriteriaColumns } from "./scoring-sheet";
import { sheetText } from "./sheet-text";

/** Characters of width of a unit's explanation column. */
const EXPLANATION_WIDTH = 30;

interface ExplanationsSheetInput {
  template: CompiledTemplate;
  units: readonly string[];
  /** Per unit (same order), code → text; blank or absent = none. */
  explanations: readonly Readonly<Record<string, string>>[];
  year: number | null;
  lang: Lang;
}

export function planExplanationsSheet(input: ExplanationsSheetInput): SheetPlan {
  const { template, units } = input;
  const layout = scoringLayout(template, units.length);
  const grid = new PlanGrid();
  grid.text(0, 0, sheetText[input.lang].explanationsTitle(input.year), { style: "title" });
  writeCriteriaColumns(grid, template, layout, units, input.lang);
  for (const node of template.nodes) {
    const row = layout.firstNodeRow + node.index;
    units.forEach((_, u) => {
      const text = input.explanations[u]?.[node.code] ?? "";
      const cell = { locked: false, wrap: true, style: "input" } as const;
      if (text === "") grid.set(row, layout.firstUnitColumn + u, cell);
      else grid.text(row, layout.firstUnitColumn + u, text, cell);
    });
  }
  const plan = newSheetPlan(SHEET_NAMES.explanations, "explanations", grid);
  frameLikeScoring(plan, template, layout, EXPLANATION_WIDTH);
  plan.rowHeights = fitRowHeights(plan);
  plan.tabColor = "#7F6000";
  return plan;
}
