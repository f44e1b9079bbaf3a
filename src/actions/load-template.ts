/**
 * Load a template: lay out `Tiêu chí`, `Chấm điểm` and `Cấu hình`, store the
 * template in the workbook, and carry over every score whose unit and code
 * still exist; the scores that no longer fit are returned, not dropped silently.
 */
import { scoreCellValues } from "../core/not-assessed";
import type { CompiledTemplate } from "../core/template-tree";
import type { Bilingual } from "../core/messages";
import { checkUnitNames } from "../core/scoring";
import { nameKey, normalizeName } from "../core/names";
import { planConfigSheet } from "../sheet/config-sheet";
import { planCriteriaSheet } from "../sheet/criteria-sheet";
import { isAnnexMark, SHEET_NAMES } from "../sheet/names";
import { planScoringSheet } from "../sheet/scoring-sheet";
import { readScoringValues, scoreCellAddress } from "../sheet/scoring-read";
import { progressLabels, sheetProblems } from "./problems";
import { readThenApply, type StoredWorkbookState, type WorkbookChange, type WorkbookPort, type WorkbookSnapshot } from "../workbook/port";
import type { LoadOptions, LoadResult, OrphanScore } from "./types";
import { loadedWorkbook, writeProblems, type LoadedWorkbook } from "./workbook-state";
import { carrySelfArea, selfAreaPlans } from "./self-area";

interface Existing {
  /** Why the scores already in the workbook cannot be carried over (the load then refuses rather than drop them). */
  problems: Bilingual[];
  scores: Map<string, Record<string, unknown>>;
  previousRanks: Map<string, number | null>;
  orphaned: OrphanScore[];
  /** The workbook as it was loaded before, when it can be read. */
  old: LoadedWorkbook | null;
}

export async function loadTemplateIntoWorkbook(
  port: WorkbookPort,
  template: CompiledTemplate,
  unitNames: readonly string[],
  options: LoadOptions = {},
): Promise<LoadResult> {
  const labels = progressLabels[options.lang ?? "vi"];
  const progress = options.onProgress;
  const units = unitNames.map(normalizeName);
  if (units.length === 0) return { ok: false, problems: [sheetProblems.noUnits()] };
  const nameProblems = checkUnitNames(units);
  if (nameProblems.length > 0) return { ok: false, problems: nameProblems };

  progress?.(0, 3, labels.reading);
  // One read and one write in a single port update (Office: 3 syncs in all); `decided` keeps the outcome.
  let decided: LoadResult = { ok: false, problems: [] };
  const ranges = [{ sheet: SHEET_NAMES.scoring }, { sheet: SHEET_NAMES["self-assessment"] }, { sheet: SHEET_NAMES.explanations }];
  await readThenApply(port, { ranges }, (snapshot) => {
    const planned = planLoad(snapshot, template, units, options);
    decided = planned.result;
    if (!planned.change) return null;
    progress?.(2, 3, labels.writing);
    return planned.change;
  });
  if (decided.ok) progress?.(3, 3, labels.done);
  return decided;
}

