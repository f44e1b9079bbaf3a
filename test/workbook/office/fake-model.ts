/**
 * The workbook the typed fake Excel keeps: sheets of cells, names and
 * references, with Excel's rules where the Office.js documentation states
 * them (each rule cites its source). fake-excel.ts drives it through the
 * Office.js slice.
 */
import { columnIndex, columnLetter, intersectBlocks, parseAreas, parseBlock, type Block } from "../../../src/sheet/a1";
import type { DataValidationSlice, ProtectionOptionsSlice, ValidationRuleSlice, WorksheetChangedArgsSlice } from "../../../src/workbook/office/office-api";

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
  bold?: boolean;
  indent?: number;
}

export interface FakeChart {
  type: string;
  values: string;
  categories: string | null;
  title: string;
  from: string;
  to: string;
}

export interface FakeSheet {
  id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  properties: Map<string, string>;
  validations: Array<{ address: string; rule: ValidationRuleSlice; prompt?: DataValidationSlice["prompt"]; errorAlert?: DataValidationSlice["errorAlert"] }>;
  conditionalFormats: Array<{ address: string; formula: string; fill: string; font: string }>;
  /** Outline groups as written ("12:14"), nested groups listed each. */
  groups: string[];
  merges: string[];
  frozen: string | null;
  page: { orientation: string; paperSize: string; titleRows: string | null; titleColumns?: string; fitWidth: number | null; scale?: number };
  charts: FakeChart[];
  protected: boolean;
  protectionOptions: ProtectionOptionsSlice | null;
  tabColor: string;
  columnWidths: Map<number, number>;
  /** Row heights in points by 0-based row. */
  rowHeights: Map<number, number>;
  hiddenRows: Set<number>;
  /** Vertical alignments set, "A1:J30 Top". */
  alignments: string[];
  handlers: Array<(args: WorksheetChangedArgsSlice) => Promise<unknown>>;
  /** The selected cells on this sheet ("B3", "A2:C5", "D:D", "4:4", or several areas "B3,D5:D9"). */
  selection: string;
}

/** An error as Office.js raises it: a `code` from Excel.ErrorCodes and a message. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export const key = (row: number, column: number): string => `${row},${column}`;

/** A1 address (cell, range, whole rows or columns) → block; InvalidArgument otherwise, as Excel answers at sync. */
export function blockOf(address: string): Block {
  const block = parseBlock(address);
  if (!block) throw new FakeExcelError("InvalidArgument", `not an address: ${address}`);
  return block;
}

export const overlap = (a: Block, b: Block): Block | null => intersectBlocks(a, b);

/** Excel compares sheet names without regard to case ("Chấm điểm" = "CHẤM ĐIỂM"). */
export const sameSheetName = (a: string, b: string): boolean => a.normalize("NFC").toLocaleUpperCase("vi") === b.normalize("NFC").toLocaleUpperCase("vi");

/**
 * Excel's rules for a sheet name (Excel's "Rename a worksheet" help, and
 * Office.js Worksheet.name / WorksheetCollection.add, which fail with
 * InvalidArgument and ItemAlreadyExists): not blank, at most 31 characters,
 * none of \ / ? * [ ] :, no apostrophe first or last, not "History", and
 * unique in the workbook without regard to case.
 */
export function checkSheetName(sheets: readonly FakeSheet[], name: string, renamed?: FakeSheet): void {
  if (name.trim() === "" || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'") || sameSheetName(name, "History")) {
    throw new FakeExcelError("InvalidArgument", `sheet name "${name}"`);
  }
  if (sheets.some((sheet) => sheet !== renamed && sameSheetName(sheet.name, name))) throw new FakeExcelError("ItemAlreadyExists", name);
}

export function newSheet(id: number, name: string): FakeSheet {
  return {
    id,
    name,
    visibility: "Visible",
    cells: new Map(),
    properties: new Map(),
    validations: [],
    conditionalFormats: [],
    groups: [],
    merges: [],
    frozen: null,
    page: { orientation: "Portrait", paperSize: "Letter", titleRows: null, fitWidth: null },
    charts: [],
    protected: false,
    protectionOptions: null,
    tabColor: "",
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenRows: new Set(),
    alignments: [],
    handlers: [],
    selection: "A1",
  };
}

