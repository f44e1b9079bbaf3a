/**
 * The cells of a plan: number formats, then formulas and constants, then
 * the formulas copied across. A number format is set on the first cell of
 * each rectangle of alike cells and pasted over the rest (copyFrom
 * "Formats"), so a 500-unit sheet does not send one format per cell; the
 * formulas go as whole 2-D blocks of rows, chunked to about BLOCK_BYTES and
 * cut into bands of rows sent only up to their last column that holds
 * anything (blank cells are not sent: the sheet is new or cleared);
 * a formula that repeats its left neighbour one column on goes as null
 * (unchanged) and is pasted from the column before its run (copyFrom "All"),
 * one call per rectangle of such runs.
 */
import { rangeAddress } from "../../sheet/a1";
import type { SheetPlan } from "../../sheet/plan";
import type { WorksheetSlice } from "./office-api";
import { cellInput, fillCells, rectanglesOf, type Rect } from "./office-grid";
import { CALL_OVERHEAD_BYTES, payloadBytes, type WriteProgram } from "./office-program";

/** Rows are written in blocks of about this many bytes. */
const BLOCK_BYTES = 1_000_000;

/** The sheet being written; made by an earlier step of the program. */
export type SheetOf = () => WorksheetSlice;

const address = (rect: Pick<Rect, "row" | "column" | "rows" | "columns">): string => rangeAddress(rect.row, rect.column, rect.rows, rect.columns);

export function planWidth(plan: SheetPlan): number {
  return Math.max(plan.columnWidths.length, ...plan.cells.map((line) => line?.length ?? 0));
}

/** Number formats other than General: the first cell of each rectangle, pasted over the rest. */
export function writeNumberFormats(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const width = planWidth(plan);
  for (const rect of rectanglesOf(plan.cells, width, (cell) => (cell?.numberFormat && cell.numberFormat !== "General" ? cell.numberFormat : ""))) {
    const first = address({ ...rect, rows: 1, columns: 1 });
    const whole = rect.rows * rect.columns > 1;
    program.add(whole ? 4 : 2, [first, [[rect.key]], ...(whole ? [address(rect), ["Formats"]] : [])], () => {
      const corner = sheet().getRange(first);
      corner.numberFormat = [[rect.key]];
      if (whole) sheet().getRange(address(rect)).copyFrom(corner, "Formats");
    });
  }
}

/** Rows in blocks of about BLOCK_BYTES of input. */
function rowBlocks(inputs: readonly (readonly unknown[])[]): Array<{ first: number; count: number }> {
  const blocks: Array<{ first: number; count: number }> = [];
  let first = 0;
  let bytes = 0;
  inputs.forEach((line, row) => {
    const rowBytes = payloadBytes(line);
    if (row > first && bytes + rowBytes > BLOCK_BYTES) {
      blocks.push({ first, count: row - first });
      first = row;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (inputs.length > first) blocks.push({ first, count: inputs.length - first });
  return blocks;
}

/** A cell the block need not send: blank (the sheet is new or cleared) or left for a paste (null). */
const unsent = (input: unknown): boolean => input === "" || input === null;

/** Columns a row sends: up to its last cell that sends something. */
function usedWidth(line: readonly unknown[]): number {
  let used = line.length;
  while (used > 0 && unsent(line[used - 1])) used--;
  return used;
}

/** Bytes a padded blank costs in a block (`"",`). */
const BLANK_BYTES = 3;

/**
 * A block of rows cut into bands of rows of about the same used width, each
 * sent only up to that width: a band ends where padding the next row (or the
 * band) to a common width would cost more than the two calls of a new band.
 * Bands of blank rows are not sent at all.
 */
function bands(inputs: readonly (readonly unknown[])[], block: { first: number; count: number }): Array<{ first: number; count: number; width: number }> {
  const out: Array<{ first: number; count: number; width: number }> = [];
  for (let row = block.first; row < block.first + block.count; row++) {
    const width = usedWidth(inputs[row]);
    const band = out[out.length - 1];
    const common = band ? Math.max(band.width, width) : width;
    const padding = band ? (common - band.width) * band.count + (common - width) : 0;
    if (band && padding * BLANK_BYTES <= 2 * CALL_OVERHEAD_BYTES) {
      band.count++;
      band.width = common;
    } else out.push({ first: row, count: 1, width });
  }
  return out.filter((band) => band.width > 0);
}

/** Formulas and constants as 2-D blocks (copied cells as null), then one paste per rectangle of copied runs. */
export function writeFormulas(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  const width = planWidth(plan);
  if (width === 0 || plan.cells.length === 0) return;
  const fill = fillCells(plan);
  const inputs = plan.cells.map((line, r) => Array.from({ length: width }, (_, c) => (fill[r]?.[c] ? null : cellInput(line?.[c]))));
  for (const band of rowBlocks(inputs).flatMap((block) => bands(inputs, block))) {
    const rows = inputs.slice(band.first, band.first + band.count).map((line) => line.slice(0, band.width));
    const where = rangeAddress(band.first, 0, band.count, band.width);
    program.add(2, [where, rows], () => {
      sheet().getRange(where).formulas = rows;
    });
  }
  for (const rect of rectanglesOf(fill, width, (copied) => (copied ? "fill" : ""))) {
    const source = address({ ...rect, column: rect.column - 1, columns: 1 });
    const target = address(rect);
    program.add(3, [source, target, ["All"]], () => {
      sheet().getRange(target).copyFrom(sheet().getRange(source), "All");
    });
  }
}
