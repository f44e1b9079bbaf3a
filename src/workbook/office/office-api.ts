/**
 * The slice of the Office.js Excel API the add-in uses, as plain TypeScript
 * interfaces. `office.ts` checks at compile time that the real
 * `Excel.RequestContext` fits this slice, and the tests drive the same code
 * through a typed fake of it that counts syncs and request sizes.
 */

export interface LoadableSlice {
  load(propertyNames: string): unknown;
}

export interface RangeFormatSlice {
  columnWidth: number;
  /** Points; set on whole rows ("5:7"). */
  rowHeight: number;
  wrapText: boolean;
  verticalAlignment: string;
  indentLevel: number;
  font: { bold: boolean; italic: boolean; color: string; size: number };
  fill: { color: string };
  protection: { locked: boolean };
}

export interface ValidationRuleSlice {
  decimal?: { formula1: unknown; formula2?: unknown; operator: string };
  wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
  list?: { inCellDropDown: boolean; source: unknown };
  custom?: { formula: string };
}

export interface DataValidationSlice {
  rule: ValidationRuleSlice;
  prompt: { message: string; showPrompt: boolean; title: string };
  errorAlert: { message: string; showAlert: boolean; style: string; title: string };
}

export interface ConditionalFormatSlice {
  custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
}

export interface RangeSlice extends LoadableSlice {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  address: string;
  rowIndex: number;
  columnIndex: number;
  isNullObject: boolean;
  format: RangeFormatSlice;
  dataValidation: DataValidationSlice;
  conditionalFormats: { add(type: "Custom"): ConditionalFormatSlice };
  group(groupOption: "ByRows"): void;
  /** Paste of `sourceRange` onto this range (tiled, relative references moved), as copy and paste does. */
  copyFrom(sourceRange: string, copyType?: "All" | "Formulas" | "Values" | "Formats"): void;
  merge(across?: boolean): void;
  /** The sheet the range is on. */
  readonly worksheet: WorksheetSlice;
  /** The cells in both ranges; a null object when they do not overlap. */
  getIntersectionOrNullObject(anotherRange: RangeSlice | string): RangeSlice;
  /** Selects the range in Excel's grid (on its sheet). */
  select(): void;
}

export interface ChartSlice {
  title: { text: string };
  legend: { visible: boolean };
  series: { getItemAt(index: number): { name: string; setXAxisValues(sourceData: RangeSlice): void } };
  setPosition(startCell: string, endCell?: string): void;
}

export interface WorksheetChangedArgsSlice {
  address: string;
  source: string;
  worksheetId: string;
}

export interface EventHandlerResultSlice {
  remove(): void;
  context: { sync(): Promise<unknown> };
}

export interface CustomPropertySlice extends LoadableSlice {
  value: string;
  isNullObject: boolean;
}

export interface WorksheetSlice extends LoadableSlice {
  name: string;
  position: number;
  isNullObject: boolean;
  tabColor: string;
  delete(): void;
  activate(): void;
  getRange(address?: string): RangeSlice;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeSlice;
  customProperties: { add(key: string, value: string): unknown; getItemOrNullObject(key: string): CustomPropertySlice };
  freezePanes: { freezeAt(frozenRange: string): void; freezeRows(count?: number): void; freezeColumns(count?: number): void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintTitleRows(printTitleRows: string): void;
    setPrintTitleColumns(printTitleColumns: string): void;
  };
  protection: { protect(options?: { allowFormatCells?: boolean; allowFormatColumns?: boolean; allowFormatRows?: boolean; allowAutoFilter?: boolean }): void };
  charts: { add(type: "BarClustered", sourceData: RangeSlice, seriesBy?: "Columns"): ChartSlice };
  onChanged: { add(handler: (args: WorksheetChangedArgsSlice) => Promise<unknown>): EventHandlerResultSlice };
}

export interface WorksheetCollectionSlice extends LoadableSlice {
  items: WorksheetSlice[];
  add(name?: string): WorksheetSlice;
  /** By name or by id. */
  getItem(key: string): WorksheetSlice;
  /** Changes on any sheet, including sheets added later (ExcelApi 1.9). */
  onChanged: { add(handler: (args: WorksheetChangedArgsSlice) => Promise<unknown>): EventHandlerResultSlice };
  getItemOrNullObject(key: string): WorksheetSlice;
}

export interface CustomXmlPartSlice {
  id: string;
  delete(): void;
  getXml(): { value: string };
}

export interface ExcelContextSlice {
  workbook: {
    worksheets: WorksheetCollectionSlice;
    customXmlParts: { add(xml: string): unknown; getByNamespace(namespaceUri: string): LoadableSlice & { items: CustomXmlPartSlice[] } };
    application: { suspendApiCalculationUntilNextSync(): void };
    /** The user's selection on the active sheet (one area). */
    getSelectedRange(): RangeSlice;
  };
  runtime: { enableEvents: boolean };
  sync(): Promise<unknown>;
}

/** Runs one batch: Excel's `run` in the add-in (officeRunner), the fake in tests. */
export type ExcelRunner = <T>(batch: (context: ExcelContextSlice) => Promise<T>) => Promise<T>;
