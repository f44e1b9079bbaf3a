import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { runCli, scratchFolder } from "./cli-harness";
import { demoUnits } from "../../src/demo/demo-scores";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { readOfficeParts, writeOfficeParts } from "../../src/workbook/xlsx/xlsx-office-parts";

const files = scratchFolder();
afterAll(() => files.remove());

const units = ["Xã Đại Đồng", "Xã Ân Phú", "=Xã Bình Minh"];
const scores = {
  units: [
    { name: "Xã Đại Đồng", scores: { "1": 14, "2": 5, "3": 18.5, "4": 6, "5": 10, "6": 6.5, "7": 11, "8.1": 2, "8.2": 13.5, "8.3": 9.495 }, previousRank: 2 },
    { name: "Xã Ân Phú", scores: { "1": 12, "2": 4, "3": 15, "4": 5, "5": 9, "6": 3.5, "7": 10, "8.1": 1.5, "8.2": 11.25, "8.3": 8.75 }, previousRank: 1 },
  ],
};

async function excelSheet(path: string, sheet: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const found = workbook.getWorksheet(sheet);
  if (!found) throw new Error(`no sheet ${sheet}`);
  return found;
}

describe("par-index init", () => {
  it("writes the add-in's sheets with native formulas and the core's values cached", async () => {
    const list = files.write("units.txt", `\uFEFF${units.join("\r\n")}\n\n`);
    const out = files.path("book.xlsx");
    const run = await runCli([
      "init",
      "--template",
      "hai-duong-xa-2022",
      "--units",
      list,
      "--scores",
      files.write("s.json", scores),
      "--year",
      "2026",
      "--out",
      out,
    ]);
    expect(run.out).toBe(`Đã ghi "${out}" gồm các trang: Tiêu chí, Chấm điểm, Tự đánh giá, Giải trình, Cấu hình.\n`);
    expect(run.err).toContain("Đang lập các trang tính 3/3");
    // The third unit has no scores yet: warnings, not errors.
    expect(run.err).toContain("Điểm có 0 lỗi và 10 cảnh báo:");
    expect(run.err).toContain("[Cảnh báo] Chấm điểm!F4 – =Xã Bình Minh: Tiêu chí 1 chưa có điểm; được tính là 0");
    expect(run.code).toBe(0);

    const sheet = await excelSheet(out, "Chấm điểm");
    expect(sheet.getCell("D3").value).toBe("Xã Đại Đồng");
    expect(sheet.getCell("F3").value).toBe("=Xã Bình Minh");
    expect(sheet.getCell("D6").value).toBe(18.5);
    const total = sheet.getCell("D15");
    expect(total.formula).toBe("SUM(D4,D5,D6,D7,D8,D9,D10,D11)");
    expect(total.result).toBe(95.995);
    expect(sheet.getCell("D16").result).toBe(100); // the applicable maximum: nothing is KĐG
    const index = sheet.getCell("D25");
    expect(index.formula).toMatch(/^IF\(AND\(D16=0,\$C\$15>0\),"KĐG",ROUND\(ROUND\(D15\*100\/D16,10\),2\)\/100\)$/);
    expect(index.result).toBe(0.96);
    expect(index.numFmt).toBe("0.00%");
    expect(sheet.getCell("E27").result).toBe("Hoàn thành nhiệm vụ");
    const formulas = sheet
      .getSheetValues()
      .flat()
      .filter((v): v is ExcelJS.CellFormulaValue => typeof v === "object" && v !== null && "formula" in v);
    expect(formulas.length).toBeGreaterThan(40);
    expect(formulas.filter((f) => /PAR\.|_xlfn/.test(f.formula))).toEqual([]);

    const book = await XlsxWorkbook.fromBuffer(readFileSync(out));
    const snapshot = await book.read({ ranges: [] });
    expect(snapshot.state).toMatchObject({ units, year: 2026, dialect: "native", lang: "vi" });
    expect(snapshot.state?.template.id).toBe("hai-duong-xa-2022");
    expect(snapshot.sheets.map((s) => s.owned)).toEqual(["criteria", "scoring", "self-assessment", "explanations", "config"]);
  });

  it("takes the units from the scores file when --units is left out, and exits 1 when a score is wrong", async () => {
    const wrong = { units: [{ ...scores.units[0], scores: { ...scores.units[0].scores, "4": 6.5, "2": "4,5" } }] };
    const out = files.path("wrong.xlsx");
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", files.write("wrong.json", wrong), "--out", out]);
    expect(run.code).toBe(1);
    expect(run.err).toContain("Điểm có 2 lỗi và 0 cảnh báo:");
    expect(run.err).toContain("[Lỗi] Chấm điểm!D5 – Xã Đại Đồng: Tiêu chí 2:");
    expect(run.err).toContain("[Lỗi] Chấm điểm!D7 – Xã Đại Đồng: Tiêu chí 4: điểm 6,5 vượt điểm tối đa 6");
    expect((await excelSheet(out, "Chấm điểm")).getCell("D5").value).toBe("4,5");
  });

  it.each([
    ["no --out", ["--template", "hai-duong-xa-2022", "--units", "u.txt"], "Cần --out <sổ.xlsx> (sổ chấm điểm) hoặc --per-unit <thư-mục>"],
    ["neither --units nor --scores", ["--template", "hai-duong-xa-2022", "--out", "x.xlsx"], "Cần --units"],
    [
      "a bad year",
      ["--template", "hai-duong-xa-2022", "--units", "u.txt", "--year", "26", "--out", "x.xlsx"],
      '--year phải là một năm từ 1990 đến 2100 (ví dụ 2026), không phải "26"',
    ],
  ])("exits 2 for %s", async (_case, args, message) => {
    const run = await runCli(["init", ...args]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(message);
  });

  it("exits 2 for duplicate names, an empty list, and scored units missing from the list", async () => {
    const duplicates = files.write("dup.txt", "Xã Ân Phú\nxã  ân phú\n");
    const empty = files.write("empty.txt", "\n  \n");
    const short = files.write("short.txt", "Xã Ân Phú\n");
    const out = files.path("never.xlsx");
    const [dup, none, unknown] = await Promise.all([
      runCli(["init", "--template", "hai-duong-xa-2022", "--units", duplicates, "--out", out]),
      runCli(["init", "--template", "hai-duong-xa-2022", "--units", empty, "--out", out]),
      runCli(["init", "--template", "hai-duong-xa-2022", "--units", short, "--scores", files.write("s2.json", scores), "--out", out]),
    ]);
    expect([dup.code, none.code, unknown.code]).toEqual([2, 2, 2]);
    expect(dup.err).toContain('Đơn vị "xã ân phú" trùng với "Xã Ân Phú"');
    expect(none.err).toContain("không có tên đơn vị nào");
    expect(unknown.err).toContain("Tệp điểm có đơn vị không nằm trong danh sách --units: Xã Đại Đồng");
    expect(() => readFileSync(out)).toThrow();
  });
});

describe("par-index check", () => {
  const demoBook = async (name: string) => {
    const out = files.path(name);
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", files.write(`${name}.json`, { units: demoUnits() }), "--out", out]);
    expect(run.code).toBe(0);
    return out;
  };

  it("finds nothing wrong in a workbook init wrote (exit 0), in text and JSON", async () => {
    const book = await demoBook("clean.xlsx");
    const text = await runCli(["check", book]);
    expect(text).toMatchObject({ code: 0, out: "Không có lỗi: 25 đơn vị, mọi điểm hợp lệ.\n" });
    const json = await runCli(["check", book, "--json"]);
    expect(JSON.parse(json.out)).toEqual({
      file: book,
      template: "hai-duong-xa-2022",
      units: 25,
      errors: 0,
      warnings: 0,
      issues: [],
      mismatches: [],
      structure: [],
      notAssessed: [],
    });
  });

  it("lists the units with criteria not assessed (KĐG) as information, not errors (exit 0), in text and JSON", async () => {
    const ngocSon = { "1": 15, "2": 5, "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 12.5, "8.3": 0 };
    const input = files.write("kdg.json", {
      units: [
        { name: "Xã Ngọc Sơn", scores: ngocSon, notAssessed: ["3"] },
        { name: "Xã Đại Đồng", scores: scores.units[0].scores },
        { name: "Xã Tây Sơn", scores: { ...ngocSon, "3": 18.5, "6": "KĐG" } },
      ],
    });
    const book = files.path("kdg.xlsx");
    expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", input, "--out", book])).code).toBe(0);
    expect(await runCli(["check", book])).toEqual({
      code: 0,
      err: expect.any(String),
      out:
        "Không có lỗi: 3 đơn vị, mọi điểm hợp lệ.\n" +
        "2 đơn vị có tiêu chí không đánh giá (KĐG) – đây là thông tin, không phải lỗi:\n" +
        "  Xã Ngọc Sơn: không đánh giá 3; Chỉ số tính trên 81,5 điểm áp dụng.\n" +
        "  Xã Tây Sơn: không đánh giá 6; Chỉ số tính trên 93 điểm áp dụng.\n",
    });
    expect((await runCli(["check", book, "--lang", "en"])).out).toContain(
      "2 unit(s) with criteria not assessed (KĐG) – information, not errors:\n  Xã Ngọc Sơn: 3 not assessed; the index is taken over 81.5 applicable points.\n",
    );
    expect(JSON.parse((await runCli(["check", book, "--json"])).out).notAssessed).toEqual([
      { unit: "Xã Ngọc Sơn", codes: ["3"], max: 81.5 },
      { unit: "Xã Tây Sơn", codes: ["6"], max: 93 },
    ]);
  });

  it("lists every wrong score with its cell, and cached values that disagree with the core (exit 1)", async () => {
    const path = await demoBook("edited.xlsx");
    const original = readFileSync(path);
    // An officer edits the file in Excel: a text score, a score above the maximum, and an index whose cached result is stale.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(original as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet("Chấm điểm")!;
    sheet.getCell("E4").value = "14,5";
    sheet.getCell("F7").value = 6.5;
    sheet.getCell("D25").value = { formula: "ROUND(D15*100/D16,2)/100", result: 0.9 } as ExcelJS.CellFormulaValue;
    const resaved = new Uint8Array(await workbook.xlsx.writeBuffer());
    const withoutState = files.path("resaved.xlsx");
    writeFileSync(withoutState, resaved);
    // Excel keeps the add-in's state and sheet marks; ExcelJS alone drops them, so they are put back as Excel would.
    const edited = files.path("edited-in-excel.xlsx");
    writeFileSync(edited, await writeOfficeParts(resaved, await readOfficeParts(original)));

    const json = await runCli(["check", edited, "--json"]);
    expect(json.code).toBe(1);
    const result = JSON.parse(json.out);
    expect(result).toMatchObject({ units: 25, errors: 2, warnings: 0 });
    expect(result.issues).toEqual([
      expect.objectContaining({ unit: "Xã Yên Đức", code: "1", sheet: "Chấm điểm", address: "E4", value: "14,5", severity: "error", kind: "notANumber" }),
      expect.objectContaining({
        unit: "Xã Thạch Khôi",
        code: "4",
        address: "F7",
        value: 6.5,
        kind: "aboveMax",
        message: "Tiêu chí 4: điểm 6,5 vượt điểm tối đa 6",
      }),
    ]);
    expect(result.mismatches).toEqual([{ sheet: "Chấm điểm", address: "D25", unit: "Xã Hòa An", row: "Chỉ số (%)", cached: 0.9, expected: 0.9525 }]);
    const text = await runCli(["check", edited]);
    expect(text.code).toBe(1);
    expect(text.out).toContain("[Lỗi] Chấm điểm!E4 – Xã Yên Đức: Tiêu chí 1:");
    expect(text.out).toContain("Chấm điểm!D25 (Xã Hòa An, Chỉ số (%)): trong tệp là 0,9, tính lại là 0,9525");

    // With every score valid, a stale rank is reported too.
    const ranks = new ExcelJS.Workbook();
    await ranks.xlsx.load(original as unknown as ExcelJS.Buffer);
    ranks.getWorksheet("Chấm điểm")!.getCell("G28").value = { formula: "RANK(G25,$D$25:$AB$25)", result: 1 } as ExcelJS.CellFormulaValue;
    const staleRank = files.path("stale-rank.xlsx");
    writeFileSync(staleRank, await writeOfficeParts(new Uint8Array(await ranks.xlsx.writeBuffer()), await readOfficeParts(original)));
    const rank = await runCli(["check", staleRank, "--json"]);
    expect(rank.code).toBe(1);
    expect(JSON.parse(rank.out).mismatches).toEqual([{ sheet: "Chấm điểm", address: "G28", unit: "Xã Kim Sơn", row: "Xếp hạng", cached: 1, expected: 2 }]);

    const lost = await runCli(["check", withoutState]);
    expect(lost.code).toBe(2);
    expect(lost.err).toContain("Sổ tính chưa có bộ tiêu chí. Hãy nạp bộ tiêu chí trước.");
  });

  it("lists every error but at most 50 warnings in the terminal, and all of them in JSON", async () => {
    const list = files.write("many.txt", Array.from({ length: 6 }, (_, i) => `Xã Số ${i + 1}`).join("\n"));
    const book = files.path("empty.xlsx");
    expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", book])).code).toBe(0);
    const text = await runCli(["check", book]);
    expect(text.code).toBe(0);
    const lines = text.out.trimEnd().split("\n");
    expect(lines[0]).toBe("Điểm có 0 lỗi và 60 cảnh báo:");
    expect(lines.filter((line) => line.startsWith("  [Cảnh báo]"))).toHaveLength(50);
    expect(lines[lines.length - 1]).toBe('  … và 10 cảnh báo khác (xem đủ với "par-index check <sổ.xlsx> --json")');
    expect(JSON.parse((await runCli(["check", book, "--json"])).out).issues).toHaveLength(60);
  });

  it("exits 2 for a missing file, a file that is not .xlsx, and no file argument", async () => {
    const notXlsx = files.write("scores.xlsx", "not a zip");
    const runs = await Promise.all([runCli(["check", files.path("nowhere.xlsx")]), runCli(["check", notXlsx]), runCli(["check"])]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2]);
    expect(runs[0].err).toContain("ENOENT");
    expect(runs[1].err).toContain(`Tệp "${notXlsx}" không phải sổ tính Excel (.xlsx) đọc được`);
    expect(runs[2].err).toContain("Thiếu tệp sổ tính .xlsx: par-index check <sổ.xlsx>");
  });
});
