/**
 * The values of one sheet read straight from the package, without ExcelJS:
 * the sheet's cells (`<c r="D12" t="s"><v>3</v></c>`) resolved against the
 * shared strings. Collecting 300 returned files reads one small sheet of
 * each; building a whole ExcelJS workbook for that was twenty times slower.
 * Values are what a formula cell last computed, as the port reports them.
 */
import type JSZip from "jszip";
import type { CellValue } from "../port";
import { unescapeXml } from "../xml-text";
import { openPackage, UnreadableWorkbook } from "./xlsx-open";
import { relationshipsOf, sheetParts } from "./xlsx-package";
import { columnIndex } from "../../sheet/a1";

const SHARED_STRINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings";

/** The text of every `<t>` of a string item, leaving out phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "");
  let text = "";
  for (const match of withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)) text += unescapeXml(match[1] ?? "");
  return text;
}

async function sharedStrings(zip: JSZip): Promise<string[]> {
  const target = [...(await relationshipsOf(zip, "xl/workbook.xml")).values()].find((rel) => rel.type === SHARED_STRINGS)?.target;
  const xml = target ? await zip.file(target)?.async("string") : undefined;
  if (!xml) return [];
  return [...xml.matchAll(/<si\b[^>]*>([\s\S]*?)<\/si>|<si\b[^>]*\/>/g)].map((match) => itemText(match[1] ?? ""));
}

function cellValue(type: string | undefined, body: string, strings: readonly string[]): CellValue {
  if (type === "inlineStr") return itemText(/<is\b[^>]*>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? "");
  const raw = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(raw)] ?? null;
    case "str":
    case "e":
      return unescapeXml(raw);
    case "b":
      return raw === "1";
    default: {
      const number = Number(raw);
      return Number.isFinite(number) ? number : unescapeXml(raw);
    }
  }
}

export interface SheetRead {
  found: boolean;
  /** From A1: row and column indexes are the sheet's; [] for a missing or empty sheet. */
  values: CellValue[][];
}

/**
 * The values of the sheet named `sheet`. Throws UnreadableWorkbook (from
 * openPackage) for bytes that are not an .xlsx workbook, and an Error for a
 * cell without its address (no known writer omits it).
 */
export async function readSheetValues(file: Uint8Array, sheet: string): Promise<SheetRead> {
  const zip = await openPackage(file);
  const part = (await sheetParts(zip)).get(sheet);
  const xml = part ? await zip.file(part)?.async("string") : undefined;
  if (xml === undefined) return { found: false, values: [] };
  const strings = await sharedStrings(zip);
  const values: CellValue[][] = [];
  for (const match of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const address = /\br="\$?([A-Za-z]{1,3})\$?(\d+)"/.exec(match[1]);
    if (!address) throw new UnreadableWorkbook("damaged", `a cell without its address in ${part}`);
    const value = cellValue(/\bt="(\w+)"/.exec(match[1])?.[1], match[2] ?? "", strings);
    if (value === null) continue;
    const row = (values[Number(address[2]) - 1] ??= []);
    row[columnIndex(address[1])] = value;
  }
  // Dense rows, so that every index up to the last cell reads null rather than undefined.
  for (let r = 0; r < values.length; r++) values[r] = Array.from(values[r] ?? [], (value) => value ?? null);
  return { found: true, values };
}
