/**
 * The WorkbookPort over Office.js. Each operation is one batch (`Excel.run`
 * in the add-in) with a fixed number of `context.sync()` calls whatever the
 * size of the workbook: read = 2, apply = 3 (look, keep the old state,
 * write; plus one per 4 MB of queued writes beyond the first, to stay under Excel on the web's 5 MB request
 * limit). Events are switched off while the add-in writes, and any change
 * reported during its own writes is marked origin "addin". The pane's two
 * selection calls live here too: readSelection = 2 syncs, selectCell = 1.
 */
import type { CellValue, CellChangeEvent, ProgressCallback, RangeData, ReadRequest, SheetInfo, Unsubscribe, WorkbookChange, WorkbookPort, WorkbookSnapshot, StoredWorkbookState } from "../port";
import type { CustomPropertySlice, ExcelContextSlice, ExcelRunner, RangeSlice, WorksheetSlice } from "./office-api";
import { ownedKind, SHEET_MARK_PROPERTY, STATE_NAMESPACE, stateFromXml, stateToXml } from "../stored-state";
import { RequestBudget, writePlan } from "./office-writes";
import { parseRange } from "../../sheet/a1";

/** The real thing: the only place `Excel.run` appears. The parameter type proves the Office.js API fits the slice. */
export const officeRunner: ExcelRunner = (batch) => Excel.run((context: Excel.RequestContext) => batch(fitsSlice(context)));

function fitsSlice(context: Excel.RequestContext): ExcelContextSlice {
  return context;
}

const OLD_PREFIX = "~par-old-";

/** Values read from Excel: "" is an empty cell. */
const cellValue = (value: unknown): CellValue => {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
};

/** Pads a block read at (row, column) so that it starts at A1. */
function fromA1<T>(rows: unknown[][], row: number, column: number, map: (value: unknown) => T, blank: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < row; r++) out.push([]);
  for (const line of rows) out.push([...Array.from({ length: column }, () => blank), ...line.map(map)]);
  return out;
}

export class OfficeWorkbook implements WorkbookPort {
  private ownWrites = 0;

  constructor(private readonly run: ExcelRunner = officeRunner) {}

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name,items/position");
      const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
      parts.load("items/id");
      await context.sync();

      const marks = sheets.items.map((sheet) => {
        const mark = sheet.customProperties.getItemOrNullObject(SHEET_MARK_PROPERTY);
        mark.load("value");
        return mark;
      });
      const xml = parts.items.map((part) => part.getXml());
      const names = new Set(sheets.items.map((sheet) => sheet.name));
      const ranges = request.ranges.map((wanted) => {
        if (!names.has(wanted.sheet)) return null;
        const sheet = sheets.items.find((item) => item.name === wanted.sheet) as WorksheetSlice;
        const range = wanted.address ? sheet.getRange(wanted.address) : sheet.getUsedRangeOrNullObject(true);
        range.load(wanted.formulas ? "values,formulas,rowIndex,columnIndex" : "values,rowIndex,columnIndex");
        return range;
      });
      await context.sync();

