/**
 * The two things the add-in keeps in a workbook that ExcelJS neither reads
 * nor writes, handled on the zipped file itself (JSZip, which ExcelJS uses):
 * - the stored state: a custom XML part in the namespace `urn:par-index:state:v1`
 *   whose text is the state as JSON (Office.js `customXmlParts`);
 * - the owned-sheet marks: the worksheet custom property `ParIndexSheet`
 *   (`xl/customPropertyN.bin`, UTF-16LE text, linked from the sheet).
 * The formats are office-state.ts's, so a file the CLI writes is known to the
 * add-in, and the reverse.
 */
import JSZip from "jszip";
import type { OwnedSheetKind, StoredWorkbookState } from "../port";
import { ownedKind, SHEET_MARK_PROPERTY, STATE_NAMESPACE, stateFromXml, stateToXml } from "../stored-state";
import { OWNED_SHEET_KINDS, SHEET_NAMES } from "../../sheet/names";
import {
  addContentTypes,
  addRelationship,
  attributes,
  insertIntoWorksheet,
  relationshipsOf,
  RELATIONSHIP,
  sheetParts,
  worksheetElementsAfter,
} from "./xlsx-package";

const CUSTOM_XML_REL = `${RELATIONSHIP}/customXml`;
const CUSTOM_XML_PROPS_REL = `${RELATIONSHIP}/customXmlProps`;
const CUSTOM_PROPERTY_REL = `${RELATIONSHIP}/customProperty`;
const CUSTOM_PROPERTY_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.customProperty";
const CUSTOM_XML_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";

function decodeUtf16(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
  return text.replace(/^\uFEFF/, "").replace(/\0+$/, "");
}

function encodeUtf16(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
}

export interface OfficeParts {
  state: StoredWorkbookState | null;
  marks: Map<string, OwnedSheetKind>;
}

/** The state and marks of a package (its bytes, or the package already open). */
export async function readOfficeParts(file: Uint8Array | JSZip): Promise<OfficeParts> {
  const zip = file instanceof Uint8Array ? await JSZip.loadAsync(file) : file;
  let state: StoredWorkbookState | null = null;
  for (const path of Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p))) {
    state ??= stateFromXml((await zip.file(path)?.async("string")) ?? "");
  }
  const marks = new Map<string, OwnedSheetKind>();
  for (const [name, part] of await sheetParts(zip)) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const property = [...xml.matchAll(/<customPr\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.name === SHEET_MARK_PROPERTY);
    if (!property) continue;
    const target = (await relationshipsOf(zip, part)).get(property["r:id"] ?? "")?.target;
    const bytes = target ? await zip.file(target)?.async("uint8array") : undefined;
    const kind = ownedKind(bytes ? decodeUtf16(bytes) : null);
    if (kind) marks.set(name, kind);
  }
  if (state && marks.size === 0) return { state, marks: marksByName([...(await sheetParts(zip)).keys()]) };
  return { state, marks };
}

/**
 * The marks of a workbook that keeps its state but lost every sheet mark:
 * LibreOffice keeps custom XML parts and drops worksheet custom properties.
 * Its sheets are known by their names, as the add-in names them; whether
 * they still hold what they should is checked when they are read.
 */
export function marksByName(sheets: readonly string[]): Map<string, OwnedSheetKind> {
  const kindOf = new Map(OWNED_SHEET_KINDS.map((kind) => [SHEET_NAMES[kind], kind] as const));
  const marks = new Map<string, OwnedSheetKind>();
  for (const name of sheets) {
    const kind = kindOf.get(name);
    if (kind) marks.set(name, kind);
  }
  return marks;
}

/** Adds the state part and the sheet marks to a file ExcelJS wrote (which has neither). */
export async function writeOfficeParts(file: Uint8Array, parts: OfficeParts): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  await addOfficeParts(zip, parts);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** writeOfficeParts on a package already open (the writer adds charts and office parts in one pass). */
export async function addOfficeParts(zip: JSZip, parts: OfficeParts): Promise<void> {
  const overrides: Array<[string, string]> = [];
  if (parts.state) {
    zip.file("customXml/item1.xml", stateToXml(parts.state));
    zip.file(
      "customXml/itemProps1.xml",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{6F1D2C3A-5B4E-4C8D-9A7F-0E1B2C3D4E5F}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
    );
    await addRelationship(zip, "customXml/item1.xml", "rId1", CUSTOM_XML_PROPS_REL, "itemProps1.xml");
    await addRelationship(zip, "xl/workbook.xml", "rIdParIndexState", CUSTOM_XML_REL, "../customXml/item1.xml");
    overrides.push(["/customXml/itemProps1.xml", CUSTOM_XML_PROPS_TYPE]);
  }
  let count = 0;
  for (const [name, part] of await sheetParts(zip)) {
    const kind = parts.marks.get(name);
    if (!kind) continue;
    count++;
    const binary = `xl/customProperty${count}.bin`;
    zip.file(binary, encodeUtf16(kind));
    overrides.push([`/${binary}`, CUSTOM_PROPERTY_TYPE]);
    await addRelationship(zip, part, "rIdParIndexSheet", CUSTOM_PROPERTY_REL, `../customProperty${count}.bin`);
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const element = `<customProperties><customPr name="${SHEET_MARK_PROPERTY}" r:id="rIdParIndexSheet"/></customProperties>`;
    zip.file(part, insertIntoWorksheet(xml, element, worksheetElementsAfter("customProperties")));
  }
  await addContentTypes(zip, overrides);
}
