/**
 * A sheet plan as worksheet XML (ECMA-376 §18.3.1.99, elements in
 * CT_Worksheet order): cells with formulas and their cached results, text as
 * inline strings, formats from the package's StyleBook, widths, heights,
 * outline, frozen panes, merges, conditional formats, validations, print
 * setup, tab colour and protection, and the elements naming the sheet's
 * mark and its drawing, whose parts are added beside it (xlsx-office-parts.ts,
 * xlsx-charts.ts); print titles are workbook-level names (xlsx-workbook-xml.ts).
 */
import type { PlanCell, SheetPlan } from "../../sheet/plan";
import { cellAddress, columnLetter } from "../../sheet/a1";
import { escapeXml } from "../xml-text";
import type { StyleBook } from "./xlsx-style-book";
import { argb } from "./xlsx-style-book";
import { validationsXml } from "./xlsx-validations";
import { MARK_RELATIONSHIP_ID, markProperty } from "./xlsx-office-parts";
import { DRAWING_RELATIONSHIP_ID } from "./xlsx-charts";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Text in a `<t>`; spaces at either end kept. Characters XML cannot hold are left out. */
function textElement(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML 1.0 forbids
  const clean = escapeXml(text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ""));
  return /^\s|\s$/.test(text) ? `<t xml:space="preserve">${clean}</t>` : `<t>${clean}</t>`;
}

