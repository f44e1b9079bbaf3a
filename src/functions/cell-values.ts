/**
 * Cell values as Excel hands them to a custom function: ranges are 2-D arrays
 * of numbers, strings, booleans or null; an empty cell is 0 on the desktop,
 * null on the web and "" in some hosts; an omitted optional argument is null.
 * A cell showing an error arrives as an object (functions.json sets
 * allowErrorForDataTypeAny, so Excel calls the function instead of
 * returning the error for it): see cellError.
 */
import { roundHalfUp } from "../core/decimal";
import { DEFAULT_PRECISION, MAX_PRECISION } from "../core/precision";

/** What a range argument looks like (a single value is accepted as a 1×1 range). */
export type CellGrid = readonly (readonly unknown[])[];

/** An empty cell or an omitted argument. */
export const isBlank = (value: unknown): boolean => value === null || value === undefined || value === "";

/** A range as rows; a lone value becomes a 1×1 range and a flat list one row. */
export function asGrid(value: unknown): CellGrid {
  if (!Array.isArray(value)) return [[value]];
  if (value.length > 0 && value.every(Array.isArray)) return value as unknown[][];
  return [value];
}

interface GridShape {
  rows: number;
  columns: number;
}

export function shapeOf(grid: CellGrid): GridShape {
  return { rows: grid.length, columns: grid.reduce((widest, row) => Math.max(widest, row.length), 0) };
}

/** Every cell of a range, row by row. */
export function cellsOf(grid: CellGrid): unknown[] {
  const cells: unknown[] = [];
  for (const row of grid) for (const cell of row) cells.push(cell);
  return cells;
}

/**
 * A code or label cell as text: Excel turns a typed 3 into the number 3 and
 * 1.1 into 1.1. The number 0 is a blank cell as desktop Excel passes it
 * (no criterion code or class label is the number 0).
 */
export function codeText(value: unknown): string {
  return isBlank(value) || value === 0 ? "" : String(value).trim();
}

/**
 * The error a cell shows ("#DIV/0!", "#REF!", …), or null for any other
 * value. Excel passes it as an error cell value `{ type: "Error",
 * basicValue: "#DIV/0!" }`; a `CustomFunctions.Error` `{ code }` is read too.
 */
export function cellError(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const { type, basicValue, code } = value as { type?: unknown; basicValue?: unknown; code?: unknown };
  const error = type === "Error" ? basicValue : code;
  return typeof error === "string" && error.startsWith("#") ? error : null;
}

/** A finite number, 0 for a blank cell, null for anything else (text, booleans, errors). */
export function numberOrBlank(value: unknown): number | null {
  if (isBlank(value)) return 0;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The one value of a scalar argument that may arrive as a 1×1 range; undefined for a larger range. */
export function singleValue(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const cells = cellsOf(asGrid(value));
  return cells.length === 1 ? cells[0] : undefined;
}

/** The `decimals` argument, as a template's `precision`: 2 when omitted, else a whole number 0–4; null when invalid. */
export function decimalsArgument(value: unknown): number | null {
  const single = singleValue(value);
  if (isBlank(single)) return DEFAULT_PRECISION;
  if (typeof single !== "number" || !Number.isInteger(single) || single < 0 || single > MAX_PRECISION) return null;
  return single;
}

/**
 * A fraction from a `0.00%` cell as the rounded percent the core compares:
 * 0.77135 → 77.14 at 2 decimals (half up on the decimal value).
 */
export function fractionToPercent(fraction: number, decimals: number): number {
  return roundHalfUp(fraction * 100, decimals);
}

/**
 * A threshold as a percent: at most 1 is a fraction (0.9 → 90), above 1 a
 * percent (90). Null when it is not a number from 0 to 100.
 */
export function thresholdPercent(value: number): number | null {
  if (!Number.isFinite(value) || value < 0 || value > 100) return null;
  return value <= 1 ? roundHalfUp(value * 100, 10) : value;
}
