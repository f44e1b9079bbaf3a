/**
 * npm run bench: the scoring engine on 1,000 units × a 300-leaf template,
 * next to the floor — a plain loop that only sums the same numbers.
 * Target: the engine under 50 ms and within 20× of the floor.
 */
import { parseTemplate } from "../src/core/template-validation";
import { scoreUnits, UnitInput } from "../src/core/scoring";
import type { Criterion } from "../src/core/template";

const FIELDS = 10;
const CRITERIA = 5;
const SUBCRITERIA = 6;
const UNITS = 1000;
const RUNS = 31;

function makeTemplate() {
  const fields: Criterion[] = [];
  for (let f = 1; f <= FIELDS; f++) {
    const criteria: Criterion[] = [];
    for (let c = 1; c <= CRITERIA; c++) {
      const leaves: Criterion[] = [];
      for (let s = 1; s <= SUBCRITERIA; s++) {
        const code = `${f}.${c}.${s}`;
        leaves.push(s % 3 === 0 ? { code, title: code, max: 1, levels: [1, 0.5, 0] } : { code, title: code, max: 0.25 });
      }
      criteria.push({ code: `${f}.${c}`, title: `${f}.${c}`, max: 3, children: leaves });
    }
    fields.push({ code: String(f), title: `Lĩnh vực ${f}`, max: 15, children: criteria });
  }
  const result = parseTemplate({
    id: "bench-300",
    name: "Bench",
    fields,
    classification: [
      { label: "Xuất sắc", minTotal: 90, minField: 80 },
      { label: "Tốt", minTotal: 80, minField: 70 },
      { label: "Đạt", minTotal: 65, minField: 50 },
      { label: "Không đạt" },
    ],
    bands: [
      { label: "A", min: 90 },
      { label: "B", min: 80 },
      { label: "C", min: 0 },
    ],
  });
  if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
  return result.template;
}

function makeUnits(template: ReturnType<typeof makeTemplate>): UnitInput[] {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: UNITS }, (_, u) => {
    const scores: Record<string, number> = {};
    for (const leaf of template.leaves) {
      const node = template.nodes[leaf];
      scores[node.code] = node.levels ? node.levels[Math.floor(random() * node.levels.length)] : Math.round(random() * 25) / 100;
    }
    return { name: `Xã số ${u + 1}`, scores, previousRank: (u % 300) + 1 };
  });
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const template = makeTemplate();
const units = makeUnits(template);

let sink = 0;
const floor = () => {
  let total = 0;
  for (const unit of units) {
    const scores = unit.scores as Record<string, number>;
    for (const code in scores) total += scores[code];
  }
  sink += total;
};
const engine = () => {
  sink += scoreUnits(template, units).units.length;
};

for (let i = 0; i < 5; i++) {
  floor();
  engine();
}
const floorTimes: number[] = [];
const engineTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  floorTimes.push(time(floor));
  engineTimes.push(time(engine));
}
const floorMs = median(floorTimes);
const engineMs = median(engineTimes);
console.log(`scoreUnits: ${UNITS} units × ${template.leaves.length} leaves, median of ${RUNS} runs`);
console.log(`  engine ${engineMs.toFixed(2)} ms`);
console.log(`  floor  ${floorMs.toFixed(2)} ms (plain loop summing the same ${UNITS * template.leaves.length} numbers)`);
console.log(`  ratio  ${(engineMs / floorMs).toFixed(1)}×   (targets: under 50 ms, within 20×)`);
if (sink === 0) console.log("");
