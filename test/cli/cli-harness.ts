/** Runs par-index in-process with captured output, and keeps test files in a fresh folder. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await main(args, {
    out: (text) => (out += text.endsWith("\n") ? text : `${text}\n`),
    err: (text) => (err += text.endsWith("\n") ? text : `${text}\n`),
  });
  return { code, out, err };
}

/** A temporary folder for one test file; `write` puts a file in it and returns its path. */
export function scratchFolder(): { path: (name: string) => string; write: (name: string, content: string | object) => string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), "par-index-cli-"));
  return {
    path: (name) => join(folder, name),
    write: (name, content) => {
      const file = join(folder, name);
      writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content), "utf8");
      return file;
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