/** A deep copy of a sheet's content under another id and name (Worksheet.copy). */
export function copySheet(sheet: FakeSheet, id: number, name: string): FakeSheet {
  return {
    ...structuredClone({ ...sheet, handlers: [] }),
    id,
    name,
    handlers: [],
  };
}

/**
 * Writes on a protected sheet: Excel refuses to change locked cells (cells
 * are locked by default; Office.js WorksheetProtectionOptions: what the
 * protection allows, formatting cells, rows and columns among it) with
 * AccessDenied, "You cannot perform the requested operation" ("Error
 * handling with the application-specific JavaScript APIs").
 */
export function checkWritable(sheet: FakeSheet, block: Block, what: "content" | "cells" | "rows" | "columns"): void {
  if (!sheet.protected) return;
  const options = sheet.protectionOptions ?? {};
  if (what === "rows" && options.allowFormatRows) return;
  if (what === "columns" && options.allowFormatColumns) return;
  if (what === "cells" && options.allowFormatCells) return;
  if (what !== "content") throw new FakeExcelError("AccessDenied", `formatting ${what} of protected sheet ${sheet.name}`);
  let unlocked = 0;
  for (const [, cell] of cellsIn(sheet, block)) if (cell.locked === false) unlocked++;
  if (unlocked < block.rows * block.columns)
    throw new FakeExcelError("AccessDenied", `locked cells in ${block.row + 1}:${block.row + block.rows} of protected sheet ${sheet.name}`);
}

/** What Excel makes of typed input: =formula, 'text, numbers from numeric text. */
function typed(input: unknown): Pick<FakeCell, "value" | "formula"> {
  if (input === "" || input === null || input === undefined) return { value: null };
  if (typeof input === "string") {
    if (input.startsWith("=")) return { value: null, formula: input };
    if (input.startsWith("'")) return { value: input.slice(1) };
    if (/^[+-]?\d+(\.\d+)?$/.test(input.trim())) return { value: Number(input) };
    return { value: input };
  }
  return { value: input as number | boolean };
}

/**
 * A 2-D write: the array must have the range's shape, else Excel fails with
 * InvalidArgument ("The argument is invalid or missing or has an incorrect
 * format"; Office.js Range.values / formulas / numberFormat are any[][] of the
 * range's rows and columns); null leaves a cell as it is.
 */
export function writeCells(sheet: FakeSheet, b: Block, matrix: unknown, kind: "formulas" | "values" | "numberFormat"): void {
  if (!Array.isArray(matrix) || matrix.length !== b.rows || matrix.some((line) => !Array.isArray(line) || line.length !== b.columns)) {
    const shape = Array.isArray(matrix) ? `${matrix.length}×${Array.isArray(matrix[0]) ? (matrix[0] as unknown[]).length : "?"}` : typeof matrix;
    throw new FakeExcelError("InvalidArgument", `${shape} for a ${b.rows}×${b.columns} range`);
  }
  checkWritable(sheet, b, kind === "numberFormat" ? "cells" : "content");
  const rows = matrix as unknown[][];
  for (let r = 0; r < b.rows; r++) {
    for (let c = 0; c < b.columns; c++) {
      if (rows[r][c] === null) continue;
      const k = key(b.row + r, b.column + c);
      const cell = sheet.cells.get(k) ?? { value: null };
      if (kind === "numberFormat") cell.numberFormat = String(rows[r][c]);
      else {
        const input = typed(rows[r][c]);
        cell.value = input.value;
        if (input.formula) cell.formula = input.formula;
        else delete cell.formula;
      }
      sheet.cells.set(k, cell);
    }
  }
}

/** The cells of a sheet that hold something, as one block; null for an empty sheet. */
export function usedBlock(sheet: FakeSheet): Block | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [k, cell] of sheet.cells) {
    if (cell.value === null && !cell.formula) continue;
    const [r, c] = k.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  }
  return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

