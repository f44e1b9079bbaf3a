/**
 * The sheets of a package, changed in place: a sheet removed (its entry in
 * `xl/workbook.xml`, its relationship, its part and the parts only it uses)
 * or added at a position (a new worksheet part), its print titles, and the
 * sheet shown on opening. Every other part of the package is left as it was,
 * byte for byte. Names scoped to a sheet (`localSheetId`, a sheet's position)
 * follow the sheets that move.
 */
import type JSZip from "jszip";
import { escapeXml } from "../xml-text";
import { addContentTypes, addRelationship, attributes, partHead, partText, RELATIONSHIP, relationshipsOf, relsPathOf } from "./xlsx-package";

const WORKBOOK = "xl/workbook.xml";
const CONTENT_TYPES = "[Content_Types].xml";
const WORKSHEET_REL = `${RELATIONSHIP}/worksheet`;
const WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** Parts a removed sheet takes with it: made for it alone (its drawing and charts, notes, sheet mark, printer settings). */
const OWN_PARTS = /\/(drawing|chart|chartUserShapes|chartStyle|chartColorStyle|customProperty|comments|vmlDrawing|printerSettings|threadedComment)$/;

async function text(zip: JSZip, path: string): Promise<string> {
  return (await zip.file(path)?.async("string")) ?? "";
}

/** The workbook's prefix for the main namespace ("" or "x:") and for relationships ("r:"). */
function prefixes(xml: string): { main: string; rel: string } {
  const main = /<(\w+:)?workbook\b/.exec(xml)?.[1] ?? "";
  const rel = new RegExp(`xmlns:(\\w+)="${RELATIONSHIP}"`).exec(xml)?.[1];
  return { main, rel: rel ? `${rel}:` : "r:" };
}

/** Each sheet's start tag, in order. */
function sheetTags(xml: string): RegExpMatchArray[] {
  return [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)];
}

/** The workbook's names, with `localSheetId` moved by `shift(id)` (null drops the name). */
function shiftLocalNames(xml: string, shift: (id: number) => number | null): string {
  return xml.replace(/<((?:\w+:)?)definedName\b([^>]*)>([\s\S]*?)<\/\1definedName>|<(?:\w+:)?definedName\b[^>]*\/>/g, (whole) => {
    const id = /\blocalSheetId="(\d+)"/.exec(whole);
    if (!id) return whole;
    const moved = shift(Number(id[1]));
    return moved === null ? "" : whole.replace(id[0], `localSheetId="${moved}"`);
  });
}

/** Removes every part reachable from `part` through relationships of its own kinds, then the part itself. */
async function removePart(zip: JSZip, part: string, removed: string[]): Promise<void> {
  for (const { type, target } of (await relationshipsOf(zip, part)).values()) {
    if (OWN_PARTS.test(type) && zip.file(target)) await removePart(zip, target, removed);
  }
  zip.remove(relsPathOf(part));
  zip.remove(part);
  removed.push(part);
}

async function dropContentTypes(zip: JSZip, parts: readonly string[]): Promise<void> {
  let xml = await text(zip, CONTENT_TYPES);
  for (const part of parts)
    xml = xml.replace(new RegExp(`<(?:\\w+:)?Override\\b[^>]*\\bPartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`), "");
  zip.file(CONTENT_TYPES, xml);
}

/** Removes the named sheet; returns its position, or -1 when there is no such sheet. */
export async function removeSheet(zip: JSZip, name: string): Promise<number> {
  let xml = await text(zip, WORKBOOK);
  const tags = sheetTags(xml);
  const position = tags.findIndex((tag) => attributes(tag[0]).name === name);
  if (position < 0) return -1;
  const tag = tags[position];
  const rid = Object.entries(attributes(tag[0])).find(([key]) => /(^|:)id$/.test(key) && key !== "sheetId")?.[1] ?? "";
  xml = xml.slice(0, tag.index) + xml.slice((tag.index ?? 0) + tag[0].length);
  zip.file(
    WORKBOOK,
    shiftLocalNames(xml, (id) => (id === position ? null : id > position ? id - 1 : id)),
  );
  const rels = await relationshipsOf(zip, WORKBOOK);
  const part = rels.get(rid)?.target;
  const relsXml = await text(zip, relsPathOf(WORKBOOK));
  zip.file(relsPathOf(WORKBOOK), relsXml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\bId="${rid}"[^>]*/>`), ""));
  const removed: string[] = [];
  if (part) await removePart(zip, part, removed);
  await dropCalcChain(zip, removed);
  await dropContentTypes(zip, removed);
  return position;
}

/** The calculation chain names cells by sheet: with a sheet gone, it is dropped and Excel builds it again. */
async function dropCalcChain(zip: JSZip, removed: string[]): Promise<void> {
  for (const [id, { type, target }] of await relationshipsOf(zip, WORKBOOK)) {
    if (!/\/calcChain$/.test(type)) continue;
    zip.remove(target);
    removed.push(target);
    const relsXml = await text(zip, relsPathOf(WORKBOOK));
    zip.file(relsPathOf(WORKBOOK), relsXml.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\bId="${id}"[^>]*/>`), ""));
  }
}

function freeSheetPart(zip: JSZip): string {
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
  return `xl/worksheets/sheet${n}.xml`;
}

