/**
 * WorkbookPort over an ExcelJS workbook: the .xlsx files of the command line.
 *
 * Reading gives each cell's cached value and its formula, as Excel left them
 * (PAR.* formulas of the add-in included). Writing lays out the sheet plans
 * with formulas and their cached results, number formats, data validation,
 * conditional formats, frozen panes, widths, outlines and print setup. The
 * stored state and the owned-sheet marks travel in the same parts the add-in
 * uses (see xlsx-office-parts.ts); the plans' bar charts are added to the
 * package as DrawingML (xlsx-charts.ts), which ExcelJS cannot write. What
 * else of a file that is read ExcelJS does not carry over (the user's charts,
 * shapes, pivot tables, macros…) is listed by `droppedContent()`, so that a
 * command can say so before it writes (xlsx-dropped-content.ts).
 */
import ExcelJS from "exceljs";
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
import type { ChartPlan, PlanCell, SheetPlan } from "../../sheet/plan";
import JSZip from "jszip";
import { addOfficeParts, readOfficeParts } from "./xlsx-office-parts";
import { addCharts } from "./xlsx-charts";
import { DroppedContent, findDroppedContent } from "./xlsx-dropped-content";
import { parseRange } from "../../sheet/a1";
import { argb, styleCell } from "./xlsx-styles";
import { normalisePackage, openPackage, UnreadableWorkbook } from "./xlsx-open";
import { addValidations, takeValidations, validationsXml } from "./xlsx-validations";
import { xlsxLooks } from "./xlsx-looks";

function isFormulaValue(value: ExcelJS.CellValue): value is ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value);
}

/** A cell's value as the port reports it: the cached result for a formula, text for rich text and errors. */
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

/** The worksheet's position property, which ExcelJS's types leave out. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };
function writeCell(cell: ExcelJS.Cell, plan: PlanCell): void {
  if (plan.formula !== undefined) {
    const result = plan.value === null || plan.value === undefined ? undefined : plan.value;
    cell.value = { formula: plan.formula.replace(/^=/, ""), result } as ExcelJS.CellFormulaValue;
  } else if (plan.value !== undefined && plan.value !== null) {
    // ExcelJS stores a string as a string whatever it starts with, so text stays text.
    cell.value = plan.text ? String(plan.value) : plan.value;
  }
  styleCell(cell, plan);
}

async function writePlan(sheet: ExcelJS.Worksheet, plan: SheetPlan): Promise<void> {
  plan.cells.forEach((row, r) => {
    row?.forEach((cell, c) => {
      if (cell) writeCell(sheet.getCell(r + 1, c + 1), cell);
    });
  });
  plan.columnWidths.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  plan.rowHeights?.forEach((height, r) => {
    if (height !== null && height !== undefined) sheet.getRow(r + 1).height = height;
  });
  if (plan.frozen.rows > 0 || plan.frozen.columns > 0) {
    sheet.views = [{ state: "frozen", xSplit: plan.frozen.columns, ySplit: plan.frozen.rows }];
  }
  const levels = new Map<number, number>();
  for (const group of plan.outline) {
    for (let r = group.firstRow; r <= group.lastRow; r++) levels.set(r, (levels.get(r) ?? 0) + 1);
  }
  for (const [r, level] of levels) sheet.getRow(r + 1).outlineLevel = Math.min(level, 7);
  if (levels.size > 0) sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: false };
  plan.conditionalFormats.forEach((rule, index) => {
    sheet.addConditionalFormatting({
      ref: rule.range,
      rules: [
        {
          type: "expression",
          priority: index + 1,
          formulae: [rule.formula.replace(/^=/, "")],
          style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } }, font: { color: { argb: argb(rule.fontColor) } } },
        },
      ],
    });
  });
  for (const range of plan.merges) sheet.mergeCells(range);
  sheet.pageSetup.orientation = plan.print.orientation;
  sheet.pageSetup.paperSize = 9; // A4
  if (plan.print.fitToWidth) Object.assign(sheet.pageSetup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  else if (plan.print.scale) sheet.pageSetup.scale = plan.print.scale;
  if (plan.print.titleRows) sheet.pageSetup.printTitlesRow = plan.print.titleRows.replace(/\$/g, "");
  if (plan.print.titleColumns) sheet.pageSetup.printTitlesColumn = plan.print.titleColumns.replace(/\$/g, "");
  if (plan.tabColor) sheet.properties.tabColor = { argb: argb(plan.tabColor) };
  if (plan.protect) {
    await sheet.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatCells: true,
      formatColumns: true,
      formatRows: true,
    });
  }
}

/** A cell's value and formula; a cell covered by a merge (not its top-left cell) is blank, as Excel shows it. */
function readCell(cell: ExcelJS.Cell | undefined): [CellValue, string | null] {
  if (!cell || cell.type === ExcelJS.ValueType.Merge) return [null, null];
  return [portValue(cell.value), isFormulaValue(cell.value) ? `=${cell.formula}` : null];
}

