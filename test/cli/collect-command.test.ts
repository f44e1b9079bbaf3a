/**
 * `par-index collect`: the units' returned files into the scoring workbook,
 * each refused file listed with its cells and changing nothing, the others
 * collected; a unit collected again only with --replace; exit codes 0/1/2.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { runCli, scratchFolder } from "./cli-harness";
import { fillSelfAssessment } from "../season/fill-self-assessment";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { SHEET_NAMES } from "../../src/sheet/names";

jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());

const UNITS = ["Xã Hòa An", "Xã Yên Đức", "Phường Đông Ngàn", "Thị trấn Tứ Kỳ"];
const book = files.path("cham-diem.xlsx");
const perUnit = (unit: string) => files.path(`tu-cham/${unit}.xlsx`);

async function selfValues(path: string, address: string, sheet: string = SHEET_NAMES["self-assessment"]) {
  const workbook = await XlsxWorkbook.fromBuffer(readFileSync(path));
  return (await workbook.read({ ranges: [{ sheet, address }] })).ranges[0].values;
}

async function returned(name: string, from: string, filling: Parameters<typeof fillSelfAssessment>[1]): Promise<string> {
  const path = files.path(`tra-ve/${name}.xlsx`);
  mkdirSync(files.path("tra-ve"), { recursive: true });
  writeFileSync(path, await fillSelfAssessment(readFileSync(from), filling));
  return path;
}

beforeAll(async () => {
  const units = files.write("xa.txt", UNITS.join("\n"));
  const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", units, "--year", "2026", "--out", book, "--per-unit", files.path("tu-cham")]);
  expect(run.code).toBe(0);
  // Files that are not this season's: another template, another year, a unit not in the book.
  const other = files.write("khac.txt", "Xã Yên Đức\nXã Lạ");
  expect((await runCli(["init", "--template", "phu-yen-xa-2022", "--units", other, "--year", "2026", "--per-unit", files.path("khac-bo")])).code).toBe(0);
  expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--units", other, "--year", "2025", "--per-unit", files.path("khac-nam")])).code).toBe(0);
  expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--units", other, "--year", "2026", "--per-unit", files.path("la")])).code).toBe(0);
});

describe("par-index collect", () => {
  it("collects the valid files and refuses each bad one with its file, unit and cell (exit 1)", async () => {
    const valid = await returned("hoa-an", perUnit("Xã Hòa An"), {
      scores: { "1": 14, "2": 4.5, "3": "KĐG", "8.1": 1.5 },
      texts: { "1": "Kế hoạch số 12/KH-UBND ngày 5/1/2026", "8.1": "Báo cáo số 3" },
    });
    const invalid = await returned("dong-ngan", perUnit("Phường Đông Ngàn"), { scores: { "1": 16, "2": "4,5" } });
    const edited = await returned("tu-ky", perUnit("Thị trấn Tứ Kỳ"), { edit: (sheet) => sheet.spliceRows(10, 1), scores: { "1": 10 } });
    const wrongTemplate = await returned("khac-bo", files.path("khac-bo/Xã Yên Đức.xlsx"), { scores: { "1": 5 } });
    const wrongYear = await returned("khac-nam", files.path("khac-nam/Xã Yên Đức.xlsx"), { scores: { "1": 5 } });
    const unknown = await returned("la", files.path("la/Xã Lạ.xlsx"), { scores: { "1": 5 } });
    const notXlsx = files.write("ghi-chu.xlsx", "không phải sổ tính");
    const before = readFileSync(book);
    const run = await runCli(["collect", book, valid, invalid, edited, wrongTemplate, wrongYear, unknown, notXlsx]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`[Đã gộp] ${valid} – Xã Hòa An: `);
    expect(run.out).toContain(`[Từ chối] ${invalid} – Phường Đông Ngàn: có điểm không hợp lệ; tệp không được gộp:`);
    expect(run.out).toContain("    Tự chấm!D8: Tiêu chí 1: điểm 16 vượt điểm tối đa 15");
    expect(run.out).toContain('    Tự chấm!D9: Tiêu chí 2: "4,5" là chữ');
    expect(run.out).toContain(`[Từ chối] ${edited} – Thị trấn Tứ Kỳ: cấu trúc tệp đã bị sửa; tệp không được gộp:`);
    expect(run.out).toContain('    Tự chấm!A10: Cấu trúc tệp đã bị sửa: ô A10 phải là mã 3 nhưng đang là "4"');
    expect(run.out).toContain(`[Từ chối] ${wrongTemplate} – Xã Yên Đức: khác bộ tiêu chí; tệp không được gộp:`);
    expect(run.out).toContain(`[Từ chối] ${wrongYear} – Xã Yên Đức: khác năm đánh giá; tệp không được gộp:`);
    expect(run.out).toContain("    Tự chấm!B4: Tệp là của năm 2025 (ô B4), sổ chấm điểm là năm 2026");
    expect(run.out).toContain(`[Từ chối] ${unknown} – Xã Lạ: đơn vị không có trong sổ chấm điểm; tệp không được gộp:`);
    expect(run.out).toContain(`[Từ chối] ${notXlsx}: không phải sổ tính .xlsx; tệp không được gộp:`);
    expect(run.out).toContain("Đã gộp 1/7 tệp tự chấm; 6 tệp bị từ chối.");
    expect(readFileSync(book).equals(before)).toBe(false);
    // Xã Hòa An is the first unit: column D of the self-assessment area, rows as on Chấm điểm.
    expect(await selfValues(book, "D4:D6")).toEqual([[14], [4.5], ["KĐG"]]);
    expect(await selfValues(book, "E4:G4")).toEqual([[null, null, null]]);
    expect(await selfValues(book, "D4", SHEET_NAMES.explanations)).toEqual([["Kế hoạch số 12/KH-UBND ngày 5/1/2026"]]);
  });

  it("refuses two files of the same unit, both", async () => {
    const one = await returned("yen-duc-1", perUnit("Xã Yên Đức"), { scores: { "1": 12 } });
    const two = await returned("yen-duc-2", perUnit("Xã Yên Đức"), { scores: { "1": 13 } });
    const run = await runCli(["collect", book, one, two, "--out", files.path("dup.xlsx")]);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`[Từ chối] ${one} – Xã Yên Đức: hai tệp của cùng một đơn vị`);
    expect(run.out).toContain(`[Từ chối] ${two} – Xã Yên Đức: hai tệp của cùng một đơn vị`);
    expect(await selfValues(files.path("dup.xlsx"), "E4")).toEqual([[null]]);
  });

  it("lists what re-collecting a unit would change, and replaces it only with --replace", async () => {
    const changed = await returned("hoa-an-2", perUnit("Xã Hòa An"), {
      scores: { "1": 13.5, "2": 4.5, "3": "KĐG", "8.1": 1.5 },
      texts: { "1": "Kế hoạch số 12/KH-UBND ngày 5/1/2026", "8.1": "Báo cáo số 3" },
    });
    const asked = await runCli(["collect", book, changed]);
    expect(asked.code).toBe(1);
    expect(asked.out).toContain(
      `[Chưa gộp] ${changed} – Xã Hòa An: sổ đã có phần tự chấm khác của đơn vị này; 1 ô sẽ thay đổi (chạy lại với --replace để thay):`,
    );
    expect(asked.out).toContain("    Tự đánh giá!D4 (1, điểm): 14 → 13,5");
    expect(await selfValues(book, "D4")).toEqual([[14]]);
    const replaced = await runCli(["collect", book, changed, "--replace"]);
    expect(replaced.code).toBe(0);
    expect(replaced.out).toContain(`[Đã thay] ${changed} – Xã Hòa An: 1 ô thay đổi`);
    expect(await selfValues(book, "D4")).toEqual([[13.5]]);
    const modified = statSync(book).mtimeMs;
    const same = await runCli(["collect", book, changed]);
    expect(same.code).toBe(0);
    expect(same.out).toContain(`[Không đổi] ${changed} – Xã Hòa An`);
    expect(same.out).toContain(`Không có gì mới để ghi; "${book}" giữ nguyên.`);
    expect(statSync(book).mtimeMs).toBe(modified);
  });

  it("exits 2 when the workbook cannot take self-assessments, or no file is given", async () => {
    const notBook = await runCli(["collect", perUnit("Xã Yên Đức"), perUnit("Xã Hòa An")]);
    expect(notBook.code).toBe(2);
    expect(notBook.err).toContain("Chấm điểm");
    const none = await runCli(["collect", book, "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.err).toContain("Missing files: par-index collect <book.xlsx> <self-assessment.xlsx>…");
  });
});
