import ExcelJS from "exceljs";
import JSZip from "jszip";
import { XlsxWorkbook, portValue } from "../../../src/workbook/xlsx/xlsx";
import { readOfficeParts } from "../../../src/workbook/xlsx/xlsx-office-parts";
import { stateFromXml, stateToXml } from "../../../src/workbook/stored-state";
import { sheetParts } from "../../../src/workbook/xlsx/xlsx-package";
import type { SheetPlan } from "../../../src/sheet/plan";
import type { StoredWorkbookState } from "../../../src/workbook/port";
import { findBuiltInTemplate } from "../../../src/templates/registry";

const template = findBuiltInTemplate("hai-duong-xa-2022")!.definition;
const state: StoredWorkbookState = { version: 1, template, units: ["Xã Đại Đồng", "=Xã lạ"], year: 2026, lang: "vi", dialect: "native" };

function plan(name: string, kind: SheetPlan["kind"], cells: SheetPlan["cells"]): SheetPlan {
  return {
    name,
    kind,
    cells,
    columnWidths: [8, 30, 12],
    frozen: { rows: 1, columns: 2 },
    outline: [{ firstRow: 2, lastRow: 3 }],
    validations: [
      {
        kind: "decimal",
        range: "C2:C4",
        min: 0,
        max: "=$D2",
        prompt: { title: "Điểm", message: "Nhập điểm từ 0 đến điểm tối đa" },
        error: { title: "Sai điểm", message: "Điểm phải từ 0 đến điểm tối đa" },
      },
    ],
    conditionalFormats: [{ range: "C2:C4", formula: "=C2>$D2", fill: "#FFC7CE", fontColor: "#9C0006" }],
    merges: [],
    print: { orientation: "landscape", paper: "A4", titleRows: "$1:$1", fitToWidth: true },
    charts: [],
    protect: true,
  };
}

const scoring = plan("Chấm điểm", "scoring", [
  [{ value: "Mã", style: "header" }, { value: "Đơn vị", style: "header" }, { value: "Điểm", style: "header" }, { value: "Tối đa" }],
  [{ value: "1.1", text: true }, { value: "=Xã lạ", text: true }, { value: 18.5, locked: false, numberFormat: "0.00" }, { value: 20 }],
  [{ value: "1.2", text: true }, { value: "Xã Đại Đồng", text: true }, { value: 1.25, locked: false }, { value: 2 }],
  [{ value: "1", text: true }, null, { formula: "=SUM(C2:C3)", value: 19.75, numberFormat: "0.00" }, { value: 22 }],
  [null, { value: "Chỉ số (%)" }, { formula: "=ROUND(C4/D4*100,2)/100", value: 0.8977, numberFormat: "0.00%" }],
  [null, { value: "Xếp loại" }, { formula: '=IF(C5>=0.9,"Xuất sắc","Tốt")', value: "Tốt" }],
]);

async function roundTrip(book: XlsxWorkbook): Promise<XlsxWorkbook> {
  return XlsxWorkbook.fromBuffer(await book.toBuffer());
}

