/**
 * Changes around the scores that used to pass unseen and change results:
 * a merge over score cells, a formula replaced by a typed number, a unit
 * typed in the next free column, last year's rank that is not a rank.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { addinWorkbookBytes, editCells, mergeCells, editPackage, fullScores } from "./hostile-workbooks";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());
const full = fullScores;
let book: Uint8Array;

beforeAll(async () => {
  const scores = files.write("scores.json", {
    units: [
      { name: "Xã A", scores: full, previousRank: 2 },
      { name: "Xã B", scores: { ...full, "1": 12 }, previousRank: 1 },
      { name: "Xã C", scores: { ...full, "1": 10 } },
    ],
  });
  const out = files.path("book.xlsx");
  expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", scores, "--year", "2026", "--out", out])).code).toBe(0);
  book = new Uint8Array(readFileSync(out));
}, 60_000);

async function checkAndAnnexes(name: string, bytes: Uint8Array) {
  const input = files.path(`${name}.xlsx`);
  writeFileSync(input, bytes);
  const check = await runCli(["check", input]);
  const annexes = await runCli(["annexes", input, "--out", files.path(`${name}-out.xlsx`)]);
  return { check, annexes: { ...annexes, err: annexes.err.replace(/^Đang.*\n/gm, "") } };
}

describe("merged cells over the scores", () => {
  it("reads the covered cell as blank (not the top-left value) and names the merged range; annexes refused, exit 1", async () => {
    // Xã C's field-1 score E4 is cleared and merged with Xã B's D4… here D4:E4 covers Xã A and Xã B.
    const cleared = await editCells(book, "Chấm điểm", (sheet: ExcelJS.Worksheet) => {
      sheet.getCell("E4").value = null;
    });
    const { check, annexes } = await checkAndAnnexes("merged", await editPackage(cleared, (zip) => mergeCells(zip, "Chấm điểm", "D4:E4")));
    expect(check.code).toBe(1);
    expect(check.out).toContain("[Cảnh báo] Chấm điểm!E4 – Xã B: Tiêu chí 1 chưa có điểm; được tính là 0");
    expect(check.out).toContain(
      "  [Lỗi] Chấm điểm!D4:E4: các ô D4:E4 bị gộp (Merge & Center) trong vùng điểm: Excel chỉ giữ giá trị của ô đầu, các ô còn lại bị tính là trống. Hãy bỏ gộp (Unmerge) rồi nhập lại điểm từng ô.",
    );
    expect(annexes.code).toBe(1);
    expect(annexes.err).toContain("Chưa lập phụ lục vì trang Chấm điểm bị sửa ngoài ô điểm");
    expect(annexes.err).toContain("Chấm điểm!D4:E4");
  }, 60_000);

  it("a merge outside the score area (the title) is not an error", async () => {
    const { check } = await checkAndAnnexes("title-merge", await editPackage(book, (zip) => mergeCells(zip, "Chấm điểm", "A1:F1")));
    expect(check.out).toBe("Không có lỗi: 3 đơn vị, mọi điểm hợp lệ.\n");
    expect(check.code).toBe(0);
  }, 60_000);
});

describe("a formula of Chấm điểm replaced", () => {
  it("by a typed number, and by another formula: each cell named with the formula it should hold, exit 1 for check and annexes", async () => {
    const bytes = await editCells(book, "Chấm điểm", (sheet) => {
      sheet.getCell("D15").value = 100;
      sheet.getCell("E25").value = { formula: "0.99", result: 0.99 } as ExcelJS.CellFormulaValue;
    });
    const { check, annexes } = await checkAndAnnexes("typed-total", bytes);
    expect(check.code).toBe(1);
    expect(check.out).toContain(
      "  [Lỗi] Chấm điểm!D15 – Xã A: ô này phải có công thức =SUM(D4,D5,D6,D7,D8,D9,D10,D11) nhưng đang là giá trị nhập tay 100, nên số liệu trên trang không còn đúng.",
    );
    expect(check.out).toMatch(/\[Lỗi\] Chấm điểm!E25 – Xã B: công thức của ô này phải là =IF\(AND\(E16=0,.* nhưng đã bị sửa thành =0.99\./);
    expect(annexes.code).toBe(1);
  }, 60_000);
});

describe("a PAR.* formula of a workbook made by the add-in", () => {
  /** Chấm điểm as the add-in writes it (PAR.* formulas), for Xã A, B and C. */
  const addinBook = () =>
    addinWorkbookBytes([
      { name: "Xã A", scores: full },
      { name: "Xã B", scores: { ...full, "1": 12 } },
      { name: "Xã C", scores: { ...full, "1": 10 } },
    ]);
  /** A formula rewritten, its cached result kept. */
  const rewrite = (sheet: ExcelJS.Worksheet, address: string, formula: string) => {
    const { result } = sheet.getCell(address).value as ExcelJS.CellFormulaValue;
    sheet.getCell(address).value = { formula, result } as ExcelJS.CellFormulaValue;
  };

  it("names the cell whose PAR.PERCENT became another formula or a typed number, and accepts the names Excel stores them under", async () => {
    const bytes = await editCells(await addinBook(), "Chấm điểm", (sheet) => {
      rewrite(sheet, "E18", 'PAR.PERCENT(E$4:E$5,$C$4:$C$5,$A$4:$A$5,"2",2)');
      sheet.getCell("D19").value = 95;
      // As Excel saves them: the add-in's functions under _xldudf_ (with a link prefix at times), or _xludf. without the add-in; case and spaces its own.
      rewrite(sheet, "D20", '_xldudf_PAR_PERCENT( d$7:d$7, $C$7:$C$7, $A$7:$A$7, "4", 2 )');
      rewrite(sheet, "D27", "[2]!_xldudf_PAR_CLASSIFY(D25,D17:D23,'Cấu hình'!$A$11:$C$14)");
      rewrite(sheet, "E26", "_xludf.PAR.BAND(E25,'Cấu hình'!A17:B20)");
      rewrite(sheet, "D21", 'PAR.PERCENT(D$8,$C$8,$A$8,"5",2)');
    });
    const { check, annexes } = await checkAndAnnexes("addin-formulas", bytes);
    expect(check.code).toBe(1);
    const formulaLines = check.out.split("\n").filter((line) => line.includes("công thức"));
    expect(formulaLines).toEqual([
      '  [Lỗi] Chấm điểm!E18 – Xã B: công thức của ô này phải là =PAR.PERCENT(E$5:E$5,$C$5:$C$5,$A$5:$A$5,"2",2) nhưng đã bị sửa thành =PAR.PERCENT(E$4:E$5,$C$4:$C$5,$A$4:$A$5,"2",2). Hãy chép lại công thức từ ô cùng hàng của đơn vị bên cạnh, hoặc nạp lại bộ tiêu chí trong phần bổ trợ.',
      '  [Lỗi] Chấm điểm!D19 – Xã A: ô này phải có công thức =PAR.PERCENT(D$6:D$6,$C$6:$C$6,$A$6:$A$6,"3",2) nhưng đang là giá trị nhập tay 95, nên số liệu trên trang không còn đúng. Hãy chép lại công thức từ ô cùng hàng của đơn vị bên cạnh, hoặc nạp lại bộ tiêu chí trong phần bổ trợ.',
    ]);
    expect(annexes.code).toBe(1);
    expect(annexes.err).toContain("Chấm điểm!E18");
  }, 60_000);
});

