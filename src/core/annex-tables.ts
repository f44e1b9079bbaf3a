/**
 * The annexes' tables as data: the ranking (PL1), the classification with
 * its groups and demotion reasons (PL2) and the fields (PL3). Pure: a
 * ScoreReport in, rows out; units in published order (rank, then name).
 */
import type { Bilingual } from "./messages";
import { rankChangeText } from "./messages";
import { formatDecimalVi } from "./decimal";
import { inRankOrder } from "./ordering";
import type { FieldResult, ScoreReport, UnitResult } from "./scoring";

/** One ordinary field of a unit in PL1; `notAssessed` when none of it applies to the unit (shown "—"). */
interface RankingField {
  score: number;
  percent: number | null;
  notAssessed: boolean;
}

export interface RankingRow {
  stt: number;
  name: string;
  /** The ordinary fields, in template order (bonus and penalty are `bonus` and `penalty`). */
  fields: RankingField[];
  bonus: number;
  penalty: number;
  /** The unit's applicable maximum. */
  max: number;
  score: number;
  percent: number;
  rank: number | null;
  previousRank: number | null;
  rankChange: number | null;
  /** "tăng 3 bậc" / "giảm 2 bậc" / "giữ nguyên" / "". */
  rankChangeText: Bilingual;
  band: string | null;
}

export interface UnitGroup {
  label: string;
  count: number;
  /** Members in published order. */
  units: string[];
}

interface WeakestField {
  code: string;
  title: string;
  percent: number;
}

interface ClassificationRow {
  stt: number;
  name: string;
  percent: number;
  label: string | null;
  weakest: WeakestField | null;
  /** Why the unit was placed below the class its index earned; null when it was not. */
  reason: Bilingual | null;
  /** "Chỉ số tính trên 84 điểm áp dụng." when the unit's applicable maximum is not the template's. */
  applicableNote: Bilingual | null;
}

interface FieldSummary {
  code: string;
  title: string;
  max: number;
  best: number | null;
  worst: number | null;
  /** Mean of the units' rounded percentages, rounded to the template's precision. */
  average: number | null;
  /** Units under the threshold, weakest first. */
  below: Array<{ name: string; percent: number }>;
}

/** The threshold of the report's weak-field sentence and of PL3's list (percent). */
export const WEAK_FIELD_THRESHOLD = 70;

/** The valid units in published order. */
export function publishedUnits(report: ScoreReport): UnitResult[] {
  return inRankOrder(report.units.filter((unit) => unit.valid));
}

/** Whether a unit's field is wholly not assessed: nothing of it applies although the template gives it points. */
export function fieldNotAssessed(report: ScoreReport, unit: UnitResult, f: number): boolean {
  return unit.fields[f].max === 0 && report.template.fields[f].max > 0;
}

/** Indexes of the template's ordinary fields (bonus and penalty have no percentage). */
export function ordinaryFields(report: ScoreReport): number[] {
  return report.template.fields.map((_, f) => f).filter((f) => report.template.fields[f].kind === "ordinary");
}

/** "Chỉ số tính trên 84 điểm áp dụng." for a unit whose applicable maximum is not the template's; null otherwise. */
export function applicableNote(report: ScoreReport, unit: UnitResult): Bilingual | null {
  if (unit.max === report.template.totalMax) return null;
  return {
    vi: `Chỉ số tính trên ${formatDecimalVi(unit.max)} điểm áp dụng.`,
    en: `The index is taken over ${unit.max} applicable points.`,
  };
}

export function rankingTable(report: ScoreReport): RankingRow[] {
  const ordinary = ordinaryFields(report);
  return publishedUnits(report).map((unit, i) => ({
    stt: i + 1,
    name: unit.name,
    fields: ordinary.map((f) => ({ score: unit.fields[f].score, percent: unit.fields[f].percent, notAssessed: fieldNotAssessed(report, unit, f) })),
    bonus: unit.bonus,
    penalty: unit.penalty,
    max: unit.max,
    score: unit.score,
    percent: unit.percent,
    rank: unit.rank,
    previousRank: unit.previousRank,
    rankChange: unit.rankChange,
    rankChangeText: { vi: rankChangeText(unit.rankChange, "vi"), en: rankChangeText(unit.rankChange, "en") },
    band: unit.band,
  }));
}

function groups(labels: readonly string[], units: readonly UnitResult[], labelOf: (unit: UnitResult) => string | null): UnitGroup[] {
  return labels.map((label) => {
    const members = units.filter((unit) => labelOf(unit) === label).map((unit) => unit.name);
    return { label, count: members.length, units: members };
  });
}

