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
  /** Resets row heights / column widths to the sheet's standard (ExcelApi 1.7). */
  useStandardHeight: boolean;
  useStandardWidth: boolean;
}

export interface ValidationRuleSlice {
  decimal?: { formula1: unknown; formula2?: unknown; operator: string };
  wholeNumber?: { formula1: unknown; formula2?: unknown; operator: string };
  list?: { inCellDropDown: boolean; source: unknown };
  custom?: { formula: string };
}

export interface DataValidationSlice {
  /** Removes the range's validation (ExcelApi 1.8). */
  clear(): void;
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
  conditionalFormats: { add(type: "Custom"): ConditionalFormatSlice; clearAll(): void };
  group(groupOption: "ByRows"): void;
  /** Removes one outline level from the rows (ExcelApi 1.10). */
  ungroup(groupOption: "ByRows"): void;
  /**
   * Paste of `sourceRange` onto this range (tiled, relative references moved), as copy and paste does
   * (ExcelApi 1.9). Office.js also takes RangeAreas or an address; the port always passes a Range object.
   */
  copyFrom(sourceRange: RangeSlice | RangeAreasSlice | string, copyType?: "All" | "Formulas" | "Values" | "Formats"): void;
  /** Clears contents and formats ("All"). */
  clear(applyTo?: "All" | "Contents" | "Formats"): void;
  merge(across?: boolean): void;
  unmerge(): void;
  /** Set false to show every row of the range. */
  rowHidden: boolean;
  /** The sheet the range is on. */
  readonly worksheet: WorksheetSlice;
  /** The cells in both ranges; a null object when they do not overlap. */
  getIntersectionOrNullObject(anotherRange: RangeSlice | string): RangeSlice;
  /** Selects the range in Excel's grid (on its sheet). */
  select(): void;
  /** Each cell's bold and indent (ExcelApi 1.9), readable after the next sync. */
  getCellProperties(options: { format: { font: { bold: true }; indentLevel: true } }): { value: CellPropertiesSlice[][] };
  /** The merged areas whose top-left cell is in the range (ExcelApi 1.13); a null object when there are none. */
  getMergedAreasOrNullObject(): MergedAreasSlice;
}

export interface CellPropertiesSlice {
  format?: { font?: { bold?: boolean }; indentLevel?: number };
}

/** The RangeAreas of Range.getMergedAreasOrNullObject, as far as the import reads them. */
export interface MergedAreasSlice extends LoadableSlice {
  /** "Sheet1!A1:B4, Sheet1!D1:D4". */
  address: string;
  isNullObject: boolean;
}

export interface ChartSlice {
  delete(): void;
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

/**
 * One or more areas of a sheet (ExcelApi 1.9): a multi-area selection, or
 * Worksheet.getRanges. Setting its format, data validation or a conditional
 * format sets it on every area in one call; it has no values, formulas,
 * number formats, outline or merge (those stay per Range).
 */
export interface RangeAreasSlice extends LoadableSlice {
  areas: LoadableSlice & { items: RangeSlice[] };
  readonly worksheet: WorksheetSlice;
  format: RangeFormatSlice;
  dataValidation: DataValidationSlice;
  conditionalFormats: { add(type: "Custom"): ConditionalFormatSlice };
}

export interface WorksheetSlice extends LoadableSlice {
  /** Stable for the life of the sheet, whatever its name. */
  readonly id: string;
  name: string;
  position: number;
  isNullObject: boolean;
  tabColor: string;
  delete(): void;
  /** A copy of the whole sheet, placed at the end (ExcelApi 1.10). */
  copy(positionType?: "None" | "Before" | "After" | "Beginning" | "End"): WorksheetSlice;
  activate(): void;
  getRange(address?: string): RangeSlice;
  /** Several areas, "D4:J10, D12:J14" (ExcelApi 1.9); the address may hold at most RANGES_ADDRESS_LIMIT characters. */
  getRanges(address?: string): RangeAreasSlice;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeSlice;
  customProperties: { add(key: string, value: string): unknown; getItemOrNullObject(key: string): CustomPropertySlice };
  freezePanes: { freezeAt(frozenRange: string): void; freezeRows(count?: number): void; freezeColumns(count?: number): void; unfreeze(): void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintTitleRows(printTitleRows: string): void;
    setPrintTitleColumns(printTitleColumns: string): void;
  };
  protection: LoadableSlice & {
    readonly protected: boolean;
    protect(options?: ProtectionOptionsSlice): void;
    unprotect(): void;
  };
  charts: LoadableSlice & { items: ChartSlice[]; add(type: "BarClustered", sourceData: RangeSlice, seriesBy?: "Columns"): ChartSlice };
  onChanged: { add(handler: (args: WorksheetChangedArgsSlice) => Promise<unknown>): EventHandlerResultSlice };
}

export interface ProtectionOptionsSlice {
  allowFormatCells?: boolean;
  allowFormatColumns?: boolean;
  allowFormatRows?: boolean;
  allowAutoFilter?: boolean;
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
    application: { suspendApiCalculationUntilNextSync(): void; calculate(calculationType: "Recalculate"): void };
    /** Whether the workbook's structure (adding, deleting, renaming sheets) is protected (ExcelApi 1.7). */
    protection: LoadableSlice & { readonly protected: boolean };
    /** The user's selection on the active sheet, when it is one area; Excel throws on a multi-area selection. */
    getSelectedRange(): RangeSlice;
    /** The user's selection, one or more areas (ExcelApi 1.9). */
    getSelectedRanges(): RangeAreasSlice;
  };
  runtime: { enableEvents: boolean };
  sync(): Promise<unknown>;
}

/** Runs one batch: Excel's `run` in the add-in (officeRunner), the fake in tests. */
export type ExcelRunner = <T>(batch: (context: ExcelContextSlice) => Promise<T>) => Promise<T>;
