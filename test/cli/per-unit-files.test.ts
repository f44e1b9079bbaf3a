/**
 * `par-index init --per-unit`: one self-assessment file per unit with the
 * pinned layout, nothing overwritten unasked, nothing half-written.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runCli, scratchFolder } from "./cli-harness";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { templateHash } from "../../src/core/template-hash";
import { findBuiltInTemplate } from "../../src/templates/registry";
import type { CompiledTemplate } from "../../src/core/template-tree";

const files = scratchFolder();
afterAll(() => files.remove());
const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
const phuYen = findBuiltInTemplate("phu-yen-xa-2022") as CompiledTemplate;

async function sheetOf(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Tự chấm"]);
  return workbook.worksheets[0];
}

describe("par-index init --per-unit", () => {
  const units = files.write("units.txt", "Xã Hòa An\nPhường Đông Ngàn\nXã A/B\nXa\u0303 A-B\n");

  it("writes one file per unit, named safely and uniquely, Vietnamese letters kept", async () => {
    const folder = files.path("season");
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", units, "--year", "2026", "--per-unit", folder]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("Đã tạo 4 tệp tự chấm");
    expect(readdirSync(folder).sort()).toEqual(["Phường Đông Ngàn.xlsx", "Xã A-B (2).xlsx", "Xã A-B.xlsx", "Xã Hòa An.xlsx"]);
  });

  it("lays out the sheet Tự chấm as pinned: unit on top, Mã as text, score and explanation columns, identity cells", async () => {
    const sheet = await sheetOf(files.path("season/Phường Đông Ngàn.xlsx"));
    expect(sheet.getCell("B2").value).toBe("Phường Đông Ngàn");
    expect(sheet.getCell("B4").value).toBe(2026);
    expect(sheet.getCell("B5").value).toBe(templateHash(haiDuong.definition));
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => sheet.getRow(7).getCell(c).value)).toEqual([
      "Mã",
      "Nội dung",
      "Điểm tối đa",
      "Điểm tự chấm",
      "Giải trình, tài liệu kiểm chứng",
      "Hướng dẫn chấm điểm",
      "Điểm tối đa áp dụng",
    ]);
    const codes = haiDuong.nodes.map((_, i) => sheet.getCell(`A${8 + i}`).value);
    expect(codes).toEqual(haiDuong.nodes.map((node) => node.code));
    expect(codes.every((code) => typeof code === "string")).toBe(true);
    const total = sheet.getCell(`D${8 + haiDuong.nodes.length}`).value as ExcelJS.CellFormulaValue;
    expect(total.formula).toBe("SUM(D8,D9,D10,D11,D12,D13,D14,D15)");
  });

  it("protects the sheet with only the leaves' score and explanation cells unlocked", async () => {
    const sheet = await sheetOf(files.path("season/Xã Hòa An.xlsx"));
    const unlocked: string[] = [];
    sheet.eachRow((row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        if (cell.protection?.locked === false) unlocked.push(cell.address);
      }),
    );
    const leafRows = haiDuong.leaves.map((leaf) => 8 + leaf);
    expect(unlocked.sort()).toEqual(leafRows.flatMap((row) => [`D${row}`, `E${row}`]).sort());
    const protection = (sheet as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
    expect(protection?.sheet).toBe(true);
  });

  it("stores the template, the unit and the year in the workbook's state too", async () => {
    const workbook = await XlsxWorkbook.fromBuffer(readFileSync(files.path("season/Xã A-B (2).xlsx")));
    const snapshot = await workbook.read({ ranges: [] });
    expect(snapshot.state?.units).toEqual(["Xã A-B"]);
    expect(snapshot.state?.year).toBe(2026);
    expect(templateHash(snapshot.state?.template ?? haiDuong.definition)).toBe(templateHash(haiDuong.definition));
    expect(snapshot.sheets).toEqual([{ name: "Tự chấm", position: 0, owned: "unit-self-assessment" }]);
  });

  it("offers the allowed levels and KĐG as the drop-down of a levelled criterion", async () => {
    const template = files.write("levels.json", {
      id: "muc-diem",
      name: "Bộ có mức điểm",
      fields: [
        {
          code: "1",
          title: "Lĩnh vực 1",
          max: 3,
          children: [
            { code: "1.1", title: "Ban hành kế hoạch", max: 1, levels: [1, 0.5, 0], guidance: "Đúng hạn: 1; chậm: 0,5" },
            { code: "1.2", title: "Tỷ lệ hồ sơ", max: 2 },
          ],
        },
      ],
    });
    const folder = files.path("levels");
    expect((await runCli(["init", "--template", template, "--units", units, "--per-unit", folder])).code).toBe(0);
    const sheet = await sheetOf(`${folder}/Xã Hòa An.xlsx`);
    expect(["H9", "I9", "J9", "K9"].map((a) => sheet.getCell(a).value)).toEqual([1, 0.5, 0, "KĐG"]);
    expect(sheet.getCell("F9").value).toBe("Đúng hạn: 1; chậm: 0,5");
    const validations = (sheet as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(validations.D9).toMatchObject({ type: "list", formulae: ["$H$9:$K$9"] });
    expect(validations.D10.type).toBe("custom");
    expect(validations.D10.formulae[0]).toBe('OR(AND(ISNUMBER(D10),D10>=0,D10<=$C10),OR(TRIM(D10)="KĐG",TRIM(D10)="KDG",TRIM(D10)="không đánh giá"))');
    expect(sheet.getCell("B4").value).toBeNull();
  });

  it("refuses to overwrite files already there (exit 2, nothing written), and overwrites them with --force", async () => {
    const folder = files.path("again");
    expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--units", units, "--per-unit", folder])).code).toBe(0);
    const kept = files.path("again/Xã Hòa An.xlsx");
    writeFileSync(kept, "đã điền");
    const refused = await runCli(["init", "--template", "phu-yen-xa-2022", "--units", units, "--per-unit", folder]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain("Không ghi đè 4 tệp đã có");
    expect(refused.err).toContain("--force");
    expect(readFileSync(kept, "utf8")).toBe("đã điền");
    const forced = await runCli(["init", "--template", "phu-yen-xa-2022", "--units", units, "--per-unit", folder, "--force"]);
    expect(forced.code).toBe(0);
    expect((await sheetOf(kept)).getCell("B5").value).toBe(templateHash(phuYen.definition));
    expect(readdirSync(folder).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses duplicate unit names and a missing destination", async () => {
    const duplicates = files.write("dup.txt", "Xã Hòa An\nxã  hòa an\n");
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", duplicates, "--per-unit", files.path("dup")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("trùng");
    const neither = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", units, "--lang", "en"]);
    expect(neither.code).toBe(2);
    expect(neither.err).toContain("--per-unit");
  });
});
