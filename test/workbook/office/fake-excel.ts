/**
 * A small typed fake of the Office.js slice the add-in uses (office-api.ts).
 * It keeps a workbook of cells, marks, validations, formats and XML parts;
 * queued calls take effect at once, loaded properties become readable only
 * after `sync()` (reading earlier throws, as Office.js does), and every sync
 * records the request bytes queued since the last one (JSON of each call's
 * payload plus a fixed overhead) and the response bytes it loaded.
 * Each sheet keeps its own selection (A1 at first) and one sheet is active,
 * as in Excel's grid.
 */
import { cellAddress, columnIndex, parseRange, type Block } from "../../../src/sheet/a1";
import type {
  ChartSlice,
  ConditionalFormatSlice,
  CustomPropertySlice,
  CustomXmlPartSlice,
  DataValidationSlice,
  EventHandlerResultSlice,
  ExcelContextSlice,
  ExcelRunner,
  RangeFormatSlice,
  RangeSlice,
  ValidationRuleSlice,
  WorksheetChangedArgsSlice,
  WorksheetCollectionSlice,
  WorksheetSlice,
} from "../../../src/workbook/office/office-api";

export const FAKE_CALL_OVERHEAD = 100;

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  locked?: boolean;
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  properties: Map<string, string>;
  validations: Array<{ address: string; rule: ValidationRuleSlice; prompt?: DataValidationSlice["prompt"]; errorAlert?: DataValidationSlice["errorAlert"] }>;
  conditionalFormats: Array<{ address: string; formula: string; fill: string; font: string }>;
  groups: string[];
  merges: string[];
  frozen: string | null;
  page: { orientation: string; paperSize: string; titleRows: string | null; titleColumns?: string; fitWidth: number | null; scale?: number };
  charts: Array<{ type: string; values: string; categories: string | null; title: string; from: string; to: string }>;
  protected: boolean;
  tabColor: string;
  columnWidths: Map<number, number>;
  /** Row heights in points by 0-based row. */
  rowHeights: Map<number, number>;
  /** Vertical alignments set, "A1:J30 Top". */
  alignments: string[];
  handlers: Array<(args: WorksheetChangedArgsSlice) => Promise<unknown>>;
  /** The selected cells on this sheet ("B3", "A2:C5", "D:D", "4:4"). */
  selection: string;
}

const key = (row: number, column: number): string => `${row},${column}`;

const EMPTY: Block = { row: 0, column: 0, rows: 0, columns: 0 };

/** The cells two blocks share; EMPTY when they do not overlap. */
function overlap(a: Block, b: Block): Block {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const columns = Math.min(a.column + a.columns, b.column + b.columns) - column;
  return rows > 0 && columns > 0 ? { row, column, rows, columns } : EMPTY;
}