describe("XlsxWorkbook", () => {
  it("writes plans with formulas and cached results, and reads them back as the port promises", async () => {
    const book = XlsxWorkbook.create();
    await book.apply({ sheets: [scoring], state, activate: "Chấm điểm" });
    const again = await roundTrip(book);
    const snapshot = await again.read({ ranges: [{ sheet: "Chấm điểm", formulas: true }, { sheet: "Nowhere" }, { sheet: "Chấm điểm", address: "C4:C5" }] });
    expect(snapshot.sheets).toEqual([{ name: "Chấm điểm", position: 0, owned: "scoring" }]);
    expect(snapshot.state).toEqual(state);
    const [whole, missing, block] = snapshot.ranges;
    expect(whole.values).toEqual([
      ["Mã", "Đơn vị", "Điểm", "Tối đa"],
      ["1.1", "=Xã lạ", 18.5, 20],
      ["1.2", "Xã Đại Đồng", 1.25, 2],
      ["1", null, 19.75, 22],
      [null, "Chỉ số (%)", 0.8977, null],
      [null, "Xếp loại", "Tốt", null],
    ]);
    expect(whole.formulas?.[3][2]).toBe("=SUM(C2:C3)");
    expect(whole.formulas?.[5][2]).toBe('=IF(C5>=0.9,"Xuất sắc","Tốt")');
    expect(whole.formulas?.[1][1]).toBeNull();
    expect(missing).toMatchObject({ found: false, values: [] });
    expect(block).toMatchObject({ row: 3, column: 2, values: [[19.75], [0.8977]] });
  });

  it("stores formats, validation, frozen panes, widths, outline, protection and print setup", async () => {
    const book = XlsxWorkbook.create();
    await book.apply({ sheets: [scoring], state });
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(Buffer.from(await book.toBuffer()) as unknown as ExcelJS.Buffer);
    const sheet = excel.getWorksheet("Chấm điểm")!;
    expect(sheet.getCell("C5").numFmt).toBe("0.00%");
    expect(sheet.getCell("C4").numFmt).toBe("0.00");
    expect(sheet.getCell("C2").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("C4").protection?.locked).not.toBe(false);
    // ExcelJS reads a decimal rule's formula back as a number (NaN), so the rule is checked in the XML.
    const xml = await (await JSZip.loadAsync(await book.toBuffer())).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain('<dataValidation type="decimal"');
    expect(xml).toMatch(/sqref="C2:C4"><formula1>0<\/formula1><formula2>\$D2<\/formula2>/);
    expect(xml).toContain("<formula>C2&gt;$D2</formula>");
    expect(xml).toContain('<customPr name="ParIndexSheet" r:id="rIdParIndexSheet"/>');
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(30);
    expect([sheet.getRow(3).outlineLevel, sheet.getRow(4).outlineLevel, sheet.getRow(5).outlineLevel]).toEqual([1, 1, 0]);
    expect(sheet.pageSetup).toMatchObject({ orientation: "landscape", paperSize: 9, printTitlesRow: "1:1" });
    expect(sheet.getCell("B2").type).toBe(ExcelJS.ValueType.String);
  });

  it("replaces owned sheets in place, refuses to touch a user's sheet, and removes owned sheets", async () => {
    const book = XlsxWorkbook.create();
    await book.apply({ sheets: [scoring, plan("PL1 Xếp hạng", "annex-ranking", [[{ value: "cũ" }]])], state });
    const user = await roundTrip(book);
    // A sheet the user adds by hand has no mark.
    const withUserSheet = await (async () => {
      const excel = new ExcelJS.Workbook();
      await excel.xlsx.load(Buffer.from(await user.toBuffer()) as unknown as ExcelJS.Buffer);
      excel.addWorksheet("Ghi chú của tôi").getCell("A1").value = "của người dùng";
      const marked = await book.toBuffer();
      const parts = await readOfficeParts(marked);
      expect([...parts.marks]).toEqual([
        ["Chấm điểm", "scoring"],
        ["PL1 Xếp hạng", "annex-ranking"],
      ]);
      return XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
    })();
    // ExcelJS dropped the marks when it re-saved: that file has no owned sheets.
    expect((await withUserSheet.read({ ranges: [] })).sheets.map((s) => s.owned)).toEqual([null, null, null]);

    await expect(user.apply({ sheets: [plan("PL1 Xếp hạng", "annex-ranking", [[{ value: "mới" }]]), scoring] })).resolves.toBeUndefined();
    const after = await roundTrip(user);
    const snapshot = await after.read({ ranges: [{ sheet: "PL1 Xếp hạng" }] });
    expect(snapshot.sheets.map((s) => [s.name, s.owned])).toEqual([
      ["Chấm điểm", "scoring"],
      ["PL1 Xếp hạng", "annex-ranking"],
    ]);
    expect(snapshot.ranges[0].values).toEqual([["mới"]]);

    await expect(withUserSheet.apply({ sheets: [plan("Ghi chú của tôi", "annex-report", [])] })).rejects.toThrow("Ghi chú của tôi");
    await after.apply({ sheets: [], remove: ["PL1 Xếp hạng"] });
    expect((await after.read({ ranges: [] })).sheets.map((s) => s.name)).toEqual(["Chấm điểm"]);
  });
});

