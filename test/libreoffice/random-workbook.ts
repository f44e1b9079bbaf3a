/**
 * A randomized criteria template (nested fields, levels, classes, bands, a
 * chosen precision) and scores for it, from a seed, for the LibreOffice test.
 */
import type { Criterion, Template } from "../../src/core/template";
import type { UnitInput } from "../../src/core/scoring";
import { seededRandom } from "../../src/demo/demo-scores";

const SYLLABLES = ["An", "Bình", "Đông", "Đức", "Hòa", "Lạc", "Ân", "Ăn", "Tân", "Phú", "Thịnh", "Dương", "Hưng", "Mỹ", "Quang", "Sơn", "Thượng", "Đại"];

export function randomTemplate(seed: number): Template {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const leaf = (code: string): Criterion => {
    const max = pick([0.5, 1, 1.5, 2, 2.5, 3, 4]);
    return random() < 0.25 ? { code, title: `Tiêu chí ${code}`, max, levels: [0, max / 2, max] } : { code, title: `Tiêu chí ${code}`, max };
  };
  const node = (code: string, depth: number): Criterion => {
    const children = depth < 2 && random() < 0.6 ? Math.floor(random() * 3) + 1 : 0;
    if (children === 0) return leaf(code);
    const kids = Array.from({ length: children }, (_, i) => node(`${code}.${i + 1}`, depth + 1));
    return { code, title: `Nội dung ${code}`, max: kids.reduce((sum, kid) => sum + kid.max, 0), children: kids };
  };
  const fieldCount = 3 + Math.floor(random() * 4);
  const fields = Array.from({ length: fieldCount }, (_, i) => node(String(i + 1), 0));
  fields[fields.length - 1].classified = false;
  return {
    id: `ngau-nhien-${seed}`,
    name: `Bộ tiêu chí ngẫu nhiên ${seed}`,
    precision: pick([1, 2, 3]),
    fields,
    classification: [
      { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: 90, minField: 80 },
      { label: "Hoàn thành tốt nhiệm vụ", minTotal: 80, minField: 70 },
      { label: "Hoàn thành nhiệm vụ", minTotal: 65, minField: 50 },
      { label: "Không hoàn thành nhiệm vụ" },
    ],
    bands: [
      { label: "Từ 90% trở lên", min: 90 },
      { label: "Từ 80% đến dưới 90%", min: 80 },
      { label: "Từ 65% đến dưới 80%", min: 65 },
      { label: "Dưới 65%", min: 0 },
    ],
  };
}

function leaves(criteria: readonly Criterion[]): Criterion[] {
  return criteria.flatMap((criterion) => (criterion.children ? leaves(criterion.children) : [criterion]));
}

/** `count` units with valid scores (quarter points, 3-decimal survey-like points, levels) and last year's ranks. */
export function randomUnits(template: Template, count: number, seed: number): UnitInput[] {
  const random = seededRandom(seed);
  const names = new Set<string>();
  while (names.size < count) {
    names.add(`Xã ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}`);
  }
  const strength = () => 0.45 + random() * 0.55;
  return [...names].map((name, u) => {
    const level = strength();
    const scores: Record<string, number> = {};
    for (const criterion of leaves(template.fields)) {
      const share = Math.min(1, Math.max(0, level + (random() - 0.5) * 0.3));
      if (criterion.levels) scores[criterion.code] = criterion.levels[Math.min(2, Math.floor(share * 3))];
      else if (random() < 0.3) scores[criterion.code] = Math.round(criterion.max * share * 1000) / 1000;
      else scores[criterion.code] = Math.round(criterion.max * share * 4) / 4;
    }
    return { name, scores, previousRank: random() < 0.9 ? ((u * 7) % count) + 1 : null };
  });
}
