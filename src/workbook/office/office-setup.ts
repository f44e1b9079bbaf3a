/**
 * A plan's sheet-wide settings: the outline, frozen panes, page layout, tab
 * colour, charts and, last, the protection. The outline's depth is kept in
 * a worksheet custom property, so that a later rebuild in place removes
 * exactly the levels it has (Excel has no call to read an outline back).
 */
import { rangeAddress } from "../../sheet/a1";
import type { SheetPlan } from "../../sheet/plan";
import type { ProtectionOptionsSlice } from "./office-api";
import type { SheetOf } from "./office-cells";
import { outlineDepth } from "./office-grid";
import { OUTLINE_PROPERTY } from "./office-look";
import type { WriteProgram } from "./office-program";

/**
 * Owned sheets are protected with formatting of rows and columns allowed, so
 * that the officer can hide and show rows and widen columns; Excel does not
 * let the outline's buttons fold groups on a protected sheet (its
 * EnableOutlining switch is not in Office.js), so Format › Hide rows is the
 * way to fold there.
 */
export const PROTECTION: ProtectionOptionsSlice = { allowFormatCells: false, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true };

function writeOutlineAndPanes(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  for (const group of plan.outline) {
    const rows = `${group.firstRow + 1}:${group.lastRow + 1}`;
    program.add(2, [rows, "ByRows"], () => sheet().getRange(rows).group("ByRows"));
  }
  const depth = String(outlineDepth(plan.outline));
  program.add(1, [OUTLINE_PROPERTY, depth], () => sheet().customProperties.add(OUTLINE_PROPERTY, depth));
  const { rows, columns } = plan.frozen;
  if (rows > 0 && columns > 0) program.add(1, [rangeAddress(0, 0, rows, columns)], () => sheet().freezePanes.freezeAt(rangeAddress(0, 0, rows, columns)));
  else if (rows > 0) program.add(1, [rows], () => sheet().freezePanes.freezeRows(rows));
  else if (columns > 0) program.add(1, [columns], () => sheet().freezePanes.freezeColumns(columns));
}

function writePage(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const { print } = plan;
  const zoom = print.fitToWidth ? { horizontalFitToPages: 1 } : print.scale ? { scale: print.scale } : null;
  program.add(6, [print.orientation, print.paper, zoom, print.titleRows, print.titleColumns, plan.tabColor], () => {
    const page = sheet().pageLayout;
    page.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    page.paperSize = print.paper;
    if (zoom) page.zoom = zoom;
    if (print.titleRows) page.setPrintTitleRows(print.titleRows);
    if (print.titleColumns) page.setPrintTitleColumns(print.titleColumns);
    if (plan.tabColor) sheet().tabColor = plan.tabColor;
  });
}

function writeCharts(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  for (const chart of plan.charts) {
    program.add(10, [chart], () => {
      const added = sheet().charts.add("BarClustered", sheet().getRange(chart.values), "Columns");
      added.title.text = chart.title;
      added.legend.visible = false;
      const series = added.series.getItemAt(0);
      series.name = chart.seriesName;
      series.setXAxisValues(sheet().getRange(chart.categories));
      added.setPosition(chart.from, chart.to);
    });
  }
}

export function writeSetup(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  writeOutlineAndPanes(sheet, plan, program);
  writePage(sheet, plan, program);
  writeCharts(sheet, plan, program);
  if (plan.protect) program.add(1, [PROTECTION], () => sheet().protection.protect(PROTECTION));
}
