/**
 * WorkbookPort over an .xlsx package: the files of the command line.
 *
 * The package is kept as it was read (a zip, its parts still compressed) and
 * changed part by part. Reading parses the cells of the sheets asked for
 * (xlsx-sheet-values.ts): each cell's cached value and its formula, as Excel
 * left them. Writing a plan adds a worksheet part of its own
 * (xlsx-sheet-xml.ts) with its formats merged into the package's styles
 * (xlsx-style-book.ts), its charts as DrawingML (xlsx-charts.ts), its print
 * titles, and its sheet mark (xlsx-office-parts.ts); a replaced owned sheet
 * is removed with the parts only it used (xlsx-workbook-xml.ts). Every other
 * part (the user's sheets, charts, pivot tables, comment threads, pictures,
 * macros…) is written back byte for byte, so nothing of the file is lost.
 * Only how cells look (bold, indent), for reading a pasted table, is read
 * through ExcelJS, whose module is loaded when first asked.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import type {
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
} from "../port";
import type { SheetPlan } from "../../sheet/plan";
import { addMarkPart, addOfficeParts, MARK_RELATIONSHIP_ID, readOfficeParts } from "./xlsx-office-parts";
import { addChartParts } from "./xlsx-charts";
import { parseRange, sheetReference, type Block } from "../../sheet/a1";
import { normalisePackage, openPackage, UnreadableWorkbook } from "./xlsx-open";
import { takeValidations } from "./xlsx-validations";
import { xlsxLooks } from "./xlsx-looks";
import { blankMergedAway, parseSheetCells, sharedStrings, type SheetCells } from "./xlsx-sheet-values";
import { StyleBook, EMPTY_STYLES, STYLES_PART } from "./xlsx-style-book";
import { sheetXml } from "./xlsx-sheet-xml";
import { addSheet, removeSheet, setActiveTab, setPrintTitles, worksheetParts } from "./xlsx-workbook-xml";
import { partText, RELATIONSHIP } from "./xlsx-package";

function isFormulaValue(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/** An ExcelJS cell value as the port reports it: the cached result for a formula, text for rich text and errors. */
export function portValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return value.toISOString();
  if (isFormulaValue(value)) {
    const result = value.result;
    return result === undefined ? null : portValue(result as ExcelJS.CellValue);
  }
  if ("error" in value) return value.error;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("text" in value) return typeof value.text === "string" ? value.text : portValue(value.text);
  return null;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

