/**
 * A typed fake of the Office.js slice the add-in uses (office-api.ts), as
 * strict as Excel where the Office.js documentation says how Excel behaves:
 * - calls are queued and take effect only at `context.sync()`, in order
 *   ("Application-specific API model": proxy objects queue commands that run
 *   when sync() is called); an error at one call leaves the calls before it
 *   done and the rest of the request undone, and the sync rejects;
 *   loaded properties are readable only after the sync that loaded them
 *   (PropertyNotLoaded), and they keep the value they were loaded with;
 * - each request (one sync) is counted in UTF-8 bytes with FAKE_CALL_OVERHEAD
 *   bytes a call for its object path and action besides its payload ("Excel
 *   performance › Payload size limit best practices": a request's size is the
 *   number of API calls, the number of objects such as Range objects, and the
 *   length of the values), and a request over 5 MB fails whole with
 *   RequestPayloadSizeLimitExceeded ("Resource limits and performance
 *   optimization": Excel on the web limits requests and responses to 5 MB;
 *   the code from "Error handling with the application-specific JavaScript APIs");
 * - Excel.run syncs whatever is still queued when the batch returns;
 * - the workbook model's rules (fake-model.ts): sheet names, 2-D write
 *   shapes, protected sheets, references that follow renames and turn into
 *   #REF! on delete, the last visible sheet;
 * - `getSelectedRange()` throws on a multi-area selection (Office.js:
 *   "If there are multiple ranges selected, this method will throw an error").
 * Each sheet keeps its own selection (A1 at first) and one sheet is active.
 */
import { blockAddress, cellAddress, parseAreas, SHEET_COLUMNS, SHEET_ROWS, type Block } from "../../../src/sheet/a1";
import type {
  CellPropertiesSlice,
  ChartSlice,
  ConditionalFormatSlice,
  CustomPropertySlice,
  CustomXmlPartSlice,
  DataValidationSlice,
  EventHandlerResultSlice,
  ExcelContextSlice,
  ExcelRunner,
  MergedAreasSlice,
  ProtectionOptionsSlice,
  RangeAreasSlice,
  RangeFormatSlice,
  RangeSlice,
  ValidationRuleSlice,
  WorksheetChangedArgsSlice,
  WorksheetCollectionSlice,
  WorksheetSlice,
} from "../../../src/workbook/office/office-api";
import {
  blockOf,
  cellsIn,
  checkSheetName,
  checkWritable,
  copySheet,
  FakeExcelError,
  followSheetReferences,
  key,
  movedFormula,
  newSheet,
  overlap,
  sameSheetName,
  usedBlock,
  writeCells,
  type FakeCell,
  type FakeChart,
  type FakeSheet,
} from "./fake-model";

export type { FakeCell, FakeSheet };
export { FakeExcelError };

/** Bytes a queued call costs besides its payload: its object path and action in the request. */
export const FAKE_CALL_OVERHEAD = 400;
/** Excel on the web's request limit. */
export const FAKE_REQUEST_LIMIT = 5 * 1024 * 1024;
/**
 * Worksheet.getRange and getRanges take at most 8,192 characters of address
 * ("Troubleshooting Excel add-ins › Range return character limit": Excel cuts
 * a longer one, which would silently leave areas out; the fake throws).
 */
export const FAKE_ADDRESS_LIMIT = 8192;

function checkAddressLength(address: string): string {
  if (address.length > FAKE_ADDRESS_LIMIT) throw new FakeExcelError("InvalidArgument", `an address of ${address.length} characters`);
  return address;
}

/** Where a Range or RangeAreas is: its sheet and its areas, known at apply time. */
interface Areas {
  sheet: FakeSheet;
  blocks: Block[];
}

/** Whether an address of one or more areas ("D4:J10, D12:J14") meets any of the blocks. */
const areasOverlap = (address: string, blocks: readonly Block[]): boolean =>
  (parseAreas(address) ?? []).some((area) => blocks.some((block) => overlap(area, block)));

const utf8 = (payload: unknown): number => (payload === undefined ? 0 : Buffer.byteLength(JSON.stringify(payload) ?? "", "utf8"));

interface Call {
  payload: unknown;
  apply: () => void;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  /** Workbook-wide onChanged handlers. */
  workbookHandlers: Array<(args: WorksheetChangedArgsSlice) => Promise<unknown>> = [];
  parts: Array<{ id: string; xml: string }> = [];
  enableEvents = true;
  /** Workbook structure protection (Review › Protect Workbook): no sheet may be added, deleted, renamed, moved or copied. */
  structureProtected = false;
  /** The sheet activated last (by the user or `activate()`); the first sheet when none was. */
  activeSheet: FakeSheet | null = null;
  /** Bytes of each request (one per sync) and of each response. */
  readonly requests: number[] = [];
  readonly responses: number[] = [];
  /** Calls in each request. */
  readonly callCounts: number[] = [];
  /** Per request: whether calculation was suspended in it, and whether it asked for a recalculation after its last suspension. */
  readonly suspended: boolean[] = [];
  readonly recalculated: boolean[] = [];
  /** Per Excel.run, whether its last request (the closing sync) had calculation suspended. */
  readonly runsEndedSuspended: boolean[] = [];
  runs = 0;
  /** Throw at this sync number (1-based over the fake's life), after applying the calls. */
  failAtSync: number | null = null;
  /** Fail the call whose payload matches when it is applied: the calls before it took effect, it and the rest of the request do not. */
  failWhen: ((payload: unknown) => boolean) | null = null;
  private nextId = 1;
  private pending: Call[] = [];
  private response = 0;
  private partIds = 1;

  get syncs(): number {
    return this.requests.length;
  }

