/**
 * The demo's leaf scores, made from the commune profiles by a seeded
 * generator: the same seed always gives the same workbook. Ordinary criteria
 * are scored in quarter points, the two survey criteria with 3 decimals, and
 * the survey points then make up the exact total the profile asks for.
 */
import type { CompiledTemplate, TemplateNode } from "../core/template-tree";
import type { UnitInput } from "../core/scoring";
import { fromMicro, toMicro } from "../core/decimal";
import { findBuiltInTemplate } from "../templates/registry";
import { CommuneProfile, communeProfiles, DEMO_SEED, DEMO_TEMPLATE_ID } from "./province";

/** The survey criteria (điều tra xã hội học, SIPAS): 3 decimals, and the ones that absorb the difference. */
const SURVEY_CODES = ["8.3", "8.2"];
const QUARTER = toMicro(0.25);
const THOUSANDTH = toMicro(0.001);

/** mulberry32: a small, well-mixed 32-bit generator; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** A leaf score in micro-points near `share` of its maximum, on the leaf's step. */
function leafScore(node: TemplateNode, share: number, step: number): number {
  return clamp(Math.round((node.maxMicro * share) / step) * step, 0, node.maxMicro);
}

function communeScores(template: CompiledTemplate, profile: CommuneProfile, random: () => number): Record<string, number> {
  const micro = new Map<string, number>();
  for (const index of template.leaves) {
    const node = template.nodes[index];
    const pinned = profile.pinned?.[node.code];
    const survey = SURVEY_CODES.includes(node.code);
    const jitter = (random() * 2 - 1) * (survey ? 0.05 : 0.03);
    micro.set(node.code, pinned !== undefined ? toMicro(pinned) : leafScore(node, clamp(profile.level + jitter, 0, 1), survey ? THOUSANDTH : QUARTER));
  }
  let missing = toMicro(profile.total) - [...micro.values()].reduce((a, b) => a + b, 0);
  for (const code of SURVEY_CODES) {
    const node = template.nodes[template.byCode.get(code) as number];
    const current = micro.get(code) as number;
    const next = clamp(current + missing, 0, node.maxMicro);
    missing -= next - current;
    micro.set(code, next);
  }
  // The profiles are written so that the survey points can make up the total.
  if (missing !== 0) throw new Error(`Demo profile ${profile.name} cannot reach ${profile.total}: ${fromMicro(missing)} left`);
  return Object.fromEntries([...micro].map(([code, value]) => [code, fromMicro(value)]));
}

/** A built-in template the demos are made for; its absence is a bug. */
export function demoBuiltIn(id: string): CompiledTemplate {
  const template = findBuiltInTemplate(id);
  if (!template) throw new Error(`Built-in template ${id} is missing`);
  return template;
}

export function demoTemplate(): CompiledTemplate {
  return demoBuiltIn(DEMO_TEMPLATE_ID);
}

/** The 25 communes with their scores and last year's ranks, in the province's list order. */
export function demoUnits(seed = DEMO_SEED): UnitInput[] {
  const template = demoTemplate();
  const random = seededRandom(seed);
  return communeProfiles.map((profile) => ({
    name: profile.name,
    scores: communeScores(template, profile, random),
    previousRank: profile.previousRank,
  }));
}