/** "A1:C3", "5:9" (rows), "B:B" (columns) → a block. */
function block(address: string): Block {
  const rows = /^(\d+):(\d+)$/.exec(address);
  if (rows) return { row: Number(rows[1]) - 1, column: 0, rows: Number(rows[2]) - Number(rows[1]) + 1, columns: 16384 };
  const columns = /^([A-Z]+):([A-Z]+)$/.exec(address);
  if (columns) return { row: 0, column: columnIndex(columns[1]), rows: 1048576, columns: columnIndex(columns[2]) - columnIndex(columns[1]) + 1 };
  const parsed = parseRange(address);
  if (!parsed) throw new Error(`InvalidArgument: ${address}`);
  return parsed;
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

/** What Excel's paste does to a formula moved `columns` to the right: relative column references move with it. */
function movedFormula(formula: string, columns: number): string {
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
    out += dollarColumn ? text : `${cellAddress(0, columnIndex(letters) + columns).replace(/\d+$/, "")}${dollarRow}${row}`;
    i += text.length;
  }
  return out;
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  /** Workbook-wide onChanged handlers. */
  workbookHandlers: Array<(args: WorksheetChangedArgsSlice) => Promise<unknown>> = [];
  parts: Array<{ id: string; xml: string }> = [];
  enableEvents = true;
  /** The sheet activated last (by the user or `activate()`); the first sheet when none was. */
  activeSheet: FakeSheet | null = null;
  /** Bytes of each request (one per sync) and of each response. */
  readonly requests: number[] = [];
  readonly responses: number[] = [];
  runs = 0;
  /** Throw at this sync number (1-based over the fake's life), after applying the calls. */
  failAtSync: number | null = null;
  /** Fail the call whose payload matches: the calls before it took effect, it and the rest of the batch do not. */
  failWhen: ((payload: unknown) => boolean) | null = null;
  private nextId = 1;
  private pending = 0;
  private pendingResponse: Array<() => number> = [];
  private partIds = 1;

  get syncs(): number {
    return this.requests.length;
  }

  readonly runner: ExcelRunner = async (batch) => {
    this.runs++;
    return batch(new FakeContext(this));
  };

  queue(payload: unknown): void {
    if (this.failWhen?.(payload)) {
      this.failWhen = null;
      throw new Error("InvalidArgument (injected)");
    }
    this.pending += FAKE_CALL_OVERHEAD + (payload === undefined ? 0 : JSON.stringify(payload).length);
  }

  respond(measure: () => number): void {
    this.pendingResponse.push(measure);
  }

  async sync(loaded: Array<{ loaded: boolean }>): Promise<void> {
    this.requests.push(this.pending);
    this.pending = 0;
    const response = this.pendingResponse.reduce((acc, measure) => acc + measure(), 0);
    this.pendingResponse = [];
    this.responses.push(response);
    for (const item of loaded) item.loaded = true;
    if (this.failAtSync !== null && this.requests.length === this.failAtSync) throw new Error("GeneralException (injected)");
  }

  addSheet(name: string): FakeSheet {
    if (this.sheets.some((sheet) => sheet.name === name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet: FakeSheet = {
      id: this.nextId++,
      name,
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
      tabColor: "",
      columnWidths: new Map(),
      rowHeights: new Map(),
      alignments: [],
      handlers: [],
      selection: "A1",
    };
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name === name);
  }

  cell(sheetName: string, address: string): FakeCell | undefined {
    const b = block(address);
    return this.sheet(sheetName)?.cells.get(key(b.row, b.column));
  }

  addPart(xml: string): void {
    this.parts.push({ id: `{part-${this.partIds++}}`, xml });
  }

  /** The active sheet: the one activated last while it exists, else the first. */
  active(): FakeSheet {
    const sheet = this.activeSheet && this.sheets.includes(this.activeSheet) ? this.activeSheet : this.sheets[0];
    if (!sheet) throw new Error("ItemNotFound: no sheet");
    return sheet;
  }

  /** What a user clicking does: activates the sheet and selects `address` on it. */
  userSelect(sheetName: string, address: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`ItemNotFound: ${sheetName}`);
    block(address);
    this.activeSheet = sheet;
    sheet.selection = address;
  }

  /** What a user typing does: sets the cells and, when events are on, fires onChanged. */
  async userEdit(sheetName: string, address: string, values: unknown[][]): Promise<void> {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`ItemNotFound: ${sheetName}`);
    writeCells(sheet, block(address), values, "formulas");
    if (!this.enableEvents) return;
    const args = { address, source: "Local", worksheetId: String(sheet.id) };
    for (const handler of [...sheet.handlers, ...this.workbookHandlers]) await handler(args);
  }
}

function writeCells(sheet: FakeSheet, b: Block, matrix: unknown[][], kind: "formulas" | "values" | "numberFormat"): void {
  if (matrix.length !== b.rows || matrix.some((line) => line.length !== b.columns)) {
    throw new Error(`InvalidArgument: ${matrix.length}×${matrix[0]?.length} for a ${b.rows}×${b.columns} range`);
  }
  for (let r = 0; r < b.rows; r++) {
    for (let c = 0; c < b.columns; c++) {
      if (matrix[r][c] === null) continue; // null leaves a cell as it is
      const k = key(b.row + r, b.column + c);
      const cell = sheet.cells.get(k) ?? { value: null };
      if (kind === "numberFormat") cell.numberFormat = String(matrix[r][c]);
      else {
        const input = typed(matrix[r][c]);
        cell.value = input.value;
        if (input.formula) cell.formula = input.formula;
        else delete cell.formula;
      }
      sheet.cells.set(k, cell);
    }
  }
}