  readonly runner: ExcelRunner = async (batch) => {
    this.runs++;
    const context = new FakeContext(this);
    let result: Awaited<ReturnType<typeof batch>>;
    try {
      result = await batch(context);
    } catch (error) {
      this.pending = []; // a failed batch sends nothing more
      throw error;
    }
    if (this.pending.length > 0) await context.sync(); // Excel.run sends what is still queued
    this.runsEndedSuspended.push(this.suspended[this.suspended.length - 1] === true);
    return result;
  };

  /** Queues a call: `apply` runs at the next sync. */
  queue(payload: unknown, apply: () => void = () => undefined): void {
    this.pending.push({ payload, apply });
  }

  addResponse(bytes: number): void {
    this.response += bytes;
  }

  private calculation = { suspended: false, recalculated: false };

  suspendCalculation(): void {
    this.calculation.suspended = true;
    this.calculation.recalculated = false;
  }

  recalculate(): void {
    this.calculation.recalculated = true;
  }

  async sync(): Promise<void> {
    const calls = this.pending.splice(0);
    const bytes = calls.reduce((acc, call) => acc + FAKE_CALL_OVERHEAD + utf8(call.payload), 0);
    this.requests.push(bytes);
    this.callCounts.push(calls.length);
    this.response = 0;
    this.calculation = { suspended: false, recalculated: false };
    try {
      if (bytes > FAKE_REQUEST_LIMIT) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `${bytes} bytes`);
      for (const call of calls) {
        if (this.failWhen?.(call.payload)) {
          this.failWhen = null;
          throw new FakeExcelError("InvalidArgument", "(injected)");
        }
        call.apply();
      }
    } finally {
      this.responses.push(this.response);
      this.suspended.push(this.calculation.suspended);
      this.recalculated.push(this.calculation.recalculated);
    }
    if (this.failAtSync !== null && this.requests.length === this.failAtSync) throw new FakeExcelError("GeneralException", "(injected)");
  }

  addSheet(name: string): FakeSheet {
    checkSheetName(this.sheets, name);
    const sheet = newSheet(this.nextId++, name);
    this.sheets.push(sheet);
    return sheet;
  }

  copySheet(sheet: FakeSheet): FakeSheet {
    let name = "";
    for (let n = 2; name === "" || this.sheet(name); n++) name = `${sheet.name.slice(0, 26)} (${n})`;
    const copy = copySheet(sheet, this.nextId++, name);
    this.sheets.push(copy);
    return copy;
  }

  /** A sheet by name, without regard to case, as Excel finds it. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sameSheetName(sheet.name, name));
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const b = blockOf(address);
    return this.sheet(sheetName)?.cells.get(key(b.row, b.column));
  }

  addPart(xml: string): void {
    this.parts.push({ id: `{part-${this.partIds++}}`, xml });
  }

  /** The active sheet: the one activated last while it exists, else the first. */
  active(): FakeSheet {
    const sheet = this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : this.sheets[0];
    if (!sheet) throw new FakeExcelError("ItemNotFound", "no sheet");
    return sheet;
  }

  /** What a user clicking does: activates the sheet and selects `address` (one or more areas) on it. */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new FakeExcelError("ItemNotFound", sheetName);
    if (!parseAreas(address)) throw new FakeExcelError("InvalidArgument", address);
    this.activeSheet = sheet;
    sheet.selection = address;
  }

  /** What a user typing or pasting does: sets the cells at once and, when events are on, fires onChanged with `reported` (the address by default). */
  async userEdit(sheetName: string, address: string, values: unknown[][], reported = address): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new FakeExcelError("ItemNotFound", sheetName);
    writeCells(sheet, blockOf(address), values, "formulas");
    if (!this.enableEvents) return;
    const args = { address: reported, source: "Local", worksheetId: String(sheet.id) };
    for (const handler of [...sheet.handlers, ...this.workbookHandlers]) await handler(args);
  }

  /** Throws, as Excel does, when the workbook structure is protected. */
  checkStructure(what: string): void {
    if (this.structureProtected) throw new FakeExcelError("AccessDenied", `${what}: the workbook structure is protected`);
  }
}

