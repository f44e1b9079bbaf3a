/**
 * A crash report: when par-index meets a bug of its own (exit 3), it writes
 * what the people supporting the tool need to find it — version, command
 * line, Node version, platform and the stack — into a new file of the
 * system's temporary folder, and the one line on stderr names that file.
 */
import { link, open, readFile, unlink } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The version in package.json (two folders up from src/cli/ or lib/cli/), or "?" when it cannot be read. */
async function programVersion(): Promise<string> {
  try {
    const manifest = JSON.parse(await readFile(join(__dirname, "..", "..", "package.json"), "utf8")) as { version?: unknown };
    return typeof manifest.version === "string" ? manifest.version : "?";
  } catch {
    return "?";
  }
}

/** The report's text: labels in Vietnamese and English, the values as they are. */
async function crashReportText(error: unknown, argv: string[], now: Date): Promise<string> {
  // Duck-typed: an error thrown in another realm (a vm context, a worker) is no instanceof Error here.
  const stack = String((error as { stack?: unknown } | null)?.stack ?? error);
  return [
    "par-index – báo lỗi chương trình / crash report",
    `Phiên bản / Version: ${await programVersion()}`,
    `Thời điểm / Time: ${now.toISOString()}`,
    `Lệnh / Command line: par-index ${argv.map((arg) => JSON.stringify(arg)).join(" ")}`,
    `Thư mục làm việc / Working folder: ${process.cwd()}`,
    `Node: ${process.version}`,
    `Hệ điều hành / Platform: ${process.platform} ${process.arch}`,
    "",
    "Chi tiết / Stack:",
    stack,
    "",
  ].join("\n");
}

/** "par-index-loi-20261203-104512" from the time, in UTC. */
function baseName(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return `par-index-loi-${stamp}`;
}

/**
 * Writes the report into `folder` (the system's temporary folder by default) and returns its path. Atomic
 * and never overwriting: the text goes into a hidden temporary file, synced,
 * then hard-linked under its final name (which fails rather than replace a
 * file already there: the next name, with -2, -3…, is tried).
 */
export async function writeCrashReport(error: unknown, argv: string[], folder = tmpdir(), now = new Date()): Promise<string> {
  const temporary = join(folder, `.par-index-loi-${randomBytes(6).toString("hex")}.tmp`);
  const file = await open(temporary, "wx", 0o600);
  try {
    await file.writeFile(await crashReportText(error, argv, now));
    await file.sync();
  } finally {
    await file.close();
  }
  try {
    for (let attempt = 1; ; attempt++) {
      const target = join(folder, `${baseName(now)}${attempt === 1 ? "" : `-${attempt}`}.txt`);
      try {
        await link(temporary, target);
        return target;
      } catch (failure) {
        if ((failure as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 100) throw failure;
      }
    }
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
