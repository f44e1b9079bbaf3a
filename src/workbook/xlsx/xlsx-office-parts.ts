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
  partText,
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

interface OfficeParts {
  state: StoredWorkbookState | null;
  marks: Map<string, OwnedSheetKind>;
}

/** The part holding the stored state, if any; and every sheet's mark. */
async function findStatePart(zip: JSZip): Promise<{ path: string; state: StoredWorkbookState } | null> {
  for (const path of Object.keys(zip.files).filter((p) => /^customXml\/item\d+\.xml$/.test(p))) {
    const state = stateFromXml((await zip.file(path)?.async("string")) ?? "");
    if (state) return { path, state };
  }
  return null;
}

/**
 * The kind a sheet part is marked with, null when it has no mark. The
 * sheet's XML (5,000 units: 18 MB) is read only when its relationships name
 * more than one custom property, to tell ours by its name.
 */
async function sheetMark(zip: JSZip, part: string): Promise<OwnedSheetKind | null> {
  const rels = await relationshipsOf(zip, part);
  const properties = [...rels].filter(([, { type }]) => type === CUSTOM_PROPERTY_REL);
  if (properties.length === 0) return null;
  let target = properties[0][1].target;
  if (properties.length > 1) {
    const xml = (await zip.file(part)?.async("string")) ?? "";
    const property = [...xml.matchAll(/<(?:\w+:)?customPr\b[^>]*>/g)].map((m) => attributes(m[0])).find((a) => a.name === SHEET_MARK_PROPERTY);
    target = rels.get(property?.["r:id"] ?? "")?.target ?? "";
  }
  const bytes = target ? await zip.file(target)?.async("uint8array") : undefined;
  return ownedKind(bytes ? decodeUtf16(bytes) : null);
}

/** The state and marks of a package (its bytes, or the package already open). */
export async function readOfficeParts(file: Uint8Array | JSZip): Promise<OfficeParts> {
  const zip = file instanceof Uint8Array ? await JSZip.loadAsync(file) : file;
  const state = (await findStatePart(zip))?.state ?? null;
  const marks = new Map<string, OwnedSheetKind>();
  for (const [name, part] of await sheetParts(zip)) {
    const kind = await sheetMark(zip, part);
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
function marksByName(sheets: readonly string[]): Map<string, OwnedSheetKind> {
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

const ITEM_PROPS = (n: number): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="{6F1D2C3A-5B4E-4C8D-9A7F-0E1B2C3D4E5F}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${STATE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`.replace(
    "{6F1D2C3A-5B4E-4C8D-9A7F-0E1B2C3D4E5F}",
    `{6F1D2C3A-5B4E-4C8D-9A7F-${(0x0e1b2c3d4e5f + n - 1).toString(16).toUpperCase().padStart(12, "0")}}`,
  );

/** Stores the state: in the part that holds it already (rewritten only when it changed), else in a new custom XML part. */
async function writeState(zip: JSZip, state: StoredWorkbookState): Promise<Array<[string, string]>> {
  const xml = stateToXml(state);
  const existing = await findStatePart(zip);
  if (existing) {
    if ((await zip.file(existing.path)?.async("string")) !== xml) zip.file(existing.path, xml);
    return [];
  }
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`) || zip.file(`customXml/itemProps${n}.xml`)) n++;
  zip.file(`customXml/item${n}.xml`, xml);
  zip.file(`customXml/itemProps${n}.xml`, ITEM_PROPS(n));
  await addRelationship(zip, `customXml/item${n}.xml`, "rId1", CUSTOM_XML_PROPS_REL, `itemProps${n}.xml`);
  const ids = new Set((await relationshipsOf(zip, "xl/workbook.xml")).keys());
  const id = ids.has("rIdParIndexState") ? `rIdParIndexState${n}` : "rIdParIndexState";
  await addRelationship(zip, "xl/workbook.xml", id, CUSTOM_XML_REL, `../customXml/item${n}.xml`);
  return [[`/customXml/itemProps${n}.xml`, CUSTOM_XML_PROPS_TYPE]];
}

/** The relationship by which a sheet names its mark, and the mark's element in the sheet. */
export const MARK_RELATIONSHIP_ID = "rIdParIndexSheet";
export const markProperty = (id: string): string => `<customPr name="${SHEET_MARK_PROPERTY}" r:id="${id}"/>`;

/** The custom property part of a mark and the sheet's relationship to it (the sheet's XML names it by `id`). */
export async function addMarkPart(zip: JSZip, part: string, kind: OwnedSheetKind, id: string): Promise<void> {
  let n = 1;
  while (zip.file(`xl/customProperty${n}.bin`)) n++;
  zip.file(`xl/customProperty${n}.bin`, encodeUtf16(kind));
  await addRelationship(zip, part, id, CUSTOM_PROPERTY_REL, `../customProperty${n}.bin`);
  await addContentTypes(zip, [[`/xl/customProperty${n}.bin`, CUSTOM_PROPERTY_TYPE]]);
}

/** Marks a sheet part that has no mark yet: a custom property part, its relationship, and the sheet's `<customProperties>`. */
async function markSheet(zip: JSZip, part: string, kind: OwnedSheetKind): Promise<void> {
  const ids = new Set((await relationshipsOf(zip, part)).keys());
  let id = MARK_RELATIONSHIP_ID;
  for (let n = 2; ids.has(id); n++) id = `${MARK_RELATIONSHIP_ID}${n}`;
  await addMarkPart(zip, part, kind, id);
  const xml = (await partText(zip, part)) ?? "";
  // A sheet with custom properties of another program's gets ours beside them.
  const list = /<customProperties\b[^>]*>/.exec(xml);
  const marked = list
    ? xml.slice(0, list.index + list[0].length) + markProperty(id) + xml.slice(list.index + list[0].length)
    : insertIntoWorksheet(xml, `<customProperties>${markProperty(id)}</customProperties>`, worksheetElementsAfter("customProperties"));
  zip.file(part, marked);
}

/**
 * writeOfficeParts on a package already open: the state stored, and every
 * marked sheet that lacks its mark (a new sheet; a sheet whose mark another
 * program dropped) marked. Parts that already say the same are left alone.
 */
export async function addOfficeParts(zip: JSZip, parts: OfficeParts): Promise<void> {
  const overrides: Array<[string, string]> = parts.state ? await writeState(zip, parts.state) : [];
  if (overrides.length > 0) await addContentTypes(zip, overrides);
  for (const [name, part] of await sheetParts(zip)) {
    const kind = parts.marks.get(name);
    if (kind && (await sheetMark(zip, part)) !== kind) await markSheet(zip, part, kind);
  }
}
