/**
 * Writing a sheet plan through the Office.js slice: whole 2-D blocks of
 * formulas (constants included) and number formats, chunked by rows; one
 * format, lock, validation or conditional-format call per rectangle of
 * alike cells, never per cell. Every queued call is counted against the
 * request budget; the batch syncs before it would pass it.
 */
import { cellAddress, parseRange, rangeAddress } from "../../sheet/a1";
import type { CellStyle, PlanCell, SheetPlan, ValidationRule } from "../../sheet/plan";
import type { ExcelContextSlice, RangeSlice, WorksheetSlice } from "./office-api";
import { isShiftSafe, shiftFormulaColumns } from "./office-fill";

/** Excel on the web refuses requests over 5 MB; stay well under it. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** Rows are written in blocks of about this many bytes. */
export const BLOCK_BYTES = 1_000_000;
/** What one queued call costs besides its payload (object path, method, ids). */
export const CALL_OVERHEAD_BYTES = 120;

/** Counts the bytes queued in the current request and syncs before the budget would be passed. */
export class RequestBudget {
  private queued = 0;
  syncs = 0;

  constructor(
    private readonly context: ExcelContextSlice,
    private readonly budget = REQUEST_BUDGET_BYTES,
  ) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
  }

  async reserve(bytes: number): Promise<void> {
    const cost = bytes + CALL_OVERHEAD_BYTES;
    if (this.queued > 0 && this.queued + cost > this.budget) await this.sync();
    this.queued += cost;
  }

  async sync(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.queued = 0;
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
  }
}

const STYLE_LOOKS: Record<CellStyle, { bold?: boolean; italic?: boolean; size?: number; fill?: string; color?: string }> = {
  title: { bold: true, size: 14 },
  subtitle: { italic: true },
  header: { bold: true, fill: "#DDEBF7" },
  field: { bold: true, fill: "#F2F2F2" },
  parent: { bold: true },
  leaf: {},
  input: { fill: "#FFF9E5" },
  total: { bold: true, fill: "#E2EFDA" },
  summary: { fill: "#F7F7F7" },
  note: { italic: true, color: "#595959" },
};

/** Points per character of column width (Calibri 11). */
const POINTS_PER_CHARACTER = 5.6;

/** What a cell sends in the formulas block: its formula, its constant, or text behind an apostrophe. */
export function cellInput(cell: PlanCell | null | undefined): string | number | boolean {
  if (!cell) return "";
  if (cell.formula) return cell.formula;
  const value = cell.value;
  if (value === null || value === undefined || value === "") return "";
  if (cell.text) return `'${String(value)}`;
  return value;
}

interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
  key: string;
}

/**
 * Rectangles of cells sharing `keyOf` (runs along each row, merged down
 * while the next row has the very same run); cells whose key is "" are skipped.
 */
