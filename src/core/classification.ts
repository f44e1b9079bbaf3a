/**
 * Classes (xếp loại) and bands (nhóm), decided on rounded percentages.
 * `THRESHOLDS` describes the rule once: which thresholds a class and a band
 * have, in which order, and what each bounds. The core decides with it, and
 * the sheets derive from it the `Cấu hình` tables, the native IF formulas and
 * the table reader of PAR.CLASSIFY and PAR.BAND.
 */
import type { Band, ClassRule } from "./template";

/** What a threshold bounds: the unit's index, or its weakest classified field (both rounded percents). */
export type Measure = "index" | "weakestField";

/** A class rule's thresholds, by the property of `ClassRule` holding each. */
export type ClassThresholdKey = Exclude<keyof ClassRule, "label">;
/** A band's threshold, by the property of `Band` holding it. */
export type BandThresholdKey = Exclude<keyof Band, "label">;

interface Threshold<Key extends string> {
  /** The rule's property holding the threshold, a percent; a rule without it is not bound by it. */
  key: Key;
  /** What must reach it (be at least the threshold) for the rule to hold. */
  measure: Measure;
}

export interface ThresholdDescription {
  /**
   * A class's thresholds, in the order of their columns after the label (the
   * `Cấu hình` table, PAR.CLASSIFY's rules). A unit gets the first class whose
   * thresholds it all reaches.
   */
  classes: readonly Threshold<ClassThresholdKey>[];
  /** A band's threshold, in the column after the label: a unit is in the band with the highest threshold it reaches. */
  band: Threshold<BandThresholdKey>;
}

/** The rule of the index: a class bounds the index and every classified field; a band bounds the index. */
export const THRESHOLDS: ThresholdDescription = {
  classes: [
    { key: "minTotal", measure: "index" },
    { key: "minField", measure: "weakestField" },
  ],
  band: { key: "min", measure: "index" },
};

export interface FieldPercent {
  code: string;
  title: string;
  /** Rounded percent, or null for a field with no maximum. */
  percent: number | null;
}

/** Why a unit whose total reached a higher class was placed lower. */
interface Demotion {
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

/** A field with a percentage (a field with no maximum has none). */
type MeasuredField = FieldPercent & { percent: number };

function fieldsBelow(min: number, fields: readonly FieldPercent[]): MeasuredField[] {
  return fields.filter((field): field is MeasuredField => field.percent !== null && field.percent < min).sort((a, b) => a.percent - b.percent);
}

/** The thresholds of a rule that its measures do not reach. */
function unmet(rule: ClassRule, measures: Record<Measure, number>): Array<{ measure: Measure; threshold: number }> {
  const missed: Array<{ measure: Measure; threshold: number }> = [];
  for (const { key, measure } of THRESHOLDS.classes) {
    const threshold = rule[key];
    if (threshold !== undefined && measures[measure] < threshold) missed.push({ measure, threshold });
  }
  return missed;
}

/**
 * The first class whose conditions hold. `fields` are the classified fields
 * only; percentages are rounded percents (85.3, not 0.853). With no measured
 * field, no field threshold can demote.
 */
export function classifyUnit(total: number, fields: readonly FieldPercent[], rules: readonly ClassRule[]): Classification | null {
  const measured = fields.flatMap((field) => (field.percent === null ? [] : [field.percent]));
  const measures: Record<Measure, number> = { index: total, weakestField: Math.min(...measured) };
  let demotion: Demotion | undefined;
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index];
    const missed = unmet(rule, measures);
    if (missed.length === 0) return demotion ? { label: rule.label, index, demotion } : { label: rule.label, index };
    if (demotion || !missed.every((miss) => miss.measure === "weakestField")) continue;
    const threshold = Math.max(...missed.map((miss) => miss.threshold));
    demotion = { wouldBe: rule.label, threshold, fields: fieldsBelow(threshold, fields) };
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
