/**
 * Start the appraisal from the self-assessment: every unit's self scores are
 * copied into `Chấm điểm` where the appraisal cell is still blank (or into
 * every cell, when asked to overwrite), so that the officer then edits only
 * where the appraisal disagrees. One read of the three sheets and one write
 * of `Chấm điểm`; nothing is written when nothing would change.
 */
import type { Bilingual, Lang } from "../core/messages";
import { SHEET_NAMES } from "../sheet/names";
import { planScoringSheet } from "../sheet/scoring-sheet";
import { readThenApply, type ProgressCallback, type WorkbookPort } from "../workbook/port";
import { progressLabels } from "./problems";
import { SEASON_RANGES, seasonUnitsOf } from "./season-units";
import { writeProblems } from "./workbook-state";

interface AppraisalOptions {
  /** Also replace appraisal cells that already hold a value (default: only blank ones are filled). */
  overwrite?: boolean;
  lang?: Lang;
  onProgress?: ProgressCallback;
}

export type AppraisalResult =
  | {
      ok: true;
      /** Cells copied from the self-assessment. */
      copied: number;
      /** Appraisal cells that already held a value different from the self score and were left as they were. */
      kept: number;
      /** Units that have a self-assessment. */
      units: number;
    }
  | { ok: false; problems: Bilingual[] };

const isBlank = (value: unknown): boolean => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

export async function startAppraisal(port: WorkbookPort, options: AppraisalOptions = {}): Promise<AppraisalResult> {
  const labels = progressLabels[options.lang ?? "vi"];
  options.onProgress?.(0, 2, labels.reading);
  let decided: AppraisalResult = { ok: false, problems: [] };
  await readThenApply(port, { ranges: SEASON_RANGES }, (snapshot) => {
    const read = seasonUnitsOf(snapshot);
    const problems = read.ok ? writeProblems(snapshot, [SHEET_NAMES.scoring]) : read.problems;
    if (!read.ok || problems.length > 0) {
      decided = { ok: false, problems };
      return null;
    }
    const { template, units, loaded } = read.season;
    let copied = 0;
    let kept = 0;
    const scores = units.map((unit) => {
      const merged: Record<string, unknown> = { ...unit.scores };
      for (const leaf of template.leaves) {
        const code = template.nodes[leaf].code;
        const self = unit.selfScores?.[code];
        if (isBlank(self) || merged[code] === self) continue;
        if (isBlank(merged[code]) || options.overwrite === true) {
          merged[code] = self;
          copied++;
        } else kept++;
      }
      return merged;
    });
    decided = { ok: true, copied, kept, units: units.filter((unit) => unit.selfScores).length };
    if (copied === 0) return null;
    options.onProgress?.(1, 2, labels.writing);
    const { state } = loaded;
    const previousRanks = units.map((unit) => unit.previousRank ?? null);
    const plan = planScoringSheet({ template, units: state.units, scores, previousRanks, year: state.year, lang: state.lang, dialect: state.dialect }).plan;
    return { sheets: [plan], activate: SHEET_NAMES.scoring };
  });
  if (decided.ok) options.onProgress?.(2, 2, labels.done);
  return decided;
}
