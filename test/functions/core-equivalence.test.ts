/**
 * The cells agree with the core to the last decimal: on hundreds of random
 * criteria trees (maxima and scores with up to 3 decimals, blanks in every
 * form, codes typed as numbers, ties, bad scores), PAR.SCORE, PAR.MAX,
 * PAR.PERCENT, PAR.RANK, PAR.CLASSIFY and PAR.BAND give what scoreUnits gives,
 * with criteria not assessed (KĐG cells) and bonus and penalty fields (kinds column).
 */
import { scoreUnits, UnitInput, UnitResult, ScoreReport } from "../../src/core/scoring";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import type { Band, ClassRule, Criterion, Template } from "../../src/core/template";
import { sumDecimals } from "../../src/core/decimal";
import { seededRandom } from "../../src/demo/demo-scores";
import { parBand, parClassify, parMax, parPercent, parRank, parScore, isParError } from "../../src/functions/par-functions";
import { criteriaColumns, CriteriaColumns } from "./criteria-columns";

type Random = () => number;
const CASES = 300;

const integer = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)];
/** A decimal with up to 3 places, from 0 to `max` (itself a decimal with up to 3 places). */
const decimalUpTo = (random: Random, max: number): number => integer(random, 0, Math.round(max * 1000)) / 1000;

function randomCriterion(random: Random, code: string, depth: number): Criterion {
  const childCount = depth < 3 && random() < 0.55 ? integer(random, 1, 4) : 0;
  if (childCount === 0) {
    const max = random() < 0.05 ? 0 : integer(random, 1, 8000) / pick(random, [1, 10, 100, 1000]);
    return { code, title: `Tiêu chí ${code}`, max: Math.min(max, 40) };
  }
  const children = Array.from({ length: childCount }, (_, i) => randomCriterion(random, `${code}.${i + 1}`, depth + 1));
  return { code, title: `Tiêu chí ${code}`, max: sumDecimals(children.map((child) => child.max)), children };
}

/** Thresholds going down the list, as the template schema requires. */
function randomRules(random: Random): ClassRule[] {
  const count = integer(random, 1, 4);
  const rules: ClassRule[] = [];
  let total = 100;
  let field = 100;
  for (let i = 0; i < count; i++) {
    total = integer(random, Math.max(0, total - 30) * 10, total * 10) / 10;
    field = integer(random, Math.max(0, field - 30) * 10, field * 10) / 10;
    const rule: ClassRule = { label: `Loại ${i + 1}` };
    if (random() < 0.9) rule.minTotal = total;
    if (random() < 0.8) rule.minField = field;
    rules.push(rule);
  }
  if (random() < 0.7) rules.push({ label: "Không hoàn thành nhiệm vụ" });
  return rules;
}

function randomBands(random: Random): Band[] {
  return Array.from({ length: integer(random, 1, 5) }, (_, i) => ({ label: `Nhóm ${i + 1}`, min: integer(random, 0, 1000) / 10 }));
}

/** Now and then a bonus field, a penalty field or both after the ordinary ones. */
function extraFields(random: Random, after: number): Criterion[] {
  const kinds = random() < 0.4 ? pick(random, [["bonus"], ["penalty"], ["bonus", "penalty"]] as const) : [];
  return kinds.map((kind, i) => ({ ...randomCriterion(random, String(after + i + 1), 1), kind }));
}

function randomTemplate(random: Random, caseNumber: number): CompiledTemplate {
  for (;;) {
    const fields = Array.from({ length: integer(random, 1, 6) }, (_, i) => randomCriterion(random, String(i + 1), 0));
    fields.forEach((field) => (field.classified = random() < 0.8));
    fields.push(...extraFields(random, fields.length));
    const template: Template = {
      id: `ngau-nhien-${caseNumber}`,
      name: `Bộ tiêu chí ngẫu nhiên ${caseNumber}`,
      precision: integer(random, 0, 4),
      fields,
      classification: randomRules(random),
      bands: randomBands(random),
    };
    const parsed = parseTemplate(template);
    if (parsed.ok) return parsed.template;
    // A tree whose maxima are all 0 has no total; draw again.
  }
}

const KDG = ["KĐG", "kdg", "Không đánh giá"];

/** The leaves of one ordinary field, when the template has another ordinary field to keep a maximum. */
function wholeFieldLeaves(random: Random, template: CompiledTemplate): Set<number> {
  const ordinary = template.fields.filter((field) => field.kind === "ordinary");
  if (ordinary.length < 2 || random() > 0.15) return new Set();
  const field = pick(random, ordinary);
  return new Set(template.leaves.filter((leaf) => template.nodes[leaf].field === template.fields.indexOf(field)));
}

