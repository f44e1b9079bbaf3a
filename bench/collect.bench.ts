/**
 * npm run bench: `par-index collect` of 300 units' self-assessment files of a
 * 150-criteria set into a 300-unit scoring workbook, through the command
 * line as an officer runs it (a new process, start included).
 * Target: under 30 s.
 *
 * Not timed: making the workbook and the 300 files (`init --per-unit`) and
 * filling them in (ExcelJS, as another program would).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Criterion, Template } from "../src/core/template";
import { fillSelfAssessment } from "../test/season/fill-self-assessment";
import { uniqueFileNames } from "../src/core/file-names";

const FIELDS = 10;
const CRITERIA = 5;
const SUBCRITERIA = 3;
const UNITS = 300;
const CLI = join(__dirname, "..", "bin", "par-index.cjs");

function template(): Template {
  const fields: Criterion[] = [];
  for (let f = 1; f <= FIELDS; f++) {
    const criteria: Criterion[] = [];
    for (let c = 1; c <= CRITERIA; c++) {
      const leaves: Criterion[] = [];
      for (let s = 1; s <= SUBCRITERIA; s++) {
        const code = `${f}.${c}.${s}`;
        leaves.push(s === 3 ? { code, title: `Tiêu chí ${code}`, max: 1, levels: [1, 0.5, 0] } : { code, title: `Tiêu chí ${code}`, max: 0.5 });
      }
      criteria.push({ code: `${f}.${c}`, title: `Tiêu chí ${f}.${c}`, max: 2, children: leaves });
    }
    fields.push({ code: String(f), title: `Lĩnh vực ${f}`, max: 10, children: criteria });
  }
  return { id: "bench-150", name: "Bộ tiêu chí 150 tiêu chí (đo tốc độ)", fields };
}

function cli(args: string[]): { ms: number; code: number | null; out: string } {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`par-index ${args[0]} exited ${run.status}: ${run.stderr.slice(0, 2000)}`);
  return { ms, code: run.status, out: run.stdout };
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "par-index-bench-collect-"));
  try {
    const source = template();
    const templateFile = join(folder, "template.json");
    writeFileSync(templateFile, JSON.stringify(source));
    const units = Array.from({ length: UNITS }, (_, u) => `Xã Thử Nghiệm ${u + 1}`);
    writeFileSync(join(folder, "units.txt"), units.join("\n"));
    const book = join(folder, "book.xlsx");
    cli(["init", "--template", templateFile, "--units", join(folder, "units.txt"), "--year", "2026", "--out", book, "--per-unit", join(folder, "files")]);
    const paths = uniqueFileNames(units, ".xlsx").map((name) => join(folder, "files", name));
    for (const [u, path] of paths.entries()) {
      const scores: Record<string, number> = {};
      source.fields.forEach((field, f) =>
        field.children?.forEach((criterion, c) =>
          criterion.children?.forEach((leaf, s) => (scores[leaf.code] = s === 2 ? [1, 0.5, 0][(u + f + c) % 3] : 0.25 * ((u + s) % 3))),
        ),
      );
      writeFileSync(path, await fillSelfAssessment(readFileSync(path), { scores, texts: { "1.1.1": `Báo cáo số ${u + 1}/BC-UBND` } }));
    }
    const collected = cli(["collect", book, ...paths, "--out", join(folder, "collected.xlsx")]);
    const summary = collected.out.trim().split("\n").pop();
    console.log(`par-index collect: ${UNITS} files × ${FIELDS * CRITERIA * SUBCRITERIA} criteria into a ${UNITS}-unit workbook`);
    console.log(`  ${(collected.ms / 1000).toFixed(1)} s, start of the command included   (target: under 30 s)`);
    console.log(`  ${summary}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
