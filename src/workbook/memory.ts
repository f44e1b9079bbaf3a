/**
 * MemoryWorkbook: a real in-memory workbook behind the WorkbookPort — sheets
 * of cells (value or formula, number format, text flag, lock, style) with
 * the plan's validations, formats, outline and print setup, owned-sheet
 * marks and the stored state. Formulas are stored, never evaluated: a
 * formula cell reads back as its cached value (null when it has none).
 * Used by the tests, by the CLI and by the task pane's browser test entry.
 */
import { cellAddress, parseRange, type Block } from "../sheet/a1";
import type { PlanCell, SheetPlan } from "../sheet/plan";
import type {
  CellChangeEvent,
  CellLooks,
  CellValue,
  OwnedSheetKind,
  ProgressCallback,
  RangeData,
  ReadRequest,
  StoredWorkbookState,
  Unsubscribe,
  WorkbookChange,
  WorkbookPort,
  WorkbookSnapshot,
} from "./port";

interface MemoryCell {
  value: CellValue;
  formula?: string;
  text?: boolean;
  numberFormat?: string;
  locked: boolean;
  style?: PlanCell["style"];
  /** Looks set by the user (or the plan's indent). */
  bold?: boolean;
  indent?: number;
}

export interface MemorySheet {
  name: string;
  owned: OwnedSheetKind | null;
  /** Row-major; missing entries are empty cells. */
  cells: (MemoryCell | undefined)[][];
  /** The plan the sheet was written from (widths, validations, formats, print …); null for a user's sheet. */
  plan: Omit<SheetPlan, "cells" | "name"> | null;
  /** Merged areas ("B6:E6"): the plan's, or the user's. */
  merges: string[];
}

type Listener = { sheet: string; handler: (event: CellChangeEvent) => void };

const cloneState = (state: StoredWorkbookState): StoredWorkbookState => JSON.parse(JSON.stringify(state)) as StoredWorkbookState;

function usedSize(sheet: MemorySheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.cells.forEach((line, r) => {
    if (!line) return;
    for (let c = line.length - 1; c >= 0; c--) {
      const cell = line[c];
      if (cell && (cell.value !== null || cell.formula)) {
        rows = r + 1;
        columns = Math.max(columns, c + 1);
        break;
      }
    }
  });
  return { rows, columns };
}

function memoryCellFromPlan(cell: PlanCell): MemoryCell {
  const stored: MemoryCell = { value: cell.value ?? null, locked: cell.locked !== false };
  if (cell.formula) stored.formula = cell.formula;
  if (cell.text) stored.text = true;
  if (cell.numberFormat) stored.numberFormat = cell.numberFormat;
  if (cell.style) stored.style = cell.style;
  if (cell.indent) stored.indent = cell.indent;
  return stored;
}

export class MemoryWorkbook implements WorkbookPort {
  private sheetList: MemorySheet[] = [];
  private state: StoredWorkbookState | null = null;
  private listeners: Listener[] = [];
  /** Number of read and apply operations, for tests. */
  readonly operations = { reads: 0, applies: 0 };

  /** The sheets in order (live objects: tests may inspect them). */
  get sheets(): readonly MemorySheet[] {
    return this.sheetList;
  }

  sheet(name: string): MemorySheet | undefined {
    return this.sheetList.find((sheet) => sheet.name === name);
  }

  storedState(): StoredWorkbookState | null {
    return this.state ? cloneState(this.state) : null;
  }

  /** The cell at an A1 address, or undefined when empty or the sheet is missing. */
  cell(sheetName: string, address: string): MemoryCell | undefined {
    const block = parseRange(address);
    const sheet = this.sheet(sheetName);
    if (!block || !sheet) return undefined;
    return sheet.cells[block.row]?.[block.column];
  }

  /** A sheet the user makes (not owned). */
  addUserSheet(name: string, values: CellValue[][] = []): MemorySheet {
    if (this.sheet(name)) throw new Error(`Sheet ${name} exists`);
    const sheet: MemorySheet = {
      name,
      owned: null,
      cells: values.map((line) => line.map((value) => (value === null ? undefined : { value, locked: true }))),
      plan: null,
      merges: [],
    };
    this.sheetList.push(sheet);
    return sheet;
  }

  /** What a user typing or pasting does: sets values (a formula when text starts with "=") and fires change events. */
  setCellValues(sheetName: string, address: string, values: CellValue[][]): void {
    const sheet = this.sheet(sheetName);
    const block = parseRange(address);
    if (!sheet || !block) throw new Error(`No cell ${sheetName}!${address}`);
    for (let r = 0; r < block.rows; r++) {
      for (let c = 0; c < block.columns; c++) {
        const value = values[r]?.[c] ?? null;
        const row = (sheet.cells[block.row + r] ??= []);
        const previous = row[block.column + c];
        const cell: MemoryCell = { value, locked: previous?.locked ?? true };
        if (previous?.numberFormat) cell.numberFormat = previous.numberFormat;
        if (previous?.style) cell.style = previous.style;
        if (typeof value === "string" && value.startsWith("=") && !previous?.text) {
          cell.formula = value;
          cell.value = null;
        }
        row[block.column + c] = cell;
      }
    }
    this.emit({ sheet: sheetName, address, origin: "user" });
  }

