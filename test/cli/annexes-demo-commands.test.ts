import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli, scratchFolder } from "./cli-harness";
import { demoTemplate, demoUnits } from "../../src/demo/demo-scores";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { readOfficeParts, writeOfficeParts } from "../../src/workbook/xlsx/xlsx-office-parts";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";

const files = scratchFolder();
afterAll(() => files.remove());

const ANNEXES = ["PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "Báo cáo"];
const CLASS_SUMMARY = "Xếp loại: Hoàn thành xuất sắc nhiệm vụ 3, Hoàn thành tốt nhiệm vụ 7, Hoàn thành nhiệm vụ 10, Không hoàn thành nhiệm vụ 5.";

async function sheetsOf(path: string) {
  const book = await XlsxWorkbook.fromBuffer(readFileSync(path));
  return (await book.read({ ranges: [] })).sheets.map((sheet) => [sheet.name, sheet.owned]);
}

async function initDemo(name: string): Promise<string> {
  const out = files.path(name);
  const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", files.write(`${name}.json`, { units: demoUnits() }), "--out", out]);
  expect(run.code).toBe(0);
  return out;
}

describe("par-index demo", () => {
  it("writes the scored demo province with every annex, reporting progress on stderr", async () => {
    const out = files.path("demo.xlsx");
    const run = await runCli(["demo", "--out", out]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(
      `Đã tạo sổ minh họa "${out}": 25 xã, thị trấn của một tỉnh giả định, đã chấm điểm và lập phụ lục. Mở bằng Excel hoặc LibreOffice.\n${CLASS_SUMMARY}\n`,
    );
    expect(run.err).toContain("Đang lập phụ lục… 4/4");
    expect(await sheetsOf(out)).toEqual([
      ["Tiêu chí", "criteria"],
      ["Chấm điểm", "scoring"],
      ["Tự đánh giá", "self-assessment"],
      ["Giải trình", "explanations"],
      ["Cấu hình", "config"],
      ["PL1 Xếp hạng", "annex-ranking"],
      ["PL2 Phân loại", "annex-classification"],
      ["PL3 Lĩnh vực", "annex-fields"],
      ["Báo cáo", "annex-report"],
    ]);
    expect(await runCli(["check", out])).toMatchObject({ code: 0, out: "Không có lỗi: 25 đơn vị, mọi điểm hợp lệ.\n" });
  });

  it("needs --out (exit 2)", async () => {
    expect(await runCli(["demo"])).toMatchObject({ code: 2, err: expect.stringContaining("Thiếu tùy chọn --out") });
  });

  it("--set 2025 writes the illustrative 2025-style set: a criterion not assessed, bonus and penalty points", async () => {
    const out = files.path("demo-2025.xlsx");
    const run = await runCli(["demo", "--out", out, "--set", "2025"]);
    expect(run.code).toBe(0);
    expect(run.out).toContain("12 xã");
    const check = JSON.parse((await runCli(["check", out, "--json"])).out);
    expect(check).toMatchObject({ template: "minh-hoa-xa-2025", units: 12, errors: 0, warnings: 1, mismatches: [] });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    const pl1 = book.getWorksheet("PL1 Xếp hạng")!;
    expect([19, 20, 21, 22].map((column) => pl1.getRow(3).getCell(column).value)).toEqual(["Điểm thưởng", "Điểm trừ", "Điểm tối đa áp dụng", "Tổng điểm"]);
    const report = book.getWorksheet("Báo cáo")!;
    const sentences = report
      .getSheetValues()
      .flat()
      .filter((value): value is string => typeof value === "string");
    expect(sentences).toContain("UBND xã Tây Sơn: Chỉ số tính trên 97 điểm áp dụng (không đánh giá: 6.1).");
    expect(await runCli(["demo", "--out", files.path("x.xlsx"), "--set", "2030"])).toMatchObject({
      code: 2,
      err: expect.stringContaining('--set phải là 2022 hoặc 2025, không phải "2030".'),
    });
  });
});

describe("par-index annexes", () => {
  it("adds the annexes to a new file, leaves the input as it was, and replaces them on a second run", async () => {
    const book = await initDemo("book.xlsx");
    const before = readFileSync(book);
    const result = files.path("result.xlsx");
    const run = await runCli(["annexes", book, "--out", result]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Đã ghi "${result}" gồm các trang: ${ANNEXES.join(", ")}.\n${CLASS_SUMMARY}\n`);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect((await sheetsOf(result)).map(([name]) => name)).toEqual(["Tiêu chí", "Chấm điểm", "Tự đánh giá", "Giải trình", "Cấu hình", ...ANNEXES]);

    const again = files.path("again.xlsx");
    expect((await runCli(["annexes", result, "--out", again])).code).toBe(0);
    expect((await sheetsOf(again)).map(([name]) => name)).toEqual(["Tiêu chí", "Chấm điểm", "Tự đánh giá", "Giải trình", "Cấu hình", ...ANNEXES]);
  });

  it("refuses while a score is invalid, listing each one (exit 1, nothing written)", async () => {
    const units = demoUnits().map((unit, u) => (u === 1 ? { ...unit, scores: { ...unit.scores, "2": 5.5 } } : unit));
    const book = files.path("invalid.xlsx");
    expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", files.write("invalid.json", { units }), "--out", book])).code).toBe(1);
    const out = files.path("never.xlsx");
    const run = await runCli(["annexes", book, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("Chưa lập phụ lục vì còn điểm không hợp lệ; sửa các lỗi sau rồi chạy lại:");
    expect(run.err).toContain("[Lỗi] Chấm điểm!E5 – Xã Yên Đức: Tiêu chí 2: điểm 5,5 vượt điểm tối đa 5");
    expect(existsSync(out)).toBe(false);
  });

  it("never overwrites a sheet the user made under an annex's name (exit 2)", async () => {
    const book = await initDemo("user-sheet.xlsx");
    const original = readFileSync(book);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(original as unknown as ExcelJS.Buffer);
    workbook.addWorksheet("PL1 Xếp hạng").getCell("A1").value = "Bảng của tôi";
    const withUserSheet = files.path("with-user-sheet.xlsx");
    writeFileSync(withUserSheet, await writeOfficeParts(new Uint8Array(await workbook.xlsx.writeBuffer()), await readOfficeParts(original)));
    const run = await runCli(["annexes", withUserSheet, "--out", files.path("x.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("PL1 Xếp hạng");
  });

  it("reads a workbook made by the add-in (PAR.* formulas, the add-in's state and sheet marks)", async () => {
    const addin = XlsxWorkbook.create();
    const units = demoUnits();
    const loaded = await loadTemplateIntoWorkbook(
      addin,
      demoTemplate(),
      units.map((unit) => unit.name),
      { dialect: "par", scores: units, year: 2026 },
    );
    expect(loaded.ok).toBe(true);
    const path = files.path("addin.xlsx");
    writeFileSync(path, await addin.toBuffer());
    const formulas = (await (await XlsxWorkbook.fromBuffer(readFileSync(path))).read({ ranges: [{ sheet: "Chấm điểm", address: "D24", formulas: true }] }))
      .ranges[0];
    expect(formulas.formulas?.[0][0]).toMatch(/^=PAR\.PERCENT\(/);
    expect(await runCli(["check", path])).toMatchObject({ code: 0, out: "Không có lỗi: 25 đơn vị, mọi điểm hợp lệ.\n" });
    const out = files.path("addin-result.xlsx");
    expect(await runCli(["annexes", path, "--out", out])).toMatchObject({ code: 0, out: expect.stringContaining(CLASS_SUMMARY) });

    // Opened and recalculated in Excel without the add-in, every PAR formula caches #NAME?: the check says where.
    const zip = await JSZip.loadAsync(readFileSync(path));
    const scoringPart = "xl/worksheets/sheet2.xml";
    const xml = await zip.file(scoringPart)!.async("string");
    zip.file(scoringPart, xml.replace(/<c ([^>]*?)(?: t="[^"]*")?><f>([^<]*)<\/f>(?:<v>[^<]*<\/v>)?<\/c>/g, '<c $1 t="e"><f>$2</f><v>#NAME?</v></c>'));
    const withoutAddin = files.path("addin-name-errors.xlsx");
    writeFileSync(withoutAddin, await zip.generateAsync({ type: "uint8array" }));
    const json = await runCli(["check", withoutAddin, "--json"]);
    expect(json.code).toBe(1);
    const mismatches = JSON.parse(json.out).mismatches;
    // Per commune: field 8 (parent of 8.1–8.3), total, applicable maximum, 8 field percentages, index, band, class, rank.
    expect(mismatches).toHaveLength(25 * 15);
    expect(mismatches[0]).toEqual({
      sheet: "Chấm điểm",
      address: "D11",
      unit: "Xã Hòa An",
      row: "Đánh giá tác động của cải cách hành chính",
      cached: "#NAME?",
      expected: 23.5,
    });
    const text = await runCli(["check", withoutAddin]);
    expect(text.out).toContain('Chấm điểm!D11 (Xã Hòa An, Đánh giá tác động của cải cách hành chính): trong tệp là "#NAME?", tính lại là 23,5');
    expect(text.out).toContain("  … và 355 ô khác (xem đủ với --json)");
  });

  it("exits 2 without a workbook, without --out, and for a workbook with no template", async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").getCell("A1").value = 1;
    const path = files.path("plain.xlsx");
    await plain.xlsx.writeFile(path);
    const runs = await Promise.all([
      runCli(["annexes", "--out", "x.xlsx"]),
      runCli(["annexes", path]),
      runCli(["annexes", path, "--out", files.path("y.xlsx")]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[0].err).toContain("par-index annexes <sổ.xlsx>");
    expect(runs[1].err).toContain("Thiếu tùy chọn --out");
    expect(runs[2].err).toContain("Sổ tính chưa có bộ tiêu chí");
  });
});