/** Every class of the template, in its order, with its members. */
export function classGroups(report: ScoreReport): UnitGroup[] {
  const rules = report.template.definition.classification ?? [];
  return groups(
    rules.map((rule) => rule.label),
    publishedUnits(report),
    (unit) => unit.classification?.label ?? null,
  );
}

/** Every band, highest minimum first, with its members. */
export function bandGroups(report: ScoreReport): UnitGroup[] {
  const bands = [...(report.template.definition.bands ?? [])].sort((a, b) => b.min - a.min);
  return groups(
    bands.map((band) => band.label),
    publishedUnits(report),
    (unit) => unit.band,
  );
}

const percentText = (value: number, decimals: number, lang: "vi" | "en"): string =>
  lang === "vi" ? `${formatDecimalVi(value, decimals)}%` : `${value.toFixed(decimals)}%`;
const thresholdText = (value: number, lang: "vi" | "en"): string => (lang === "vi" ? `${formatDecimalVi(value)}%` : `${value}%`);

/** The weakest classified field (all ordinary fields when none is classified); the first on a tie. */
function weakestField(unit: UnitResult): WeakestField | null {
  const ordinary = unit.fields.filter((field) => field.kind === "ordinary");
  const candidates = ordinary.some((field) => field.classified) ? ordinary.filter((field) => field.classified) : ordinary;
  let weakest: FieldResult | null = null;
  for (const field of candidates) {
    if (field.percent === null) continue;
    if (weakest === null || field.percent < (weakest.percent as number)) weakest = field;
  }
  return weakest ? { code: weakest.code, title: weakest.title, percent: weakest.percent as number } : null;
}

/** "Chỉ số 84,20% đạt mức … nhưng lĩnh vực … chỉ đạt 69,47%, dưới ngưỡng 70% …, nên xếp loại …". */
function demotionReason(unit: UnitResult, decimals: number): Bilingual | null {
  const classification = unit.classification;
  const demotion = classification?.demotion;
  if (!classification || !demotion) return null;
  const fieldsVi = demotion.fields
    .map((field) => `lĩnh vực ${field.code} (${field.title}) chỉ đạt ${percentText(field.percent as number, decimals, "vi")}`)
    .join("; ");
  const fieldsEn = demotion.fields
    .map((field) => `field ${field.code} (${field.title}) reached only ${percentText(field.percent as number, decimals, "en")}`)
    .join("; ");
  return {
    vi:
      `Chỉ số ${percentText(unit.percent, decimals, "vi")} đạt mức "${demotion.wouldBe}" nhưng ${fieldsVi}, ` +
      `dưới ngưỡng ${thresholdText(demotion.threshold, "vi")} mỗi lĩnh vực của mức này, nên xếp loại "${classification.label}".`,
    en:
      `The index ${percentText(unit.percent, decimals, "en")} reaches "${demotion.wouldBe}" but ${fieldsEn}, ` +
      `below that class's ${thresholdText(demotion.threshold, "en")} for every field, so the unit is classed "${classification.label}".`,
  };
}

export function classificationTable(report: ScoreReport): ClassificationRow[] {
  const decimals = report.template.precision;
  return publishedUnits(report).map((unit, i) => ({
    stt: i + 1,
    name: unit.name,
    percent: unit.percent,
    label: unit.classification?.label ?? null,
    weakest: weakestField(unit),
    reason: demotionReason(unit, decimals),
    applicableNote: applicableNote(report, unit),
  }));
}

/** The ordinary fields' figures among the published units (a unit not assessed on a field is left out of it). */
export function fieldTable(report: ScoreReport, threshold = WEAK_FIELD_THRESHOLD): FieldSummary[] {
  const units = publishedUnits(report);
  const scale = 10 ** report.template.precision;
  return ordinaryFields(report).map((f) => {
    const field = report.template.fields[f];
    const percents = units.map((unit) => unit.fields[f].percent).filter((p): p is number => p !== null);
    const sumScaled = percents.reduce((acc, p) => acc + Math.round(p * scale), 0);
    const below = units
      .filter((unit) => unit.fields[f].percent !== null && (unit.fields[f].percent as number) < threshold)
      .map((unit) => ({ name: unit.name, percent: unit.fields[f].percent as number }))
      .sort((a, b) => a.percent - b.percent);
    return {
      code: field.code,
      title: field.title,
      max: field.max,
      best: percents.length ? Math.max(...percents) : null,
      worst: percents.length ? Math.min(...percents) : null,
      average: percents.length ? Math.floor((2 * sumScaled + percents.length) / (2 * percents.length)) / scale : null,
      below,
    };
  });
}
