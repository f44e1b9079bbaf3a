/**
 * npm run bench: `par-index annexes` on a workbook of 5,000 communes, run as
 * the user runs it (a child process of bin/par-index.cjs), with its wall time
 * and peak resident memory. Target: ≤ 10 s and ≤ 500 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const UNITS = 5000;
const MAXIMA: Record<string, number> = { "1": 15, "2": 5, "3": 18.5, "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 14, "8.3": 10 };
const ROOT = join(__dirname, "..");
const folder = mkdtempSync(join(tmpdir(), "par-index-bench-"));

/** Scores in quarter points between half and all of each maximum, spread so that ranks and classes vary. */
function scoresFile(): string {
  const units = Array.from({ length: UNITS }, (_, u) => ({
    name: `Xã số ${u + 1}`,
    scores: Object.fromEntries(Object.entries(MAXIMA).map(([code, max], k) => [code, Math.round(max * (0.5 + ((u * 7919 + k * 31) % 100) / 200) * 4) / 4])),
    previousRank: (u % 4000) + 1,
  }));
  const path = join(folder, "scores.json");
  writeFileSync(path, JSON.stringify({ units }));
  return path;
}

function run(label: string, args: string[]): void {
  const rssFile = join(folder, "rss");
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--require", join(__dirname, "peak-rss.cjs"), join(ROOT, "bin/par-index.cjs"), ...args], {
    encoding: "utf8",
    env: { ...process.env, PAR_BENCH_RSS_FILE: rssFile },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0) throw new Error(`${label} exited ${child.status}: ${child.stderr}`);
  const megabytes = Number(readFileSync(rssFile, "utf8")) / 1024;
  console.log(`${label.padEnd(28)} ${seconds.toFixed(1).padStart(6)} s  ${megabytes.toFixed(0).padStart(5)} MB peak RSS`);
}

try {
  const book = join(folder, "book.xlsx");
  run(`init (${UNITS} units)`, ["init", "--template", "hai-duong-xa-2022", "--scores", scoresFile(), "--year", "2026", "--out", book]);
  run(`check (${UNITS} units)`, ["check", book]);
  run(`annexes (${UNITS} units)`, ["annexes", book, "--out", join(folder, "result.xlsx")]);
  console.log("target for annexes: ≤ 10 s and ≤ 500 MB");
} finally {
  rmSync(folder, { recursive: true, force: true });
}