export function rectanglesOf(cells: SheetPlan["cells"], width: number, keyOf: (cell: PlanCell | null | undefined) => string): Rect[] {
  const open = new Map<string, Rect>();
  const done: Rect[] = [];
  cells.forEach((line, row) => {
    const runs: Rect[] = [];
    let column = 0;
    while (column < width) {
      const key = keyOf(line?.[column]);
      let end = column + 1;
      while (end < width && keyOf(line?.[end]) === key) end++;
      if (key !== "") runs.push({ row, column, rows: 1, columns: end - column, key });
      column = end;
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${run.column}:${run.columns}:${run.key}`;
      seen.add(id);
      const previous = open.get(id);
      if (previous && previous.row + previous.rows === row) previous.rows++;
      else {
        if (previous) done.push(previous);
        open.set(id, run);
      }
    }
    for (const [id, rect] of open) {
      if (!seen.has(id)) {
        done.push(rect);
        open.delete(id);
      }
    }
  });
  return [...done, ...open.values()];
}

const lookKey = (cell: PlanCell | null | undefined): string => {
  if (!cell) return "";
  const parts = [cell.style ?? "", cell.indent ? String(cell.indent) : "", cell.wrap ? "w" : ""];
  return parts.some((part) => part !== "") ? parts.join("|") : "";
};

/**
 * Which cells repeat their left neighbour's formula one column on (same
 * number format too): they are sent as null ("leave as is") in the blocks and
 * filled by one copy per run.
 */
export function fillCells(plan: SheetPlan): boolean[][] {
  return plan.cells.map((line) =>
    (line ?? []).map((cell, column) => {
      const left = column > 0 ? line[column - 1] : null;
      if (!cell?.formula || !left?.formula || (cell.numberFormat ?? "") !== (left.numberFormat ?? "")) return false;
      return isShiftSafe(left.formula) && shiftFormulaColumns(left.formula, 1) === cell.formula;
    }),
  );
}

function rowBlocks(plan: SheetPlan, width: number): Array<{ first: number; count: number }> {
  const blocks: Array<{ first: number; count: number }> = [];
  let first = 0;
  let bytes = 0;
  plan.cells.forEach((line, row) => {
    let rowBytes = 2;
    for (let c = 0; c < width; c++) rowBytes += JSON.stringify(cellInput(line?.[c])).length + (line?.[c]?.numberFormat?.length ?? 7) + 4;
    if (row > first && bytes + rowBytes > BLOCK_BYTES) {
      blocks.push({ first, count: row - first });
      first = row;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (plan.cells.length > first) blocks.push({ first, count: plan.cells.length - first });
  return blocks;
}

/** Runs of consecutive rows of the same set height (0-based, inclusive): one call each. */
export function heightRuns(heights: readonly (number | null | undefined)[]): Array<{ first: number; last: number; height: number }> {
  const runs: Array<{ first: number; last: number; height: number }> = [];
  heights.forEach((height, row) => {
    if (height === null || height === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  });
  return runs;
}

function applyValidation(range: RangeSlice, rule: ValidationRule): void {
  if (rule.kind === "decimal") range.dataValidation.rule = { decimal: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  else if (rule.kind === "whole") range.dataValidation.rule = { wholeNumber: { formula1: rule.min, formula2: rule.max, operator: "Between" } };
  else if (rule.kind === "custom") range.dataValidation.rule = { custom: { formula: rule.formula } };
  else range.dataValidation.rule = { list: { inCellDropDown: true, source: rule.source } };
  range.dataValidation.prompt = { showPrompt: true, title: rule.prompt.title, message: rule.prompt.message };
  range.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: rule.error.title, message: rule.error.message };
}

/** Queues every call that writes `plan` onto the empty `sheet`. */
export async function writePlan(sheet: WorksheetSlice, plan: SheetPlan, budget: RequestBudget): Promise<void> {
  const width = Math.max(plan.columnWidths.length, ...plan.cells.map((line) => line?.length ?? 0));
  if (width > 0 && plan.cells.length > 0) {
    const fill = fillCells(plan);
    for (const block of rowBlocks(plan, width)) {
      const range = sheet.getRange(rangeAddress(block.first, 0, block.count, width));
      const lines = plan.cells.slice(block.first, block.first + block.count);
      const filled = (r: number, c: number): boolean => fill[block.first + r]?.[c] === true;
      const formats = lines.map((line, r) => Array.from({ length: width }, (_, c) => (filled(r, c) ? null : line?.[c]?.numberFormat ?? "General")));
      if (formats.some((line) => line.some((format) => format !== "General" && format !== null))) {
        const json = JSON.stringify(formats);
        await budget.reserve(json.length);
        range.numberFormat = formats;
      }
      const inputs = lines.map((line, r) => Array.from({ length: width }, (_, c) => (filled(r, c) ? null : cellInput(line?.[c]))));
      await budget.reserve(JSON.stringify(inputs).length);
      range.formulas = inputs;
    }
    for (let row = 0; row < fill.length; row++) {
      const line = fill[row];
      let column = 0;
      while (column < line.length) {
        if (!line[column]) {
          column++;
          continue;
        }
        let end = column;
        while (end + 1 < line.length && line[end + 1]) end++;
        await budget.reserve(40);
        sheet.getRange(rangeAddress(row, column, 1, end - column + 1)).copyFrom(cellAddress(row, column - 1), "All");
        column = end + 1;
      }
    }
  }
  if (width > 0 && plan.cells.length > 0) {
    // Top-aligned, so that in a row grown for wrapped text every cell starts on its first line.
    await budget.reserve(60);
    sheet.getRange(rangeAddress(0, 0, plan.cells.length, width)).format.verticalAlignment = "Top";
  }
  for (const rect of rectanglesOf(plan.cells, width, (cell) => (cell && cell.locked === false ? "unlocked" : ""))) {
    await budget.reserve(40);
    sheet.getRange(rangeAddress(rect.row, rect.column, rect.rows, rect.columns)).format.protection.locked = false;
  }
  for (const rect of rectanglesOf(plan.cells, width, lookKey)) {
    const [style, indent, wrap] = rect.key.split("|");
    const look = STYLE_LOOKS[style as CellStyle] ?? {};
    const format = sheet.getRange(rangeAddress(rect.row, rect.column, rect.rows, rect.columns)).format;
    await budget.reserve(120);
    if (look.bold) format.font.bold = true;
    if (look.italic) format.font.italic = true;
    if (look.size) format.font.size = look.size;
    if (look.color) format.font.color = look.color;
    if (look.fill) format.fill.color = look.fill;
    if (indent) format.indentLevel = Number(indent);
    if (wrap) format.wrapText = true;
  }
  for (let column = 0; column < plan.columnWidths.length; column++) {
    await budget.reserve(30);
    sheet.getRange(`${cellAddress(0, column).replace(/\d+$/, "")}:${cellAddress(0, column).replace(/\d+$/, "")}`).format.columnWidth =
      Math.round(plan.columnWidths[column] * POINTS_PER_CHARACTER * 100) / 100;
  }
  for (const run of heightRuns(plan.rowHeights ?? [])) {
    await budget.reserve(40);
    sheet.getRange(`${run.first + 1}:${run.last + 1}`).format.rowHeight = run.height;
  }
  for (const merge of plan.merges) {
    await budget.reserve(merge.length);
    sheet.getRange(merge).merge(false);
  }
  for (const group of plan.outline) {
    await budget.reserve(30);
    sheet.getRange(`${group.firstRow + 1}:${group.lastRow + 1}`).group("ByRows");
  }
  for (const rule of plan.validations) {
    await budget.reserve(JSON.stringify(rule).length);
    applyValidation(sheet.getRange(rule.range), rule);
  }
  for (const rule of plan.conditionalFormats) {
    await budget.reserve(JSON.stringify(rule).length);
    const format = sheet.getRange(rule.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = rule.formula;
    format.custom.format.fill.color = rule.fill;
    format.custom.format.font.color = rule.fontColor;
  }
  const { rows, columns } = plan.frozen;
  await budget.reserve(200);
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(rangeAddress(0, 0, rows, columns));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  sheet.pageLayout.orientation = plan.print.orientation === "landscape" ? "Landscape" : "Portrait";
  sheet.pageLayout.paperSize = plan.print.paper;
  if (plan.print.fitToWidth) sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
  else if (plan.print.scale) sheet.pageLayout.zoom = { scale: plan.print.scale };
  if (plan.print.titleRows) sheet.pageLayout.setPrintTitleRows(plan.print.titleRows);
  if (plan.print.titleColumns) sheet.pageLayout.setPrintTitleColumns(plan.print.titleColumns);
  if (plan.tabColor) sheet.tabColor = plan.tabColor;
  for (const chart of plan.charts) {
    await budget.reserve(300);
    const added = sheet.charts.add("BarClustered", sheet.getRange(chart.values), "Columns");
    added.title.text = chart.title;
    added.legend.visible = false;
    const series = added.series.getItemAt(0);
    series.name = chart.seriesName;
    series.setXAxisValues(sheet.getRange(chart.categories));
    added.setPosition(chart.from, chart.to);
  }
  if (plan.protect) {
    await budget.reserve(80);
    sheet.protection.protect({ allowFormatCells: false, allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true });
  }
}

/** Whether an address parses, for the port's checks before writing. */
export const isA1 = (address: string): boolean => parseRange(address) !== null;
