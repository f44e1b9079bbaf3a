/**
 * Randomized workbooks for the LibreOffice test: the synthetic templates of
 * the sheet tests (nested criteria, levels, an unclassified last field) with
 * a chosen precision, and units with Vietnamese names, their synthetic scores
 * and last year's ranks.
 */
import type { Template } from "../../src/core/template";
import type { CompiledTemplate } from "../../src/core/template-tree";
import type { UnitInput } from "../../src/core/scoring";
import { seededRandom, syntheticScores, syntheticTemplate } from "../sheet/synthetic";

const SYLLABLES = ["An", "Bình", "Đông", "Đức", "Hòa", "Lạc", "Ân", "Ăn", "Tân", "Phú", "Thịnh", "Dương", "Hưng", "Mỹ", "Quang", "Sơn", "Thượng", "Đại"];

export function randomTemplate(seed: number, precision: number): Template {
  const base = syntheticTemplate(10 + (seed % 15), seed, 3 + (seed % 5)).definition;
  return { ...base, id: `ngau-nhien-${seed}`, name: `Bộ tiêu chí ngẫu nhiên ${seed}`, precision };
}

/** `count` units with distinct Vietnamese names, valid scores and, for most, last year's rank. */
export function randomUnits(template: CompiledTemplate, count: number, seed: number): UnitInput[] {
  const random = seededRandom(seed);
  const names = new Set<string>();
  while (names.size < count) {
    names.add(`Xã ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]} ${SYLLABLES[Math.floor(random() * SYLLABLES.length)]}`);
  }
  const scores = syntheticScores(template, count, seed + 1);
  return [...names].map((name, u) => ({ name, scores: scores[u], previousRank: random() < 0.9 ? ((u * 7) % count) + 1 : null }));
}