/** What a load writes, from the workbook as read: the change, or the problems that stop it. */
function planLoad(
  snapshot: WorkbookSnapshot,
  template: CompiledTemplate,
  units: readonly string[],
  options: LoadOptions,
): { result: LoadResult; change: WorkbookChange | null } {
  const lang = options.lang ?? "vi";
  const refuse = (problems: Bilingual[]) => ({ result: { ok: false as const, problems }, change: null });
  const targets = [SHEET_NAMES.criteria, SHEET_NAMES.scoring, SHEET_NAMES["self-assessment"], SHEET_NAMES.explanations, SHEET_NAMES.config];
  const inTheWay = writeProblems(snapshot, targets);
  if (inTheWay.length > 0) return refuse(inTheWay);
  const existing = existingScores(snapshot, template, units);
  if (existing.problems.length > 0) return refuse(existing.problems);
  const self = carrySelfArea(existing.old, snapshot.ranges[1]?.values ?? [], snapshot.ranges[2]?.values ?? [], template, units);
  if (self.problems.length > 0) return refuse(self.problems);
  const given = new Map((options.scores ?? []).map((unit) => [nameKey(unit.name), unit] as const));
  const givenCells = (name: string): Record<string, unknown> => {
    const unit = given.get(nameKey(name));
    return unit ? scoreCellValues(template, unit.scores ?? {}, unit.notAssessed) : {};
  };
  const scores = units.map((name) => ({ ...(existing.scores.get(nameKey(name)) ?? {}), ...givenCells(name) }));
  const previousRanks = units.map((name) => {
    const fromOptions = given.get(nameKey(name))?.previousRank;
    return typeof fromOptions === "number" ? fromOptions : (existing.previousRanks.get(nameKey(name)) ?? null);
  });
  const kept = [...existing.scores.values()].reduce((count, record) => count + Object.values(record).filter((v) => v !== null).length, 0);

  options.onProgress?.(1, 3, progressLabels[lang].planning);
  const year = options.year ?? null;
  const scoring = planScoringSheet({ template, units, scores, previousRanks, year, lang, dialect: options.dialect ?? "par" });
  const state: StoredWorkbookState = { version: 1, template: template.definition, units: [...units], year, lang, dialect: options.dialect ?? "par" };
  const plans = [planCriteriaSheet(template, lang), scoring.plan, ...selfAreaPlans({ template, state }, self.columns), planConfigSheet(template, year, lang)];
  const staleAnnexes = snapshot.sheets.filter((sheet) => sheet.owned !== null && isAnnexMark(sheet.owned)).map((sheet) => sheet.name);
  return {
    result: { ok: true, sheets: plans.map((plan) => plan.name), kept, orphaned: [...existing.orphaned, ...self.orphaned] },
    change: { sheets: plans, remove: staleAnnexes, state, activate: SHEET_NAMES.scoring },
  };
}

/** The scores already in the workbook, by unit key and code, and those with no place in the new layout. */
function existingScores(snapshot: Parameters<typeof loadedWorkbook>[0], template: CompiledTemplate, units: readonly string[]): Existing {
  const result: Existing = { problems: [], scores: new Map(), previousRanks: new Map(), orphaned: [], old: null };
  const values = snapshot.ranges[0]?.values ?? [];
  if (snapshot.state === null || values.length === 0) return result;
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) {
    // No scoring sheet means nothing to keep; a damaged state with scores in the sheet means we cannot place them.
    if (snapshot.sheets.some((sheet) => sheet.name === SHEET_NAMES.scoring && sheet.owned === "scoring")) {
      result.problems.push(sheetProblems.cannotCarryOver(SHEET_NAMES.scoring), ...loaded.problems);
    }
    return result;
  }
  const old = loaded.loaded;
  result.old = old;
  const read = readScoringValues(old.template, old.layout, values);
  if (read.problems.length > 0) {
    result.problems.push(sheetProblems.cannotCarryOver(SHEET_NAMES.scoring), ...read.problems);
    return result;
  }
  const newUnits = new Set(units.map(nameKey));
  read.units.forEach((unit, u) => {
    const key = nameKey(unit.name);
    const unitGone = !newUnits.has(key);
    const record: Record<string, unknown> = {};
    for (const leaf of old.template.leaves) {
      const code = old.template.nodes[leaf].code;
      const value = unit.scores[code];
      if (value === null || value === undefined) continue;
      const node = template.byCode.get(code);
      if (!unitGone && node !== undefined && template.nodes[node].isLeaf) {
        record[code] = value;
        continue;
      }
      result.orphaned.push({
        unit: unit.name,
        code,
        sheet: SHEET_NAMES.scoring,
        address: scoreCellAddress(old.template, old.layout, u, code),
        value,
        message: sheetProblems.orphan(unit.name, code, unitGone),
      });
    }
    if (!unitGone) {
      result.scores.set(key, record);
      result.previousRanks.set(key, unit.previousRank ?? null);
    }
  });
  return result;
}