class Loadable {
  loaded = false;
  constructor(protected readonly excel: FakeExcel, protected readonly context: FakeContext) {}
  protected needLoaded(what: string): void {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${what}`);
  }
  load(propertyNames: string): unknown {
    this.excel.queue(propertyNames);
    this.context.loaded.push(this);
    this.excel.respond(() => this.responseBytes());
    return this;
  }
  protected responseBytes(): number {
    return 20;
  }
}

/**
 * Which cells a range covers: those at its address, the sheet's used range
 * (a null object when empty), or the cells computed when it is read (an
 * intersection, a null object when empty).
 */
type RangeArea = "address" | "used" | (() => Block);

class FakeRange extends Loadable implements RangeSlice {
  constructor(excel: FakeExcel, context: FakeContext, private readonly sheet: FakeSheet, readonly address: string, private readonly area: RangeArea = "address") {
    super(excel, context);
  }
  private get block(): Block {
    if (this.area === "address") return block(this.address);
    if (typeof this.area === "function") return this.area();
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of this.sheet.cells) {
      if (cell.value === null && !cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? EMPTY : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }
  private get nullObject(): boolean {
    return this.area !== "address" && this.block.rows === 0;
  }
  get isNullObject(): boolean {
    this.needLoaded("isNullObject");
    return this.nullObject;
  }
  get rowIndex(): number {
    this.needLoaded("rowIndex");
    return this.block.row;
  }
  get columnIndex(): number {
    this.needLoaded("columnIndex");
    return this.block.column;
  }
  private matrix(read: (cell: FakeCell | undefined) => unknown): unknown[][] {
    const b = this.block;
    if (b.rows === 0) return [];
    return Array.from({ length: b.rows }, (_, r) => Array.from({ length: b.columns }, (_, c) => read(this.sheet.cells.get(key(b.row + r, b.column + c)))));
  }
  protected override responseBytes(): number {
    return JSON.stringify(this.matrix((cell) => cell?.value ?? "")).length;
  }
  get values(): unknown[][] {
    this.needLoaded("values");
    if (this.nullObject) throw new Error("InvalidObjectPath: values of a null object");
    return this.matrix((cell) => (cell?.formula ? 0 : cell?.value ?? ""));
  }
  set values(matrix: unknown[][]) {
    this.excel.queue(matrix);
    writeCells(this.sheet, this.block, matrix, "values");
  }
  get formulas(): unknown[][] {
    this.needLoaded("formulas");
    return this.matrix((cell) => cell?.formula ?? cell?.value ?? "");
  }
  set formulas(matrix: unknown[][]) {
    this.excel.queue(matrix);
    writeCells(this.sheet, this.block, matrix, "formulas");
  }
  get numberFormat(): unknown[][] {
    this.needLoaded("numberFormat");
    return this.matrix((cell) => cell?.numberFormat ?? "General");
  }
  set numberFormat(matrix: unknown[][]) {
    this.excel.queue(matrix);
    writeCells(this.sheet, this.block, matrix, "numberFormat");
  }
  get format(): RangeFormatSlice {
    const excel = this.excel;
    const sheet = this.sheet;
    const blockOf = (): Block => this.block;
    const address = this.address;
    const recorder = <T extends object>(onSet?: (prop: string, value: unknown) => void): T =>
      new Proxy({} as T, {
        set(_target, prop, value) {
          excel.queue(value);
          onSet?.(String(prop), value);
          return true;
        },
      });
    return {
      set columnWidth(width: number) {
        excel.queue(width);
        const b = blockOf();
        for (let c = b.column; c < b.column + Math.min(b.columns, 16384); c++) sheet.columnWidths.set(c, width);
      },
      get columnWidth(): number {
        throw new Error("PropertyNotLoaded: columnWidth");
      },
      set rowHeight(height: number) {
        excel.queue(height);
        const b = blockOf();
        for (let r = b.row; r < b.row + Math.min(b.rows, 1048576); r++) sheet.rowHeights.set(r, height);
      },
      get rowHeight(): number {
        throw new Error("PropertyNotLoaded: rowHeight");
      },
      wrapText: false,
      set verticalAlignment(alignment: string) {
        excel.queue(alignment);
        sheet.alignments.push(`${address} ${alignment}`);
      },
      indentLevel: 0,
      font: recorder(),
      fill: recorder(),
      protection: recorder((prop, value) => {
        if (prop !== "locked") return;
        const b = blockOf();
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
  private validation: FakeSheet["validations"][number] | null = null;
  get dataValidation(): DataValidationSlice {
    const entry: FakeSheet["validations"][number] = this.validation ?? { address: this.address, rule: {} };
    if (!this.validation) this.sheet.validations.push(entry);
    this.validation = entry;
    const excel = this.excel;
    return {
      set rule(rule: ValidationRuleSlice) {
        excel.queue(rule);
        entry.rule = rule;
      },
      set prompt(prompt: DataValidationSlice["prompt"]) {
        excel.queue(prompt);
        entry.prompt = prompt;
      },
      set errorAlert(alert: DataValidationSlice["errorAlert"]) {
        excel.queue(alert);
        entry.errorAlert = alert;
      },
    } as DataValidationSlice;
  }
  get conditionalFormats(): RangeSlice["conditionalFormats"] {
    return {
      add: (type: "Custom"): ConditionalFormatSlice => {
        this.excel.queue(type);
        const entry = { address: this.address, formula: "", fill: "", font: "" };
        this.sheet.conditionalFormats.push(entry);
        const excel = this.excel;
        return {
          custom: {
            rule: {
              set formula(formula: string) {
                excel.queue(formula);
                entry.formula = formula;
              },
            },
            format: {
              fill: {
                set color(color: string) {
                  excel.queue(color);
                  entry.fill = color;
                },
              },
              font: {
                set color(color: string) {
                  excel.queue(color);
                  entry.font = color;
                },
              },
            },
          },
        } as ConditionalFormatSlice;
      },
    };
  }
  copyFrom(sourceRange: string, copyType: "All" | "Formulas" | "Values" | "Formats" = "All"): void {
    this.excel.queue([sourceRange, copyType]);
    const source = block(sourceRange);
    const target = this.block;
    for (let r = 0; r < target.rows; r++) {
      for (let c = 0; c < target.columns; c++) {
        const from = this.sheet.cells.get(key(source.row + (r % source.rows), source.column + (c % source.columns)));
        const to = { ...(from ?? { value: null }) };
        if (from?.formula) to.formula = movedFormula(from.formula, target.column + c - (source.column + (c % source.columns)));
        this.sheet.cells.set(key(target.row + r, target.column + c), to);
      }
    }
  }
  group(groupOption: "ByRows"): void {
    this.excel.queue(groupOption);
    this.sheet.groups.push(this.address);
  }
  merge(across?: boolean): void {
    this.excel.queue(across);
    this.sheet.merges.push(this.address);
  }
  get worksheet(): WorksheetSlice {
    return new FakeWorksheet(this.excel, this.context, this.sheet);
  }
  getIntersectionOrNullObject(anotherRange: RangeSlice | string): RangeSlice {
    this.excel.queue(typeof anotherRange === "string" ? anotherRange : anotherRange.address);
    const other = typeof anotherRange === "string" ? null : (anotherRange as FakeRange);
    if (other && other.sheet !== this.sheet) throw new Error("InvalidArgument: ranges on different sheets");
    const otherBlock = (): Block => (other ? other.block : block(anotherRange as string));
    return new FakeRange(this.excel, this.context, this.sheet, "", () => overlap(this.block, otherBlock()));
  }
  select(): void {
    this.excel.queue(this.address);
    this.sheet.selection = this.address;
  }
}

class FakeProperty extends Loadable implements CustomPropertySlice {
  constructor(excel: FakeExcel, context: FakeContext, private readonly sheet: FakeSheet | undefined, private readonly keyName: string) {
    super(excel, context);
  }
  get isNullObject(): boolean {
    this.needLoaded("isNullObject");
    return !this.sheet || !this.sheet.properties.has(this.keyName);
  }
  get value(): string {
    this.needLoaded("value");
    return this.sheet?.properties.get(this.keyName) ?? "";
  }
}

class FakeWorksheet extends Loadable implements WorksheetSlice {
  constructor(excel: FakeExcel, context: FakeContext, private readonly target: FakeSheet | undefined) {
    super(excel, context);
  }
  private get live(): FakeSheet {
    if (!this.target || !this.excel.sheets.includes(this.target)) throw new Error("ItemNotFound");
    return this.target;
  }
  get isNullObject(): boolean {
    this.needLoaded("isNullObject");
    return !this.target || !this.excel.sheets.includes(this.target);
  }
  get name(): string {
    this.needLoaded("name");
    if (!this.target) throw new Error("ItemNotFound");
    return this.target.name; // a loaded name stays readable after the sheet is deleted
  }
  set name(name: string) {
    this.excel.queue(name);
    if (this.excel.sheets.some((sheet) => sheet.name === name && sheet !== this.target)) throw new Error(`ItemAlreadyExists: ${name}`);
    this.live.name = name;
  }
  get position(): number {
    this.needLoaded("position");
    return this.excel.sheets.indexOf(this.live);
  }
  set position(position: number) {
    this.excel.queue(position);
    const sheet = this.live;
    this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
    this.excel.sheets.splice(position, 0, sheet);
  }
  get tabColor(): string {
    return this.live.tabColor;
  }
  set tabColor(color: string) {
    this.excel.queue(color);
    this.live.tabColor = color;
  }
  delete(): void {
    this.excel.queue(undefined);
    this.excel.sheets.splice(this.excel.sheets.indexOf(this.live), 1);
  }
  activate(): void {
    this.excel.queue(undefined);
    this.excel.activeSheet = this.live;
  }
  getRange(address = "A1"): RangeSlice {
    this.excel.queue(address);
    return new FakeRange(this.excel, this.context, this.live, address);
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeSlice {
    this.excel.queue(valuesOnly);
    return new FakeRange(this.excel, this.context, this.live, "", "used");
  }
  get customProperties(): WorksheetSlice["customProperties"] {
    return {
      add: (keyName: string, value: string) => {
        this.excel.queue([keyName, value]);
        this.live.properties.set(keyName, value);
        return undefined;
      },
      getItemOrNullObject: (keyName: string) => {
        this.excel.queue(keyName);
        return new FakeProperty(this.excel, this.context, this.target, keyName);
      },
    };
  }
  get freezePanes(): WorksheetSlice["freezePanes"] {
    const set = (value: string) => {
      this.excel.queue(value);
      this.live.frozen = value;
    };
    return { freezeAt: (range: string) => set(range), freezeRows: (count = 1) => set(`rows:${count}`), freezeColumns: (count = 1) => set(`columns:${count}`) };
  }
  get pageLayout(): WorksheetSlice["pageLayout"] {
    const page = this.live.page;
    const excel = this.excel;
    return {
      set orientation(value: string) {
        excel.queue(value);
        page.orientation = value;
      },
      set paperSize(value: string) {
        excel.queue(value);
        page.paperSize = value;
      },
      set zoom(value: { horizontalFitToPages?: number; scale?: number }) {
        excel.queue(value);
        page.fitWidth = value.horizontalFitToPages ?? null;
        if (value.scale !== undefined) page.scale = value.scale;
      },
      setPrintTitleRows(rows: string) {
        excel.queue(rows);
        page.titleRows = rows;
      },
      setPrintTitleColumns(columns: string) {
        excel.queue(columns);
        page.titleColumns = columns;
      },
    } as WorksheetSlice["pageLayout"];
  }
  get protection(): WorksheetSlice["protection"] {
    return {
      protect: (options) => {
        this.excel.queue(options);
        this.live.protected = true;
      },
    };
  }
  get charts(): WorksheetSlice["charts"] {
    return {
      add: (type: "BarClustered", sourceData: RangeSlice): ChartSlice => {
        this.excel.queue([type, sourceData.address]);
        const chart = { type, values: sourceData.address, categories: null as string | null, title: "", from: "", to: "" };
        this.live.charts.push(chart);
        const excel = this.excel;
        return {
          title: {
            set text(text: string) {
              excel.queue(text);
              chart.title = text;
            },
          },
          legend: { visible: true },
          series: {
            getItemAt: () => ({
              name: "",
              setXAxisValues(range: RangeSlice) {
                excel.queue(range.address);
                chart.categories = range.address;
              },
            }),
          },
          setPosition(from: string, to?: string) {
            excel.queue([from, to]);
            chart.from = from;
            chart.to = to ?? "";
          },
        } as ChartSlice;
      },
    };
  }
  get onChanged(): WorksheetSlice["onChanged"] {
    return {
      add: (handler) => {
        this.excel.queue(undefined);
        const sheet = this.live;
        sheet.handlers.push(handler);
        const result: EventHandlerResultSlice = {
          remove: () => {
            sheet.handlers = sheet.handlers.filter((h) => h !== handler);
          },
          context: { sync: () => this.context.sync() },
        };
        return result;
      },
    };
  }
}

class FakeWorksheets extends Loadable implements WorksheetCollectionSlice {
  private snapshot: FakeWorksheet[] = [];
  get items(): WorksheetSlice[] {
    this.needLoaded("items");
    return this.snapshot;
  }
  override load(propertyNames: string): unknown {
    super.load(propertyNames);
    this.snapshot = this.excel.sheets.map((sheet) => {
      const item = new FakeWorksheet(this.excel, this.context, sheet);
      this.context.loaded.push(item);
      return item;
    });
    return this;
  }
  protected override responseBytes(): number {
    return JSON.stringify(this.excel.sheets.map((sheet) => ({ name: sheet.name, position: 0 }))).length;
  }
  add(name?: string): WorksheetSlice {
    this.excel.queue(name);
    const sheet = this.excel.addSheet(name ?? `Sheet${this.excel.sheets.length + 1}`);
    const item = new FakeWorksheet(this.excel, this.context, sheet);
    item.loaded = true;
    return item;
  }
  getItem(name: string): WorksheetSlice {
    this.excel.queue(name);
    const sheet = this.excel.sheet(name) ?? this.excel.sheets.find((item) => String(item.id) === name);
    if (!sheet) throw new Error(`ItemNotFound: ${name}`);
    const item = new FakeWorksheet(this.excel, this.context, sheet);
    return item;
  }
  get onChanged(): WorksheetCollectionSlice["onChanged"] {
    return {
      add: (handler) => {
        this.excel.queue(undefined);
        this.excel.workbookHandlers.push(handler);
        return {
          remove: () => {
            this.excel.workbookHandlers = this.excel.workbookHandlers.filter((h) => h !== handler);
          },
          context: { sync: () => this.context.sync() },
        };
      },
    };
  }
  getItemOrNullObject(name: string): WorksheetSlice {
    this.excel.queue(name);
    return new FakeWorksheet(this.excel, this.context, this.excel.sheet(name));
  }
}

class FakeParts extends Loadable {
  private snapshot: CustomXmlPartSlice[] = [];
  constructor(excel: FakeExcel, context: FakeContext, private readonly namespace: string) {
    super(excel, context);
  }
  get items(): CustomXmlPartSlice[] {
    this.needLoaded("items");
    return this.snapshot;
  }
  override load(propertyNames: string): unknown {
    super.load(propertyNames);
    const excel = this.excel;
    this.snapshot = excel.parts
      .filter((part) => part.xml.includes(`xmlns="${this.namespace}"`))
      .map((part) => ({
        id: part.id,
        delete: () => {
          excel.queue(part.id);
          excel.parts = excel.parts.filter((p) => p !== part);
        },
        getXml: () => {
          excel.queue(part.id);
          excel.respond(() => part.xml.length);
          return { value: part.xml };
        },
      }));
    return this;
  }
}

export class FakeContext implements ExcelContextSlice {
  readonly loaded: Array<{ loaded: boolean }> = [];
  readonly workbook: ExcelContextSlice["workbook"];
  readonly runtime: ExcelContextSlice["runtime"];

  constructor(private readonly excel: FakeExcel) {
    const worksheets = new FakeWorksheets(excel, this);
    this.workbook = {
      worksheets,
      customXmlParts: {
        add: (xml: string) => {
          excel.queue(xml);
          excel.addPart(xml);
          return undefined;
        },
        getByNamespace: (namespace: string) => new FakeParts(excel, this, namespace),
      },
      application: { suspendApiCalculationUntilNextSync: () => excel.queue(undefined) },
      getSelectedRange: () => {
        excel.queue(undefined);
        const sheet = excel.active();
        return new FakeRange(excel, this, sheet, sheet.selection);
      },
    };
    this.runtime = {
      get enableEvents() {
        return excel.enableEvents;
      },
      set enableEvents(value: boolean) {
        excel.queue(value);
        excel.enableEvents = value;
      },
    };
  }

  async sync(): Promise<unknown> {
    const loaded = this.loaded.splice(0);
    await this.excel.sync(loaded);
    return undefined;
  }
}

/** The cell at A1 coordinates, for tests. */
export const at = (row: number, column: number): string => cellAddress(row, column);
