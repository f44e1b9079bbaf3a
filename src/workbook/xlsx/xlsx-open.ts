/**
 * Opening an .xlsx package before ExcelJS reads it: telling apart what is not
 * an .xlsx workbook at all (not a zip, an old .xls or a password-protected
 * file, an OpenDocument spreadsheet, a zip of other files, a zip bomb), and
 * rewriting what other tools write legally but ExcelJS cannot follow:
 * - notes stored under another name than `xl/commentsN.xml` (openpyxl writes
 *   `xl/comments/comment1.xml`) or linked by an absolute target;
 * - a note's text as a plain `<t>` rather than rich-text runs (openpyxl);
 * - a drawing whose elements are in the default namespace (no `xdr:` prefix).
 */
import JSZip from "jszip";
import { RELATIONSHIP, relationshipsOf, relsPathOf, sheetParts } from "./xlsx-package";

export type UnreadableReason = "notZip" | "oldFormat" | "openDocument" | "notXlsx" | "tooLarge" | "damaged";

/** Why bytes are not an .xlsx workbook ExcelJS can read; the CLI words it in the user's language. */
export class UnreadableWorkbook extends Error {
  constructor(
    readonly reason: UnreadableReason,
    detail = "",
  ) {
    super(detail ? `${reason}: ${detail}` : reason);
  }
}

/** The unzipped size of a workbook that may be read; a 5,000-unit workbook with its annexes unzips to about 60 MB. */
const UNZIPPED_SIZE_LIMIT = 500 * 1024 * 1024;

/** Compound File (OLE) signature: .xls of Excel 97–2003, and .xlsx files protected by a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function unzippedSize(zip: JSZip): number {
  // JSZip keeps each entry's declared size from the central directory in _data, which its types leave out.
  return Object.values(zip.files).reduce(
    (sum, entry) => sum + ((entry as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0),
    0,
  );
}

/** The zip of an .xlsx workbook; throws UnreadableWorkbook for anything else. */
export async function openPackage(file: Uint8Array): Promise<JSZip> {
  if (OLE_SIGNATURE.every((byte, i) => file[i] === byte)) throw new UnreadableWorkbook("oldFormat");
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(file);
  } catch (error) {
    throw new UnreadableWorkbook("notZip", (error as Error).message);
  }
  const mimetype = await zip.file("mimetype")?.async("string");
  if (mimetype?.startsWith("application/vnd.oasis.opendocument")) throw new UnreadableWorkbook("openDocument");
  if (!zip.file("[Content_Types].xml") || !zip.file("xl/workbook.xml")) throw new UnreadableWorkbook("notXlsx");
  if (unzippedSize(zip) > UNZIPPED_SIZE_LIMIT) throw new UnreadableWorkbook("tooLarge");
  return zip;
}

const COMMENTS = `${RELATIONSHIP}/comments`;
const VML_DRAWING = `${RELATIONSHIP}/vmlDrawing`;
const DRAWING = `${RELATIONSHIP}/drawing`;
const TABLE = `${RELATIONSHIP}/table`;

/** Where ExcelJS looks for a part of each type, and how it expects the sheet's relationship to name it. */
const CANONICAL: Record<string, { pattern: RegExp; folder: string; stem: string; extension: string }> = {
  [COMMENTS]: { pattern: /^xl\/comments\d+\.xml$/, folder: "xl/", stem: "comments", extension: "xml" },
  [VML_DRAWING]: { pattern: /^xl\/drawings\/vmlDrawing\d+\.vml$/, folder: "xl/drawings/", stem: "vmlDrawing", extension: "vml" },
  [DRAWING]: { pattern: /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/, folder: "xl/drawings/", stem: "drawing", extension: "xml" },
  [TABLE]: { pattern: /^xl\/tables\/table\d+\.xml$/, folder: "xl/tables/", stem: "table", extension: "xml" },
};

function freeName(zip: JSZip, folder: string, stem: string, extension: string): string {
  let n = 1;
  while (zip.file(`${folder}${stem}${n}.${extension}`)) n++;
  return `${folder}${stem}${n}.${extension}`;
}

/** "xl/comments/comment1.xml" seen from "xl/worksheets/sheet1.xml": "../comments/comment1.xml". */
function relativeTarget(part: string): string {
  return `../${part.replace(/^xl\//, "")}`;
}

/** Moves a part (and its relationships) to a new name, declaring its content type there. */
async function movePart(zip: JSZip, from: string, to: string): Promise<void> {
  const bytes = await zip.file(from)?.async("uint8array");
  if (!bytes) return;
  zip.file(to, bytes);
  zip.remove(from);
  const rels = zip.file(relsPathOf(from));
  if (rels) {
    zip.file(relsPathOf(to), await rels.async("uint8array"));
    zip.remove(relsPathOf(from));
  }
  const types = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  zip.file("[Content_Types].xml", types.split(`PartName="/${from}"`).join(`PartName="/${to}"`));
}

/** Rewrites one sheet's relationships to the names ExcelJS expects; true when anything changed. */
async function canonicalRelationships(zip: JSZip, sheetPart: string): Promise<boolean> {
  const relsPath = relsPathOf(sheetPart);
  let xml = (await zip.file(relsPath)?.async("string")) ?? "";
  let changed = false;
  for (const [id, { type, target }] of await relationshipsOf(zip, sheetPart)) {
    const canonical = CANONICAL[type];
    if (!canonical || !zip.file(target)) continue;
    let part = target;
    if (!canonical.pattern.test(target)) {
      part = freeName(zip, canonical.folder, canonical.stem, canonical.extension);
      await movePart(zip, target, part);
    }
    const wanted = relativeTarget(part);
    const element = new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*>`);
    const updated = xml.replace(element, (tag) => tag.replace(/\bTarget="[^"]*"/, `Target="${wanted}"`));
    if (updated !== xml || part !== target) changed = true;
    xml = updated;
  }
  if (changed) zip.file(relsPath, xml);
  return changed;
}

/** `<text><t>…</t></text>` → `<text><r><t>…</t></r></text>`: the rich-text run ExcelJS reads. */
function notesAsRuns(xml: string): string {
  return xml.replace(/(<text>)\s*(<t\b[^>]*>[\s\S]*?<\/t>)\s*(<\/text>)/g, "$1<r>$2</r>$3");
}

/** A drawing in the default namespace, given the `xdr:` prefix ExcelJS's reader expects. */
function prefixedDrawing(xml: string): string {
  const declaration = /<wsDr\b[^>]*\sxmlns="([^"]+)"/.exec(xml);
  if (!declaration) return xml;
  return xml
    .replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, (_tag, slash: string, name: string) => `<${slash}xdr:${name}`)
    .replace(/(<xdr:wsDr\b[^>]*\s)xmlns="/, '$1xmlns:xdr="');
}

/** Rewrites what ExcelJS cannot follow (see above); true when the package changed. */
export async function normalisePackage(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const part of (await sheetParts(zip)).values()) {
    if (await canonicalRelationships(zip, part)) changed = true;
  }
  for (const path of Object.keys(zip.files)) {
    const rewrite = /^xl\/comments\d+\.xml$/.test(path) ? notesAsRuns : /^xl\/drawings\/[^/]+\.xml$/.test(path) ? prefixedDrawing : null;
    if (!rewrite) continue;
    const xml = (await zip.file(path)?.async("string")) ?? "";
    const updated = rewrite(xml);
    if (updated !== xml) {
      zip.file(path, updated);
      changed = true;
    }
  }
  return changed;
}