interface ReadCells {
  values: CellValue[][];
  formulas: (string | null)[][];
}

function readBlock(sheet: ExcelJS.Worksheet, block: { row: number; column: number; rows: number; columns: number }): ReadCells {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = block.row; r < block.row + block.rows; r++) {
    // findRow and findCell do not create anything, so reading leaves the workbook as it was.
    const row = sheet.findRow(r + 1);
    const valueRow: CellValue[] = [];
    const formulaRow: (string | null)[] = [];
    for (let c = block.column; c < block.column + block.columns; c++) {
      const [value, formula] = readCell(row?.findCell(c + 1));
      valueRow.push(value);
      formulaRow.push(formula);
    }
    values.push(valueRow);
    formulas.push(formulaRow);
  }
  return { values, formulas };
}

/** A used range up to this many cells is returned as a rectangle, as Office.js returns it. */
const RECTANGLE_LIMIT = 4_000_000;

/**
 * Every cell that holds something, from A1: row r, column c at values[r][c],
 * as a rectangle up to the last filled row and column. Notes and formats do
 * not count; when a stray value lies so far out (XFD1048576) that the
 * rectangle would pass RECTANGLE_LIMIT cells, rows stop at their last filled
 * cell instead (a missing cell is blank) and cost what they hold, not the
 * 17 billion cells of the rectangle.
 */
function readUsedCells(sheet: ExcelJS.Worksheet): ReadCells {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  sheet.eachRow((row, rowNumber) => {
    while (values.length < rowNumber) {
      values.push([]);
      formulas.push([]);
    }
    const valueRow = values[rowNumber - 1];
    const formulaRow = formulas[rowNumber - 1];
    row.eachCell((cell, columnNumber) => {
      const [value, formula] = readCell(cell);
      if (value === null && formula === null) return;
      while (valueRow.length < columnNumber - 1) {
        valueRow.push(null);
        formulaRow.push(null);
      }
      valueRow[columnNumber - 1] = value;
      formulaRow[columnNumber - 1] = formula;
    });
  });
  while (values.length > 0 && values[values.length - 1].length === 0) {
    values.pop();
    formulas.pop();
  }
  const width = values.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (values.length * width <= RECTANGLE_LIMIT) {
    values.forEach((row, r) => {
      while (row.length < width) {
        row.push(null);
        formulas[r].push(null);
      }
    });
  }
  return { values, formulas };
}

/** The table model ExcelJS keeps, which its types leave out: a table written without a style has none. */
type TableModel = { table?: { style?: object | null } };

