/**
 * Classes (xếp loại) and bands (nhóm), decided on rounded percentages.
 */
import type { Band, ClassRule } from "./template";

export interface FieldPercent {
  code: string;
  title: string;
  /** Rounded percent, or null for a field with no maximum. */
  percent: number | null;
}

/** Why a unit whose total reached a higher class was placed lower. */
export interface Demotion {
  /** The class the total alone would have earned. */
  wouldBe: string;
  threshold: number;
  /** The classified fields below the threshold, weakest first. */
  fields: FieldPercent[];
}

export interface Classification {
  label: string;
  /** Position of the class in the template's list. */
  index: number;
  demotion?: Demotion;
}

const meetsTotal = (rule: ClassRule, total: number): boolean => rule.minTotal === undefined || total >= rule.minTotal;

/** A field with a percentage (a field with no maximum has none). */
type MeasuredField = FieldPercent & { percent: number };

function fieldsBelow(min: number | undefined, fields: readonly FieldPercent[]): MeasuredField[] {
  if (min === undefined) return [];
  return fields.filter((field): field is MeasuredField => field.percent !== null && field.percent < min).sort((a, b) => a.percent - b.percent);
}

/**
 * The first class whose conditions hold. `fields` are the classified fields
 * only; percentages are rounded percents (85.3, not 0.853).
 */
export function classifyUnit(total: number, fields: readonly FieldPercent[], rules: readonly ClassRule[]): Classification | null {
  let demotion: Demotion | undefined;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    if (!meetsTotal(rule, total)) continue;
    const below = fieldsBelow(rule.minField, fields);
    if (rule.minField === undefined || below.length === 0) return demotion ? { label: rule.label, index, demotion } : { label: rule.label, index };
    demotion ??= { wouldBe: rule.label, threshold: rule.minField, fields: below };
  }
  return null;
}

/** The band with the highest minimum not above the percent. */
export function bandOf(percent: number, bands: readonly Band[]): Band | null {
  let best: Band | null = null;
  for (const band of bands) {
    if (band.min <= percent && (best === null || band.min > best.min)) best = band;
  }
  return best;
}