      const info: SheetInfo[] = sheets.items.map((sheet, i) => ({ name: sheet.name, position: sheet.position, owned: ownedKind(markValue(marks[i])) }));
      let state: StoredWorkbookState | null = null;
      for (const part of xml) state ??= stateFromXml(part.value);
      return { sheets: info, state, ranges: request.ranges.map((wanted, i) => rangeData(wanted.sheet, wanted.address, ranges[i], wanted.formulas === true)) };
    });
  }

  async apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void> {
    this.ownWrites++;
    const record: { value: ApplyRecord | null } = { value: null };
    try {
      await this.run((context) => this.applyBatch(context, change, record, onProgress));
    } catch (error) {
      await this.run((context) => this.restore(context, record.value));
      throw error;
    } finally {
      this.ownWrites--;
    }
  }

  private async applyBatch(
    context: ExcelContextSlice,
    change: WorkbookChange,
    record: { value: ApplyRecord | null },
    onProgress?: ProgressCallback,
  ): Promise<void> {
    const budget = new RequestBudget(context);
    context.runtime.enableEvents = false;
    const sheets = context.workbook.worksheets;
    sheets.load("items/name,items/position");
    const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
    parts.load("items/id");
    const targets = [...new Set([...change.sheets.map((plan) => plan.name), ...(change.remove ?? [])])];
    await budget.sync();
    // The marks of the sheets in the way, and the state as it was (kept so that a failure can put it back).
    const byName = new Map(sheets.items.map((sheet) => [sheet.name, sheet] as const));
    const existing = targets.flatMap((name, i) => {
      const sheet = byName.get(name);
      if (!sheet) return [];
      const mark = sheet.customProperties.getItemOrNullObject(SHEET_MARK_PROPERTY);
      mark.load("value");
      return [{ name, index: i, sheet, mark }];
    });
    const oldXml = parts.items.map((part) => part.getXml());
    await budget.sync();
    record.value = { targets, preexisting: sheets.items.map((sheet) => sheet.name), state: oldXml.map((xml) => xml.value) };

    const userSheet = existing.find((entry) => ownedKind(markValue(entry.mark)) === null);
    if (userSheet) {
      context.runtime.enableEvents = true;
      await context.sync();
      throw new Error(`Sheet "${userSheet.name}" belongs to the user; the add-in does not replace it`);
    }
    // Old owned sheets step aside under temporary names; the new ones are written in full under the final names.
    const order = finalOrder(record.value.preexisting, change, existing.map((entry) => entry.name));
    for (const entry of existing) entry.sheet.name = `${OLD_PREFIX}${entry.index}`;
    const written = new Map<string, WorksheetSlice>();
    for (const plan of change.sheets) written.set(plan.name, sheets.add(plan.name));
    let done = 0;
    for (const plan of change.sheets) {
      const sheet = written.get(plan.name) as WorksheetSlice;
      sheet.customProperties.add(SHEET_MARK_PROPERTY, plan.kind);
      await writePlan(sheet, plan, budget);
      onProgress?.(++done, change.sheets.length, plan.name);
    }
    if (change.state) {
      for (const part of parts.items) part.delete();
      context.workbook.customXmlParts.add(stateToXml(change.state));
    }
    // Only now are the old sheets removed and the new ones put in their places.
    for (const entry of existing) entry.sheet.delete();
    order.forEach((name, position) => {
      const sheet = written.get(name);
      if (sheet) sheet.position = position;
    });
    if (change.activate) written.get(change.activate)?.activate();
    context.runtime.enableEvents = true;
    await budget.sync();
  }

  /** After a failed apply: the new sheets go, the old ones get their names back. */
  private async restore(context: ExcelContextSlice, before: ApplyRecord | null): Promise<void> {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    if (before) {
      for (const part of parts.items) part.delete();
      for (const xml of before.state) context.workbook.customXmlParts.add(xml);
      const byName = new Map(sheets.items.map((sheet) => [sheet.name, sheet] as const));
      before.targets.forEach((target, i) => {
        const aside = byName.get(`${OLD_PREFIX}${i}`);
        const current = byName.get(target);
        // A sheet under a target name is new when its predecessor stepped aside or there was none.
        if (current && (aside || !before.preexisting.includes(target))) current.delete();
        if (aside) aside.name = target;
      });
    }
    context.runtime.enableEvents = true;
    await context.sync();
  }

  /**
   * The values of the user's selection, only where it meets the used range
   * (a whole selected column would otherwise read a million rows): [] for an
   * empty sheet or a selection outside the used range. One batch, 2 syncs.
   */
  async readSelection(): Promise<unknown[][]> {
    return this.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const used = selected.worksheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      if (used.isNullObject) return [];
      const range = selected.getIntersectionOrNullObject(used);
      range.load("values");
      await context.sync();
      return range.isNullObject ? [] : range.values;
    });
  }

  /** Shows a cell to the user: activates its sheet and selects it. One batch, 1 sync. */
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    });
  }

  /**
   * Listens on the whole workbook, not on one sheet object, so that the
   * subscription outlives the add-in's replacing of the sheet (as the memory
   * port's does); each event's sheet is looked up by id.
   */
  async onCellsChanged(sheetName: string, handler: (event: CellChangeEvent) => void): Promise<Unsubscribe> {
    const subscription = await this.run(async (context) => {
      const result = context.workbook.worksheets.onChanged.add(async (args) => {
        const origin = this.ownWrites > 0 ? "addin" : "user";
        const name = await this.run(async (lookup) => {
          const sheet = lookup.workbook.worksheets.getItem(args.worksheetId);
          sheet.load("name");
          await lookup.sync();
          return sheet.name;
        });
        if (name === sheetName) handler({ sheet: sheetName, address: args.address, origin });
      });
      await context.sync();
      return result;
    });
    return async () => {
      subscription.remove();
      await subscription.context.sync();
    };
  }
}

interface ApplyRecord {
  /** Sheet names the change replaces or removes; target i steps aside as ~par-old-i. */
  targets: string[];
  /** Every sheet name before the change, in order. */
  preexisting: string[];
  /** The XML of the state parts before the change. */
  state: string[];
}

const markValue = (mark: CustomPropertySlice): string | null => (mark.isNullObject ? null : mark.value);

function finalOrder(current: readonly string[], change: WorkbookChange, replaced: readonly string[]): string[] {
  const removed = new Set(change.remove ?? []);
  const order = current.filter((name) => !removed.has(name) || change.sheets.some((plan) => plan.name === name));
  for (const plan of change.sheets) if (!replaced.includes(plan.name) && !order.includes(plan.name)) order.push(plan.name);
  return order;
}

function rangeData(sheet: string, address: string | undefined, range: RangeSlice | null, formulas: boolean): RangeData {
  if (!range || range.isNullObject) {
    const block = address ? parseRange(address) : null;
    return { sheet, found: range !== null, row: block?.row ?? 0, column: block?.column ?? 0, values: [] };
  }
  if (address) {
    const data: RangeData = { sheet, found: true, row: range.rowIndex, column: range.columnIndex, values: range.values.map((line) => line.map(cellValue)) };
    if (formulas) data.formulas = range.formulas.map((line) => line.map(formulaText));
    return data;
  }
  const data: RangeData = { sheet, found: true, row: 0, column: 0, values: fromA1(range.values, range.rowIndex, range.columnIndex, cellValue, null) };
  if (formulas) data.formulas = fromA1(range.formulas, range.rowIndex, range.columnIndex, formulaText, null);
  return data;
}

const formulaText = (value: unknown): string | null => (typeof value === "string" && value.startsWith("=") ? value : null);
