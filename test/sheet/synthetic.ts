/**
 * Seeded synthetic templates and scores: any number of leaf criteria under
 * 8 fields (field → criterion → sub-criterion), every fifth leaf with
 * discrete levels, classes and bands as in Hải Dương; scores drawn from a
 * seeded generator so that failures reproduce.
 */
import type { Criterion, Template } from "../../src/core/template";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { seededRandom } from "../../src/demo/demo-scores";
import { findBuiltInTemplate } from "../../src/templates/registry";

export { seededRandom };

/** Classes and bands as in Hải Dương. */
const haiDuong = (findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate).definition;

const MAXIMA = [0.5, 1, 1.5, 2, 2.5, 3];

export function syntheticTemplate(leafCount: number, seed = 1, fieldCount = 8): CompiledTemplate {
  const random = seededRandom(seed);
  const fields: Criterion[] = [];
  let made = 0;
  for (let f = 0; f < fieldCount; f++) {
    const leavesHere = Math.floor(leafCount / fieldCount) + (f < leafCount % fieldCount ? 1 : 0);
    const criteria: Criterion[] = [];
    let left = leavesHere;
    let c = 1;
    while (left > 0) {
      const size = Math.min(left, 1 + Math.floor(random() * 6));
      const code = `${f + 1}.${c}`;
      const subs: Criterion[] = [];
      for (let s = 1; s <= size; s++) {
        made++;
        const levelled = made % 5 === 0;
        const max = levelled ? 1 : MAXIMA[Math.floor(random() * MAXIMA.length)];
        subs.push({ code: `${code}.${s}`, title: `Tiêu chí thành phần ${code}.${s}`, max, ...(levelled ? { levels: [1, 0.5, 0] } : {}) });
      }
      const max = subs.reduce((acc, sub) => acc + Math.round(sub.max * 1e6), 0) / 1e6;
      criteria.push(size === 1 ? { ...subs[0], code, title: `Tiêu chí ${code}` } : { code, title: `Tiêu chí ${code}`, max, children: subs });
      left -= size;
      c++;
    }
    const max = criteria.reduce((acc, criterion) => acc + Math.round(criterion.max * 1e6), 0) / 1e6;
    fields.push({ code: String(f + 1), title: `Lĩnh vực ${f + 1}`, max, children: criteria, ...(f === fieldCount - 1 ? { classified: false } : {}) });
  }
  const template: Template = {
    id: `tong-hop-${leafCount}`,
    name: `Bộ tiêu chí tổng hợp ${leafCount} tiêu chí`,
    fields,
    classification: haiDuong.classification,
    bands: haiDuong.bands,
  };
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
  return parsed.template;
}

/** Valid scores for every leaf: a level, or a multiple of 0.25 (sometimes 0.001) up to the maximum; most units score high. */
export function syntheticScores(template: CompiledTemplate, unitCount: number, seed = 2): Array<Record<string, number>> {
  const random = seededRandom(seed);
  return Array.from({ length: unitCount }, () => {
    const strength = 0.45 + random() * 0.55;
    const scores: Record<string, number> = {};
    for (const leaf of template.leaves) {
      const node = template.nodes[leaf];
      if (node.levels) {
        scores[node.code] = node.levels[Math.min(node.levels.length - 1, Math.floor((1 - strength) * node.levels.length * random() * 2))];
        continue;
      }
      const step = random() < 0.2 ? 0.001 : 0.25;
      const steps = Math.round(node.max / step);
      const taken = Math.min(steps, Math.round(steps * Math.min(1, strength + (random() - 0.5) * 0.3)));
      scores[node.code] = Math.round(taken * step * 1000) / 1000;
    }
    return scores;
  });
}

export const unitNames = (count: number): string[] => Array.from({ length: count }, (_, i) => (i % 7 === 6 ? `Phường ${i + 1}` : `Xã Số ${i + 1}`));

/** The template with a bonus field (1,5 + 1 points) and a penalty field (2 + 1 points) after its fields. */
export function withBonusAndPenalty(template: CompiledTemplate): CompiledTemplate {
  const next = template.fields.length + 1;
  const source: Template = {
    ...template.definition,
    id: `${template.id}-thuong-tru`,
    fields: [
      ...template.definition.fields,
      {
        code: String(next),
        title: "Điểm thưởng",
        max: 2.5,
        kind: "bonus",
        children: [
          { code: `${next}.1`, title: "Sáng kiến", max: 1.5 },
          { code: `${next}.2`, title: "Khen thưởng", max: 1, levels: [1, 0.5, 0] },
        ],
      },
      {
        code: String(next + 1),
        title: "Điểm trừ",
        max: 3,
        kind: "penalty",
        children: [
          { code: `${next + 1}.1`, title: "Chậm báo cáo", max: 2 },
          { code: `${next + 1}.2`, title: "Sai phạm", max: 1, levels: [1, 0.5, 0] },
        ],
      },
    ],
  };
  const parsed = parseTemplate(source);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
  return parsed.template;
}

const KDG_TEXTS = ["KĐG", "kdg", "Không đánh giá"];

/**
 * Scores under the scoring model's rules: now and then a criterion or a whole
 * field not assessed (KĐG in any of its spellings), and bonus and penalty
 * points where the template has them; the first unit has full marks and a
 * bonus, so that its total is kept at the maximum.
 */
export function withNotAssessedAndExtras(
  template: CompiledTemplate,
  scores: ReadonlyArray<Record<string, number>>,
  seed: number,
): Array<Record<string, unknown>> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const ordinary = template.fields.map((field, f) => ({ field, f })).filter(({ field }) => field.kind === "ordinary");
  return scores.map((unit, u) => {
    const out: Record<string, unknown> = { ...unit };
    const wholeField = random() < 0.3 ? pick(ordinary.slice(1)).f : -1;
    for (const leaf of template.leaves) {
      const node = template.nodes[leaf];
      const kind = template.fields[node.field].kind;
      if (kind !== "ordinary") {
        const points = node.levels ? pick(node.levels) : Math.round(random() * node.max * 2) / 2;
        out[node.code] = random() < 0.3 ? null : points;
      } else if (u === 0) out[node.code] = node.max;
      else if (node.field === wholeField || random() < 0.06) out[node.code] = pick(KDG_TEXTS);
    }
    if (u === 0 && template.hasExtraKinds) {
      for (const leaf of template.leaves) if (template.fields[template.nodes[leaf].field].kind === "penalty") out[template.nodes[leaf].code] = 0;
    }
    return out;
  });
}
