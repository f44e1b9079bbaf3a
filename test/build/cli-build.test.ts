/**
 * The compiled command line that bin/par-index.cjs runs: lib/, built by
 * `npm run build:cli` (the `prepare` step of npm ci, and part of npm test).
 * It must be current, carry the built-in templates, and answer as the
 * sources do (the other CLI tests run the sources in-process).
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { runCli } from "../cli/cli-harness";

const ROOT = path.join(__dirname, "../..");
const LIB = path.join(ROOT, "lib");
const BIN = path.join(ROOT, "bin", "par-index.cjs");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
}

function compiledMain(): string {
  const main = path.join(LIB, "cli", "main.js");
  try {
    statSync(main);
  } catch {
    throw new Error("lib/ is missing: run `npm run build:cli` first (`npm test` and `npm ci` do it for you).");
  }
  return main;
}

describe("lib/: the compiled command line", () => {
  it("is newer than every source file, so the bin runs it", () => {
    const built = statSync(compiledMain()).mtimeMs;
    const newer = files(path.join(ROOT, "src")).filter((file) => statSync(file).mtimeMs > built);
    expect(newer).toEqual([]);
  });

  it("holds the built-in templates as they are in src/templates", () => {
    const json = (dir: string) =>
      readdirSync(dir)
        .filter((name) => name.endsWith(".json"))
        .sort();
    const sources = json(path.join(ROOT, "src", "templates"));
    expect(sources.length).toBeGreaterThan(0);
    expect(json(path.join(LIB, "templates"))).toEqual(sources);
    for (const name of sources) {
      const read = (dir: string): unknown => JSON.parse(readFileSync(path.join(dir, "templates", name), "utf8"));
      expect(read(LIB)).toEqual(read(path.join(ROOT, "src")));
    }
  });

  it("answers as the sources do: par-index templates through the bin and in-process", async () => {
    const compiled = spawnSync(process.execPath, [BIN, "templates", "--json"], { encoding: "utf8", timeout: 60_000 });
    const sources = await runCli(["templates", "--json"]);
    expect(compiled.status).toBe(0);
    expect(compiled.stdout).toBe(sources.out);
  }, 60_000);
});
