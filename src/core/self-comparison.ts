/**
 * PL4 "So sánh tự chấm và thẩm định" as data: per unit with a self-assessment,
 * the self and appraised totals and indexes, their differences, how many
 * criteria the appraisal changed and the criteria with the largest
 * differences (with the unit's explanation). Pure; exact figures in
 * micro-points. Units in published order (rank, then name).
 */
import { fromMicro, toMicro } from "./decimal";
import { inRankOrder } from "./ordering";
import type { ScoreReport, UnitResult } from "./scoring";
import type { SelfReport } from "./self-scoring";

/** The default of "appraisal lower than the self-assessment by more than … points". */
export const SELF_GAP_THRESHOLD = 5;

/** How many criteria with the largest differences PL4 shows per unit. */
const TOP_DIFFERENCES = 3;

interface CriterionDifference {
  code: string;
  title: string;
  selfScore: number;
  score: number;
  /** Appraised less self (negative when the appraisal is lower). */
  difference: number;
  /** The unit's text for this criterion on Giải trình; "" when none. */
  explanation: string;
}

export interface ComparisonRow {
  stt: number;
  name: string;
  selfScore: number;
  selfPercent: number;
  score: number;
  percent: number;
  /** Appraised total less self total. */
  difference: number;
  /** Appraised index less self index (percentage points). */
  percentDifference: number;
  /** Criteria (leaves) whose appraised score differs from the self score. */
  changed: number;
  /** Up to TOP_DIFFERENCES, largest absolute difference first (template order among equals). */
  largest: CriterionDifference[];
}

const minus = (a: number, b: number): number => fromMicro(toMicro(a) - toMicro(b));

/**
 * The rows of PL4: every valid unit with valid self figures. `explanations`
 * is per unit of the report (same order), code → text.
 */
export function comparisonTable(report: ScoreReport, self: SelfReport, explanations: readonly Readonly<Record<string, string>>[]): ComparisonRow[] {
  const position = new Map(report.units.map((unit, i) => [unit, i]));
  const compared = report.units.filter((unit, i) => unit.valid && self.units[i]?.valid === true);
  return inRankOrder(compared).map((unit, i) => {
    const at = position.get(unit) as number; // every unit comes from report.units
    return comparisonRow(report, unit, self, explanations[at] ?? {}, at, i + 1);
  });
}

function comparisonRow(
  report: ScoreReport,
  unit: UnitResult,
  self: SelfReport,
  texts: Readonly<Record<string, string>>,
  at: number,
  stt: number,
): ComparisonRow {
  const figures = self.units[at];
  if (!figures) throw new Error("comparisonRow: a unit without self figures");
  const { nodes, leaves } = report.template;
  const differences: CriterionDifference[] = [];
  for (const leaf of leaves) {
    const difference = minus(unit.nodeScores[leaf], figures.nodeScores[leaf]);
    if (difference === 0) continue;
    const node = nodes[leaf];
    const explanation = texts[node.code] ?? "";
    differences.push({ code: node.code, title: node.title, selfScore: figures.nodeScores[leaf], score: unit.nodeScores[leaf], difference, explanation });
  }
  // A stable sort keeps template order among equal differences.
  const largest = [...differences].sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference)).slice(0, TOP_DIFFERENCES);
  return {
    stt,
    name: unit.name,
    selfScore: figures.selfScore,
    selfPercent: figures.selfPercent,
    score: unit.score,
    percent: unit.percent,
    difference: figures.selfDifference,
    percentDifference: minus(unit.percent, figures.selfPercent),
    changed: differences.length,
    largest,
  };
}

/** The rows whose appraisal is lower than the self-assessment by more than `threshold` points, largest gap first. */
export function loweredUnits(rows: readonly ComparisonRow[], threshold = SELF_GAP_THRESHOLD): ComparisonRow[] {
  const limit = -toMicro(threshold);
  return rows.filter((row) => toMicro(row.difference) < limit).sort((a, b) => a.difference - b.difference);
}
