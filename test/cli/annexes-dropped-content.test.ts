import { linkSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { runCli, scratchFolder } from "./cli-harness";
import { demoUnits } from "../../src/demo/demo-scores";
import { readOfficeParts, writeOfficeParts } from "../../src/workbook/xlsx/xlsx-office-parts";
import { findDroppedContent } from "../../src/workbook/xlsx/xlsx-dropped-content";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { addUserContent, UserContent, withUserSheet } from "../workbook/xlsx/xlsx-user-content";
import ExcelJS from "exceljs";

// Each test reads, reviews and writes a workbook: a loaded machine needs more than jest's 5 s.
jest.setTimeout(60_000);
const files = scratchFolder();
afterAll(() => files.remove());

/** A scored demo workbook (par-index init) to which the user added the sheet "Tổng hợp" and the content given. */
async function userBook(name: string, content: ReadonlyArray<readonly [string, UserContent]>, picture = false): Promise<string> {
  const path = files.path(name);
  const init = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", files.write(`${name}.json`, { units: demoUnits() }), "--out", path]);
  expect(init.code).toBe(0);
  const original = readFileSync(path);
  const zip = await JSZip.loadAsync(await writeOfficeParts(await withUserSheet(original, "Tổng hợp", picture), await readOfficeParts(original)));
  for (const [sheet, kind] of content) await addUserContent(zip, sheet, kind);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
  return path;
}

const ADVICE_VI = (book: string) =>
  `Tệp gốc "${book}" không thay đổi; hãy dùng phần bổ trợ trong Excel để lập phụ lục ngay trong sổ gốc, hoặc chép các trang phụ lục từ tệp kết quả sang sổ gốc.`;

describe("par-index annexes on a workbook with content the .xlsx writer cannot carry over", () => {
  it("still writes --out, warns on stderr naming the sheet and the kind, and keeps the user's picture", async () => {
    const book = await userBook("chart.xlsx", [["Tổng hợp", "chart"]], true);
    const before = readFileSync(book);
    expect(await findDroppedContent(before)).toEqual([{ sheet: "Tổng hợp", kind: "chart" }]);
    const out = files.path("chart-result.xlsx");
    const run = await runCli(["annexes", book, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã ghi "${out}" gồm các trang: PL1 Xếp hạng, PL2 Phân loại, PL3 Lĩnh vực, Báo cáo.`);
    expect(run.err).toContain(
      [
        `Cảnh báo: tệp kết quả "${out}" không giữ được các nội dung sau của sổ gốc (chương trình đọc, ghi tệp .xlsx không chép được chúng):`,
        "  - trang 'Tổng hợp': biểu đồ",
        ADVICE_VI(book),
      ].join("\n"),
    );
    expect(readFileSync(book).equals(before)).toBe(true);

    // The warning is true: the user's chart is gone, only the annex's is left; the picture is kept.
    const written = readFileSync(out);
    expect(await findDroppedContent(written)).toEqual([{ sheet: "PL1 Xếp hạng", kind: "chart" }]);
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(written as unknown as ExcelJS.Buffer);
    expect(excel.getWorksheet("Tổng hợp")!.getImages()).toHaveLength(1);
    expect(excel.getWorksheet("Tổng hợp")!.getCell("B2").value).toBe(85.5);
  });

  it("lists every sheet and kind, the workbook's macros last, in English under --lang en", async () => {
    const book = await userBook("many.xlsx", [
      ["Chấm điểm", "chart"],
      ["Tổng hợp", "textBox"],
      ["Tổng hợp", "pivotTable"],
      ["Tổng hợp", "sparkline"],
      ["Tổng hợp", "macros"],
    ]);
    const out = files.path("many-result.xlsx");
    const run = await runCli(["annexes", book, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.err).toContain(
      [
        `Warning: the result "${out}" lacks this content of the original workbook (the .xlsx reader and writer cannot copy it):`,
        "  - sheet 'Chấm điểm': charts",
        "  - sheet 'Tổng hợp': shapes and text boxes, pivot tables, sparklines",
        "  - the whole workbook: macros (VBA)",
        `The original "${book}" is unchanged; build the annexes inside it with the Excel add-in, or copy the annex sheets from the result into it.`,
      ].join("\n"),
    );
  });

  it("refuses to write over the input (exit 2), by its own path or another name of the same file", async () => {
    const book = await userBook("same.xlsx", [["Tổng hợp", "pivotTable"]]);
    const before = readFileSync(book);
    const alias = files.path("alias.xlsx");
    linkSync(book, alias);
    for (const out of [book, alias]) {
      const run = await runCli(["annexes", book, "--out", out]);
      expect(run.code).toBe(2);
      expect(run.err).toContain(
        [
          `Không ghi đè "${out}": sổ này có nội dung mà tệp ghi ra sẽ không giữ được:`,
          "  - trang 'Tổng hợp': bảng tổng hợp (PivotTable)",
          "Hãy chọn --out là một tệp khác (sổ gốc giữ nguyên), hoặc dùng phần bổ trợ trong Excel để lập phụ lục ngay trong sổ này.",
        ].join("\n"),
      );
    }
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  it("says nothing for a plain workbook, nor for the annexes' own chart on a second run, which may overwrite its input", async () => {
    const book = await userBook("plain.xlsx", [], true);
    const result = files.path("plain-result.xlsx");
    const first = await runCli(["annexes", book, "--out", result]);
    expect(first.code).toBe(0);
    expect(first.err).not.toMatch(/Cảnh báo|không giữ được/);
    expect(await findDroppedContent(readFileSync(result))).toEqual([{ sheet: "PL1 Xếp hạng", kind: "chart" }]);

    const second = await runCli(["annexes", result, "--out", result]);
    expect(second.code).toBe(0);
    expect(second.err).not.toMatch(/Cảnh báo|không giữ được/);
    const sheets = (await (await XlsxWorkbook.fromBuffer(readFileSync(result))).read({ ranges: [] })).sheets.map((sheet) => sheet.name);
    expect(sheets).toEqual([
      "Tiêu chí",
      "Chấm điểm",
      "Tự đánh giá",
      "Giải trình",
      "Cấu hình",
      "Tổng hợp",
      "PL1 Xếp hạng",
      "PL2 Phân loại",
      "PL3 Lĩnh vực",
      "Báo cáo",
    ]);
  });
});
