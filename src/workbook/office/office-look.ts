/**
 * Looking at a workbook through Office.js in two syncs: first the sheets,
 * the state part and the workbook's structure protection; then each sheet's
 * mark, the state XML and the requested ranges (and, before a write, each
 * sheet's protection, charts and outline depth, which a rebuild in place
 * needs). Sheet names are matched without regard to case, as Excel does.
 */
import { parseRange } from "../../sheet/a1";
import { sameSheetName } from "../../sheet/names";
import type { CellValue, RangeData, ReadRequest, SheetInfo, StoredWorkbookState, WorkbookSnapshot } from "../port";
import { ownedKind, SHEET_MARK_PROPERTY, STATE_NAMESPACE, stateFromXml } from "../stored-state";
import type { ChartSlice, CustomPropertySlice, CustomXmlPartSlice, ExcelContextSlice, LoadableSlice, RangeSlice, WorksheetSlice } from "./office-api";

/** Worksheet custom property: how many outline levels the add-in grouped on the sheet (office-setup.ts writes it). */
export const OUTLINE_PROPERTY = "ParIndexOutline";

export interface LookedSheet {
  proxy: WorksheetSlice;
  name: string;
  owned: SheetInfo["owned"];
  /** Known before a write only. */
  protected: boolean;
  charts: ChartSlice[];
  outlineDepth: number;
}

export interface Look {
  sheets: LookedSheet[];
  parts: CustomXmlPartSlice[];
  /** The XML of the state parts as they were. */
  stateXml: string[];
  snapshot: WorkbookSnapshot;
}

/** The looked sheet of that name (without regard to case). */
export const lookedSheet = (look: Look, name: string): LookedSheet | undefined => look.sheets.find((sheet) => sameSheetName(sheet.name, name));

const propertyValue = (property: CustomPropertySlice): string | null => (property.isNullObject ? null : property.value);

function loadProperty(sheet: WorksheetSlice, key: string): CustomPropertySlice {
  const property = sheet.customProperties.getItemOrNullObject(key);
  property.load("value");
  return property;
}

interface SheetLoads {
  mark: CustomPropertySlice;
  outline?: CustomPropertySlice;
  protection?: LoadableSlice & { readonly protected: boolean };
  charts?: LoadableSlice & { items: ChartSlice[] };
}

function loadSheet(sheet: WorksheetSlice, forWrite: boolean): SheetLoads {
  const loads: SheetLoads = { mark: loadProperty(sheet, SHEET_MARK_PROPERTY) };
  if (!forWrite) return loads;
  loads.outline = loadProperty(sheet, OUTLINE_PROPERTY);
  loads.protection = sheet.protection;
  loads.protection.load("protected");
  loads.charts = sheet.charts;
  loads.charts.load("items/name");
  return loads;
}

export async function lookAt(context: ExcelContextSlice, request: ReadRequest, forWrite: boolean): Promise<Look> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  const structure = context.workbook.protection;
  structure.load("protected");
  await context.sync();

  const items = worksheets.items;
  const loads = items.map((sheet) => loadSheet(sheet, forWrite));
  const xml = parts.items.map((part) => part.getXml());
  const ranges = request.ranges.map((wanted) => {
    const sheet = items.find((item) => sameSheetName(item.name, wanted.sheet));
    if (!sheet) return null;
    const range = wanted.address ? sheet.getRange(wanted.address) : sheet.getUsedRangeOrNullObject(true);
    range.load(wanted.formulas ? "values,formulas,rowIndex,columnIndex" : "values,rowIndex,columnIndex");
    return range;
  });
  await context.sync();

  const sheets: LookedSheet[] = items.map((proxy, i) => ({
    proxy,
    name: proxy.name,
    owned: ownedKind(propertyValue(loads[i].mark)),
    protected: loads[i].protection?.protected ?? false,
    charts: loads[i].charts?.items ?? [],
    outlineDepth: Number(loads[i].outline ? (propertyValue(loads[i].outline) ?? 0) : 0) || 0,
  }));
  const stateXml = xml.map((part) => part.value);
  let state: StoredWorkbookState | null = null;
  for (const text of stateXml) state ??= stateFromXml(text);
  const snapshot: WorkbookSnapshot = {
    sheets: items.map((sheet, i) => ({ name: sheet.name, position: sheet.position, owned: sheets[i].owned })),
    state,
    ranges: request.ranges.map((wanted, i) => rangeData(wanted.sheet, wanted.address, ranges[i], wanted.formulas === true)),
    ...(structure.protected ? { structureProtected: true } : {}),
  };
  return { sheets, parts: parts.items, stateXml, snapshot };
}

/** Values read from Excel: "" is an empty cell. */
const cellValue = (value: unknown): CellValue => {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
};

const formulaText = (value: unknown): string | null => (typeof value === "string" && value.startsWith("=") ? value : null);

/** Pads a block read at (row, column) so that it starts at A1. */
function fromA1<T>(rows: unknown[][], row: number, column: number, map: (value: unknown) => T, blank: T): T[][] {
  const out: T[][] = [];
  for (let r = 0; r < row; r++) out.push([]);
  for (const line of rows) out.push([...Array.from({ length: column }, () => blank), ...line.map(map)]);
  return out;
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