describe("a unit typed by hand in the next free column", () => {
  it("is reported with its column and first value, exit 1", async () => {
    const bytes = await editCells(book, "Chấm điểm", (sheet) => {
      sheet.getCell("G3").value = "Xã Mới";
      sheet.getCell("G4").value = 15;
      sheet.getCell("G6").value = 18;
    });
    const { check, annexes } = await checkAndAnnexes("stray", bytes);
    expect(check.code).toBe(1);
    expect(check.out).toContain('  [Lỗi] Chấm điểm!G3:G6: cột G có dữ liệu ("Xã Mới" ở G3) nhưng không thuộc đơn vị nào của sổ, nên không được chấm.');
    expect(annexes.code).toBe(1);
  }, 60_000);
});

describe("last year's rank that is not a rank", () => {
  it.each([
    ["text", "ba", '"ba"'],
    ["a fraction", 2.5, "2,5"],
    ["a negative number", -1, "-1"],
    ["zero", 0, "0"],
  ])(
    "%s is reported on its cell, exit 1",
    async (_name, value, shown) => {
      const bytes = await editCells(book, "Chấm điểm", (sheet) => {
        sheet.getCell("F29").value = value;
      });
      const { check } = await checkAndAnnexes(`rank-${String(value)}`, bytes);
      expect(check.code).toBe(1);
      expect(check.out).toContain(
        `  [Lỗi] Chấm điểm!F29 – Xã C: thứ hạng năm trước ${shown} không phải số nguyên dương (1, 2, 3…); hãy nhập lại hoặc để trống.`,
      );
    },
    60_000,
  );
});