async function freeRelationshipId(zip: JSZip, part: string): Promise<string> {
  const ids = new Set((await relationshipsOf(zip, part)).keys());
  const raw = await text(zip, relsPathOf(part));
  for (const match of raw.matchAll(/\bId="([^"]+)"/g)) ids.add(match[1]);
  let n = 1;
  while (ids.has(`rIdParIndex${n}`)) n++;
  return `rIdParIndex${n}`;
}

/** Adds a worksheet at `position` (the end when past it); returns its part and its position. */
export async function addSheet(zip: JSZip, name: string, sheetXml: Uint8Array | string, position: number): Promise<{ part: string; position: number }> {
  const part = freeSheetPart(zip);
  zip.file(part, sheetXml);
  const rid = await freeRelationshipId(zip, WORKBOOK);
  await addRelationship(zip, WORKBOOK, rid, WORKSHEET_REL, part.replace(/^xl\//, ""));
  await addContentTypes(zip, [[`/${part}`, WORKSHEET_TYPE]]);
  const xml = await text(zip, WORKBOOK);
  const { main, rel } = prefixes(xml);
  const tags = sheetTags(xml);
  const sheetId = Math.max(0, ...tags.map((tag) => Number(attributes(tag[0]).sheetId) || 0)) + 1;
  const element = `<${main}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rel}id="${rid}"/>`;
  const at = Math.min(position, tags.length);
  const index = at < tags.length ? (tags[at].index ?? 0) : xml.indexOf(`</${main}sheets>`);
  const inserted = xml.slice(0, index) + element + xml.slice(index);
  zip.file(
    WORKBOOK,
    shiftLocalNames(inserted, (id) => (id >= at ? id + 1 : id)),
  );
  return { part, position: at };
}

/** Sets the rows and columns repeated on every printed page of the sheet at `position` (`'S'!$A:$C,'S'!$1:$3`). */
export async function setPrintTitles(zip: JSZip, position: number, reference: string): Promise<void> {
  const xml = await text(zip, WORKBOOK);
  const { main } = prefixes(xml);
  const name = `<${main}definedName name="_xlnm.Print_Titles" localSheetId="${position}">${escapeXml(reference)}</${main}definedName>`;
  const end = xml.indexOf(`</${main}definedNames>`);
  if (end >= 0) {
    zip.file(WORKBOOK, xml.slice(0, end) + name + xml.slice(end));
    return;
  }
  const sheetsEnd = xml.indexOf(`</${main}sheets>`) + `</${main}sheets>`.length;
  // definedNames follow sheets, functionGroups and externalReferences (CT_Workbook order).
  const after = /<\/(?:\w+:)?externalReferences>|<\/(?:\w+:)?functionGroups>/.exec(xml.slice(sheetsEnd));
  const at = after ? sheetsEnd + (after.index ?? 0) + after[0].length : sheetsEnd;
  zip.file(WORKBOOK, `${xml.slice(0, at)}<${main}definedNames>${name}</${main}definedNames>${xml.slice(at)}`);
}

/**
 * Shows the named sheet on opening: the active tab of the first view, and
 * no other sheet selected (two selected tabs would open grouped, and typing
 * would change both).
 */
export async function setActiveTab(zip: JSZip, name: string): Promise<void> {
  const xml = await text(zip, WORKBOOK);
  const position = sheetTags(xml).findIndex((tag) => attributes(tag[0]).name === name);
  if (position < 0) return;
  const view = /<(?:\w+:)?workbookView\b[^>]*?\/?>/.exec(xml);
  if (view) {
    const tag = view[0].replace(/\s*\bactiveTab="\d*"/, "").replace(/\s*\bfirstSheet="\d*"/, "");
    zip.file(WORKBOOK, xml.replace(view[0], tag.replace(/^(<(?:\w+:)?workbookView)\b/, `$1 activeTab="${position}"`)));
  } else {
    const { main } = prefixes(xml);
    const at = new RegExp(`<${main}sheets\\b`).exec(xml)?.index ?? 0;
    zip.file(WORKBOOK, `${xml.slice(0, at)}<${main}bookViews><${main}workbookView activeTab="${position}"/></${main}bookViews>${xml.slice(at)}`);
  }
  for (const [sheet, part] of await worksheetParts(zip)) {
    if (sheet === name) continue;
    // The views come before the cells: only a sheet that is selected is read whole.
    const selected = /(<(?:\w+:)?sheetView\b[^>]*?)\s+tabSelected="(?:1|true)"/;
    if (!selected.test(await partHead(zip, part, "<sheetData"))) continue;
    zip.file(part, ((await partText(zip, part)) ?? "").replace(selected, "$1"));
  }
}

/** Sheet name → its part, worksheets only (chart sheets left out), in workbook order. */
export async function worksheetParts(zip: JSZip): Promise<Map<string, string>> {
  const xml = await text(zip, WORKBOOK);
  const rels = await relationshipsOf(zip, WORKBOOK);
  const parts = new Map<string, string>();
  for (const tag of sheetTags(xml)) {
    const attrs = attributes(tag[0]);
    const rid = Object.entries(attrs).find(([key]) => /(^|:)id$/.test(key) && key !== "sheetId")?.[1] ?? "";
    const rel = rels.get(rid);
    if (attrs.name && rel && rel.type === WORKSHEET_REL) parts.set(attrs.name, rel.target);
  }
  return parts;
}