describe("reading a file Excel wrote", () => {
  it("translates shared formulas (Excel's fill-down) for every cell and keeps their cached results", async () => {
    const excel = new ExcelJS.Workbook();
    const sheet = excel.addWorksheet("Chấm điểm");
    [14.75, 4.5, 18.5].forEach((value, i) => (sheet.getCell(i + 1, 1).value = value));
    sheet.fillFormula("B1:B3", "ROUND(A1*100/20,2)/100", [0.7375, 0.225, 0.925]);
    const book = await XlsxWorkbook.fromBuffer(new Uint8Array(await excel.xlsx.writeBuffer()));
    const [range] = (await book.read({ ranges: [{ sheet: "Chấm điểm", address: "B1:B3", formulas: true }] })).ranges;
    expect(range.values).toEqual([[0.7375], [0.225], [0.925]]);
    expect(range.formulas).toEqual([["=ROUND(A1*100/20,2)/100"], ["=ROUND(A2*100/20,2)/100"], ["=ROUND(A3*100/20,2)/100"]]);
  });
});

describe("charts", () => {
  it("writes a plan's bar chart as DrawingML anchored where the plan says, and replaces it with the sheet", async () => {
    const ranking = plan("PL1 Xếp hạng", "annex-ranking", [
      [{ value: "Đơn vị" }, { value: "Chỉ số (%)" }],
      [{ value: "Xã Hòa An" }, { value: 95.25 }],
      [{ value: "Xã Đại Đồng" }, { value: 70.25 }],
    ]);
    ranking.charts = [{ type: "bar", title: "Chỉ số theo đơn vị", seriesName: "Chỉ số (%)", categories: "A2:A3", values: "B2:B3", from: "D2", to: "K20" }];
    const book = XlsxWorkbook.create();
    await book.apply({ sheets: [scoring, ranking], state });
    await book.apply({ sheets: [ranking] });
    const zip = await JSZip.loadAsync(await book.toBuffer());
    expect(
      Object.keys(zip.files)
        .filter((path) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(path))
        .sort(),
    ).toEqual(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml"]);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chart).toContain("<c:cat><c:strRef><c:f>'PL1 Xếp hạng'!$A$2:$A$3</c:f>");
    expect(chart).toContain("<c:val><c:numRef><c:f>'PL1 Xếp hạng'!$B$2:$B$3</c:f>");
    expect(chart).toContain("<a:t>Chỉ số theo đơn vị</a:t>");
    const drawing = await zip.file("xl/drawings/drawing1.xml")!.async("string");
    expect(drawing).toContain("<xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>19</xdr:row>");
    const parts = await readOfficeParts(await book.toBuffer());
    expect(parts.marks.get("PL1 Xếp hạng")).toBe("annex-ranking");
    const sheetXml = await zip.file((await sheetParts(zip)).get("PL1 Xếp hạng")!)!.async("string");
    expect(sheetXml).toMatch(/<customProperties>.*<\/customProperties><drawing r:id="rIdParIndexDrawing"\/><\/worksheet>$/);
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
  });
});

describe("the state part", () => {
  it("reads what it writes, escaped JSON or CDATA, and ignores other custom XML", () => {
    expect(stateFromXml(stateToXml(state))).toEqual(state);
    const cdata = `<?xml version="1.0"?><s xmlns="urn:par-index:state:v1"><![CDATA[${JSON.stringify(state)}]]></s>`;
    expect(stateFromXml(cdata)).toEqual(state);
    const base64 = Buffer.from(JSON.stringify(state), "utf8").toString("base64");
    expect(stateFromXml(`<s xmlns="urn:par-index:state:v1">${base64}</s>`)).toEqual(state);
    expect(stateFromXml(`<other xmlns="urn:else">{}</other>`)).toBeNull();
    expect(stateFromXml(`<s xmlns="urn:par-index:state:v1">{"version":2}</s>`)).toBeNull();
  });
});

describe("portValue", () => {
  it("maps ExcelJS values to the port's cell values", () => {
    expect(portValue({ formula: "PAR.PERCENT(E5:E9)", result: 85.5 })).toBe(85.5);
    expect(portValue({ sharedFormula: "E12", result: "Tốt" })).toBe("Tốt");
    expect(portValue({ error: "#NAME?" } as ExcelJS.CellErrorValue)).toBe("#NAME?");
    expect(portValue({ richText: [{ text: "Xã " }, { text: "An" }] })).toBe("Xã An");
    expect(portValue(undefined as unknown as ExcelJS.CellValue)).toBeNull();
  });
});