/** The parts of a workbook without sheets, which `apply` fills. */
function emptyPackage(): JSZip {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/${STYLES_PART}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN}" xmlns:r="${RELATIONSHIP}"><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="20000" windowHeight="12000"/></bookViews>` +
      `<sheets></sheets><calcPr calcId="171027"/></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${RELATIONSHIP}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(STYLES_PART, EMPTY_STYLES);
  return zip;
}

/** A used range up to this many cells is returned as a rectangle, as Office.js returns it. */
const RECTANGLE_LIMIT = 4_000_000;

interface ReadCells {
  values: CellValue[][];
  formulas: (string | null)[][];
}

function readBlock(cells: SheetCells, block: Block): ReadCells {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = block.row; r < block.row + block.rows; r++) {
    const valueRow = cells.values[r];
    const formulaRow = cells.formulas[r];
    const valueOut: CellValue[] = [];
    const formulaOut: (string | null)[] = [];
    for (let c = block.column; c < block.column + block.columns; c++) {
      valueOut.push(valueRow?.[c] ?? null);
      formulaOut.push(formulaRow?.[c] ?? null);
    }
    values.push(valueOut);
    formulas.push(formulaOut);
  }
  return { values, formulas };
}

/**
 * Every cell that holds something, from A1: row r, column c at values[r][c],
 * as a rectangle up to the last filled row and column. Notes and formats do
 * not count; when a stray value lies so far out (XFD1048576) that the
 * rectangle would pass RECTANGLE_LIMIT cells, rows stop at their last filled
 * cell instead (a missing cell is blank) and cost what they hold, not the
 * 17 billion cells of the rectangle.
 */
function readUsedCells(cells: SheetCells): ReadCells {
  const rows = cells.values.length;
  let width = 0;
  for (const row of cells.values) width = Math.max(width, row?.length ?? 0);
  const rectangle = rows * width <= RECTANGLE_LIMIT;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const length = rectangle ? width : (cells.values[r]?.length ?? 0);
    const valueRow = cells.values[r];
    const formulaRow = cells.formulas[r];
    values.push(Array.from({ length }, (_, c) => valueRow?.[c] ?? null));
    formulas.push(Array.from({ length }, (_, c) => formulaRow?.[c] ?? null));
  }
  return { values, formulas };
}

/** The references of a plan's print titles on its sheet ("'PL1'!$A:$C,'PL1'!$1:$4"), or null. */
function printTitles(plan: SheetPlan): string | null {
  const references = [plan.print.titleColumns, plan.print.titleRows].filter((range): range is string => !!range);
  return references.length > 0 ? references.map((range) => sheetReference(plan.name, range)).join(",") : null;
}

export class XlsxWorkbook implements WorkbookPort {
  private lastParsed: { part: string; withFormulas: boolean; cells: SheetCells } | null = null;
  /** Each sheet part's merged areas, from the last time it was read. */
  private readonly merges = new Map<string, string[]>();
  private strings: Promise<string[]> | null = null;
  /** The workbook as ExcelJS reads it, only for cell looks; null until asked and after every change. */
  private excel: Promise<ExcelJS.Workbook> | null = null;

  private constructor(
    private readonly zip: JSZip,
    private state: StoredWorkbookState | null,
    private readonly marks: Map<string, OwnedSheetKind>,
  ) {}

  /** An empty workbook. */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(emptyPackage(), null, new Map());
  }

  /** Reads an .xlsx file's bytes; throws UnreadableWorkbook when they are not an .xlsx workbook. */
  static async fromBuffer(original: Uint8Array): Promise<XlsxWorkbook> {
    const zip = await openPackage(original);
    for (const part of (await worksheetParts(zip)).values()) {
      if (!zip.file(part)) throw new UnreadableWorkbook("damaged", `${part} is missing`);
    }
    const { state, marks } = await readOfficeParts(zip);
    return new XlsxWorkbook(zip, state, marks);
  }

  /** The workbook as .xlsx bytes, with its state and sheet marks. */
  async toBuffer(): Promise<Uint8Array> {
    await addOfficeParts(this.zip, { state: this.state, marks: this.marks });
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  /**
   * A sheet part's cells. Only the last sheet parsed is kept (a review reads
   * `Chấm điểm` with its formulas, then the annexes read its values), and
   * nothing once the workbook changes: a 5,000-unit sheet's cells are not
   * held while the annexes are written. Its merged areas are kept.
   */
  private async sheetCells(part: string, withFormulas: boolean): Promise<SheetCells> {
    const last = this.lastParsed;
    if (last && last.part === part && (last.withFormulas || !withFormulas)) return last.cells;
    this.lastParsed = null;
    this.strings ??= sharedStrings(this.zip);
    const cells = parseSheetCells((await partText(this.zip, part)) ?? "", await this.strings, part, withFormulas);
    blankMergedAway(cells, parseRange);
    this.merges.set(part, cells.merges);
    this.lastParsed = { part, withFormulas, cells };
    return cells;
  }

  private async readRange(range: ReadRequest["ranges"][number], parts: Map<string, string>): Promise<RangeData> {
    const part = parts.get(range.sheet);
    if (!part) return { sheet: range.sheet, found: false, row: 0, column: 0, values: [], ...(range.formulas ? { formulas: [] } : {}) };
    const block = range.address ? parseRange(range.address) : null;
    if (range.address && !block) throw new Error(`Not an A1 range: ${range.address}`);
    const cells = await this.sheetCells(part, range.formulas === true);
    const { values, formulas } = block ? readBlock(cells, block) : readUsedCells(cells);
    const read = block ?? { row: 0, column: 0, rows: values.length, columns: values.reduce((widest, row) => Math.max(widest, row.length), 0) };
    const looks = range.looks ? { looks: xlsxLooks((await this.excelBook()).getWorksheet(range.sheet) as ExcelJS.Worksheet, read) } : {};
    return { sheet: range.sheet, found: true, row: block?.row ?? 0, column: block?.column ?? 0, values, ...(range.formulas ? { formulas } : {}), ...looks };
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const parts = await worksheetParts(this.zip);
    const sheets = [...parts.keys()].map((name, position) => ({ name, position, owned: this.marks.get(name) ?? null }));
    const ranges: RangeData[] = [];
    for (const range of request.ranges) ranges.push(await this.readRange(range, parts));
    return { sheets, state: this.state, ranges };
  }

  /** The package read by ExcelJS (after the rewrites it needs, xlsx-open.ts), for how cells look. */
  private excelBook(): Promise<ExcelJS.Workbook> {
    this.excel ??= (async () => {
      const copy = await JSZip.loadAsync(await this.zip.generateAsync({ type: "uint8array", compression: "STORE" }));
      await normalisePackage(copy);
      await takeValidations(copy);
      const bytes = await copy.generateAsync({ type: "uint8array", compression: "STORE" });
      // Loaded here only: writing files and reading their cells never needs ExcelJS (the task pane's chunk stays small).
      const { default: Excel } = await import("exceljs");
      const workbook = new Excel.Workbook();
      // ExcelJS's load() is typed for Node's Buffer; a Uint8Array view of the same bytes is what it reads.
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
      return workbook;
    })();
    return this.excel;
  }

  async apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void> {
    const parts = await worksheetParts(this.zip);
    for (const name of [...change.sheets.map((plan) => plan.name), ...(change.remove ?? [])]) {
      if (parts.has(name) && !this.marks.has(name)) throw new Error(`Sheet "${name}" was not made by PAR Index; it is not replaced`);
    }
    // Every plan is laid out before the package changes: a plan that fails leaves the workbook as it was.
    const styles = await StyleBook.open(this.zip);
    const written = change.sheets.map((plan, index) => {
      onProgress?.(index, change.sheets.length, plan.name);
      return sheetXml(plan, styles);
    });
    this.excel = null;
    this.lastParsed = null;
    for (const name of change.remove ?? []) await this.removeOwned(name, parts);
    for (const [index, plan] of change.sheets.entries()) {
      const position = await this.removeOwned(plan.name, parts);
      const added = await addSheet(this.zip, plan.name, written[index], position < 0 ? Number.MAX_SAFE_INTEGER : position);
      const titles = printTitles(plan);
      if (titles) await setPrintTitles(this.zip, added.position, titles);
      await addChartParts(this.zip, plan.name, added.part, plan.charts);
      await addMarkPart(this.zip, added.part, plan.kind, MARK_RELATIONSHIP_ID);
      this.marks.set(plan.name, plan.kind);
    }
    styles.save(this.zip);
    if (change.state) this.state = change.state;
    if (change.activate) await setActiveTab(this.zip, change.activate);
    onProgress?.(change.sheets.length, change.sheets.length, "");
  }

  private async removeOwned(name: string, parts: Map<string, string>): Promise<number> {
    const part = parts.get(name);
    if (part) this.merges.delete(part);
    this.marks.delete(name);
    return removeSheet(this.zip, name);
  }

  /** The merged ranges of a sheet ("D5:E6"), none when there is no such sheet. */
  async mergedRanges(sheet: string): Promise<string[]> {
    const part = (await worksheetParts(this.zip)).get(sheet);
    if (!part) return [];
    return [...(this.merges.get(part) ?? (await this.sheetCells(part, false)).merges)];
  }

  /** A file has no one typing in it: there are never changes to report. */
  async onCellsChanged(): Promise<Unsubscribe> {
    return async () => undefined;
  }
}
