/**
 * Workbooks as other tools and other hands leave them: read without a crash,
 * notes kept, what cannot be kept said, and what is not an .xlsx workbook
 * named for what it is.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { normalisePackage } from "../../src/workbook/xlsx/xlsx-open";
import {
  addDefaultNamespaceDrawing,
  addLastRowCell,
  addOpenpyxlNotes,
  addTableWithoutStyle,
  addThreadedComment,
  editPackage,
  withDataSheet,
  withState,
  zipOf,
} from "./hostile-workbooks";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());
const bin = join(__dirname, "../../bin/par-index.cjs");
let demo: Uint8Array;
let withUser: Uint8Array;

beforeAll(async () => {
  const path = files.path("demo.xlsx");
  expect((await runCli(["demo", "--out", path])).code).toBe(0);
  demo = new Uint8Array(readFileSync(path));
  withUser = await withDataSheet(demo);
}, 60_000);

async function annexes(name: string, bytes: Uint8Array, lang = "vi") {
  const input = files.path(`${name}.xlsx`);
  writeFileSync(input, bytes);
  const out = files.path(`${name}-out.xlsx`);
  const run = await runCli(["annexes", input, "--out", out, "--lang", lang]);
  return { ...run, out, err: run.err.replace(/^(Đang|Building).*\n/gm, "") };
}

/** A sheet of a written file as ExcelJS reads it, after the renaming of parts it needs (xlsx-open.ts: openpyxl's notes). */
async function sheetOf(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  await normalisePackage(zip);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await zip.generateAsync({ type: "nodebuffer" })) as unknown as ExcelJS.Buffer);
  return workbook.getWorksheet(name) as ExcelJS.Worksheet;
}

/** Whether a part of the written file holds the same bytes as in the file read. */
async function samePart(input: Uint8Array, out: string, path: string): Promise<boolean> {
  const read = async (bytes: Uint8Array) => Buffer.from((await (await JSZip.loadAsync(bytes)).file(path)?.async("uint8array")) ?? []);
  const [a, b] = [await read(input), await read(readFileSync(out))];
  return a.length > 0 && a.equals(b);
}

/** A note's text, whether ExcelJS gives it as a string or as rich text. */
function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  return typeof note === "string" ? note : (note?.texts ?? []).map((run) => run.text).join("");
}

describe("workbooks other tools write", () => {
  it("keeps notes stored as openpyxl stores them (xl/comments/comment1.xml, plain <t> text)", async () => {
    const bytes = await editPackage(withUser, (zip) =>
      addOpenpyxlNotes(zip, "Của tôi", [
        ["A1", "Danh sách của phòng"],
        ["B2", "Điểm tạm tính"],
      ]),
    );
    const run = await annexes("openpyxl-notes", bytes);
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(await samePart(bytes, run.out, "xl/comments/comment1.xml")).toBe(true);
    const sheet = await sheetOf(run.out, "Của tôi");
    expect([noteText(sheet.getCell("A1")), noteText(sheet.getCell("B2"))]).toEqual(["Danh sách của phòng", "Điểm tạm tính"]);
  }, 60_000);

  it("keeps comment threads as they were, and each cell's note, without a warning", async () => {
    const bytes = await editPackage(withUser, (zip) => addThreadedComment(zip, "Của tôi", "B2", "Xem lại điểm này"));
    const run = await annexes("threaded", bytes);
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(await samePart(bytes, run.out, "xl/threadedComments/threadedComment1.xml")).toBe(true);
    expect(noteText((await sheetOf(run.out, "Của tôi")).getCell("B2"))).toBe("[Threaded comment] Xem lại điểm này");
  }, 60_000);

  it("keeps a table written without a style (no tableStyleInfo)", async () => {
    const run = await annexes("unstyled-table", await editPackage(withUser, (zip) => addTableWithoutStyle(zip, "Của tôi")));
    expect([run.code, run.err]).toEqual([0, ""]);
    const zip = await JSZip.loadAsync(readFileSync(run.out));
    const tables = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/tables\/[^/]+\.xml$/.test(p))
        .map((p) => zip.file(p)?.async("string")),
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatch(/<table [^>]*name="Bang1"[^>]*ref="A1:B3"/);
    expect(tables[0]).not.toMatch(/<tableStyleInfo [^>]*name=/);
  }, 60_000);

  it("reads a workbook with a drawing whose elements are in the default namespace, and keeps its text box as it was", async () => {
    const bytes = await editPackage(withUser, (zip) => addDefaultNamespaceDrawing(zip, "Của tôi"));
    const run = await annexes("plain-drawing", bytes);
    expect([run.code, run.err]).toEqual([0, ""]);
    expect(await samePart(bytes, run.out, "xl/drawings/drawingPlain.xml")).toBe(true);
  }, 60_000);
});

