/**
 * Nothing lost: a write that fails or is interrupted leaves the target as it
 * was, --out never destroys an input or an existing workbook unasked, and
 * duplicate units of `init --scores` are refused rather than merged.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { writeFileAtomic } from "../../src/cli/atomic-write";
import { findBuiltInTemplate } from "../../src/templates/registry";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());
const bin = join(__dirname, "../../bin/par-index.cjs");
const folderOf = (path: string) => readdirSync(dirname(path)).sort();

describe("writeFileAtomic", () => {
  it("writes bytes, text and chunks, replacing a file and keeping its permissions", async () => {
    const path = files.path("atomic.txt");
    writeFileSync(path, "old", { mode: 0o640 });
    await writeFileAtomic(path, "mới");
    expect(readFileSync(path, "utf8")).toBe("mới");
    expect(statSync(path).mode & 0o777).toBe(0o640);
    await writeFileAtomic(path, [new Uint8Array([65, 66]), new Uint8Array([67])]);
    expect(readFileSync(path, "utf8")).toBe("ABC");
    expect(folderOf(path).filter((name) => name.includes("atomic"))).toEqual(["atomic.txt"]);
  });

  it("leaves the target and no temporary file when a chunk fails", async () => {
    const path = files.path("failing.txt");
    writeFileSync(path, "kept");
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([1, 2, 3]);
      throw Object.assign(new Error("disk full"), { code: "ENOSPC" });
    }
    await expect(writeFileAtomic(path, failing())).rejects.toMatchObject({ code: "ENOSPC" });
    expect(readFileSync(path, "utf8")).toBe("kept");
    expect(folderOf(path).filter((name) => name.includes("failing"))).toEqual(["failing.txt"]);
  });

  it("removes the temporary file and leaves the target when the process gets SIGINT mid-write", async () => {
    const path = files.path("interrupted.xlsx");
    writeFileSync(path, "the season's scores");
    const child = spawn(process.execPath, ["-r", "tsx/cjs", join(__dirname, "slow-writer.ts"), path], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout.on("data", (data: Buffer) => data.toString().includes("writing") && resolve()));
    expect(folderOf(path).filter((name) => name.includes("interrupted"))).toHaveLength(2);
    child.kill("SIGINT");
    const signal = await new Promise((resolve) => child.on("exit", (_code, sig) => resolve(sig)));
    expect(signal).toBe("SIGINT");
    expect(readFileSync(path, "utf8")).toBe("the season's scores");
    expect(folderOf(path).filter((name) => name.includes("interrupted"))).toEqual(["interrupted.xlsx"]);
  }, 60_000);
});

describe("a failed write of the CLI", () => {
  it("annexes X --out X over the file-size limit: exit 2 naming EFBIG, X byte for byte as it was", async () => {
    const book = files.path("limit.xlsx");
    expect((await runCli(["demo", "--out", book])).code).toBe(0);
    const before = readFileSync(book);
    // ulimit -f counts 1 KiB blocks: the result (≈ the demo's size) cannot be written, the input is still read.
    const limit = Math.floor(before.length / 1024 / 2);
    const run = spawnSync("bash", ["-c", `ulimit -f ${limit}; exec "${process.execPath}" "${bin}" annexes "${book}" --out "${book}"`], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.stderr).toContain(`Không ghi được tệp "${book}" (EFBIG).`);
    expect(run.status).toBe(2);
    expect(readFileSync(book).equals(before)).toBe(true);
    expect(folderOf(book).filter((name) => name.includes("limit"))).toEqual(["limit.xlsx"]);
  }, 120_000);
});

describe("--out never destroys an input or an existing workbook unasked", () => {
  it("init --out = the units file: exit 2, the list kept, even with --force", async () => {
    const list = files.write("own-units.txt", "Xã A\nXã B\n");
    for (const force of [[], ["--force"]]) {
      const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", list, ...force]);
      expect(run.code).toBe(2);
      expect(run.err).toBe(`--out "${list}" là chính tệp đầu vào --units; ghi vào đó sẽ xóa mất tệp này. Hãy chọn một tệp khác cho --out.\n`);
      expect(readFileSync(list, "utf8")).toBe("Xã A\nXã B\n");
    }
  });

  it("init --out over a scored workbook: exit 2 saying what it holds; --force replaces it", async () => {
    const list = files.write("units3.txt", "Xã A\nXã B\nXã C\n");
    const scores = files.write("scores3.json", {
      units: [
        { name: "Xã A", scores: { "1": 14, "2": 5 } },
        { name: "Xã B", scores: { "3": 18.5 } },
      ],
    });
    const book = files.path("scored.xlsx");
    const first = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--scores", scores, "--year", "2026", "--out", book]);
    expect(first.code).toBe(0);
    const before = readFileSync(book);
    const again = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", book]);
    expect(again.code).toBe(2);
    expect(again.err).toBe(
      `Không ghi đè "${book}": tệp này đã có (sổ chấm điểm theo bộ tiêu chí "${findBuiltInTemplate("hai-duong-xa-2022")?.name}", 3 đơn vị, năm 2026, 3 điểm đã nhập). Hãy chọn --out khác, hoặc thêm --force nếu muốn thay tệp đó.\n`,
    );
    expect(readFileSync(book).equals(before)).toBe(true);
    const forced = await runCli(["init", "--template", "hai-duong-xa-2022", "--units", list, "--out", book, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(book).equals(before)).toBe(false);
  });

  it("demo --out over any existing file: exit 2 with its size; --force replaces it", async () => {
    const path = files.write("notes.txt", "ghi chú");
    const run = await runCli(["demo", "--out", path, "--lang", "en"]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Not overwriting "${path}": the file exists (8 bytes, not an .xlsx workbook). Choose another --out, or add --force to replace it.\n`);
    expect(readFileSync(path, "utf8")).toBe("ghi chú");
    expect((await runCli(["demo", "--out", path, "--force"])).code).toBe(0);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe("PK");
  });

  it("annexes --out over another existing workbook needs --force; --out = the input is in place", async () => {
    const book = files.path("annex-in.xlsx");
    expect((await runCli(["demo", "--out", book])).code).toBe(0);
    const other = files.path("annex-other.xlsx");
    writeFileSync(other, "x");
    expect((await runCli(["annexes", book, "--out", other])).code).toBe(2);
    expect(readFileSync(other, "utf8")).toBe("x");
    expect((await runCli(["annexes", book, "--out", other, "--force"])).code).toBe(0);
    expect((await runCli(["annexes", book, "--out", book])).code).toBe(0);
    expect(existsSync(book)).toBe(true);
  }, 60_000);
});

describe("init --scores with the same unit twice", () => {
  it("is refused like score refuses it (names equal after NFC, case and spacing), exit 2, nothing written", async () => {
    const scores = files.write("dup.json", {
      units: [
        { name: "Xã Hòa An", scores: { "1": 14 } },
        { name: "  xã  HÒA an ", scores: { "1": 3 } },
      ],
    });
    const out = files.path("dup.xlsx");
    const run = await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", scores, "--out", out]);
    expect(run.code).toBe(2);
    const score = await runCli(["score", "--template", "hai-duong-xa-2022", "--input", scores]);
    expect(score.code).toBe(2);
    expect(run.err).toBe(score.err);
    expect(existsSync(out)).toBe(false);
  });
});