/** One unit's leaf scores: mostly valid decimals, blanks in every form, KĐG, now and then a bad score. */
function randomScores(random: Random, template: CompiledTemplate): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  const notAssessed = wholeFieldLeaves(random, template);
  for (const index of template.leaves) {
    const node = template.nodes[index];
    const roll = random();
    if (notAssessed.has(index)) scores[node.code] = pick(random, KDG);
    else if (roll < 0.04 && template.fields[node.field].kind === "ordinary") scores[node.code] = pick(random, KDG);
    else if (roll < 0.08) scores[node.code] = pick(random, [null, "", 0]);
    else if (roll < 0.095) scores[node.code] = node.max + integer(random, 1, 2000) / 1000;
    else if (roll < 0.1) scores[node.code] = -integer(random, 1, 1000) / 1000;
    else if (roll < 0.105) scores[node.code] = pick(random, ["1,5", "đạt", true]);
    else scores[node.code] = random() < 0.3 ? node.max : decimalUpTo(random, node.max);
  }
  return scores;
}

function randomUnits(random: Random, template: CompiledTemplate): UnitInput[] {
  const units: UnitInput[] = [];
  const count = integer(random, 2, 16);
  for (let i = 0; i < count; i++) {
    // Copies make exact ties; the rest tie now and then after rounding.
    const scores = i > 0 && random() < 0.2 ? { ...units[integer(random, 0, i - 1)].scores } : randomScores(random, template);
    units.push({ name: `Xã ${i + 1}`, scores });
  }
  return units;
}

/** The core's rounded percent (77.14) as the fraction a `0.00%` cell holds (0.7714). */
const fraction = (percent: number, precision: number): number => Number(`${percent.toFixed(precision)}e-2`);

/** A code cell as Excel may hand it over: text, or a number when typing it gives one back. */
function codeCell(random: Random): (code: string) => unknown {
  return (code) => (random() < 0.4 && String(Number(code)) === code ? Number(code) : code);
}

interface Case {
  template: CompiledTemplate;
  report: ScoreReport;
  sheet: CriteriaColumns;
  units: UnitInput[];
  random: Random;
}

function makeCase(caseNumber: number): Case {
  const random = seededRandom(7919 * (caseNumber + 1));
  const template = randomTemplate(random, caseNumber);
  const units = randomUnits(random, template);
  return { template, units, report: scoreUnits(template, units), sheet: criteriaColumns(template, codeCell(random)), random };
}

const cases = Array.from({ length: CASES }, (_, i) => makeCase(i));

/** The first error the core found for a unit among the leaves under a prefix. */
function firstError(report: ScoreReport, unit: UnitResult, prefix: string | null): string | undefined {
  const issue = report.issues.find(
    (candidate) =>
      candidate.unit === unit.name &&
      candidate.severity === "error" &&
      (prefix === null || candidate.code === prefix || candidate.code.startsWith(prefix + ".")),
  );
  return issue?.message.vi;
}

