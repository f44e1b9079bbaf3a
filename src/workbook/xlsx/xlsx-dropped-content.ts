/**
 * What of an .xlsx package ExcelJS does not carry over when it reads the file
 * and writes it again, found on the zipped file itself: charts, shapes and
 * text boxes, chart sheets, pivot tables, slicers and timelines, sparklines,
 * and macros. Pictures are not listed: ExcelJS keeps them (anchored and
 * background images), and so does everything written after it.
 */
import JSZip from "jszip";
import { relationshipsOf, sheetParts } from "./xlsx-package";

export type DroppedKind = "chartSheet" | "chart" | "shape" | "pivotTable" | "slicer" | "sparkline" | "threadedComment" | "macros";

/** One kind of content lost from one sheet, or from the whole workbook (sheet null: macros). */
export interface DroppedContent {
  sheet: string | null;
  kind: DroppedKind;
}

const CHART_DATA = /graphicData\b[^>]*\buri="[^"]*(?:drawingml\/2006\/chart|drawing\/2014\/chartex)"/;
const SLICER_DATA = /graphicData\b[^>]*\buri="[^"]*(?:drawing\/2010\/slicer|drawing\/2012\/timeslicer)"/;
const SHAPE = /<(?:\w+:)?(?:sp|grpSp|cxnSp|graphicFrame|contentPart)\b/;
const ANCHOR = /<((?:\w+:)?)(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1\2>/g;
/** The stand-in Excel writes for older readers beside a slicer or a new chart type ("this shape is not supported"). */
const FALLBACK = /<((?:\w+:)?)Fallback\b[\s\S]*?<\/\1Fallback>/g;

/**
 * The kinds held by a drawing's anchors. An anchor holding a chart counts as a
 * chart and one holding a slicer as a slicer, not as the fallback shape Excel
 * writes with them; an anchor of a lone picture is kept by ExcelJS.
 */
function drawingKinds(xml: string): Set<DroppedKind> {
  const kinds = new Set<DroppedKind>();
  for (const anchor of xml.replace(FALLBACK, "").matchAll(ANCHOR)) {
    const body = anchor[0];
    if (CHART_DATA.test(body)) kinds.add("chart");
    else if (SLICER_DATA.test(body)) kinds.add("slicer");
    else if (SHAPE.test(body)) kinds.add("shape");
  }
  return kinds;
}

const relationshipKind = (type: string): DroppedKind | null => {
  if (/\/pivotTable$/.test(type)) return "pivotTable";
  if (/\/(slicer|timeline)$/.test(type)) return "slicer";
  // Excel 365's comment threads; the plain note Excel writes beside each is kept, the replies and their authors are not.
  if (/\/threadedComment$/.test(type)) return "threadedComment";
  return null;
};

async function sheetKinds(zip: JSZip, part: string): Promise<Set<DroppedKind>> {
  if (part.startsWith("xl/chartsheets/")) return new Set(["chartSheet"]);
  const kinds = new Set<DroppedKind>();
  for (const { type, target } of (await relationshipsOf(zip, part)).values()) {
    if (/\/drawing$/.test(type)) {
      for (const kind of drawingKinds((await zip.file(target)?.async("string")) ?? "")) kinds.add(kind);
    }
    const kind = relationshipKind(type);
    if (kind) kinds.add(kind);
  }
  if (/<(?:\w+:)?sparklineGroup\b/.test((await zip.file(part)?.async("string")) ?? "")) kinds.add("sparkline");
  return kinds;
}

const KIND_ORDER: readonly DroppedKind[] = ["chartSheet", "chart", "shape", "pivotTable", "slicer", "sparkline", "threadedComment", "macros"];

/** Everything of the package ExcelJS would drop, sheet by sheet in workbook order, then the workbook's macros. */
export async function findDroppedContent(file: Uint8Array | JSZip): Promise<DroppedContent[]> {
  const zip = file instanceof Uint8Array ? await JSZip.loadAsync(file) : file;
  const found: DroppedContent[] = [];
  for (const [sheet, part] of await sheetParts(zip)) {
    const kinds = await sheetKinds(zip, part);
    for (const kind of KIND_ORDER) if (kinds.has(kind)) found.push({ sheet, kind });
  }
  const workbookRels = [...(await relationshipsOf(zip, "xl/workbook.xml")).values()];
  if (zip.file("xl/vbaProject.bin") || workbookRels.some(({ type }) => /\/vbaProject$/.test(type))) found.push({ sheet: null, kind: "macros" });
  return found;
}
