/**
 * Bar charts of a sheet plan, written into the .xlsx package as DrawingML:
 * a drawing anchored between the plan's `from`
 * and `to` cells, holding a clustered horizontal bar chart whose categories
 * and values are references to the sheet, as the add-in's BarClustered chart.
 */
import type JSZip from "jszip";
import type { ChartPlan } from "../../sheet/plan";
import { absoluteRange, parseRange, sheetReference } from "../../sheet/a1";
import { escapeXml } from "../xml-text";
import { addContentTypes, addRelationship, RELATIONSHIP, relsPathOf } from "./xlsx-package";

const DRAWING_TYPE = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHARTML = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";

/** "'PL1 Xếp hạng'!$B$5:$B$29" from a sheet name and a range on it. */
function absoluteReference(sheet: string, range: string): string {
  const block = parseRange(range);
  if (!block) throw new Error(`Not an A1 range: ${range}`);
  return sheetReference(sheet, absoluteRange(block.row, block.column, block.rows, block.columns));
}

function anchorPoint(tag: "from" | "to", address: string): string {
  const block = parseRange(address);
  if (!block) throw new Error(`Not an A1 cell: ${address}`);
  return `<xdr:${tag}><xdr:col>${block.column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${block.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function drawingXml(charts: readonly ChartPlan[]): string {
  const anchors = charts.map(
    (chart, i) =>
      `<xdr:twoCellAnchor>${anchorPoint("from", chart.from)}${anchorPoint("to", chart.to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${CHARTML}"><c:chart xmlns:c="${CHARTML}" xmlns:r="${RELATIONSHIP}" r:id="rId${i + 1}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`,
  );
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING}" xmlns:a="${DRAWINGML}">${anchors.join("")}</xdr:wsDr>`;
}

export function chartXml(sheet: string, chart: ChartPlan): string {
  const title = `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
  const series =
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${escapeXml(chart.seriesName)}</c:v></c:tx><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${escapeXml(absoluteReference(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(absoluteReference(sheet, chart.values))}</c:f></c:numRef></c:val></c:ser>`;
  const axes =
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="0.00" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="${CHARTML}" xmlns:a="${DRAWINGML}" xmlns:r="${RELATIONSHIP}">` +
    `<c:roundedCorners val="0"/><c:chart>${title}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="50"/>` +
    `<c:axId val="500000001"/><c:axId val="500000002"/></c:barChart>${axes}</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** The next number n for which neither `${stem}${n}.xml` nor its relationships are in the package. */
function freeNumber(zip: JSZip, stem: string, after: number): number {
  let n = after + 1;
  while (zip.file(`${stem}${n}.xml`) || zip.file(relsPathOf(`${stem}${n}.xml`))) n++;
  return n;
}

/** The relationship by which a sheet the port writes names its drawing (`<drawing r:id="…"/>`, see xlsx-sheet-xml.ts). */
export const DRAWING_RELATIONSHIP_ID = "rIdParIndexDrawing";

/**
 * Adds a new sheet's charts to the package: one drawing holding them, and a
 * chart part each, under numbers not yet used (the user's drawings and
 * charts keep theirs), linked from the sheet's part.
 */
export async function addChartParts(zip: JSZip, sheet: string, part: string, charts: readonly ChartPlan[]): Promise<void> {
  if (charts.length === 0) return;
  const overrides: Array<[string, string]> = [];
  const drawingNumber = freeNumber(zip, "xl/drawings/drawing", 0);
  const drawing = `xl/drawings/drawing${drawingNumber}.xml`;
  zip.file(drawing, drawingXml(charts));
  overrides.push([`/${drawing}`, DRAWING_TYPE]);
  let chartNumber = 0;
  for (const [i, chart] of charts.entries()) {
    chartNumber = freeNumber(zip, "xl/charts/chart", chartNumber);
    const chartPart = `xl/charts/chart${chartNumber}.xml`;
    zip.file(chartPart, chartXml(sheet, chart));
    overrides.push([`/${chartPart}`, CHART_TYPE]);
    await addRelationship(zip, drawing, `rId${i + 1}`, `${RELATIONSHIP}/chart`, `../charts/chart${chartNumber}.xml`);
  }
  await addRelationship(zip, part, DRAWING_RELATIONSHIP_ID, `${RELATIONSHIP}/drawing`, `../drawings/drawing${drawingNumber}.xml`);
  await addContentTypes(zip, overrides);
}
