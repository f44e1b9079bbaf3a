/**
 * Content a user puts in a workbook with Excel and ExcelJS does not model,
 * added to an .xlsx package part by part as Excel writes it: charts, text
 * boxes, slicers (in the sheet's drawing), pivot tables, sparklines, chart
 * sheets, macros. Pictures are added through ExcelJS itself.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addContentTypes, addRelationship, insertIntoWorksheet, RELATIONSHIP, relationshipsOf, sheetParts } from "../../../src/workbook/xlsx/xlsx-package";
import { chartXml } from "../../../src/workbook/xlsx/xlsx-charts";

const SPREADSHEET_DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DRAWINGML = "http://schemas.openxmlformats.org/drawingml/2006/main";
const CHARTML = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A 1×1 PNG. */
export const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");

const cells = (row: number) =>
  `<xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 10}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;

const frame = (id: number, uri: string, inner: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Khung ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${uri}">${inner}</a:graphicData></a:graphic></xdr:graphicFrame>`;

const textBox = (id: number, text: string) =>
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="Hộp chữ ${id}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr/>` +
  `<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;

/** The drawing of a sheet, made when it has none (ExcelJS makes one for its pictures). */
async function drawingOf(zip: JSZip, sheetPart: string): Promise<string> {
  const existing = [...(await relationshipsOf(zip, sheetPart)).values()].find((rel) => rel.type === `${RELATIONSHIP}/drawing`);
  if (existing) return existing.target;
  let n = 1;
  while (zip.file(`xl/drawings/drawing${n}.xml`)) n++;
  const drawing = `xl/drawings/drawing${n}.xml`;
  zip.file(drawing, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${SPREADSHEET_DRAWING}" xmlns:a="${DRAWINGML}"></xdr:wsDr>`);
  await addContentTypes(zip, [[`/${drawing}`, "application/vnd.openxmlformats-officedocument.drawing+xml"]]);
  await addRelationship(zip, sheetPart, "rIdUserDrawing", `${RELATIONSHIP}/drawing`, `../drawings/drawing${n}.xml`);
  const xml = (await zip.file(sheetPart)?.async("string")) ?? "";
  zip.file(sheetPart, insertIntoWorksheet(xml, `<drawing r:id="rIdUserDrawing"/>`, ["legacyDrawing", "tableParts", "extLst"]));
  return drawing;
}

async function addAnchor(zip: JSZip, sheetPart: string, anchor: string): Promise<string> {
  const drawing = await drawingOf(zip, sheetPart);
  const xml = (await zip.file(drawing)?.async("string")) ?? "";
  zip.file(drawing, xml.replace("</xdr:wsDr>", `${anchor}</xdr:wsDr>`));
  return drawing;
}

async function partOf(zip: JSZip, sheet: string): Promise<string> {
  const part = (await sheetParts(zip)).get(sheet);
  if (!part) throw new Error(`No sheet ${sheet}`);
  return part;
}

export type UserContent = "chart" | "newChart" | "textBox" | "slicer" | "pivotTable" | "sparkline" | "chartSheet" | "macros";

