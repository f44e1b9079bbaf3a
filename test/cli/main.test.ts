import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commands } from "../../src/cli/main";
import { runCli } from "./cli-harness";

describe("par-index", () => {
  it.each(commands.map((command) => command.name))("%s --help prints its usage in Vietnamese and in English, exit 0", async (name) => {
    const vi = await runCli([name, "--help"]);
    expect(vi.code).toBe(0);
    expect(vi.out.startsWith(`par-index ${name}`)).toBe(true);
    const en = await runCli([name, "-h", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.out.startsWith(`par-index ${name}`)).toBe(true);
    expect(en.out).not.toBe(vi.out);
  });

  it("lists every command with --help (exit 0) and without arguments (exit 2)", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.out).toContain(`  ${command.name}`);
    expect((await runCli([])).code).toBe(2);
  });

  it("exits 2 for an unknown command", async () => {
    const run = await runCli(["tinh-diem"]);
    expect(run).toEqual({ code: 2, out: "", err: 'Không có lệnh "tinh-diem". Xem "par-index --help".\n' });
  });
});

describe("par-index templates", () => {
  it("lists the built-in templates as JSON with their totals", async () => {
    const run = await runCli(["templates", "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).map((t: { id: string; total: number; fields: number }) => [t.id, t.total, t.fields])).toEqual([
      ["hai-duong-xa-2022", 100, 8],
      ["phu-yen-xa-2022", 70, 8],
      ["bnv-tinh-2022", 100, 9],
      ["minh-hoa-xa-2025", 100, 10],
    ]);
  });

  it("lists them as a table", async () => {
    const run = await runCli(["templates"]);
    expect(run.code).toBe(0);
    expect(run.out.split("\n")[0]).toMatch(/^Mã\s+Tên$/);
    expect(run.out).toMatch(/hai-duong-xa-2022\s+Hải Dương – UBND cấp xã/);
  });
});

describe("bin/par-index.cjs", () => {
  const bin = join(__dirname, "../../bin/par-index.cjs");

  it("runs as a program: output on stdout, errors on stderr, the exit code of the command", () => {
    const ok = spawnSync(process.execPath, [bin, "templates", "--json"], { encoding: "utf8", timeout: 60_000 });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toHaveLength(4);
    const unusable = spawnSync(process.execPath, [bin, "score", "--input", "x.json"], { encoding: "utf8", timeout: 60_000 });
    expect(unusable.status).toBe(2);
    expect(unusable.stdout).toBe("");
    expect(unusable.stderr).toContain("Thiếu tùy chọn --template");
  }, 60_000);

  it("reports an exception thrown outside the command's promise (in a timer) as a bug: one line, a crash report, exit 3", () => {
    const folder = mkdtempSync(join(tmpdir(), "par-index-crash-"));
    try {
      // Thrown from the next turn of the event loop of the program itself (not of tsx's worker threads).
      const preload = join(folder, "boom.js");
      writeFileSync(preload, `if (require("node:worker_threads").isMainThread) setImmediate(() => { throw new TypeError("boom in a timer"); });\n`);
      const env = { ...process.env, TMPDIR: folder, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${JSON.stringify(preload)}`.trim() };
      const run = spawnSync(process.execPath, [bin, "templates", "--lang", "en"], { encoding: "utf8", timeout: 60_000, env });
      const reports = readdirSync(folder).filter((name) => name.startsWith("par-index-loi-"));
      expect(reports).toHaveLength(1);
      expect(run.status).toBe(3);
      expect(run.stderr).toBe(
        `A bug in par-index, not an error in the data (TypeError: boom in a timer). The details are written to "${join(folder, reports[0])}": please send that file to whoever supports this tool (the team that gave it to you), with the data file if you can.\n`,
      );
      expect(readFileSync(join(folder, reports[0]), "utf8")).toContain('Lệnh / Command line: par-index "templates" "--lang" "en"\n');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});
