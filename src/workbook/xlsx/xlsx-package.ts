/**
 * The zipped package of an .xlsx file (OPC): parts, relationships and content
 * types, for the pieces ExcelJS does not handle (state, sheet marks, charts).
 */
import type JSZip from "jszip";
import { unescapeXml } from "../xml-text";

export const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The attributes of one start tag. */
export function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:]+)="([^"]*)"/g)) found[match[1]] = unescapeXml(match[2]);
  return found;
}

function resolvePath(folder: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = folder.split("/").filter(Boolean);
  for (const piece of target.split("/")) {
    if (piece === "..") parts.pop();
    else if (piece !== ".") parts.push(piece);
  }
  return parts.join("/");
}

export const relsPathOf = (part: string): string => {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
};

const folderOf = (part: string): string => part.slice(0, part.lastIndexOf("/"));

/** A part's text (UTF-8), decoded in one piece: for a large sheet, far less memory than JSZip's own decoding. */
export async function partText(zip: JSZip, path: string): Promise<string | undefined> {
  // Where there is no TextDecoder (jsdom, which the task pane's tests run in), JSZip decodes.
  if (typeof TextDecoder === "undefined") return zip.file(path)?.async("string");
  const bytes = await zip.file(path)?.async("uint8array");
  return bytes === undefined ? undefined : new TextDecoder().decode(bytes);
}

/** A part's relationships: id → type and target path inside the package. */
export async function relationshipsOf(zip: JSZip, part: string): Promise<Map<string, { type: string; target: string }>> {
  const xml = await zip.file(relsPathOf(part))?.async("string");
  const map = new Map<string, { type: string; target: string }>();
  for (const match of (xml ?? "").matchAll(/<Relationship\b[^>]*>/g)) {
    const { Id, Type, Target } = attributes(match[0]);
    if (Id && Target) map.set(Id, { type: Type ?? "", target: resolvePath(folderOf(part), Target) });
  }
  return map;
}

/** Sheet name → its part ("xl/worksheets/sheet2.xml"), in workbook order. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = await relationshipsOf(zip, "xl/workbook.xml");
  const parts = new Map<string, string>();
  for (const match of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const attrs = attributes(match[0]);
    const target = rels.get(attrs["r:id"] ?? "")?.target;
    if (attrs.name && target) parts.set(attrs.name, target);
  }
  return parts;
}

/** Adds a relationship to a part (creating its .rels when it has none). */
export async function addRelationship(zip: JSZip, part: string, id: string, type: string, target: string): Promise<void> {
  const relsPath = relsPathOf(part);
  const existing =
    (await zip.file(relsPath)?.async("string")) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  zip.file(relsPath, existing.replace("</Relationships>", `<Relationship Id="${id}" Type="${type}" Target="${target}"/></Relationships>`));
}

/** Declares the content type of parts ("/xl/charts/chart1.xml"). */
export async function addContentTypes(zip: JSZip, overrides: ReadonlyArray<readonly [string, string]>): Promise<void> {
  const path = "[Content_Types].xml";
  const xml = (await zip.file(path)?.async("string")) ?? "";
  const added = overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("");
  zip.file(path, xml.replace("</Types>", `${added}</Types>`));
}

/** The tail of a worksheet's elements in CT_Worksheet order (ECMA-376 §18.3.1.99), from mergeCells on. */
const WORKSHEET_TAIL = [
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** The elements that must follow `element` in a worksheet. */
export function worksheetElementsAfter(element: (typeof WORKSHEET_TAIL)[number]): readonly string[] {
  return WORKSHEET_TAIL.slice(WORKSHEET_TAIL.indexOf(element) + 1);
}

/**
 * Inserts an element into a worksheet's XML before the first of the elements
 * that must follow it (CT_Worksheet order), or at the end.
 */
export function insertIntoWorksheet(xml: string, element: string, followers: readonly string[]): string {
  const after = new RegExp(`<(${followers.join("|")})\\b`).exec(xml);
  return after ? `${xml.slice(0, after.index)}${element}${xml.slice(after.index)}` : xml.replace("</worksheet>", `${element}</worksheet>`);
}

/** JSZip's stream of one entry, which its types leave out of JSZipObject. */
type StreamingEntry = { internalStream(type: "string"): JSZip.JSZipStreamHelper<string> };

/**
 * The text of a part up to `marker` (all of it when the marker is not there),
 * inflating no more of it than that: the head of a 5,000-unit sheet, before
 * its 18 MB of cells.
 */
export function partHead(zip: JSZip, path: string, marker: string): Promise<string> {
  const file = zip.file(path);
  if (!file) return Promise.resolve("");
  const stream = (file as unknown as StreamingEntry).internalStream("string");
  return new Promise((resolve, reject) => {
    let text = "";
    stream
      .on("data", (chunk) => {
        text += chunk;
        const at = text.indexOf(marker);
        if (at < 0) return;
        stream.pause();
        resolve(text.slice(0, at));
      })
      .on("error", reject)
      .on("end", () => resolve(text))
      .resume();
  });
}