/** A proxy object: readable properties come from the sync that loaded them. */
class FakeObject {
  protected loadedNames = new Set<string>();
  /** Set when the call that made the object has been applied (its isNullObject is then known). */
  protected ready = false;
  constructor(
    protected readonly excel: FakeExcel,
    protected readonly context: FakeContext,
  ) {}
  protected needLoaded(what: string): void {
    if (!this.loadedNames.has(what)) throw new FakeExcelError("PropertyNotLoaded", what);
  }
  load(propertyNames: string): unknown {
    this.excel.queue(propertyNames, () => {
      this.capture(propertyNames);
      for (const name of propertyNames.split(",")) this.loadedNames.add(name.trim().replace(/^items\//, ""));
    });
    return this;
  }
  /** Takes the loaded values at apply time. */
  protected capture(propertyNames: string): void {
    void propertyNames;
  }
  markReady(): void {
    this.ready = true;
  }
  protected needReady(): void {
    if (!this.ready) throw new FakeExcelError("PropertyNotLoaded", "isNullObject before sync");
  }
}

type Target = { sheet: FakeSheet; block: Block | null };

/** A ClientResult: its value is readable after the sync that applies the call. */
class FakeResult<T> extends FakeObject {
  private result: T | undefined;
  settle(value: T): void {
    this.result = value;
    this.markReady();
  }
  get value(): T {
    this.needReady();
    return this.result as T;
  }
}

/** The merged areas of a range (a null object when none): their address once loaded. */
class FakeMergedAreas extends FakeObject implements MergedAreasSlice {
  private addresses = "";
  settle(addresses: string): void {
    this.addresses = addresses;
    this.markReady();
  }
  get isNullObject(): boolean {
    this.needReady();
    return this.addresses === "";
  }
  get address(): string {
    this.needLoaded("address");
    if (this.addresses === "") throw new FakeExcelError("InvalidObjectPath", "address of a null object");
    return this.addresses;
  }
}

/** A range: its sheet and block (null for a null object), fixed when the call that made it is applied. */
class FakeRange extends FakeObject implements RangeSlice {
  target: Target | null = null;
  private snapshot: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: unknown[][]; address?: string; rowIndex?: number; columnIndex?: number } =
    {};

  constructor(excel: FakeExcel, context: FakeContext, payload: unknown, resolve: () => Target, queued = true) {
    super(excel, context);
    const apply = () => {
      this.target = resolve();
      this.markReady();
    };
    if (queued) excel.queue(payload, apply);
    else apply();
  }
  private live(): Target {
    if (!this.target) throw new FakeExcelError("InvalidObjectPath", "range used before it was made");
    if (!this.excel.sheets.includes(this.target.sheet)) throw new FakeExcelError("ItemNotFound", "the range's sheet was deleted");
    return this.target;
  }
  /** The block of a range that is not a null object (at apply time). */
  block(): Block {
    const block = this.live().block;
    if (!block) throw new FakeExcelError("InvalidObjectPath", "call on a null object");
    return block;
  }
  sheetOf(): FakeSheet {
    return this.live().sheet;
  }
  get isNullObject(): boolean {
    this.needReady();
    return this.target?.block === null;
  }
  protected override capture(propertyNames: string): void {
    const { sheet, block } = this.live();
    if (!block) return;
    const names = propertyNames.split(",").map((name) => name.trim());
    const matrix = (read: (cell: FakeCell | undefined) => unknown): unknown[][] =>
      Array.from({ length: block.rows }, (_, r) =>
        Array.from({ length: block.columns }, (_, c) => read(sheet.cells.get(key(block.row + r, block.column + c)))),
      );
    const bounded = block.rows * block.columns <= 5_000_000;
    if (names.includes("values") && bounded) this.snapshot.values = matrix((cell) => (cell?.formula ? 0 : (cell?.value ?? "")));
    if (names.includes("formulas") && bounded) this.snapshot.formulas = matrix((cell) => cell?.formula ?? cell?.value ?? "");
    if (names.includes("numberFormat") && bounded) this.snapshot.numberFormat = matrix((cell) => cell?.numberFormat ?? "General");
    this.snapshot.address = `${sheet.name}!${blockAddress(block)}`;
    this.snapshot.rowIndex = block.row;
    this.snapshot.columnIndex = block.column;
    this.excel.addResponse(utf8(this.snapshot.values) + utf8(this.snapshot.formulas) + utf8(this.snapshot.numberFormat) + 40);
  }
  private loaded<T>(name: "values" | "formulas" | "numberFormat" | "address" | "rowIndex" | "columnIndex"): T {
    this.needLoaded(name);
    if (this.target?.block === null) throw new FakeExcelError("InvalidObjectPath", `${name} of a null object`);
    return this.snapshot[name] as T;
  }
  get address(): string {
    return this.loaded("address");
  }
  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(matrix: unknown[][]) {
    this.excel.queue(matrix, () => writeCells(this.sheetOf(), this.block(), matrix, "values"));
  }
  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(matrix: unknown[][]) {
    this.excel.queue(matrix, () => writeCells(this.sheetOf(), this.block(), matrix, "formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(matrix: unknown[][]) {
    this.excel.queue(matrix, () => writeCells(this.sheetOf(), this.block(), matrix, "numberFormat"));
  }
  set rowHidden(hidden: boolean) {
    this.excel.queue(hidden, () => {
      const b = this.block();
      checkWritable(this.sheetOf(), b, "rows");
      const rows = this.sheetOf().hiddenRows;
      if (!hidden)
        for (const row of [...rows])
          if (row >= b.row && row < b.row + b.rows) rows.delete(row);
          else for (let r = b.row; r < b.row + Math.min(b.rows, 100_000); r++) rows.add(r);
    });
  }
  get rowHidden(): boolean {
    throw new FakeExcelError("PropertyNotLoaded", "rowHidden");
  }
  /** The range as areas: its sheet and its one block (at apply time). */
  areas(): Areas {
    return { sheet: this.sheetOf(), blocks: [this.block()] };
  }
  get format(): RangeFormatSlice {
    return rangeFormat(this.excel, () => this.areas());
  }
  getCellProperties(options: { format: { font: { bold: true }; indentLevel: true } }): { value: CellPropertiesSlice[][] } {
    const result = new FakeResult<CellPropertiesSlice[][]>(this.excel, this.context);
    this.excel.queue(options, () => {
      const { sheet } = this.live();
      const b = this.block();
      const value = Array.from({ length: b.rows }, (_, r) =>
        Array.from({ length: b.columns }, (_, c) => {
          const cell = sheet.cells.get(key(b.row + r, b.column + c));
          return { format: { font: { bold: cell?.bold ?? false }, indentLevel: cell?.indent ?? 0 } };
        }),
      );
      this.excel.addResponse(utf8(value));
      result.settle(value);
    });
    return result;
  }
  getMergedAreasOrNullObject(): MergedAreasSlice {
    const areas = new FakeMergedAreas(this.excel, this.context);
    this.excel.queue(undefined, () => {
      const { sheet } = this.live();
      const b = this.block();
      const inside = sheet.merges.filter((address) => {
        const m = blockOf(address);
        return m.row >= b.row && m.row < b.row + b.rows && m.column >= b.column && m.column < b.column + b.columns;
      });
      areas.settle(inside.map((address) => `${sheet.name}!${address}`).join(", "));
    });
    return areas;
  }
  private validation: Validation = { entry: null };
  get dataValidation(): DataValidationSlice {
    return dataValidationOf(this.excel, () => this.areas(), this.validation);
  }
  get conditionalFormats(): RangeSlice["conditionalFormats"] {
    return conditionalFormatsOf(this.excel, () => this.areas());
  }
  copyFrom(sourceRange: RangeSlice | RangeAreasSlice | string, copyType: "All" | "Formulas" | "Values" | "Formats" = "All"): void {
    if (!(sourceRange instanceof FakeRange)) throw new Error("the fake takes a Range object as copyFrom's source (the port passes one)");
    this.excel.queue([copyType], () => copyCells(sourceRange, this, copyType));
  }
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.excel.queue(applyTo, () => {
      const sheet = this.sheetOf();
      const b = this.block();
      checkWritable(sheet, b, "content");
      for (const [k, cell] of [...cellsIn(sheet, b)]) {
        if (applyTo === "All") sheet.cells.delete(k);
        else if (applyTo === "Contents") sheet.cells.set(k, { ...cell, value: null, formula: undefined });
        else sheet.cells.set(k, { value: cell.value, ...(cell.formula ? { formula: cell.formula } : {}) });
      }
    });
  }
  group(groupOption: "ByRows"): void {
    this.excel.queue(groupOption, () => {
      checkWritable(this.sheetOf(), this.block(), "rows");
      this.sheetOf().groups.push(blockAddress(this.block()));
    });
  }
  ungroup(groupOption: "ByRows"): void {
    this.excel.queue(groupOption, () => {
      const sheet = this.sheetOf();
      const b = this.block();
      const inside = sheet.groups.filter((group) => overlap(blockOf(group), b));
      // Conservative: ungrouping rows that have no outline fails (as VBA's Range.Ungroup does); the port tracks what it grouped.
      if (inside.length === 0) throw new FakeExcelError("InvalidOperation", "nothing to ungroup");
      const depth = (group: string) => sheet.groups.filter((other) => overlap(blockOf(other), blockOf(group))).length;
      const deepest = Math.max(...inside.map(depth));
      sheet.groups = sheet.groups.filter((group) => !inside.includes(group) || depth(group) < deepest);
    });
  }
  merge(across?: boolean): void {
    this.excel.queue(across, () => {
      checkWritable(this.sheetOf(), this.block(), "content");
      this.sheetOf().merges.push(blockAddress(this.block()));
    });
  }
  unmerge(): void {
    this.excel.queue(undefined, () => {
      const sheet = this.sheetOf();
      sheet.merges = sheet.merges.filter((merge) => !overlap(blockOf(merge), this.block()));
    });
  }
  get worksheet(): WorksheetSlice {
    return FakeWorksheet.of(this.excel, this.context, undefined, () => this.sheetOf());
  }
  getIntersectionOrNullObject(anotherRange: RangeSlice | string): RangeSlice {
    const other = typeof anotherRange === "string" ? null : (anotherRange as unknown as FakeRange);
    return new FakeRange(this.excel, this.context, typeof anotherRange === "string" ? anotherRange : "range", () => {
      const sheet = this.sheetOf();
      if (other && other.sheetOf() !== sheet) throw new FakeExcelError("InvalidArgument", "ranges on different sheets");
      const mine = this.live().block;
      const theirs = other ? other.live().block : blockOf(anotherRange as string);
      return { sheet, block: mine && theirs ? overlap(mine, theirs) : null };
    });
  }
  select(): void {
    this.excel.queue(undefined, () => {
      this.sheetOf().selection = blockAddress(this.block());
    });
  }
}

/** A paste: the source tiled over the target; "All" moves relative columns of formulas, "Formats" copies formats only. */
function copyCells(source: FakeRange, target: FakeRange, copyType: "All" | "Formulas" | "Values" | "Formats"): void {
  const from = source.block();
  const to = target.block();
  const sheet = target.sheetOf();
  checkWritable(sheet, to, copyType === "Formats" ? "cells" : "content");
  const sourceSheet = source.sheetOf();
  for (let r = 0; r < to.rows; r++) {
    for (let c = 0; c < to.columns; c++) {
      const original = sourceSheet.cells.get(key(from.row + (r % from.rows), from.column + (c % from.columns)));
      const k = key(to.row + r, to.column + c);
      const current = sheet.cells.get(k) ?? { value: null };
      let next: FakeCell;
      if (copyType === "Formats") next = { ...current, numberFormat: original?.numberFormat, locked: original?.locked };
      else {
        next = { ...(original ?? { value: null }) };
        if (original?.formula) next.formula = movedFormula(original.formula, to.column + c - (from.column + (c % from.columns)));
      }
      if (next.numberFormat === undefined) delete next.numberFormat;
      if (next.locked === undefined) delete next.locked;
      sheet.cells.set(k, next);
    }
  }
}

/** Bold and indent are kept per cell, to be read back; not on whole rows or columns (the writer sets only sizes there). */
function eachCell(sheet: FakeSheet, b: Block, update: (cell: FakeCell) => void): void {
  if (b.rows * b.columns > 100_000) return;
  for (const r of Array.from({ length: b.rows }, (_, i) => b.row + i)) {
    for (let c = b.column; c < b.column + b.columns; c++) {
      const cell = sheet.cells.get(key(r, c)) ?? { value: null };
      update(cell);
      sheet.cells.set(key(r, c), cell);
    }
  }
}

/** A range's or a RangeAreas' format: each set is one call, applied at sync to every area (protected sheets permitting). */
function rangeFormat(excel: FakeExcel, where: () => Areas): RangeFormatSlice {
  const set = (value: unknown, what: "cells" | "rows" | "columns", apply: (sheet: FakeSheet, block: Block) => void = () => undefined) =>
    excel.queue(value, () => {
      const { sheet, blocks } = where();
      for (const block of blocks) checkWritable(sheet, block, what);
      for (const block of blocks) apply(sheet, block);
    });
  const recorder = <T extends object>(onSet?: (prop: string, value: unknown, sheet: FakeSheet, block: Block) => void): T =>
    new Proxy({} as T, {
      set(_target, prop, value) {
        set(value, "cells", (sheet, block) => onSet?.(String(prop), value, sheet, block));
        return true;
      },
    });
  return {
    set columnWidth(width: number) {
      set(width, "columns", (sheet, b) => {
        for (let c = b.column; c < b.column + Math.min(b.columns, SHEET_COLUMNS); c++) sheet.columnWidths.set(c, width);
      });
    },
    set rowHeight(height: number) {
      set(height, "rows", (sheet, b) => {
        for (let r = b.row; r < b.row + Math.min(b.rows, 100_000); r++) sheet.rowHeights.set(r, height);
      });
    },
    set useStandardHeight(standard: boolean) {
      set(standard, "rows", (sheet, b) => {
        if (standard) for (const row of [...sheet.rowHeights.keys()]) if (row >= b.row && row < b.row + b.rows) sheet.rowHeights.delete(row);
      });
    },
    set useStandardWidth(standard: boolean) {
      set(standard, "columns", (sheet, b) => {
        if (standard)
          for (const column of [...sheet.columnWidths.keys()]) if (column >= b.column && column < b.column + b.columns) sheet.columnWidths.delete(column);
      });
    },
    set wrapText(wrap: boolean) {
      set(wrap, "cells");
    },
    set verticalAlignment(alignment: string) {
      set(alignment, "cells", (sheet, b) => sheet.alignments.push(`${blockAddress(b)} ${alignment}`));
    },
    set indentLevel(level: number) {
      set(level, "cells", (sheet, b) => eachCell(sheet, b, (cell) => (cell.indent = level)));
    },
    font: recorder((prop, value, sheet, b) => {
      if (prop === "bold") eachCell(sheet, b, (cell) => (cell.bold = value as boolean));
    }),
    fill: recorder(),
    protection: recorder((prop, value, sheet, b) => {
      if (prop !== "locked") return;
      if (b.rows * b.columns > 1_000_000) throw new FakeExcelError("InvalidArgument", "the fake locks at most a million cells at once");
      for (let r = b.row; r < b.row + b.rows; r++) {
        for (let c = b.column; c < b.column + b.columns; c++) {
          const cell = sheet.cells.get(key(r, c)) ?? { value: null };
          cell.locked = value as boolean;
          sheet.cells.set(key(r, c), cell);
        }
      }
    }),
  } as RangeFormatSlice;
}

/** The validation a Range or RangeAreas sets: made by its first set, one entry for all its areas. */
interface Validation {
  entry: FakeSheet["validations"][number] | null;
}

/**
 * A data validation: one rule over all the areas (Office.js RangeAreas.dataValidation:
 * "a data validation object for all ranges in the RangeAreas"), listed by the
 * areas' address ("D4:J10, D12:J14"); its relative references are read from
 * the first area's top-left cell (ruleFormulaAt).
 */
function dataValidationOf(excel: FakeExcel, where: () => Areas, validation: Validation): DataValidationSlice {
  const entry = (): FakeSheet["validations"][number] => {
    if (!validation.entry) {
      const { sheet, blocks } = where();
      validation.entry = { address: blocks.map(blockAddress).join(", "), rule: {} };
      sheet.validations.push(validation.entry);
    }
    return validation.entry;
  };
  const set = (value: unknown, apply: (v: FakeSheet["validations"][number]) => void) =>
    excel.queue(value, () => {
      const { sheet, blocks } = where();
      for (const block of blocks) checkWritable(sheet, block, "cells");
      apply(entry());
    });
  return {
    clear: () =>
      excel.queue(undefined, () => {
        const { sheet, blocks } = where();
        sheet.validations = sheet.validations.filter((v) => !areasOverlap(v.address, blocks));
        validation.entry = null;
      }),
    set rule(rule: ValidationRuleSlice) {
      set(rule, (v) => (v.rule = structuredClone(rule)));
    },
    set prompt(prompt: DataValidationSlice["prompt"]) {
      set(prompt, (v) => (v.prompt = prompt));
    },
    set errorAlert(alert: DataValidationSlice["errorAlert"]) {
      set(alert, (v) => (v.errorAlert = alert));
    },
  } as DataValidationSlice;
}

/** Conditional formats: add makes one format over all the areas (listed as "D4:J10, D12:J14"), on top of the earlier ones. */
function conditionalFormatsOf(excel: FakeExcel, where: () => Areas): RangeSlice["conditionalFormats"] {
  return {
    add: (type: "Custom"): ConditionalFormatSlice => {
      const entry = { address: "", formula: "", fill: "", font: "" };
      excel.queue(type, () => {
        const { sheet, blocks } = where();
        for (const block of blocks) checkWritable(sheet, block, "cells");
        entry.address = blocks.map(blockAddress).join(", ");
        sheet.conditionalFormats.push(entry);
      });
      const setter = (apply: (value: string) => void) => (value: string) => excel.queue(value, () => apply(value));
      return {
        custom: {
          rule: {
            set formula(formula: string) {
              setter((v) => (entry.formula = v))(formula);
            },
          },
          format: {
            fill: {
              set color(color: string) {
                setter((v) => (entry.fill = v))(color);
              },
            },
            font: {
              set color(color: string) {
                setter((v) => (entry.font = v))(color);
              },
            },
          },
        },
      } as ConditionalFormatSlice;
    },
    clearAll: () =>
      excel.queue(undefined, () => {
        const { sheet, blocks } = where();
        sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !areasOverlap(format.address, blocks));
      }),
  };
}

class FakeProperty extends FakeObject implements CustomPropertySlice {
  private found: string | null = null;
  constructor(excel: FakeExcel, context: FakeContext, keyName: string, sheetOf: () => FakeSheet) {
    super(excel, context);
    excel.queue(keyName, () => {
      this.found = sheetOf().properties.get(keyName) ?? null;
      this.markReady();
    });
  }
  get isNullObject(): boolean {
    this.needReady();
    return this.found === null;
  }
  get value(): string {
    this.needLoaded("value");
    return this.found ?? "";
  }
}

/** A worksheet: which sheet it is becomes known when the call that made it is applied (null for a null object). */
class FakeWorksheet extends FakeObject implements WorksheetSlice {
  target: FakeSheet | null | undefined = undefined;
  private snapshot: { name?: string; position?: number; id?: string } = {};

