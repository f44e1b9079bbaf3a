/**
 * The template and layout a workbook was loaded with, from its stored state.
 */
import type { Bilingual } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import { parseTemplate } from "../core/template-validation";
import { scoringLayout, type ScoringLayout } from "../sheet/layout";
import { sheetProblems } from "./problems";
import type { StoredWorkbookState, WorkbookSnapshot } from "../workbook/port";
import { SHEET_NAMES, sameSheetName } from "../sheet/names";

export interface LoadedWorkbook {
  state: StoredWorkbookState;
  template: CompiledTemplate;
  layout: ScoringLayout;
}

type LoadedWorkbookResult = { ok: true; loaded: LoadedWorkbook } | { ok: false; problems: Bilingual[] };

/** The stored template compiled and its scoring layout; problems when there is none or the scoring sheet is gone. */
export function loadedWorkbook(snapshot: WorkbookSnapshot): LoadedWorkbookResult {
  const state = snapshot.state;
  if (!state) return { ok: false, problems: [sheetProblems.noTemplate()] };
  const parsed = parseTemplate(state.template);
  if (!parsed.ok) return { ok: false, problems: [sheetProblems.storedTemplateDamaged(), ...parsed.problems] };
  const scoring = snapshot.sheets.find((sheet) => sameSheetName(sheet.name, SHEET_NAMES.scoring));
  if (!scoring || scoring.owned !== "scoring") return { ok: false, problems: [sheetProblems.noScoringSheet(SHEET_NAMES.scoring)] };
  return { ok: true, loaded: { state, template: parsed.template, layout: scoringLayout(parsed.template, state.units.length) } };
}

/** Names among `names` held by sheets the user made. */
function userSheetsInTheWay(snapshot: WorkbookSnapshot, names: readonly string[]): Bilingual[] {
  return names
    .filter((name) => snapshot.sheets.some((sheet) => sameSheetName(sheet.name, name) && sheet.owned === null))
    .map((name) => sheetProblems.userSheetInTheWay(name));
}

/** Why the add-in cannot write the sheets `names` now: a protected workbook structure, or user sheets under those names. */
export function writeProblems(snapshot: WorkbookSnapshot, names: readonly string[]): Bilingual[] {
  return [...(snapshot.structureProtected ? [sheetProblems.structureProtected()] : []), ...userSheetsInTheWay(snapshot, names)];
}
