/**
 * Input files as they arrive from other hands: endless devices, files saved
 * as UTF-16 or in an old Vietnamese code page, JSON with a BOM; and a bug of
 * the program told apart from bad data (exit 3).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { commands, main } from "../../src/cli/main";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());
const names = ["Xã Đại Đồng", "Phường Ỷ La", "Thị trấn Ứng Hòa"];

async function initUnits(list: string): Promise<{ code: number; err: string; units?: string[] }> {
  const out = files.path(`${list.replace(/\W/g, "")}.xlsx`);
  const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", out, "--force"]);
  if (run.code !== 0) return run;
  const snapshot = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).read({ ranges: [] });
  return { ...run, units: snapshot.state?.units };
}

describe("endless or huge inputs", () => {
  it("/dev/zero as a units list, a scores file or a workbook is refused with the size limit, exit 2", async () => {
    const units = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", "/dev/zero", "--out", files.path("z.xlsx")]);
    expect(units).toEqual({ code: 2, out: "", err: 'Tệp "/dev/zero" lớn hơn 20 MB, không phải tệp par-index đọc được. Kiểm tra lại đường dẫn.\n' });
    const score = await runCli(["score", "--template", "hai-duong-xa-2022", "--input", "/dev/zero", "--lang", "en"]);
    expect(score).toEqual({ code: 2, out: "", err: '"/dev/zero" is larger than 20 MB: not a file par-index reads. Check the path.\n' });
    const check = await runCli(["check", "/dev/zero"]);
    expect(check).toEqual({ code: 2, out: "", err: 'Tệp "/dev/zero" lớn hơn 100 MB, không phải tệp par-index đọc được. Kiểm tra lại đường dẫn.\n' });
  }, 60_000);
});

describe("text encodings", () => {
  it("reads a units list saved as UTF-16 (with a BOM, little or big endian, or without one) as the names it holds", async () => {
    const text = `${names.join("\r\n")}\r\n`;
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le).swap16();
    const bare = Buffer.from(text, "utf16le");
    for (const [name, bytes] of [
      ["le.txt", le],
      ["be.txt", be],
      ["bare.txt", bare],
    ] as const) {
      const path = files.path(name);
      writeFileSync(path, bytes);
      const run = await initUnits(path);
      expect([run.code, run.units]).toEqual([0, names]);
    }
  }, 60_000);

  it("refuses a Windows-1258 list, saying how to save it as UTF-8, exit 2", async () => {
    // "Xã An" in Windows-1258: ã is 0xE3, not valid UTF-8 on its own.
    const path = files.path("cp1258.txt");
    writeFileSync(path, Buffer.from([0x58, 0xe3, 0x20, 0x41, 0x6e, 0x0a]));
    const run = await initUnits(path);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Tệp "${path}" không được lưu dạng văn bản UTF-8 (có thể là Windows-1258, TCVN3 hoặc VNI), nên tên có dấu sẽ bị sai. Hãy mở tệp bằng Notepad, chọn File › Save As, ở mục Encoding chọn UTF-8, lưu rồi chạy lại.\n`,
    );
  });

  it("accepts a scores file and a template file with a UTF-8 BOM", async () => {
    const input = files.path("bom.json");
    writeFileSync(input, `\uFEFF${JSON.stringify({ units: [{ name: "Xã A", scores: { "1": 14 } }] })}`);
    const run = await runCli(["score", "--template", "hai-duong-xa-2022", "--input", input]);
    expect(run.err).toBe("");
    expect(JSON.parse(run.out).units[0].score).toBe(14);
  });
});

describe("templates out of bounds", () => {
  const scores = () => files.write("one.json", { units: [{ name: "Xã A", scores: {} }] });

  it("a maximum of 1e303 is refused naming its path, exit 2 (not a crash on BigInt(Infinity))", async () => {
    const template = files.write("huge.json", { id: "lon", name: "Lớn", fields: [{ code: "1", title: "A", max: 1e303 }] });
    const run = await runCli(["score", "--template", template, "--input", scores()]);
    expect(run).toEqual({ code: 2, out: "", err: `Bộ tiêu chí "${template}" không hợp lệ:\n  - fields[0].max: không được lớn hơn 10000\n` });
  });

  it("criteria nested 900 deep are refused at the 13th level, exit 2 (not a stack overflow)", async () => {
    const root: { code: string; title: string; max: number; children?: unknown[] } = { code: "1", title: "A", max: 1 };
    let node = root;
    for (let depth = 2; depth <= 900; depth++) {
      const child = { code: `${node.code}.1`, title: "T", max: 1 };
      node.children = [child];
      node = child;
    }
    const template = files.write("deep.json", { id: "sau", name: "Sâu", fields: [root] });
    const run = await runCli(["score", "--template", template, "--input", scores(), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Template "${template}" is invalid:\n  - fields${"[0].children".repeat(12)}: the template nests more than 12 levels (field, criterion, sub-criterion…); check the file\n`,
    );
  });
});

describe("a bug of the program", () => {
  const crash = {
    name: "crash-for-test",
    load: () => ({
      name: "crash-for-test",
      summary: { vi: "", en: "" },
      help: { vi: "", en: "" },
      run: async (): Promise<number> => {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    }),
  };
  beforeEach(() => commands.push(crash));
  afterEach(() => commands.pop());
  /** The command line run in-process, its crash reports going to `reportFolder`. */
  async function crashRun(args: string[], reportFolder: string): Promise<{ code: number; out: string; err: string }> {
    let out = "";
    let err = "";
    const code = await main(args, { out: (text) => (out += `${text}\n`), err: (text) => (err += `${text}\n`), reportFolder });
    return { code, out, err };
  }

  it("exits 3 with one line saying it is a bug and to send the crash report it wrote, which holds the version, command line and stack", async () => {
    const folder = files.path("crash");
    mkdirSync(folder);
    const run = await crashRun(["crash-for-test", files.path("cham diem.xlsx")], folder);
    const reports = readdirSync(folder);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/^par-index-loi-\d{8}-\d{6}\.txt$/);
    const report = join(folder, reports[0]);
    expect(run.code).toBe(3);
    expect(run.out).toBe("");
    expect(run.err).toBe(
      `Lỗi của chương trình par-index, không phải lỗi của dữ liệu (TypeError: Cannot read properties of undefined (reading 'x')). Chi tiết đã được ghi vào tệp "${report}": hãy gửi tệp đó cho người hỗ trợ công cụ này (nhóm đã cung cấp công cụ cho anh/chị), kèm tệp dữ liệu nếu được.\n`,
    );
    const text = readFileSync(report, "utf8");
    expect(text).toContain(`Phiên bản / Version: ${(JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version}\n`);
    expect(text).toContain(`Lệnh / Command line: par-index "crash-for-test" ${JSON.stringify(files.path("cham diem.xlsx"))}\n`);
    expect(text).toContain(`Node: ${process.version}\n`);
    expect(text).toContain(`Hệ điều hành / Platform: ${process.platform} ${process.arch}\n`);
    expect(text).toMatch(/Chi tiết \/ Stack:\nTypeError: Cannot read properties of undefined \(reading 'x'\)\n +at /);
  });

  it("never overwrites an earlier report, and says so in English with --lang en", async () => {
    const folder = files.path("crash-twice");
    mkdirSync(folder);
    const first = await crashRun(["crash-for-test"], folder);
    const second = await crashRun(["crash-for-test", "--lang", "en"], folder);
    expect([first.code, second.code]).toEqual([3, 3]);
    const reports = readdirSync(folder).sort();
    expect(reports).toHaveLength(2);
    const secondPath = join(folder, reports.find((name) => second.err.includes(name)) ?? "");
    expect(second.err).toBe(
      `A bug in par-index, not an error in the data (TypeError: Cannot read properties of undefined (reading 'x')). The details are written to "${secondPath}": please send that file to whoever supports this tool (the team that gave it to you), with the data file if you can.\n`,
    );
    expect(readFileSync(secondPath, "utf8")).toContain('Lệnh / Command line: par-index "crash-for-test" "--lang" "en"\n');
  });

  it("reports a command that fails to load as a bug too (exit 3, a report), not as Node's stack", async () => {
    const folder = files.path("crash-load");
    mkdirSync(folder);
    commands.push({
      name: "broken-for-test",
      load: () => {
        throw new Error("Cannot find module './missing-command'");
      },
    });
    try {
      const run = await crashRun(["broken-for-test"], folder);
      expect(run.code).toBe(3);
      expect(run.err).toContain("Lỗi của chương trình par-index, không phải lỗi của dữ liệu (Error: Cannot find module './missing-command').");
      expect(readdirSync(folder)).toHaveLength(1);
    } finally {
      commands.pop();
    }
  });

  it("still says it is a bug, and how to get the details, when no report can be written", async () => {
    const run = await crashRun(["crash-for-test"], files.path("no-such-folder"));
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      "Lỗi của chương trình par-index, không phải lỗi của dữ liệu (TypeError: Cannot read properties of undefined (reading 'x')); không ghi được tệp báo lỗi (ENOENT). Hãy chạy lại lệnh với PAR_DEBUG=1 và gửi toàn bộ nội dung in ra cho người hỗ trợ công cụ này (nhóm đã cung cấp công cụ cho anh/chị).\n",
    );
  });
});