/** Every cell of a block that the sheet holds (a whole-sheet block visits only stored cells). */
export function* cellsIn(sheet: FakeSheet, block: Block): Generator<[string, FakeCell, number, number]> {
  for (const [k, cell] of sheet.cells) {
    const [r, c] = k.split(",").map(Number);
    if (r >= block.row && r < block.row + block.rows && c >= block.column && c < block.column + block.columns) yield [k, cell, r, c];
  }
}

/** What Excel's paste does to a formula moved `columns` to the right (and `rows` down): relative references move with it. */
export function movedFormula(formula: string, columns: number, rows = 0): string {
  let out = "";
  let inString = false;
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') inString = !inString;
    const previous = formula[i - 1] ?? "";
    const match = inString || /[A-Za-z0-9_.!'"$]/.test(previous) ? null : /^(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/.exec(formula.slice(i));
    if (!match) {
      out += char;
      i++;
      continue;
    }
    const [text, dollarColumn, letters, dollarRow, row] = match;
    const column = dollarColumn ? letters : columnLetter(columnIndex(letters) + columns);
    out += `${dollarColumn}${column}${dollarRow}${dollarRow ? row : Number(row) + rows}`;
    i += text.length;
  }
  return out;
}

const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/**
 * Rewrites the references to sheet `from` in a formula, outside string
 * literals: `to` is the new name after a rename (Excel follows the rename),
 * null after a delete (Excel turns the reference into #REF!).
 */
export function rewriteSheetReferences(formula: string, from: string, to: string | null): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(/'((?:[^']|'')+)'!|([^\s'!,()=+\-*/&^<>;:"{}]+)!/g, (match, quoted: string | undefined, bare: string | undefined) => {
      const name = quoted !== undefined ? quoted.replace(/''/g, "'") : (bare as string);
      if (!sameSheetName(name, from)) return match;
      return to === null ? "#REF!" : `${quoteSheet(to)}!`;
    });
  }
  return parts.join('"');
}

/** Applies a rename or delete of sheet `from` to every formula the workbook holds (cells and list validations). */
export function followSheetReferences(sheets: readonly FakeSheet[], from: string, to: string | null): void {
  for (const sheet of sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula) cell.formula = rewriteSheetReferences(cell.formula, from, to);
    for (const validation of sheet.validations) {
      const source = validation.rule.list?.source;
      if (validation.rule.list && typeof source === "string") validation.rule.list.source = rewriteSheetReferences(source, from, to);
    }
  }
}

/** The cell (0-based) is in one of the areas ("D4:J10, D12:J14"). */
function inAreas(address: string, row: number, column: number): boolean {
  return (parseAreas(address) ?? []).some((b) => row >= b.row && row < b.row + b.rows && column >= b.column && column < b.column + b.columns);
}

/** A rule's formula as it applies at a cell: relative references are read from the top-left cell of the rule's first area. */
function formulaAt(formula: string, address: string, row: number, column: number): string {
  const first = (parseAreas(address) ?? [])[0];
  return first ? movedFormula(formula, column - first.column, row - first.row) : formula;
}

/** The validation that holds at a cell (the last one set there), its formulas moved to the cell; null when none. */
export function validationAt(sheet: FakeSheet, row: number, column: number): FakeSheet["validations"][number] | null {
  const found = sheet.validations.filter((v) => inAreas(v.address, row, column)).pop();
  if (!found) return null;
  const rule = JSON.parse(JSON.stringify(found.rule), (_key, value: unknown) =>
    typeof value === "string" && value.startsWith("=") ? formulaAt(value, found.address, row, column) : value,
  ) as ValidationRuleSlice;
  return { ...found, address: cellName(row, column), rule };
}

/** The conditional formats that hold at a cell, the last added (on top) last, formulas moved to the cell. */
export function conditionalFormatsAt(sheet: FakeSheet, row: number, column: number): Array<{ formula: string; fill: string; font: string }> {
  return sheet.conditionalFormats
    .filter((format) => inAreas(format.address, row, column))
    .map((format) => ({ formula: formulaAt(format.formula, format.address, row, column), fill: format.fill, font: format.font }));
}

const cellName = (row: number, column: number): string => `${columnLetter(column)}${row + 1}`;
