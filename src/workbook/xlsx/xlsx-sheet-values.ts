/**
 * The cells of one sheet read straight from the package, without ExcelJS:
 * each cell (`<c r="D12" t="s"><v>3</v></c>`) resolved against the shared
 * strings, with its formula (shared formulas, Excel's fill-down, translated
 * for every cell) and the sheet's merged areas. Values are what a formula
 * cell last computed, as the port reports them; a date is the number Excel
 * stores. Reading a 5,000-unit `Chấm điểm` this way costs its cells, not the
 * object model ExcelJS builds of the whole workbook.
 */
import type JSZip from "jszip";
import type { CellValue } from "../port";
import { unescapeXml } from "../xml-text";
import { openPackage, UnreadableWorkbook } from "./xlsx-open";
import { partText, relationshipsOf, sheetParts } from "./xlsx-package";
import { columnIndex, columnLetter } from "../../sheet/a1";

const SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

/** The text of every `<t>` of a string item, leaving out phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) text += unescapeXml(match[1] ?? "");
  return text;
}

/** The workbook's shared strings, in order. */
export async function sharedStrings(zip: JSZip): Promise<string[]> {
  const target = [...(await relationshipsOf(zip, "xl/workbook.xml")).values()].find((rel) => rel.type === SHARED_STRINGS)?.target;
  const xml = target ? await partText(zip, target) : undefined;
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((match) => itemText(match[1] ?? ""));
}

/**
 * A string of its own, not a slice of the sheet's XML: a value kept must not
 * keep the whole XML (5,000 units: 36 MB as text) alive. Texts repeat (a
 * class, "KĐG"), so each is copied once.
 */
const copies = new Map<string, string>();
function ownCopy(text: string): string {
  let copy = copies.get(text);
  if (copy === undefined) {
    copy = JSON.parse(JSON.stringify(text)) as string;
    if (copies.size > 10_000) copies.clear();
    copies.set(copy, copy);
  }
  return copy;
}

function cellValue(type: string | undefined, body: string, strings: readonly string[]): CellValue {
  if (type === "inlineStr") return ownCopy(itemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? ""));
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? null;
    case "str":
    case "e":
    case "d":
      return ownCopy(unescapeXml(raw));
    case "b":
      return raw === "1";
    default: {
      const number = Number(raw);
      return Number.isFinite(number) ? number : unescapeXml(raw);
    }
  }
}

/** Relative references of a formula moved from one cell to another, as Excel fills a shared formula. */
export function slideFormula(formula: string, from: { row: number; column: number }, to: { row: number; column: number }): string {
  // String literals ("…") are left alone; a name followed by "(" is a function.
  return formula.replace(/("(?:[^"]|"")*")|(?<![\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(!])/g, (match, literal, colDollar, letters, rowDollar, digits) => {
    if (literal) return match;
    const column = columnIndex(letters) + (colDollar ? 0 : to.column - from.column);
    const row = Number(digits) - 1 + (rowDollar ? 0 : to.row - from.row);
    if (letters.length === 3 && letters.toUpperCase() > "XFD") return match;
    return `${colDollar}${columnLetter(column)}${rowDollar}${row + 1}`;
  });
}

export interface SheetCells {
  /** Sparse, from A1: values[r][c]; a row or cell not present is blank. */
  values: CellValue[][];
  /** Sparse like values: "=…" for a formula cell. */
  formulas: (string | undefined)[][];
  /** Merged areas, "D5:E6". */
  merges: string[];
}

interface SharedMaster {
  formula: string;
  at: { row: number; column: number };
}

/** The formula of a cell's `<f>`, shared formulas translated from their first cell. */
function formulaOf(body: string, at: { row: number; column: number }, masters: Map<string, SharedMaster>): string | undefined {
  const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
  if (!f) return undefined;
  const text = f[2] === undefined ? "" : unescapeXml(f[2]);
  const shared = /\bt="shared"/.test(f[1]) ? /\bsi="(\d+)"/.exec(f[1])?.[1] : undefined;
  // Joined, not concatenated: a new string, so that the formulas kept do not keep the sheet's whole XML alive.
  if (shared === undefined) return text === "" ? undefined : ["=", text].join("");
  if (text !== "") {
    masters.set(shared, { formula: text, at });
    return ["=", text].join("");
  }
  const master = masters.get(shared);
  return master ? `=${slideFormula(master.formula, master.at, at)}` : undefined;
}

/** Every cell of a worksheet's XML that holds a value (or a formula, when asked for them), and its merged areas. */
export function parseSheetCells(xml: string, strings: readonly string[], part = "the sheet", withFormulas = true): SheetCells {
  const values: CellValue[][] = [];
  const formulas: (string | undefined)[][] = [];
  const masters = new Map<string, SharedMaster>();
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const address = /\br="\$?([A-Za-z]{1,3})\$?(\d+)"/.exec(match[1]);
    if (!address) throw new UnreadableWorkbook("damaged", `a cell without its address in ${part}`);
    const body = match[2] ?? "";
    const at = { row: Number(address[2]) - 1, column: columnIndex(address[1]) };
    const formula = withFormulas && body.includes("<f") ? formulaOf(body, at, masters) : undefined;
    const value = cellValue(/\bt="(\w+)"/.exec(match[1])?.[1], body, strings);
    if (value === null && formula === undefined) continue;
    (values[at.row] ??= [])[at.column] = value;
    if (formula !== undefined) (formulas[at.row] ??= [])[at.column] = formula;
  }
  const merges = [...xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)].map((m) => ownCopy(m[1]));
  return { values, formulas, merges };
}

/** The top-left cell of a merged area is its own; every other cell of it reads blank, as Excel shows it. */
export function blankMergedAway(cells: SheetCells, block: (address: string) => { row: number; column: number; rows: number; columns: number } | null): void {
  for (const merge of cells.merges) {
    const area = block(merge);
    if (!area) continue;
    for (let r = area.row; r < area.row + area.rows; r++) {
      const row = cells.values[r];
      if (!row) continue;
      for (let c = area.column; c < area.column + area.columns; c++) {
        if (r === area.row && c === area.column) continue;
        delete row[c];
        if (cells.formulas[r]) delete cells.formulas[r][c];
      }
    }
  }
}

interface SheetRead {
  found: boolean;
  /** From A1: row and column indexes are the sheet's; [] for a missing or empty sheet. */
  values: CellValue[][];
}

/**
 * The values of the sheet named `sheet`. Throws UnreadableWorkbook (from
 * openPackage) for bytes that are not an .xlsx workbook, and for a cell
 * without its address (no known writer omits it).
 */
export async function readSheetValues(file: Uint8Array, sheet: string): Promise<SheetRead> {
  const zip = await openPackage(file);
  const part = (await sheetParts(zip)).get(sheet);
  const xml = part ? await partText(zip, part) : undefined;
  if (xml === undefined) return { found: false, values: [] };
  const { values } = parseSheetCells(xml, await sharedStrings(zip), part, false);
  // Dense rows, so that every index up to the last cell reads null rather than undefined.
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (value) => value ?? null);
  return { found: true, values };
}