function cellXml(row: number, column: number, cell: PlanCell, styles: StyleBook): string {
  const s = styles.xf(cell);
  const head = `<c r="${cellAddress(row, column)}"${s !== 0 ? ` s="${s}"` : ""}`;
  const value = cell.value;
  if (cell.formula !== undefined) {
    const formula = `<f>${escapeXml(cell.formula.replace(/^=/, ""))}</f>`;
    if (value === null || value === undefined) return `${head}>${formula}</c>`;
    if (typeof value === "number") return `${head}>${formula}<v>${value}</v></c>`;
    if (typeof value === "boolean") return `${head} t="b">${formula}<v>${value ? 1 : 0}</v></c>`;
    return `${head} t="str">${formula}<v>${escapeXml(value)}</v></c>`;
  }
  if (value === null || value === undefined) return `${head}/>`;
  if (typeof value === "number" && !cell.text) return `${head}><v>${value}</v></c>`;
  if (typeof value === "boolean" && !cell.text) return `${head} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `${head} t="inlineStr"><is>${textElement(String(value))}</is></c>`;
}

/** Each row's outline level (1–7) from the plan's groups. */
function outlineLevels(plan: SheetPlan): Map<number, number> {
  const levels = new Map<number, number>();
  for (const group of plan.outline) {
    for (let r = group.firstRow; r <= group.lastRow; r++) levels.set(r, Math.min((levels.get(r) ?? 0) + 1, 7));
  }
  return levels;
}

/**
 * Text gathered as UTF-8 bytes, a block at a time: a 5,000-row sheet's XML is
 * held as its bytes (Vietnamese text would make it a string of two bytes a
 * character, twice over while joined). Without TextEncoder (jsdom), as text.
 */
class Utf8Blocks {
  private readonly blocks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly encoder = typeof TextEncoder === "undefined" ? null : new TextEncoder();

  push(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.encoder && this.pendingLength >= 1 << 16) this.flush();
  }

  private flush(): void {
    if (!this.encoder || this.pending.length === 0) return;
    this.blocks.push(this.encoder.encode(this.pending.join("")));
    this.pending = [];
    this.pendingLength = 0;
  }

  result(): Uint8Array | string {
    if (!this.encoder) return this.pending.join("");
    this.flush();
    const bytes = new Uint8Array(this.blocks.reduce((sum, block) => sum + block.length, 0));
    let at = 0;
    for (const block of this.blocks) {
      bytes.set(block, at);
      at += block.length;
    }
    return bytes;
  }
}

function writeSheetData(out: Utf8Blocks, plan: SheetPlan, styles: StyleBook, levels: Map<number, number>): void {
  const rowCount = Math.max(plan.cells.length, plan.rowHeights?.length ?? 0, ...[...levels.keys()].map((r) => r + 1));
  out.push("<sheetData>");
  for (let r = 0; r < rowCount; r++) {
    const row = plan.cells[r] ?? [];
    const height = plan.rowHeights?.[r];
    const level = levels.get(r);
    if (!row.some((cell) => cell) && (height === null || height === undefined) && !level) continue;
    out.push(
      `<row r="${r + 1}"${height !== null && height !== undefined ? ` ht="${height}" customHeight="1"` : ""}${level ? ` outlineLevel="${level}"` : ""}>`,
    );
    row.forEach((cell, c) => {
      if (cell) out.push(cellXml(r, c, cell, styles));
    });
    out.push("</row>");
  }
  out.push("</sheetData>");
}

function columnsXml(widths: readonly number[]): string {
  const columns: string[] = [];
  for (let c = 0; c < widths.length;) {
    let last = c;
    while (last + 1 < widths.length && widths[last + 1] === widths[c]) last++;
    if (widths[c] !== undefined && widths[c] !== null) columns.push(`<col min="${c + 1}" max="${last + 1}" width="${widths[c]}" customWidth="1"/>`);
    c = last + 1;
  }
  return columns.length > 0 ? `<cols>${columns.join("")}</cols>` : "";
}

function viewXml(plan: SheetPlan): string {
  const { rows, columns } = plan.frozen;
  const open = `<sheetView workbookViewId="0"`;
  if (rows === 0 && columns === 0) return `<sheetViews>${open}/></sheetViews>`;
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  const topLeft = `${columnLetter(columns)}${rows + 1}`;
  return `<sheetViews>${open}><pane${split} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function sheetPrXml(plan: SheetPlan, outlined: boolean): string {
  const parts = [
    plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : "",
    outlined ? `<outlinePr summaryBelow="0" summaryRight="0"/>` : "",
    plan.print.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : "",
  ].join("");
  return parts === "" ? "" : `<sheetPr>${parts}</sheetPr>`;
}

function conditionalFormatsXml(plan: SheetPlan, styles: StyleBook): string {
  return plan.conditionalFormats
    .map(
      (rule, index) =>
        `<conditionalFormatting sqref="${escapeXml(rule.range.replace(/\$/g, ""))}"><cfRule type="expression" dxfId="${styles.dxf(rule)}" priority="${index + 1}">` +
        `<formula>${escapeXml(rule.formula.replace(/^=/, ""))}</formula></cfRule></conditionalFormatting>`,
    )
    .join("");
}

function pageSetupXml(plan: SheetPlan): string {
  const fit = plan.print.fitToWidth ? ` fitToWidth="1" fitToHeight="0"` : "";
  const scale = !plan.print.fitToWidth && plan.print.scale ? ` scale="${plan.print.scale}"` : "";
  return (
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9"${scale}${fit} orientation="${plan.print.orientation}"/>`
  );
}

/** The worksheet XML of a plan, as UTF-8 bytes (the sheet shown on opening is the workbook's active tab, see xlsx-workbook-xml.ts). */
export function sheetXml(plan: SheetPlan, styles: StyleBook): Uint8Array | string {
  const levels = outlineLevels(plan);
  const maxLevel = Math.max(0, ...levels.values());
  const protection = plan.protect ? `<sheetProtection sheet="1" objects="1" scenarios="1" formatCells="0" formatColumns="0" formatRows="0"/>` : "";
  const merges =
    plan.merges.length > 0 ? `<mergeCells count="${plan.merges.length}">${plan.merges.map((ref) => `<mergeCell ref="${ref}"/>`).join("")}</mergeCells>` : "";
  const out = new Utf8Blocks();
  out.push(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
      sheetPrXml(plan, levels.size > 0) +
      viewXml(plan) +
      `<sheetFormatPr defaultRowHeight="15"${maxLevel > 0 ? ` outlineLevelRow="${maxLevel}"` : ""}/>` +
      columnsXml(plan.columnWidths),
  );
  writeSheetData(out, plan, styles, levels);
  out.push(
    protection +
      merges +
      conditionalFormatsXml(plan, styles) +
      validationsXml(plan.validations) +
      pageSetupXml(plan) +
      `<customProperties>${markProperty(MARK_RELATIONSHIP_ID)}</customProperties>` +
      (plan.charts.length > 0 ? `<drawing r:id="${DRAWING_RELATIONSHIP_ID}"/>` : "") +
      `</worksheet>`,
  );
  return out.result();
}
