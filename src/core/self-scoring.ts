/**
 * The self-assessment round: a unit's own scores (tự chấm), scored by the
 * same function as the appraisal (`scoreLeafValues`), so that the same
 * checks, not-assessed criteria, bonus and penalty apply. The unit's
 * `notAssessed` list holds for both rounds; a KĐG among the self scores
 * holds for the self round only (the unit says the criterion does not apply;
 * the appraisal decides for itself). The self round is not ranked or classed.
 */
import { fromMicro, percentOfMicro, toMicro } from "./decimal";
import { inTemplateOrder, scoreLeafValues, type ScoreIssue } from "./leaf-scoring";
import { placeIssue } from "./leaf-scoring";
import { scoreMessages } from "./messages";
import { normalizeName } from "./names";
import { resolveNotAssessed } from "./not-assessed";
import type { ScoreReport, UnitInput } from "./scoring";
import type { CompiledTemplate } from "./template-tree";

/** An issue of the self round (`"round": "self"` in the JSON). */
type SelfScoreIssue = ScoreIssue & { round: "self" };

interface SelfFieldFigures {
  selfScore: number;
  /** Rounded percent over the field's applicable maximum in the self round; null as for the appraisal. */
  selfPercent: number | null;
}

export interface SelfFigures {
  valid: boolean;
  /** Self total: ordinary points + bonus − penalty, kept within 0 and the self round's applicable maximum. */
  selfScore: number;
  selfMax: number;
  /** Rounded percent of the self total over its applicable maximum. */
  selfPercent: number;
  /** The appraised score less the self score (negative when the appraisal is lower). */
  selfDifference: number;
  /** Score of every template node in the self round, in node order. */
  nodeScores: number[];
  fields: SelfFieldFigures[];
}

export interface SelfReport {
  /** Per unit of the report (same order): its self figures, or null when it gave no self scores. */
  units: (SelfFigures | null)[];
  issues: SelfScoreIssue[];
}

const toNumbers = (micro: Float64Array): number[] => Array.from(micro, (value) => value / 1e6);

/** The self figures of every unit that carries `selfScores`, beside the appraisal's report. */
export function scoreSelfAssessments(template: CompiledTemplate, units: readonly UnitInput[], report: ScoreReport): SelfReport {
  const issues: SelfScoreIssue[] = [];
  const figures = units.map((unit, position): SelfFigures | null => {
    if (unit.selfScores === undefined || unit.selfScores === null) return null;
    const name = normalizeName(String(unit.name ?? ""));
    const notAssessed = resolveNotAssessed(template, unit.notAssessed, unit.selfScores);
    const sums = scoreLeafValues(template, name, unit.selfScores, notAssessed.leaves);
    const unknown = notAssessed.unknown.map((code) =>
      placeIssue(name, { kind: "unknownCode", code, value: null, message: scoreMessages.unknownNotAssessed(code) }),
    );
    for (const issue of inTemplateOrder([...sums.issues, ...unknown])) issues.push({ ...issue, round: "self" });
    const { precision } = template;
    const selfPercent = sums.totalMaxMicro > 0 ? percentOfMicro(sums.totalMicro, sums.totalMaxMicro, precision) : 0;
    const fields = template.fields.map((field): SelfFieldFigures => {
      const max = sums.maxMicro[field.node];
      const percent = field.kind === "ordinary" && max > 0 ? percentOfMicro(sums.micro[field.node], max, precision) : null;
      return { selfScore: fromMicro(sums.micro[field.node]), selfPercent: percent };
    });
    const appraised = report.units[position];
    return {
      valid: sums.valid && unknown.length === 0,
      selfScore: fromMicro(sums.totalMicro),
      selfMax: fromMicro(sums.totalMaxMicro),
      selfPercent,
      selfDifference: fromMicro(toMicro(appraised.score) - sums.totalMicro),
      nodeScores: toNumbers(sums.micro),
      fields,
    };
  });
  return { units: figures, issues };
}
