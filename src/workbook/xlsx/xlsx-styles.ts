/** How the plan's cell looks become ExcelJS fonts, fills, borders and alignment. */
import type ExcelJS from "exceljs";
import type { CellStyle, PlanCell } from "../../sheet/plan";

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFB4B4B4" } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

const looks: Record<CellStyle, { font?: Partial<ExcelJS.Font>; fill?: ExcelJS.Fill; border?: Partial<ExcelJS.Borders> }> = {
  title: { font: { bold: true, size: 14, color: { argb: "FF1F3864" } } },
  subtitle: { font: { italic: true, color: { argb: "FF404040" } } },
  header: { font: { bold: true, color: { argb: "FFFFFFFF" } }, fill: solid("FF1F4E79"), border: BOX },
  field: { font: { bold: true }, fill: solid("FFDDEBF7"), border: BOX },
  parent: { font: { bold: true }, border: BOX },
  leaf: { border: BOX },
  input: { fill: solid("FFFFF2CC"), border: BOX },
  total: { font: { bold: true }, fill: solid("FFE2EFDA"), border: BOX },
  summary: { font: { bold: true }, fill: solid("FFF2F2F2"), border: BOX },
  note: { font: { italic: true, color: { argb: "FF595959" } } },
  extra: { font: { italic: true, color: { argb: "FF833C0B" } }, fill: solid("FFFCE4D6"), border: BOX },
};

/** "#RRGGBB" → "FFRRGGBB". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

export function styleCell(cell: ExcelJS.Cell, plan: PlanCell): void {
  if (plan.numberFormat) cell.numFmt = plan.numberFormat;
  const look = plan.style ? looks[plan.style] : undefined;
  if (look?.font) cell.font = look.font;
  if (look?.fill) cell.fill = look.fill;
  if (look?.border) cell.border = look.border;
  // Top-aligned, so that in a row grown for wrapped text every cell starts on its first line.
  cell.alignment = { vertical: "top", ...(plan.indent ? { indent: plan.indent } : {}), ...(plan.wrap ? { wrapText: true } : {}) };
  if (plan.locked === false) cell.protection = { locked: false };
}