describe(`the PAR.* functions agree with scoreUnits on ${CASES} random criteria sets`, () => {
  it("draws varied cases: bad scores, ties, zero-maximum fields, every precision", () => {
    const units = cases.flatMap((c) => c.report.units);
    expect(units.length).toBeGreaterThan(CASES * 5);
    expect(units.filter((unit) => !unit.valid).length).toBeGreaterThan(100);
    expect(units.filter((unit) => unit.valid).length).toBeGreaterThan(units.length / 2);
    const hasTie = (c: Case) => {
      const ranks = c.report.units.filter((unit) => unit.valid).map((unit) => unit.rank);
      return new Set(ranks).size < ranks.length;
    };
    expect(cases.filter(hasTie).length).toBeGreaterThan(30);
    expect(units.some((unit) => unit.fields.some((field) => field.percent === null))).toBe(true);
    expect(new Set(cases.map((c) => c.template.precision))).toEqual(new Set([0, 1, 2, 3, 4]));
    const ordinaryOut = (unit: UnitResult) => unit.fields.some((field) => field.kind === "ordinary" && field.max === 0 && unit.notAssessedLeaves.length > 0);
    expect(units.filter(ordinaryOut).length).toBeGreaterThan(50);
    expect(units.filter((unit) => unit.valid && unit.notAssessedLeaves.length > 0).length).toBeGreaterThan(300);
    expect(units.filter((unit) => unit.valid && unit.bonus > 0 && unit.penalty > 0).length).toBeGreaterThan(100);
    const clamped = cases.flatMap((c) => c.report.issues).filter((issue) => issue.kind === "clamped");
    expect(clamped.length).toBeGreaterThan(10);
  });

  it("PAR.SCORE, PAR.MAX and PAR.PERCENT give every field's and the total's score, applicable maximum and percent", () => {
    let compared = 0;
    for (const { template, report, sheet, units, random } of cases) {
      const kinds = template.hasExtraKinds || random() < 0.5 ? sheet.kinds : null;
      report.units.forEach((unit, u) => {
        const scores = sheet.scoresOf(units[u].scores, pick(random, [null, "", "=SUM(…)", 123]));
        // With nothing applicable the core refuses the unit; the cells show 0 points and KĐG.
        if (unit.max === 0) return;
        const prefixes: (string | null)[] = [null, ...template.fields.map((field) => field.code)];
        for (const prefix of prefixes) {
          const field = prefix === null ? null : unit.fields.find((f) => f.code === prefix)!;
          const node = field ? template.nodes[template.byCode.get(field.code)!] : null;
          // parMax without scores gives the template's maximum; with them, the unit's applicable one.
          const error = firstError(report, unit, prefix);
          const score = parScore(scores, sheet.maxima, sheet.codes, prefix, kinds);
          const percent = parPercent(scores, sheet.maxima, sheet.codes, prefix, template.precision, kinds);
          expect(parMax(sheet.maxima, sheet.codes, prefix, null, kinds)).toBe(node ? node.max : template.totalMax);
          expect(parMax(sheet.maxima, sheet.codes, prefix, scores, kinds)).toBe(field ? field.max : unit.max);
          if (error !== undefined) {
            expect(score).toMatchObject({ error: "#VALUE!", message: error });
            expect(percent).toMatchObject({ error: "#VALUE!", message: error });
            continue;
          }
          expect(score).toBe(field ? field.score : unit.score);
          if (field && field.kind !== "ordinary") continue; // bonus and penalty have no percentage
          const corePercent = field ? field.percent : unit.percent;
          if (corePercent !== null) expect(percent).toBe(fraction(corePercent, template.precision));
          else if (field && unit.notAssessedLeaves.some((code) => code === prefix || code.startsWith(`${prefix}.`))) expect(percent).toBe("KĐG");
          else expect(percent).toMatchObject({ error: "#DIV/0!" });
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(3000);
  });

  it("PAR.RANK over the cells of PAR.PERCENT gives the core's ranks of the index and of every field", () => {
    let ranked = 0;
    for (const { template, report, sheet, units } of cases) {
      const percentCells = (prefix: string | null) =>
        report.units.map((unit, u) => [
          unit.valid ? parPercent(sheet.scoresOf(units[u].scores), sheet.maxima, sheet.codes, prefix, template.precision, sheet.kinds) : "#VALUE!",
        ]);
      const columns: [string | null, (unit: UnitResult) => number | null][] = [
        [null, (unit) => unit.rank],
        ...template.fields
          .filter((field) => field.kind === "ordinary")
          .map((field): [string, (unit: UnitResult) => number | null] => [field.code, (unit) => unit.fields[template.fields.indexOf(field)].rank]),
      ];
      for (const [prefix, coreRank] of columns) {
        const cells = percentCells(prefix);
        report.units.forEach((unit, u) => {
          const [cell] = cells[u];
          if (!unit.valid || isParError(cell) || typeof cell === "string") return;
          expect(parRank(cell, cells, template.precision)).toBe(coreRank(unit));
          ranked++;
        });
      }
    }
    expect(ranked).toBeGreaterThan(3000);
  });

  it("PAR.CLASSIFY and PAR.BAND give the core's class and band, with thresholds as percents or fractions", () => {
    let classified = 0;
    for (const { template, report, sheet, units, random } of cases) {
      const asCell = (threshold: number | undefined): unknown =>
        threshold === undefined ? pick(random, [null, ""]) : threshold <= 1 || random() < 0.5 ? threshold / 100 : threshold;
      const rules = template.definition.classification!.map((rule) => [rule.label, asCell(rule.minTotal), asCell(rule.minField)]);
      const bands = template.definition.bands!.map((band) => [band.label, band.min === 0 ? pick(random, [0, null]) : asCell(band.min)]);
      report.units.forEach((unit, u) => {
        if (!unit.valid) return;
        const scores = sheet.scoresOf(units[u].scores);
        // A sheet may pass PAR.PERCENT cells or, at the published 2 decimals, a plain =score/max.
        const raw = template.precision === 2 && random() < 0.5;
        const rawPercent = (prefix: string | null): unknown => {
          const max = parMax(sheet.maxima, sheet.codes, prefix, scores, sheet.kinds) as number;
          return max === 0 ? "KĐG" : (parScore(scores, sheet.maxima, sheet.codes, prefix, sheet.kinds) as number) / max;
        };
        const percentCell = (prefix: string | null): unknown =>
          raw ? rawPercent(prefix) : parPercent(scores, sheet.maxima, sheet.codes, prefix, template.precision, sheet.kinds);
        const total = percentCell(null);
        const fieldCells = template.fields
          // A field with no maximum has no percentage: the core leaves it out, and so does the sheet.
          .filter((field) => field.classified && field.max > 0)
          .map((field) => percentCell(field.code));
        // The sheet passes the template's precision when it is not the default 2.
        const decimals = template.precision === 2 && random() < 0.5 ? null : template.precision;
        expect(parClassify(total, [fieldCells], rules, decimals)).toBe(unit.classification?.label ?? "");
        expect(parBand(total, bands, decimals)).toBe(unit.band ?? "");
        classified++;
      });
    }
    expect(classified).toBeGreaterThan(1000);
  });
});