  /** What a user formatting cells does: bold and indent over a block (an empty cell keeps its look too). */
  setCellLooks(sheetName: string, address: string, looks: { bold?: boolean; indent?: number }): void {
    const sheet = this.sheet(sheetName);
    const block = parseRange(address);
    if (!sheet || !block) throw new Error(`No cell ${sheetName}!${address}`);
    for (let r = block.row; r < block.row + block.rows; r++) {
      for (let c = block.column; c < block.column + block.columns; c++) {
        const row = (sheet.cells[r] ??= []);
        row[c] = { ...(row[c] ?? { value: null, locked: true }), ...looks };
      }
    }
  }

  /** What a user merging cells does: the area's other cells are emptied, as Excel does. */
  mergeCells(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    const block = parseRange(address);
    if (!sheet || !block) throw new Error(`No cell ${sheetName}!${address}`);
    for (let r = block.row; r < block.row + block.rows; r++) {
      for (let c = block.column; c < block.column + block.columns; c++) {
        const cell = sheet.cells[r]?.[c];
        if (cell && (r !== block.row || c !== block.column)) cell.value = null;
      }
    }
    sheet.merges.push(address);
  }

  setCellValue(sheetName: string, address: string, value: CellValue): void {
    this.setCellValues(sheetName, address, [[value]]);
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    this.operations.reads++;
    const ranges = request.ranges.map((range): RangeData => {
      const sheet = this.sheet(range.sheet);
      if (!sheet) return { sheet: range.sheet, found: false, row: 0, column: 0, values: [] };
      const size = usedSize(sheet);
      const block = range.address ? parseRange(range.address) : { row: 0, column: 0, rows: size.rows, columns: size.columns };
      if (!block) throw new Error(`Not an A1 address: ${range.address}`);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = 0; r < block.rows; r++) {
        const line: CellValue[] = [];
        const formulaLine: (string | null)[] = [];
        for (let c = 0; c < block.columns; c++) {
          const cell = sheet.cells[block.row + r]?.[block.column + c];
          line.push(cell ? cell.value : null);
          formulaLine.push(cell?.formula ?? null);
        }
        values.push(line);
        formulas.push(formulaLine);
      }
      const data: RangeData = { sheet: sheet.name, found: true, row: block.row, column: block.column, values };
      if (range.formulas) data.formulas = formulas;
      if (range.looks) data.looks = memoryLooks(sheet, block);
      return data;
    });
    return {
      sheets: this.sheetList.map((sheet, position) => ({ name: sheet.name, position, owned: sheet.owned })),
      state: this.state ? cloneState(this.state) : null,
      ranges,
    };
  }

  async apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void> {
    this.operations.applies++;
    const replaced = new Set([...change.sheets.map((plan) => plan.name), ...(change.remove ?? [])]);
    for (const name of replaced) {
      const existing = this.sheet(name);
      if (existing && existing.owned === null) throw new Error(`Sheet "${name}" belongs to the user; the add-in does not replace it`);
    }
    const total = change.sheets.length;
    const written = change.sheets.map((plan, i) => {
      const sheet = sheetFromPlan(plan);
      onProgress?.(i + 1, total, plan.name);
      return sheet;
    });
    // Only now, with every new sheet complete, is the workbook changed.
    const next: MemorySheet[] = [];
    for (const sheet of this.sheetList) {
      const replacement = written.find((w) => w.name === sheet.name);
      if (replacement) next.push(replacement);
      else if (!replaced.has(sheet.name)) next.push(sheet);
    }
    for (const sheet of written) if (!next.includes(sheet)) next.push(sheet);
    this.sheetList = next;
    if (change.state) this.state = cloneState(change.state);
    for (const sheet of written) {
      const size = usedSize(sheet);
      if (size.rows > 0) this.emit({ sheet: sheet.name, address: `A1:${cellAddress(size.rows - 1, size.columns - 1)}`, origin: "addin" });
    }
  }

  async onCellsChanged(sheet: string, handler: (event: CellChangeEvent) => void): Promise<Unsubscribe> {
    const listener: Listener = { sheet, handler };
    this.listeners.push(listener);
    return async () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  private emit(event: CellChangeEvent): void {
    for (const listener of this.listeners) if (listener.sheet === event.sheet) listener.handler(event);
  }
}

function memoryLooks(sheet: MemorySheet, block: Block): CellLooks {
  const cellAt = (r: number, c: number) => sheet.cells[block.row + r]?.[block.column + c];
  const matrix = <T>(read: (cell: MemoryCell | undefined) => T): T[][] =>
    Array.from({ length: block.rows }, (_, r) => Array.from({ length: block.columns }, (_, c) => read(cellAt(r, c))));
  const inBlock = (area: Block | null) =>
    area !== null && area.row >= block.row && area.row < block.row + block.rows && area.column >= block.column && area.column < block.column + block.columns;
  return {
    bold: matrix((cell) => cell?.bold === true),
    indent: matrix((cell) => cell?.indent ?? 0),
    merged: sheet.merges.filter((address) => inBlock(parseRange(address))),
  };
}

function sheetFromPlan(plan: SheetPlan): MemorySheet {
  const { cells, name, ...rest } = plan;
  for (const rule of [...plan.validations, ...plan.conditionalFormats]) {
    if (!parseRange(rule.range)) throw new Error(`Sheet ${name}: not an A1 range: ${rule.range}`);
  }
  return {
    name,
    owned: plan.kind,
    cells: cells.map((line) => (line ?? []).map((cell) => (cell ? memoryCellFromPlan(cell) : undefined))),
    plan: rest,
    merges: [...plan.merges],
  };
}