describe("memory: what lies far out on Chấm điểm", () => {
  it("a note and a formatted empty cell in XFD1048576: check runs in 400 MB of heap, exit 0", async () => {
    const bytes = await editPackage(demo, async (zip) => {
      await addOpenpyxlNotes(zip, "Chấm điểm", [["XFD1048576", "ở rất xa"]]);
      await addLastRowCell(zip, "Chấm điểm", 1048576, `<c r="XFD1048576" s="1"/>`);
    });
    const path = files.path("far.xlsx");
    writeFileSync(path, bytes);
    const run = spawnSync(process.execPath, ["--max-old-space-size=400", bin, "check", path], { encoding: "utf8", timeout: 120_000 });
    expect(run.stdout).toBe("Không có lỗi: 25 đơn vị, mọi điểm hợp lệ.\n");
    expect(run.status).toBe(0);
  }, 120_000);
});

describe("a stored template out of bounds", () => {
  it("a maximum of 1e303 in the workbook's stored template is refused as damaged, exit 2", async () => {
    const bytes = await withState(demo, (state) => ({
      ...state,
      template: { ...state.template, fields: state.template.fields.map((f, i) => (i === 0 ? { ...f, max: 1e303 } : f)) },
    }));
    const input = files.path("huge-max.xlsx");
    writeFileSync(input, bytes);
    const run = await runCli(["check", input]);
    expect(run.code).toBe(2);
    expect(run.err.replace(/^Đang.*\n/gm, "")).toBe(
      "Bộ tiêu chí lưu trong sổ tính bị hỏng. Hãy nạp lại bộ tiêu chí.\nfields[0].max: không được lớn hơn 10000\n",
    );
  });
});

describe("files that are not .xlsx workbooks", () => {
  const cases: Array<[string, () => Promise<Uint8Array> | Uint8Array, string]> = [
    [
      "an OpenDocument spreadsheet",
      () => zipOf({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<office:document-content/>" }),
      "đây là bảng tính OpenDocument (.ods); hãy mở bằng LibreOffice Calc và lưu thành dạng Excel 2007-365 (.xlsx)",
    ],
    ["a zip of random files", () => zipOf({ "a.txt": "xin chào", "b/c.json": "{}" }), "tệp nén này không chứa sổ tính Excel (không có xl/workbook.xml)"],
    [
      "an .xls of Excel 97–2003",
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
      "đây là tệp Excel 97–2003 (.xls) hoặc tệp .xlsx có mật khẩu mở; hãy mở bằng Excel, bỏ mật khẩu nếu có, rồi chọn Lưu thành (Save As) › Sổ làm việc Excel (.xlsx)",
    ],
    [
      "text named .xlsx",
      () => new TextEncoder().encode("Xã A\nXã B\n"),
      "tệp không có dạng nén của .xlsx (có thể là tệp khác bị đặt đuôi .xlsx, hoặc tệp tải về chưa trọn)",
    ],
    [
      "a download cut short",
      () => demo.subarray(0, Math.floor(demo.length / 2)),
      "tệp không có dạng nén của .xlsx (có thể là tệp khác bị đặt đuôi .xlsx, hoặc tệp tải về chưa trọn)",
    ],
  ];
  it.each(cases)("%s: exit 2, said in Vietnamese, no advice to load a template", async (name, make, why) => {
    const path = files.path(`${name.replace(/\W+/g, "-")}.xlsx`);
    writeFileSync(path, await make());
    const run = await runCli(["check", path]);
    expect(run).toEqual({ code: 2, out: "", err: `Tệp "${path}" không phải sổ tính Excel (.xlsx) đọc được: ${why}\n` });
  });
});
