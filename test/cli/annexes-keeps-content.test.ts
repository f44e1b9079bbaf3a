import { linkSync, readFileSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { runCli, scratchFolder } from "./cli-harness";
import { demoUnits } from "../../src/demo/demo-scores";
import { readOfficeParts, writeOfficeParts } from "../../src/workbook/xlsx/xlsx-office-parts";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { sheetParts } from "../../src/workbook/xlsx/xlsx-package";
import { addUserContent, UserContent, withUserSheet } from "../workbook/xlsx/xlsx-user-content";
import { addPersons, addThreadedComment } from "../hostile/hostile-workbooks";

// Each test reads, reviews and writes a workbook: a loaded machine needs more than jest's 5 s.
jest.setTimeout(60_000);
const files = scratchFolder();
afterAll(() => files.remove());

/** A scored demo workbook (par-index init) to which the user added the sheet "Tổng hợp" and the content given. */
async function userBook(
  name: string,
  content: ReadonlyArray<readonly [string, UserContent]>,
  picture = false,
  edit?: (zip: JSZip) => Promise<void>,
): Promise<string> {
  const path = files.path(name);
  const init = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", files.write(`${name}.json`, { units: demoUnits() }), "--out", path]);
  expect(init.code).toBe(0);
  const original = readFileSync(path);
  const zip = await JSZip.loadAsync(await writeOfficeParts(await withUserSheet(original, "Tổng hợp", picture), await readOfficeParts(original)));
  for (const [sheet, kind] of content) await addUserContent(zip, sheet, kind);
  await edit?.(zip);
  writeFileSync(path, await zip.generateAsync({ type: "uint8array" }));
  return path;
}

/** Every part's bytes. */
async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, Buffer>();
  for (const path of Object.keys(zip.files).filter((p) => !zip.files[p].dir)) parts.set(path, Buffer.from(await zip.file(path)!.async("uint8array")));
  return parts;
}

/** The parts new sheets change: the workbook's list of sheets, its relationships, the content types and the formats. */
const WORKBOOK_LEVEL = ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"];

const ANNEXES = ["PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "Báo cáo"];

describe("par-index annexes keeps everything of the workbook it does not replace", () => {
  it("copies the user's chart, picture and every other part byte for byte, and warns of nothing", async () => {
    const book = await userBook("chart.xlsx", [["Tổng hợp", "chart"]], true);
    const before = readFileSync(book);
    const out = files.path("chart-result.xlsx");
    const run = await runCli(["annexes", book, "--out", out]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã ghi "${out}" gồm các trang: ${ANNEXES.join(", ")}.`);
    expect(run.err).not.toMatch(/Cảnh báo|không giữ được/);
    expect(readFileSync(book).equals(before)).toBe(true);

    const [original, written] = [await partsOf(before), await partsOf(readFileSync(out))];
    for (const [path, bytes] of original) {
      if (!WORKBOOK_LEVEL.includes(path)) expect([path, written.get(path)?.equals(bytes)]).toEqual([path, true]);
    }
    const excel = new ExcelJS.Workbook();
    await excel.xlsx.load(readFileSync(out) as unknown as ExcelJS.Buffer);
    expect(excel.getWorksheet("Tổng hợp")!.getImages()).toHaveLength(1);
    expect(excel.getWorksheet("Tổng hợp")!.getCell("B2").value).toBe(85.5);
  });

  it("keeps comment threads on Chấm điểm, their replies' authors and each cell's note, byte for byte", async () => {
    const book = await userBook("threads.xlsx", [], false, async (zip) => {
      await addThreadedComment(zip, "Chấm điểm", "E6", "Xem lại điểm này");
      await addPersons(zip);
    });
    const out = files.path("threads-result.xlsx");
    const run = await runCli(["annexes", book, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.err).not.toMatch(/Warning|lacks/);
    const [original, written] = [await partsOf(readFileSync(book)), await partsOf(readFileSync(out))];
    const scoring = (await sheetParts(await JSZip.loadAsync(readFileSync(book)))).get("Chấm điểm")!;
    for (const path of [
      "xl/threadedComments/threadedComment1.xml",
      "xl/persons/person.xml",
      scoring,
      scoring.replace("worksheets/", "worksheets/_rels/") + ".rels",
    ]) {
      expect([path, written.get(path)?.equals(original.get(path)!)]).toEqual([path, true]);
    }
  });

  it("may write over the original itself: pivot tables, macros and sparklines are still there after", async () => {
    const book = await userBook("same.xlsx", [
      ["Tổng hợp", "pivotTable"],
      ["Tổng hợp", "sparkline"],
      ["Tổng hợp", "macros"],
    ]);
    const alias = files.path("alias.xlsx");
    linkSync(book, alias);
    const before = await partsOf(readFileSync(book));
    const run = await runCli(["annexes", book, "--out", alias]);
    expect(run.code).toBe(0);
    const after = await partsOf(readFileSync(book));
    for (const path of [
      "xl/pivotTables/pivotTable1.xml",
      "xl/vbaProject.bin",
      (await sheetParts(await JSZip.loadAsync(readFileSync(book)))).get("Tổng hợp")!,
    ]) {
      expect([path, after.get(path)?.equals(before.get(path)!)]).toEqual([path, true]);
    }
  });

  it("replaces its own annexes on a second run, in place, leaving the other sheets where they were", async () => {
    const book = await userBook("plain.xlsx", [], true);
    const result = files.path("plain-result.xlsx");
    const first = await runCli(["annexes", book, "--out", result]);
    expect(first.code).toBe(0);
    const firstParts = await partsOf(readFileSync(result));

    const second = await runCli(["annexes", result, "--out", result]);
    expect(second.code).toBe(0);
    expect(second.err).not.toMatch(/Cảnh báo|không giữ được/);
    const sheets = (await (await XlsxWorkbook.fromBuffer(readFileSync(result))).read({ ranges: [] })).sheets.map((sheet) => sheet.name);
    expect(sheets).toEqual(["Tiêu chí", "Chấm điểm", "Tự đánh giá", "Giải trình", "Cấu hình", "Tổng hợp", ...ANNEXES]);
    // One chart, the ranking's: the first run's annexes left nothing behind.
    const zip = await JSZip.loadAsync(readFileSync(result));
    expect(Object.keys(zip.files).filter((path) => /^xl\/charts\/[^/]+\.xml$/.test(path))).toHaveLength(1);
    const secondParts = await partsOf(readFileSync(result));
    const kept = (await sheetParts(zip)).get("Tổng hợp")!;
    expect(secondParts.get(kept)?.equals(firstParts.get(kept)!)).toBe(true);
  });
});