/** Adds one piece of user content to a sheet (or, for a chart sheet and macros, to the workbook). */
export async function addUserContent(zip: JSZip, sheet: string, content: UserContent): Promise<void> {
  const part = await partOf(zip, sheet);
  switch (content) {
    case "chart": {
      const chart = `xl/charts/chartUser${Object.keys(zip.files).length}.xml`;
      zip.file(
        chart,
        chartXml(sheet, { type: "bar", title: "Biểu đồ của tôi", seriesName: "Điểm", categories: "A2:A3", values: "B2:B3", from: "E2", to: "J12" }),
      );
      const drawing = await addAnchor(
        zip,
        part,
        `<xdr:twoCellAnchor>${cells(1)}${frame(90, CHARTML, `<c:chart xmlns:c="${CHARTML}" xmlns:r="${RELATIONSHIP}" r:id="rIdUserChart"/>`)}<xdr:clientData/></xdr:twoCellAnchor>`,
      );
      await addRelationship(zip, drawing, "rIdUserChart", `${RELATIONSHIP}/chart`, `../charts/${chart.split("/").pop()}`);
      await addContentTypes(zip, [[`/${chart}`, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"]]);
      return;
    }
    case "newChart": {
      // A waterfall/treemap chart: the anchor in a Choice, a "not supported" text box as its Fallback.
      const choice = `<xdr:twoCellAnchor>${cells(14)}${frame(91, "http://schemas.microsoft.com/office/drawing/2014/chartex", `<cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:r="${RELATIONSHIP}" r:id="rIdUserChartEx"/>`)}<xdr:clientData/></xdr:twoCellAnchor>`;
      const fallback = `<xdr:twoCellAnchor>${cells(14)}${textBox(92, "Biểu đồ này không hiển thị được trong phiên bản Excel này.")}<xdr:clientData/></xdr:twoCellAnchor>`;
      await addAnchor(
        zip,
        part,
        `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">${choice}</mc:Choice><mc:Fallback>${fallback}</mc:Fallback></mc:AlternateContent>`,
      );
      return;
    }
    case "textBox":
      await addAnchor(zip, part, `<xdr:twoCellAnchor>${cells(30)}${textBox(93, "Ghi chú của phòng Nội vụ")}<xdr:clientData/></xdr:twoCellAnchor>`);
      return;
    case "slicer": {
      const slicer = frame(
        94,
        "http://schemas.microsoft.com/office/drawing/2010/slicer",
        `<sle:slicer xmlns:sle="http://schemas.microsoft.com/office/drawing/2010/slicer" name="Đơn vị"/>`,
      );
      await addAnchor(
        zip,
        part,
        `<xdr:twoCellAnchor editAs="oneCell">${cells(45)}<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:sle15="http://schemas.microsoft.com/office/drawing/2012/slicer" Requires="sle15">${slicer}</mc:Choice><mc:Fallback>${textBox(95, "Bộ lọc này không dùng được trong phiên bản Excel này.")}</mc:Fallback></mc:AlternateContent><xdr:clientData/></xdr:twoCellAnchor>`,
      );
      zip.file(
        "xl/slicers/slicer1.xml",
        `<slicers xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><slicer name="Đơn vị" cache="Slicer_Don_vi" caption="Đơn vị" rowHeight="241300"/></slicers>`,
      );
      await addRelationship(zip, part, "rIdUserSlicer", "http://schemas.microsoft.com/office/2007/relationships/slicer", "../slicers/slicer1.xml");
      return;
    }
    case "pivotTable":
      zip.file(
        "xl/pivotTables/pivotTable1.xml",
        `<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" dataCaption="Giá trị"><location ref="A3:B7" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/></pivotTableDefinition>`,
      );
      zip.file("xl/pivotCache/pivotCacheDefinition1.xml", `<pivotCacheDefinition xmlns="${MAIN}" refreshOnLoad="1"/>`);
      await addRelationship(zip, "xl/pivotTables/pivotTable1.xml", "rId1", `${RELATIONSHIP}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml");
      await addRelationship(zip, part, "rIdUserPivot", `${RELATIONSHIP}/pivotTable`, "../pivotTables/pivotTable1.xml");
      await addContentTypes(zip, [["/xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"]]);
      return;
    case "sparkline": {
      const xml = (await zip.file(part)?.async("string")) ?? "";
      const ext =
        `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">` +
        `<x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/>` +
        `<x14:sparklines><x14:sparkline><xm:f>'${sheet}'!B2:B3</xm:f><xm:sqref>C2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
      zip.file(part, xml.replace("</worksheet>", `${ext}</worksheet>`));
      return;
    }
    case "chartSheet": {
      zip.file(
        "xl/chartsheets/sheet1.xml",
        `<chartsheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIP}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
      );
      await addRelationship(zip, "xl/workbook.xml", "rIdUserChartSheet", `${RELATIONSHIP}/chartsheet`, "chartsheets/sheet1.xml");
      await addContentTypes(zip, [["/xl/chartsheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"]]);
      const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
      zip.file("xl/workbook.xml", workbook.replace("</sheets>", `<sheet name="${sheet} (biểu đồ)" sheetId="90" r:id="rIdUserChartSheet"/></sheets>`));
      return;
    }
    case "macros":
      zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
      await addRelationship(zip, "xl/workbook.xml", "rIdUserVba", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin");
      return;
  }
}

/** Adds a sheet with two rows of data and a picture to a workbook, through ExcelJS as a user's file would hold it. */
export async function withUserSheet(file: Uint8Array, name: string, picture: boolean): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
  const sheet = workbook.addWorksheet(name);
  sheet.addRows([
    ["Đơn vị", "Điểm"],
    ["Xã Hòa An", 85.5],
    ["Xã Đại Đồng", 70.25],
  ]);
  if (picture) sheet.addImage(workbook.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: "png" }), "D2:E4");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
