/**
 * The second demo: twelve communes and wards of the same fictional province
 * scored on the illustrative 2025-style set (`minh-hoa-xa-2025`, not an
 * official set), to show its two rules: Xã Tây Sơn has a criterion not
 * assessed (6.1: no public investment was allocated to it, KĐG) and so an
 * applicable maximum of 97; several units have bonus or penalty points, and
 * Phường Đông Hưng's bonus would lift it past the maximum, so its total is
 * kept at 100. Seeded: the same seed always gives the same workbook.
 */
import type { CompiledTemplate, TemplateNode } from "../core/template-tree";
import type { UnitInput } from "../core/scoring";
import { fromMicro, toMicro } from "../core/decimal";
import { demoBuiltIn, seededRandom } from "./demo-scores";

const DEMO_2025_TEMPLATE_ID = "minh-hoa-xa-2025";
const DEMO_2025_SEED = 20251117;

interface Profile {
  name: string;
  /** Share of the maximum scored on the ordinary criteria (0–1). */
  level: number;
  /** Code → points, for what the unit is there to show (bonus, penalty, a pinned criterion). */
  points?: Readonly<Record<string, number>>;
  notAssessed?: readonly string[];
  previousRank: number | null;
}

const profiles: readonly Profile[] = [
  { name: "Phường Đông Hưng", level: 1, points: { "9.1": 1.5, "9.2": 1 }, previousRank: 1 },
  { name: "Xã Tây Sơn", level: 0.93, notAssessed: ["6.1"], points: { "9.2": 1, "10.3": 0.5 }, previousRank: 3 },
  { name: "Xã Bình Minh", level: 0.9, points: { "10.1": 1 }, previousRank: 2 },
  { name: "Phường Quang Trung", level: 0.88, points: { "9.1": 1.5 }, previousRank: 5 },
  { name: "Xã Tân Lập", level: 0.85, previousRank: 4 },
  { name: "Xã Kim Sơn", level: 0.83, points: { "10.2": 1, "10.3": 0.5 }, previousRank: 8 },
  { name: "Xã An Phú", level: 0.8, previousRank: 6 },
  { name: "Xã Ngọc Kỳ", level: 0.78, points: { "9.2": 1 }, previousRank: 9 },
  { name: "Xã Song Mai", level: 0.74, previousRank: 7 },
  { name: "Đặc khu Cồn Cỏ", level: 0.7, points: { "10.1": 2 }, previousRank: null },
  { name: "Xã Thạch Khôi", level: 0.66, previousRank: 11 },
  { name: "Xã Hòa An", level: 0.6, points: { "10.2": 2 }, previousRank: 10 },
];

const QUARTER = toMicro(0.25);
const THOUSANDTH = toMicro(0.001);
const SURVEY_CODES = new Set(["8.2", "8.3"]);

/** A leaf's points near `share` of its maximum: its nearest allowed level, or a quarter point (survey: a thousandth). */
function leafPoints(node: TemplateNode, share: number): number {
  const target = node.maxMicro * Math.min(1, Math.max(0, share));
  if (node.levels) {
    return node.levels.reduce((best, level) => (Math.abs(toMicro(level) - target) < Math.abs(toMicro(best) - target) ? level : best), node.levels[0]);
  }
  const step = SURVEY_CODES.has(node.code) ? THOUSANDTH : QUARTER;
  return fromMicro(Math.min(node.maxMicro, Math.round(target / step) * step));
}

export function demo2025Template(): CompiledTemplate {
  return demoBuiltIn(DEMO_2025_TEMPLATE_ID);
}

/** The twelve units with their scores, criteria not assessed, bonus and penalty points and last year's ranks. */
export function demo2025Units(seed = DEMO_2025_SEED): UnitInput[] {
  const template = demo2025Template();
  const random = seededRandom(seed);
  return profiles.map((profile) => {
    const scores: Record<string, number> = {};
    for (const leaf of template.leaves) {
      const node = template.nodes[leaf];
      if (template.fields[node.field].kind !== "ordinary" || profile.notAssessed?.includes(node.code)) continue;
      scores[node.code] = profile.level === 1 ? node.max : leafPoints(node, profile.level + (random() * 2 - 1) * 0.08);
    }
    Object.assign(scores, profile.points ?? {});
    return { name: profile.name, scores, notAssessed: profile.notAssessed ? [...profile.notAssessed] : undefined, previousRank: profile.previousRank };
  });
}
