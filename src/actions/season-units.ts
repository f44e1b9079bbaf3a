/**
 * The units of a scoring workbook as the core takes them, with both rounds:
 * the appraisal (`Chấm điểm`: scores, KĐG, last year's rank) and, where a
 * unit has one, its self-assessment (`Tự đánh giá`) and explanations
 * (`Giải trình`). One read of the three sheets.
 */
import type { Bilingual } from "../core/messages";
import type { UnitInput } from "../core/scoring";
import type { CompiledTemplate } from "../core/template-tree";
import { SHEET_NAMES } from "../sheet/names";
import { readScoringValues } from "../sheet/scoring-read";
import { hasSelfAssessment, readSelfValues } from "../sheet/self-read";
import type { WorkbookPort, WorkbookSnapshot } from "../workbook/port";
import { loadedWorkbook, type LoadedWorkbook } from "./workbook-state";

interface SeasonUnits {
  loaded: LoadedWorkbook;
  template: CompiledTemplate;
  /** In column order; `selfScores` only for a unit with something in the self-assessment area. */
  units: UnitInput[];
  /** Per unit (same order), code → explanation text. */
  explanations: Record<string, string>[];
}

type SeasonUnitsResult = { ok: true; season: SeasonUnits } | { ok: false; problems: Bilingual[] };

/** The ranges `seasonUnitsOf` reads, in its order. */
export const SEASON_RANGES = [{ sheet: SHEET_NAMES.scoring }, { sheet: SHEET_NAMES["self-assessment"] }, { sheet: SHEET_NAMES.explanations }];

export async function readSeasonUnits(port: WorkbookPort): Promise<SeasonUnitsResult> {
  return seasonUnitsOf(await port.read({ ranges: SEASON_RANGES }));
}

/** From a snapshot of SEASON_RANGES. */
export function seasonUnitsOf(snapshot: WorkbookSnapshot): SeasonUnitsResult {
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) return loaded;
  const { template, layout } = loaded.loaded;
  const scoring = readScoringValues(template, layout, snapshot.ranges[0]?.values ?? []);
  const self = readSelfValues(template, layout, snapshot.ranges[1]?.values ?? [], snapshot.ranges[2]?.values ?? []);
  const problems = [...scoring.problems, ...self.problems];
  if (problems.length > 0) return { ok: false, problems };
  const units = scoring.units.map((unit, u): UnitInput => {
    const own = self.units[u];
    return own && hasSelfAssessment(own) ? { ...unit, selfScores: own.scores } : unit;
  });
  return { ok: true, season: { loaded: loaded.loaded, template, units, explanations: self.units.map((unit) => unit.explanations) } };
}
