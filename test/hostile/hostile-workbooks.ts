/**
 * Workbooks as other tools leave them, generated part by part on a file the
 * CLI wrote: notes as openpyxl writes them, a table without a style, a
 * drawing in the default namespace, a note in the last cell of a sheet,
 * threaded comments, merged cells, a stored state edited by hand; and a
 * workbook as the add-in writes it (PAR.* formulas).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addContentTypes, addRelationship, insertIntoWorksheet, RELATIONSHIP, sheetParts, worksheetElementsAfter } from "../../src/workbook/xlsx/xlsx-package";
import { readOfficeParts, writeOfficeParts } from "../../src/workbook/xlsx/xlsx-office-parts";
import { withUserSheet } from "../workbook/xlsx/xlsx-user-content";
import { stateToXml } from "../../src/workbook/stored-state";
import type { StoredWorkbookState } from "../../src/workbook/port";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import type { UnitInput } from "../../src/core/scoring";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";

export async function editPackage(file: Uint8Array, edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(file);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function sheetPart(zip: JSZip, sheet: string): Promise<string> {
  const part = (await sheetParts(zip)).get(sheet);
  if (!part) throw new Error(`No sheet ${sheet}`);
  return part;
}

async function editXml(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  zip.file(part, edit((await zip.file(part)?.async("string")) ?? ""));
}

/** Legacy VML shapes for notes, as openpyxl writes them (one shape per note; Excel reads the note from the comments part). */
function notesVml(refs: readonly string[]): string {
  const shapes = refs.map((ref, i) => {
    const match = /^([A-Z]+)(\d+)$/.exec(ref) as RegExpExecArray;
    const column = [...match[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return (
      `<v:shape id="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1">` +
      `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>` +
      `<x:Row>${Number(match[2]) - 1}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`
    );
  });
  return (
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">` +
    `<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>` +
    `${shapes.join("")}</xml>`
  );
}

/**
 * Notes on cells of a sheet, stored the way openpyxl stores them: the part
 * `xl/comments/commentN.xml`, each note's text a plain `<text><t>…</t></text>`
 * (no rich-text runs), an absolute relationship target.
 */
export async function addOpenpyxlNotes(zip: JSZip, sheet: string, notes: ReadonlyArray<readonly [string, string]>, n = 1): Promise<void> {
  const part = await sheetPart(zip, sheet);
  const comments =
    `<?xml version="1.0" encoding="UTF-8"?>\n<comments xmlns="${MAIN}"><authors><author>openpyxl</author></authors><commentList>` +
    notes.map(([ref, text]) => `<comment ref="${ref}" authorId="0"><text><t>${text}</t></text></comment>`).join("") +
    `</commentList></comments>`;
  zip.file(`xl/comments/comment${n}.xml`, comments);
  zip.file(`xl/drawings/commentsDrawing${n}.vml`, notesVml(notes.map(([ref]) => ref)));
  await addRelationship(zip, part, "comments", `${RELATIONSHIP}/comments`, `/xl/comments/comment${n}.xml`);
  await addRelationship(zip, part, "anysvml", `${RELATIONSHIP}/vmlDrawing`, `/xl/drawings/commentsDrawing${n}.vml`);
  await addContentTypes(zip, [[`/xl/comments/comment${n}.xml`, "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"]]);
  await ensureDefault(zip, "vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
  await editXml(zip, part, (xml) => insertIntoWorksheet(xml, `<legacyDrawing r:id="anysvml"/>`, worksheetElementsAfter("legacyDrawing")));
}

async function ensureDefault(zip: JSZip, extension: string, type: string): Promise<void> {
  await editXml(zip, "[Content_Types].xml", (xml) =>
    xml.includes(`Extension="${extension}"`) ? xml : xml.replace("<Override", `<Default Extension="${extension}" ContentType="${type}"/><Override`),
  );
}

/** A table over A1:B3 of a sheet, without `tableStyleInfo` (tools other than Excel write it so). */
export async function addTableWithoutStyle(zip: JSZip, sheet: string): Promise<void> {
  const part = await sheetPart(zip, sheet);
  zip.file(
    "xl/tables/table1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="Bang1" displayName="Bang1" ref="A1:B3"><autoFilter ref="A1:B3"/>` +
      `<tableColumns count="2"><tableColumn id="1" name="Đơn vị"/><tableColumn id="2" name="Điểm"/></tableColumns></table>`,
  );
  await addRelationship(zip, part, "rIdUserTable", `${RELATIONSHIP}/table`, "../tables/table1.xml");
  await addContentTypes(zip, [["/xl/tables/table1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"]]);
  await editXml(zip, part, (xml) => insertIntoWorksheet(xml, `<tableParts count="1"><tablePart r:id="rIdUserTable"/></tableParts>`, ["extLst"]));
}

/** A drawing whose elements use the default namespace (no `xdr:` prefix), holding a text box. */
export async function addDefaultNamespaceDrawing(zip: JSZip, sheet: string): Promise<void> {
  const part = await sheetPart(zip, sheet);
  zip.file(
    "xl/drawings/drawingPlain.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<wsDr xmlns="${SPREADSHEET_DRAWING}" xmlns:a="${DRAWINGML}"><twoCellAnchor>` +
      `<from><col>4</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><to><col>8</col><colOff>0</colOff><row>6</row><rowOff>0</rowOff></to>` +
      `<sp macro="" textlink=""><nvSpPr><cNvPr id="2" name="Hộp chữ"/><cNvSpPr txBox="1"/></nvSpPr><spPr/><txBody><a:bodyPr/><a:p><a:r><a:t>Ghi chú</a:t></a:r></a:p></txBody></sp>` +
      `<clientData/></twoCellAnchor></wsDr>`,
  );
  await addRelationship(zip, part, "rIdPlainDrawing", `${RELATIONSHIP}/drawing`, "../drawings/drawingPlain.xml");
  await addContentTypes(zip, [["/xl/drawings/drawingPlain.xml", "application/vnd.openxmlformats-officedocument.drawing+xml"]]);
  await editXml(zip, part, (xml) => insertIntoWorksheet(xml, `<drawing r:id="rIdPlainDrawing"/>`, ["legacyDrawing", "tableParts", "extLst"]));
}

/** Threaded comments (Excel 365) on a sheet, with the legacy note Excel writes beside each for older readers. */
export async function addThreadedComment(zip: JSZip, sheet: string, ref: string, text: string): Promise<void> {
  const part = await sheetPart(zip, sheet);
  await addOpenpyxlNotes(zip, sheet, [[ref, `[Threaded comment] ${text}`]], 7);
  zip.file(
    "xl/threadedComments/threadedComment1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">` +
      `<threadedComment ref="${ref}" dT="2026-03-01T08:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>${text}</text></threadedComment></ThreadedComments>`,
  );
  await addRelationship(
    zip,
    part,
    "rIdThreaded",
    "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
    "../threadedComments/threadedComment1.xml",
  );
  await addContentTypes(zip, [["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"]]);
}

/** The authors of the workbook's comment threads (Excel 365 keeps them in one part of the workbook). */
export async function addPersons(zip: JSZip): Promise<void> {
  zip.file(
    "xl/persons/person.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      `<person displayName="Nguyễn Văn An" id="{00000000-0000-0000-0000-000000000001}" userId="an@example.vn" providerId="None"/></personList>`,
  );
  await addRelationship(zip, "xl/workbook.xml", "rIdPersons", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml");
  await addContentTypes(zip, [["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"]]);
}

/** Merges a range of a sheet, as Excel stores it (the covered cells keep nothing). */
export async function mergeCells(zip: JSZip, sheet: string, range: string): Promise<void> {
  const part = await sheetPart(zip, sheet);
  await editXml(zip, part, (xml) =>
    /<mergeCells\b/.test(xml)
      ? xml.replace(/<mergeCells count="(\d+)">/, (_m, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${range}"/>`)
      : insertIntoWorksheet(xml, `<mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`, worksheetElementsAfter("mergeCells")),
  );
}

/** The file with its stored state changed. */
export async function withState(file: Uint8Array, change: (state: StoredWorkbookState) => StoredWorkbookState): Promise<Uint8Array> {
  const { state } = await readOfficeParts(file);
  if (!state) throw new Error("no state");
  return editPackage(file, async (zip) => {
    zip.file("customXml/item1.xml", stateToXml(change(state)));
  });
}

/** A workbook the CLI wrote with a user's sheet "Của tôi" added (two rows of data), its state and marks kept. */
export async function withDataSheet(file: Uint8Array, name = "Của tôi"): Promise<Uint8Array> {
  return writeOfficeParts(await withUserSheet(file, name, false), await readOfficeParts(file));
}

/** Appends a last row to a sheet holding one cell given as XML (`<c r="XFD1048576" s="0"/>`). */
export async function addLastRowCell(zip: JSZip, sheet: string, rowNumber: number, cellXml: string): Promise<void> {
  const part = await sheetPart(zip, sheet);
  await editXml(zip, part, (xml) => xml.replace("</sheetData>", `<row r="${rowNumber}">${cellXml}</row></sheetData>`));
}

/** A zip holding the given files (text), as JSZip writes it. */
export async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, text] of Object.entries(files)) zip.file(path, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The file with cells of one sheet changed through ExcelJS, as a user's edit in Excel would leave them; state and marks kept. */
export async function editCells(file: Uint8Array, sheet: string, edit: (worksheet: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
  edit(workbook.getWorksheet(sheet) as ExcelJS.Worksheet);
  return writeOfficeParts(new Uint8Array(await workbook.xlsx.writeBuffer()), await readOfficeParts(file));
}

/** Full marks on the Hải Dương 2022 commune set (100 points). */
export const fullScores = { "1": 14, "2": 5, "3": 18.5, "4": 6, "5": 10, "6": 6.5, "7": 11, "8.1": 2, "8.2": 13.5, "8.3": 9.5 };

/** A workbook as the add-in writes it (PAR.* formulas, Hải Dương 2022 commune set, 2026) for these units. */
export async function addinWorkbookBytes(units: UnitInput[]): Promise<Uint8Array> {
  const book = XlsxWorkbook.create();
  const template = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
  const loaded = await loadTemplateIntoWorkbook(
    book,
    template,
    units.map((unit) => unit.name),
    { dialect: "par", scores: units, year: 2026 },
  );
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => problem.en).join("\n"));
  return book.toBuffer();
}
