/**
 * The Chromium the browser test drives. The system's (Debian's `chromium`,
 * or Chrome) when one is on PATH; otherwise the one inside the npm package
 * @sparticuz/chromium, a headless shell unpacked to the temp directory with
 * the NSS libraries and a font it needs, so that `npm test` runs on a
 * machine that has Node alone. PAR_IGNORE_SYSTEM_CHROMIUM=1 passes over the
 * system's browser, to try the packaged one on a machine that has both.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const SYSTEM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];
const ROOT = path.resolve(__dirname, "../..");

export interface BrowserExecutable {
  executablePath: string;
  /** The environment of the browser process. */
  env: Record<string, string>;
  /** Where it came from, for the test's log line. */
  source: "system" | "@sparticuz/chromium";
}

function onPath(name: string): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return null;
}

function systemChromium(): string | null {
  if (process.env.PAR_IGNORE_SYSTEM_CHROMIUM === "1") return null;
  for (const name of SYSTEM_NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return null;
}

/**
 * The package is an ES module that Jest's CommonJS runtime cannot load, so a
 * plain Node process unpacks it (once: later calls find the files) and says where.
 */
const UNPACK = `
import chromium, { inflate } from "@sparticuz/chromium";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
const bin = join(dirname(dirname(createRequire(import.meta.url).resolve("@sparticuz/chromium"))), "bin");
const executable = await chromium.executablePath(bin);
const libraries = await inflate(join(bin, "al2023.tar.br"));
console.log(JSON.stringify({ executable, libraries: join(libraries, "lib"), fonts: join(tmpdir(), "fonts") }));
`;

function packagedChromium(): BrowserExecutable {
  const output = execFileSync(process.execPath, ["--input-type=module", "-e", UNPACK], { cwd: ROOT, encoding: "utf8" });
  const { executable, libraries, fonts } = JSON.parse(output.trim().split("\n").pop()!) as { executable: string; libraries: string; fonts: string };
  const env: Record<string, string> = { ...(process.env as Record<string, string>) };
  env.LD_LIBRARY_PATH = [libraries, process.env.LD_LIBRARY_PATH].filter(Boolean).join(path.delimiter);
  // Without the system's fontconfig, the packaged font (Open Sans, with Vietnamese) is the one used.
  if (!existsSync("/etc/fonts/fonts.conf")) env.FONTCONFIG_PATH = fonts;
  return { executablePath: executable, env, source: "@sparticuz/chromium" };
}

export function browserExecutable(): BrowserExecutable {
  const system = systemChromium();
  if (system) return { executablePath: system, env: { ...(process.env as Record<string, string>) }, source: "system" };
  return packagedChromium();
}
