/**
 * Values a careless or hostile hand types: hidden and control characters in
 * names, escape sequences aimed at the terminal, a score a hair above its
 * maximum, a "__proto__" code, year 0000, more units than Excel has columns,
 * and the options parser's English.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { terminalSafe } from "../../src/cli/io";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());
const bin = join(__dirname, "../../bin/par-index.cjs");
const score = (units: unknown[], ...more: string[]) =>
  runCli(["score", "--template", "hai-duong-xa-2022", "--input", files.write(`s${Math.random()}.json`, { units }), ...more]);

describe("names with hidden or control characters", () => {
  it("a zero-width space making a look-alike name is refused with where it is, exit 2", async () => {
    const run = await score([
      { name: "Xã An", scores: {} },
      { name: "Xã\u200b An", scores: {} },
    ]);
    expect(run).toEqual({
      code: 2,
      out: "",
      err: 'Dữ liệu không dùng được:\n  - Tên đơn vị "Xã⟨U+200B⟩ An" có ký tự ẩn hoặc ký tự điều khiển U+200B ở vị trí 3 (thường do chép từ trang web, Word hay Zalo); hãy gõ lại tên đó\n',
    });
  });

  it("an ESC sequence in a units list is refused by init too, exit 2", async () => {
    const list = files.write("esc.txt", "Xã A\nXã \u001b[31mB\n");
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", files.path("esc.xlsx"), "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('Unit name "Xã ⟨U+001B⟩[31mB" holds the hidden or control character U+001B at position 4');
  });
});

describe("the terminal", () => {
  it("never receives a control or invisible character: each is written as its JSON escape", () => {
    expect(terminalSafe("a\u001b[2Jb\u0007c\u200bd\u202ee\nf\tg")).toBe("a\\u001b[2Jb\\u0007c\\u200bd\\u202ee\nf\tg");
    expect(JSON.parse(terminalSafe(JSON.stringify({ name: "Xã\u200b An\u001b" })))).toEqual({ name: "Xã\u200b An\u001b" });
  });

  it("an ESC sequence in a file name stays off the terminal (the real program, stdout and stderr)", () => {
    const name = files.path("x\u001b]0;pwned\u0007\u001b[2J.json");
    const run = spawnSync(process.execPath, [bin, "score", "--template", "hai-duong-xa-2022", "--input", name], { encoding: "utf8", timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("x\\u001b]0;pwned\\u0007\\u001b[2J.json");
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  }, 60_000);
});

describe("a score a hair above its maximum", () => {
  it("15.0000004 for a maximum of 15 is an error; 0.1 + 0.2 for 0.3 is binary noise and counts", async () => {
    const run = await score([{ name: "Xã A", scores: { "1": 15.0000004, "2": 0.1 + 0.2 } }]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.out);
    expect(report.issues.filter((issue: { severity: string }) => issue.severity === "error").map((issue: { message: string }) => issue.message)).toEqual([
      "Tiêu chí 1: điểm 15,0000004 vượt điểm tối đa 15",
    ]);
    expect(report.units[0].fields.find((field: { code: string }) => field.code === "2").score).toBe(0.3);
  });
});

describe('a "__proto__" code', () => {
  it("is reported as unknown, like any code that is not in the template", async () => {
    const run = await runCli([
      "score",
      "--template",
      "hai-duong-xa-2022",
      "--input",
      files.write("proto.json", '{"units":[{"name":"Xã A","scores":{"__proto__":5,"1":14}}]}'),
    ]);
    expect(run.code).toBe(1);
    expect(
      JSON.parse(run.out).issues.map((issue: { code: string; severity: string; message: string }) => [issue.code, issue.severity, issue.message]),
    ).toContainEqual(["__proto__", "error", "Mã tiêu chí __proto__ không có trong bộ tiêu chí; kiểm tra lại mã"]);
  });
});

describe("options", () => {
  it.each(["0000", "9999", "1989"])("--year %s is refused, exit 2", async (year) => {
    const run = await runCli([
      "init",
      "--template",
      "hai-duong-xa-2022",
      "--units",
      files.write("y.txt", "Xã A\n"),
      "--year",
      year,
      "--out",
      files.path("y.xlsx"),
    ]);
    expect(run).toEqual({ code: 2, out: "", err: `--year phải là một năm từ 1990 đến 2100 (ví dụ 2026), không phải "${year}".\n` });
  });

  it("the options parser's errors are told in Vietnamese and English", async () => {
    expect((await runCli(["check", "a.xlsx", "--jsn"])).err).toBe('Tham số không hợp lệ: lệnh này không có tùy chọn --jsn. Xem "par-index --help".\n');
    expect((await runCli(["demo", "--out"])).err).toBe('Tham số không hợp lệ: thiếu giá trị sau --out. Xem "par-index --help".\n');
    expect((await runCli(["templates", "extra", "--lang", "en"])).err).toBe(
      'Invalid arguments: this command does not take "extra" (an option name missing before it?). See "par-index --help".\n',
    );
    expect((await runCli(["check", "a.xlsx", "--json=yes", "--lang", "en"])).err).toBe(
      'Invalid arguments: option --json takes no value. See "par-index --help".\n',
    );
  });
});

describe("more units than Excel has columns", () => {
  it("is refused with the limit and what to do, exit 2", async () => {
    const list = files.write("many.txt", Array.from({ length: 16_382 }, (_, i) => `Xã ${i + 1}`).join("\n"));
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", files.path("many.xlsx")]);
    expect(run).toEqual({
      code: 2,
      out: "",
      err: "Danh sách có 16.382 đơn vị, nhiều hơn số cột của một trang Excel cho phép (16.381 đơn vị, mỗi đơn vị một cột). Hãy chia thành nhiều sổ, ví dụ mỗi huyện một sổ.\n",
    });
  });
});