/** A table without `tableStyleInfo` (other tools write it so) keeps no style; ExcelJS would fail writing it back. */
function keepUnstyledTables(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    for (const table of Object.values((sheet as unknown as { tables: Record<string, TableModel> }).tables ?? {})) {
      if (table.table && !table.table.style) {
        table.table.style = { theme: null, showFirstColumn: false, showLastColumn: false, showRowStripes: false, showColumnStripes: false };
      }
    }
  }
}

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    private state: StoredWorkbookState | null,
    private readonly marks: Map<string, OwnedSheetKind>,
    private readonly charts = new Map<string, readonly ChartPlan[]>(),
    private dropped: readonly DroppedContent[] = [],
    /** Each sheet's `<dataValidations>` XML, kept out of ExcelJS (see xlsx-validations.ts). */
    private readonly validations = new Map<string, string>(),
  ) {}

  /** An empty workbook. */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook(), null, new Map());
  }

  /** Reads an .xlsx file's bytes; throws UnreadableWorkbook when they are not an .xlsx workbook ExcelJS can read. */
  static async fromBuffer(original: Uint8Array): Promise<XlsxWorkbook> {
    const zip = await openPackage(original);
    const normalised = await normalisePackage(zip);
    const validations = await takeValidations(zip);
    const file = normalised || validations.size > 0 ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : original;
    const workbook = new ExcelJS.Workbook();
    try {
      // ExcelJS's load() is typed for Node's Buffer; a Uint8Array view of the same bytes is what it reads.
      await workbook.xlsx.load(Buffer.from(file.buffer, file.byteOffset, file.byteLength) as unknown as ExcelJS.Buffer);
    } catch (error) {
      throw new UnreadableWorkbook("damaged", (error as Error).message);
    }
    keepUnstyledTables(workbook);
    const { state, marks } = await readOfficeParts(zip);
    return new XlsxWorkbook(workbook, state, marks, new Map(), await findDroppedContent(zip), validations);
  }

  /**
   * What the file read held that the file written will not: content ExcelJS
   * does not carry over, on every sheet but those replaced or removed since.
   */
  droppedContent(): readonly DroppedContent[] {
    return this.dropped;
  }

  /** The workbook as .xlsx bytes, with its state and sheet marks. */
  async toBuffer(): Promise<Uint8Array> {
    // One pass over the package ExcelJS wrote: charts and office parts added, zipped once.
    const zip = await JSZip.loadAsync(new Uint8Array(await this.workbook.xlsx.writeBuffer()));
    await addValidations(zip, this.validations);
    await addCharts(zip, this.charts);
    await addOfficeParts(zip, { state: this.state, marks: this.marks });
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  async read(request: ReadRequest): Promise<WorkbookSnapshot> {
    const sheets = this.workbook.worksheets.map((sheet, position) => ({ name: sheet.name, position, owned: this.marks.get(sheet.name) ?? null }));
    const ranges = request.ranges.map((range): RangeData => {
      const sheet = this.workbook.getWorksheet(range.sheet);
      if (!sheet) return { sheet: range.sheet, found: false, row: 0, column: 0, values: [], ...(range.formulas ? { formulas: [] } : {}) };
      const block = range.address ? parseRange(range.address) : null;
      if (range.address && !block) throw new Error(`Not an A1 range: ${range.address}`);
      const { values, formulas } = block ? readBlock(sheet, block) : readUsedCells(sheet);
      const read = block ?? { row: 0, column: 0, rows: values.length, columns: values.reduce((widest, row) => Math.max(widest, row.length), 0) };
      const looks = range.looks ? { looks: xlsxLooks(sheet, read) } : {};
      return { sheet: range.sheet, found: true, row: block?.row ?? 0, column: block?.column ?? 0, values, ...(range.formulas ? { formulas } : {}), ...looks };
    });
    return { sheets, state: this.state, ranges };
  }

  async apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void> {
    const replaced = [...change.sheets.map((plan) => plan.name), ...(change.remove ?? [])];
    for (const name of replaced) {
      if (this.workbook.getWorksheet(name) && !this.marks.has(name)) {
        throw new Error(`Sheet "${name}" was not made by PAR Index; it is not replaced`);
      }
    }
    const written: ExcelJS.Worksheet[] = [];
    try {
      for (const [index, plan] of change.sheets.entries()) {
        onProgress?.(index, change.sheets.length, plan.name);
        const sheet = this.workbook.addWorksheet(`par-index-new-${index + 1}`);
        written.push(sheet);
        await writePlan(sheet, plan);
      }
    } catch (error) {
      for (const sheet of written) this.workbook.removeWorksheet(sheet.id);
      throw error;
    }
    for (const name of replaced) {
      const old = this.workbook.getWorksheet(name) as OrderedWorksheet | undefined;
      if (!old) continue;
      const successor = change.sheets.findIndex((plan) => plan.name === name);
      if (successor >= 0) (written[successor] as OrderedWorksheet).orderNo = old.orderNo;
      this.workbook.removeWorksheet(old.id);
      this.marks.delete(name);
      this.charts.delete(name);
      this.validations.delete(name);
      this.dropped = this.dropped.filter((content) => content.sheet !== name);
    }
    change.sheets.forEach((plan, index) => {
      written[index].name = plan.name;
      this.marks.set(plan.name, plan.kind);
      this.charts.set(plan.name, plan.charts);
      this.validations.set(plan.name, validationsXml(plan.validations));
    });
    if (change.state) this.state = change.state;
    if (change.activate) {
      const activeTab = this.workbook.worksheets.findIndex((sheet) => sheet.name === change.activate);
      if (activeTab >= 0) this.workbook.views = [{ activeTab, firstSheet: 0, visibility: "visible", x: 0, y: 0, width: 20000, height: 12000 }];
    }
    onProgress?.(change.sheets.length, change.sheets.length, "");
  }

  /** The merged ranges of a sheet ("D5:E6"), none when there is no such sheet. */
  mergedRanges(sheet: string): string[] {
    // ExcelJS keeps a sheet's merges by their top-left cell; its types leave the map out.
    const merges = (this.workbook.getWorksheet(sheet) as unknown as { _merges?: Record<string, { tl: string; br: string }> } | undefined)?._merges ?? {};
    return Object.values(merges).map((range) => `${range.tl}:${range.br}`);
  }

  /** A file has no one typing in it: there are never changes to report. */
  async onCellsChanged(): Promise<Unsubscribe> {
    return async () => undefined;
  }
}