  static of(excel: FakeExcel, context: FakeContext, payload: unknown, resolve: () => FakeSheet | null, queued = true): FakeWorksheet {
    const worksheet = new FakeWorksheet(excel, context);
    const apply = () => {
      worksheet.target = resolve();
      worksheet.markReady();
    };
    if (queued) excel.queue(payload, apply);
    else apply();
    return worksheet;
  }
  live(): FakeSheet {
    if (this.target === undefined) throw new FakeExcelError("InvalidObjectPath", "worksheet used before it was made");
    if (!this.target || !this.excel.sheets.includes(this.target)) throw new FakeExcelError("ItemNotFound", "worksheet");
    return this.target;
  }
  protected override capture(): void {
    if (this.target === null) return; // a null object has nothing to load
    const sheet = this.live();
    this.snapshot = { name: sheet.name, position: this.excel.sheets.indexOf(sheet), id: String(sheet.id) };
    this.excel.addResponse(utf8(this.snapshot));
  }
  get isNullObject(): boolean {
    this.needReady();
    return this.target === null;
  }
  get id(): string {
    this.needLoaded("id");
    return this.snapshot.id as string;
  }
  get name(): string {
    this.needLoaded("name");
    return this.snapshot.name as string; // a loaded name stays readable after a rename or delete
  }
  set name(name: string) {
    this.excel.queue(name, () => {
      const sheet = this.live();
      this.excel.checkStructure("rename");
      checkSheetName(this.excel.sheets, name, sheet);
      followSheetReferences(this.excel.sheets, sheet.name, name);
      sheet.name = name;
    });
  }
  get position(): number {
    this.needLoaded("position");
    return this.snapshot.position as number;
  }
  set position(position: number) {
    this.excel.queue(position, () => {
      const sheet = this.live();
      this.excel.checkStructure("move");
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
      this.excel.sheets.splice(position, 0, sheet);
    });
  }
  get tabColor(): string {
    throw new FakeExcelError("PropertyNotLoaded", "tabColor");
  }
  set tabColor(color: string) {
    this.excel.queue(color, () => (this.live().tabColor = color));
  }
  /**
   * Office.js Worksheet.delete: fails with InvalidOperation for a very hidden
   * sheet; Excel keeps at least one visible sheet in a workbook. References
   * to the sheet become #REF!.
   */
  delete(): void {
    this.excel.queue(undefined, () => {
      const sheet = this.live();
      this.excel.checkStructure("delete");
      if (sheet.visibility === "VeryHidden") throw new FakeExcelError("InvalidOperation", "delete a very hidden sheet");
      if (sheet.visibility === "Visible" && this.excel.sheets.filter((other) => other.visibility === "Visible").length === 1) {
        throw new FakeExcelError("InvalidOperation", "a workbook must keep one visible sheet");
      }
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
      followSheetReferences(this.excel.sheets, sheet.name, null);
    });
  }
  copy(positionType: "None" | "Before" | "After" | "Beginning" | "End" = "None"): WorksheetSlice {
    if (positionType !== "End") throw new Error("the fake copies to the end only");
    return FakeWorksheet.of(this.excel, this.context, positionType, () => {
      this.excel.checkStructure("copy");
      return this.excel.copySheet(this.live());
    });
  }
  activate(): void {
    this.excel.queue(undefined, () => (this.excel.activeSheet = this.live()));
  }
  getRange(address?: string): RangeSlice {
    return new FakeRange(this.excel, this.context, address ?? "", () => ({
      sheet: this.live(),
      block: address === undefined ? { row: 0, column: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS } : blockOf(checkAddressLength(address)),
    }));
  }
  /** Office.js Worksheet.getRanges: comma-delimited areas of this sheet; InvalidArgument for an address Excel cannot read or one over FAKE_ADDRESS_LIMIT characters. */
  getRanges(address?: string): RangeAreasSlice {
    return new FakeRangeAreas(this.excel, this.context, address ?? "", () => {
      const sheet = this.live();
      if (address === undefined) return { sheet, blocks: [{ row: 0, column: 0, rows: SHEET_ROWS, columns: SHEET_COLUMNS }] };
      const blocks = parseAreas(checkAddressLength(address));
      if (!blocks || address.includes("!")) throw new FakeExcelError("InvalidArgument", `not areas of one sheet: ${address.slice(0, 60)}`);
      return { sheet, blocks };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeSlice {
    return new FakeRange(this.excel, this.context, valuesOnly, () => ({ sheet: this.live(), block: usedBlock(this.live()) }));
  }
  get customProperties(): WorksheetSlice["customProperties"] {
    return {
      add: (keyName: string, value: string) => {
        this.excel.queue([keyName, value], () => this.live().properties.set(keyName, value));
        return undefined;
      },
      getItemOrNullObject: (keyName: string) => new FakeProperty(this.excel, this.context, keyName, () => this.live()),
    };
  }
  get freezePanes(): WorksheetSlice["freezePanes"] {
    const set = (value: string | null) => this.excel.queue(value ?? undefined, () => (this.live().frozen = value));
    return {
      freezeAt: (range: string) => set(range),
      freezeRows: (count = 1) => set(`rows:${count}`),
      freezeColumns: (count = 1) => set(`columns:${count}`),
      unfreeze: () => set(null),
    };
  }
  get pageLayout(): WorksheetSlice["pageLayout"] {
    const set = (value: unknown, apply: (page: FakeSheet["page"]) => void) => this.excel.queue(value, () => apply(this.live().page));
    return {
      set orientation(value: string) {
        set(value, (page) => (page.orientation = value));
      },
      set paperSize(value: string) {
        set(value, (page) => (page.paperSize = value));
      },
      set zoom(value: { horizontalFitToPages?: number; scale?: number }) {
        set(value, (page) => {
          page.fitWidth = value.horizontalFitToPages ?? null;
          if (value.scale !== undefined) page.scale = value.scale;
        });
      },
      setPrintTitleRows(rows: string) {
        set(rows, (page) => (page.titleRows = rows));
      },
      setPrintTitleColumns(columns: string) {
        set(columns, (page) => (page.titleColumns = columns));
      },
    } as WorksheetSlice["pageLayout"];
  }
  get protection(): WorksheetSlice["protection"] {
    return new FakeSheetProtection(this.excel, this.context, this);
  }
  get charts(): WorksheetSlice["charts"] {
    return new FakeCharts(this.excel, this.context, this);
  }
  get onChanged(): WorksheetSlice["onChanged"] {
    return {
      add: (handler) => {
        this.excel.queue(undefined, () => this.live().handlers.push(handler));
        const result: EventHandlerResultSlice = {
          remove: () => {
            this.excel.queue(undefined, () => {
              const sheet = this.live();
              sheet.handlers = sheet.handlers.filter((h) => h !== handler);
            });
          },
          context: { sync: () => this.context.sync() },
        };
        return result;
      },
    };
  }
}

/** Office.js WorksheetProtection: protect "fails if the worksheet has already been protected". */
class FakeSheetProtection extends FakeObject {
  private wasProtected = false;
  constructor(
    excel: FakeExcel,
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(excel, context);
  }
  protected override capture(): void {
    this.wasProtected = this.worksheet.live().protected;
  }
  get protected(): boolean {
    this.needLoaded("protected");
    return this.wasProtected;
  }
  protect(options?: ProtectionOptionsSlice): void {
    this.excel.queue(options, () => {
      const sheet = this.worksheet.live();
      if (sheet.protected) throw new FakeExcelError("InvalidOperation", `${sheet.name} is already protected`);
      sheet.protected = true;
      sheet.protectionOptions = options ?? {};
    });
  }
  unprotect(): void {
    this.excel.queue(undefined, () => {
      const sheet = this.worksheet.live();
      sheet.protected = false;
      sheet.protectionOptions = null;
    });
  }
}

class FakeCharts extends FakeObject {
  private snapshot: ChartSlice[] = [];
  constructor(
    excel: FakeExcel,
    context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {
    super(excel, context);
  }
  get items(): ChartSlice[] {
    this.needLoaded("name");
    return this.snapshot;
  }
  protected override capture(): void {
    const sheet = this.worksheet.live();
    this.snapshot = sheet.charts.map((chart) => this.proxy(chart));
    this.excel.addResponse(utf8(sheet.charts.map((chart) => chart.title)));
  }
  private proxy(chart: FakeChart): ChartSlice {
    const excel = this.excel;
    const sheet = (): FakeSheet => this.worksheet.live();
    const set = (value: unknown, apply: () => void) => excel.queue(value, apply);
    return {
      delete: () => set(undefined, () => (sheet().charts = sheet().charts.filter((other) => other !== chart))),
      title: {
        set text(text: string) {
          set(text, () => (chart.title = text));
        },
      },
      legend: { visible: true },
      series: {
        getItemAt: () => ({
          name: "",
          setXAxisValues(range: RangeSlice) {
            set("range", () => (chart.categories = blockAddress((range as unknown as FakeRange).block())));
          },
        }),
      },
      setPosition(from: string, to?: string) {
        set([from, to], () => {
          chart.from = from;
          chart.to = to ?? "";
        });
      },
    } as ChartSlice;
  }
  add(type: "BarClustered", sourceData: RangeSlice): ChartSlice {
    const chart: FakeChart = { type, values: "", categories: null, title: "", from: "", to: "" };
    this.excel.queue([type], () => {
      chart.values = blockAddress((sourceData as unknown as FakeRange).block());
      this.worksheet.live().charts.push(chart);
    });
    return this.proxy(chart);
  }
}

class FakeWorksheets extends FakeObject implements WorksheetCollectionSlice {
  private snapshot: FakeWorksheet[] = [];
  get items(): WorksheetSlice[] {
    if (this.loadedNames.size === 0) throw new FakeExcelError("PropertyNotLoaded", "items");
    return this.snapshot;
  }
  protected override capture(propertyNames: string): void {
    this.snapshot = this.excel.sheets.map((sheet) => {
      const item = FakeWorksheet.of(this.excel, this.context, undefined, () => sheet, false);
      (item as unknown as { capture(names: string): void }).capture(propertyNames);
      (item as unknown as { loadedNames: Set<string> }).loadedNames = new Set(propertyNames.split(",").map((name) => name.trim().replace(/^items\//, "")));
      return item;
    });
  }
  add(name?: string): WorksheetSlice {
    return FakeWorksheet.of(this.excel, this.context, name, () => {
      this.excel.checkStructure("add");
      return this.excel.addSheet(name ?? `Sheet${this.excel.sheets.length + 1}`);
    });
  }
  /** By name (without regard to case) or by id; ItemNotFound at sync otherwise. */
  getItem(nameOrId: string): WorksheetSlice {
    return FakeWorksheet.of(this.excel, this.context, nameOrId, () => {
      const sheet = this.excel.sheet(nameOrId) ?? this.excel.sheets.find((item) => String(item.id) === nameOrId);
      if (!sheet) throw new FakeExcelError("ItemNotFound", nameOrId);
      return sheet;
    });
  }
  getItemOrNullObject(nameOrId: string): WorksheetSlice {
    return FakeWorksheet.of(
      this.excel,
      this.context,
      nameOrId,
      () => this.excel.sheet(nameOrId) ?? this.excel.sheets.find((item) => String(item.id) === nameOrId) ?? null,
    );
  }
  get onChanged(): WorksheetCollectionSlice["onChanged"] {
    return {
      add: (handler) => {
        this.excel.queue(undefined, () => this.excel.workbookHandlers.push(handler));
        return {
          remove: () => this.excel.queue(undefined, () => (this.excel.workbookHandlers = this.excel.workbookHandlers.filter((h) => h !== handler))),
          context: { sync: () => this.context.sync() },
        };
      },
    };
  }
}

class FakeParts extends FakeObject {
  private snapshot: CustomXmlPartSlice[] = [];
  constructor(
    excel: FakeExcel,
    context: FakeContext,
    private readonly namespace: string,
  ) {
    super(excel, context);
  }
  get items(): CustomXmlPartSlice[] {
    this.needLoaded("id");
    return this.snapshot;
  }
  protected override capture(): void {
    const excel = this.excel;
    this.snapshot = excel.parts
      .filter((part) => part.xml.includes(`xmlns="${this.namespace}"`))
      .map((part) => ({
        id: part.id,
        delete: () => excel.queue(part.id, () => (excel.parts = excel.parts.filter((p) => p !== part))),
        getXml: () => {
          const result = { value: "" };
          excel.queue(part.id, () => {
            result.value = part.xml;
            excel.addResponse(utf8(part.xml));
          });
          return result;
        },
      }));
  }
}

/**
 * Office.js RangeAreas: the selection's areas or Worksheet.getRanges, known
 * when the call that made it is applied; each area a range, readable after
 * sync. Its format, data validation and conditional formats act on every
 * area in one call. It has none of Range's values, formulas, number formats,
 * outline or merge: the object is closed, so setting any of them throws
 * (Office.js would silently keep it as a plain JavaScript property).
 */
class FakeRangeAreas extends FakeObject implements RangeAreasSlice {
  private target: Areas | null = null;
  private ranges: RangeSlice[] = [];
  private validation: Validation = { entry: null };
  constructor(excel: FakeExcel, context: FakeContext, payload: unknown, resolve: () => Areas) {
    super(excel, context);
    excel.queue(payload, () => {
      this.target = resolve();
      this.markReady();
    });
    Object.preventExtensions(this);
  }
  private live(): Areas {
    if (!this.target) throw new FakeExcelError("InvalidObjectPath", "areas used before they were made");
    if (!this.excel.sheets.includes(this.target.sheet)) throw new FakeExcelError("ItemNotFound", "the areas' sheet was deleted");
    return this.target;
  }
  get areas(): RangeAreasSlice["areas"] {
    const load = (propertyNames: string): unknown => {
      this.excel.queue(propertyNames, () => {
        const { sheet, blocks } = this.live();
        this.ranges = blocks.map((block) => new FakeRange(this.excel, this.context, "area", () => ({ sheet, block }), false));
      });
      return undefined;
    };
    const ranges = (): RangeSlice[] => this.ranges;
    return {
      load,
      get items(): RangeSlice[] {
        return ranges();
      },
    };
  }
  get worksheet(): WorksheetSlice {
    return FakeWorksheet.of(this.excel, this.context, undefined, () => this.live().sheet);
  }
  get format(): RangeFormatSlice {
    return rangeFormat(this.excel, () => this.live());
  }
  get dataValidation(): DataValidationSlice {
    return dataValidationOf(this.excel, () => this.live(), this.validation);
  }
  get conditionalFormats(): RangeAreasSlice["conditionalFormats"] {
    const { add } = conditionalFormatsOf(this.excel, () => this.live());
    return { add };
  }
}

export class FakeContext implements ExcelContextSlice {
  readonly workbook: ExcelContextSlice["workbook"];
  readonly runtime: ExcelContextSlice["runtime"];

  constructor(private readonly excel: FakeExcel) {
    const worksheets = new FakeWorksheets(excel, this);
    const protection = new WorkbookProtection(excel, this);
    this.workbook = {
      worksheets,
      customXmlParts: {
        add: (xml: string) => {
          excel.queue(xml, () => excel.addPart(xml));
          return undefined;
        },
        getByNamespace: (namespace: string) => new FakeParts(excel, this, namespace),
      },
      application: {
        suspendApiCalculationUntilNextSync: () => excel.queue(undefined, () => excel.suspendCalculation()),
        calculate: (calculationType: "Recalculate") => excel.queue(calculationType, () => excel.recalculate()),
      },
      protection,
      getSelectedRange: () =>
        new FakeRange(excel, this, undefined, () => {
          const sheet = excel.active();
          const areas = parseAreas(sheet.selection) ?? [];
          if (areas.length !== 1) throw new FakeExcelError("InvalidSelection", `multi-area selection ${sheet.selection}`);
          return { sheet, block: areas[0] };
        }),
      getSelectedRanges: () =>
        new FakeRangeAreas(excel, this, undefined, () => {
          const sheet = excel.active();
          return { sheet, blocks: parseAreas(sheet.selection) ?? [] };
        }),
    };
    this.runtime = {
      get enableEvents() {
        return excel.enableEvents;
      },
      set enableEvents(value: boolean) {
        excel.queue(value, () => (excel.enableEvents = value));
      },
    };
  }

  async sync(): Promise<unknown> {
    await this.excel.sync();
    return undefined;
  }
}

class WorkbookProtection extends FakeObject {
  private value = false;
  protected override capture(): void {
    this.value = this.excel.structureProtected;
  }
  get protected(): boolean {
    this.needLoaded("protected");
    return this.value;
  }
}

/** The cell at A1 coordinates, for tests. */
export const at = (row: number, column: number): string => cellAddress(row, column);
