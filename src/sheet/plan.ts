/**
 * Sheet plans: pure data describing a sheet the add-in writes — cells
 * (value or formula, number format, locked), widths, frozen panes, outline
 * groups, validations, conditional formats, print setup, charts and
 * protection. Every port writes a plan the same way; plans never hold
 * Office.js or ExcelJS objects.
 *
 * Coordinates: rows and columns are 0-based (row 0 = sheet row 1, column 0 =
 * column A). Ranges in rules are A1 addresses on the plan's own sheet.
 */
import type { OwnedSheetKind } from "./names";

/** A cell's value as read back: numbers stay numbers, text stays text, empty is null. */
export type CellValue = string | number | boolean | null;

/**
 * "par": PAR.* custom functions (the add-in).
 * "native": SUM/ROUND/RANK/INDEX/MATCH/COUNTIF/IF only, no _xlfn functions,
 * with the core's value cached in every formula cell (files the CLI writes).
 */
export type FormulaDialect = "par" | "native";

/** Looks a cell can take; each port maps them to fonts, fills and borders ("extra": bonus and penalty rows). */
export type CellStyle = "title" | "subtitle" | "header" | "field" | "parent" | "leaf" | "input" | "total" | "summary" | "note" | "extra";

export interface PlanCell {
  /**
   * A constant, or for a formula cell the value the core computed (the cached
   * value; always present in the "native" dialect, may be absent in "par").
   */
  value?: CellValue;
  /** An A1 formula starting with "=". */
  formula?: string;
  /**
   * Written as text whatever it looks like: unit names, titles, codes
   * ("1.1" is not a number; "=Xã A" is not a formula).
   */
  text?: boolean;
  /** Excel number format ("0.00", "0.00%", "0", "@"); General when absent. */
  numberFormat?: string;
  /** Default true; input cells are unlocked. */
  locked?: boolean;
  style?: CellStyle;
  /** Indent level (criteria titles by depth). */
  indent?: number;
  /** Wrap text in the cell. */
  wrap?: boolean;
}

interface DecimalValidation {
  kind: "decimal";
  /** A1 range on this sheet. */
  range: string;
  min: number;
  /** A number, or a formula relative to the range's top-left cell ("=$C5"). */
  max: number | string;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

interface ListValidation {
  kind: "list";
  range: string;
  /** Absolute reference to the cells holding the allowed values ("='Cấu hình'!$B$30:$D$30"), never an inline list. */
  source: string;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

interface WholeNumberValidation {
  kind: "whole";
  range: string;
  min: number;
  max: number;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

/** Any formula, relative to the range's top-left cell (e.g. a number within range, or the text KĐG). */
interface CustomValidation {
  kind: "custom";
  range: string;
  /** "=OR(AND(ISNUMBER(D8),D8>=0,D8<=$C8),TRIM(D8)=\"KĐG\")"; plain Excel functions only. */
  formula: string;
  prompt: { title: string; message: string };
  error: { title: string; message: string };
}

export type ValidationRule = DecimalValidation | ListValidation | WholeNumberValidation | CustomValidation;

export interface ConditionalFormatRule {
  /** A1 range on this sheet. */
  range: string;
  /** A custom formula relative to the range's top-left cell; plain Excel functions only. */
  formula: string;
  fill: string;
  fontColor: string;
}

interface PrintSetup {
  orientation: "landscape" | "portrait";
  paper: "A4";
  /** Rows repeated at the top of every page, e.g. "$1:$4". */
  titleRows?: string;
  /** Columns repeated at the left of every page, e.g. "$A:$C". */
  titleColumns?: string;
  /** Fit all columns on one page wide. */
  fitToWidth: boolean;
  /** Print at this percentage of the size (when not fitting to width). */
  scale?: number;
}

export interface ChartPlan {
  type: "bar";
  title: string;
  /** A1 range of the category labels (unit names) on this sheet. */
  categories: string;
  /** A1 range of the values (index) on this sheet. */
  values: string;
  seriesName: string;
  /** Top-left and bottom-right cells of the chart's place, A1. */
  from: string;
  to: string;
}

export interface OutlineGroup {
  /** 0-based first and last row of the group (the rows that collapse). */
  firstRow: number;
  lastRow: number;
}

export interface SheetPlan {
  name: string;
  kind: OwnedSheetKind;
  /** Row-major cells from A1; null or a missing entry = empty cell. */
  cells: (PlanCell | null)[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /**
   * Row heights in points, from row 1 (index 0); null or a missing entry =
   * the default height. Set for rows with wrapped text (see row-heights.ts),
   * because no port grows a row to fit its text by itself.
   */
  rowHeights?: (number | null)[];
  frozen: { rows: number; columns: number };
  outline: OutlineGroup[];
  validations: ValidationRule[];
  conditionalFormats: ConditionalFormatRule[];
  /** Merged ranges (titles), A1. */
  merges: string[];
  print: PrintSetup;
  charts: ChartPlan[];
  /** Protect the sheet (locked cells read-only, no password; formatting and outlines allowed). */
  protect: boolean;
  /** Tab colour, "#RRGGBB". */
  tabColor?: string;
}
