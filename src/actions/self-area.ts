/**
 * The plans of the self-assessment area, `Tự đánh giá` and `Giải trình`,
 * from the units' columns (the load, the collect and the appraisal share them).
 */
import { planExplanationsSheet } from "../sheet/explanations-sheet";
import type { SheetPlan } from "../sheet/plan";
import { planScoringSheet } from "../sheet/scoring-sheet";
import type { StoredWorkbookState } from "../workbook/port";
import type { CompiledTemplate } from "../core/template-tree";
import type { Bilingual } from "../core/messages";
import { nameKey } from "../core/names";
import { SHEET_NAMES } from "../sheet/names";
import type { CellValue } from "../sheet/plan";
import { scoreCellAddress } from "../sheet/scoring-read";
import { readSelfValues } from "../sheet/self-read";
import { sheetProblems } from "./problems";
import type { OrphanScore } from "./types";
import type { LoadedWorkbook } from "./workbook-state";

interface SelfColumn {
  /** Leaf code → the self score as entered (number, KĐG, other text kept for the check to report). */
  scores: Readonly<Record<string, unknown>>;
  /** Code → explanation text. */
  explanations: Readonly<Record<string, string>>;
}

/** Both sheets, for the state's units in order (`columns[u]` is unit u's, absent = blank). */
export function selfAreaPlans(
  loaded: { template: CompiledTemplate; state: Pick<StoredWorkbookState, "units" | "year" | "lang" | "dialect"> },
  columns: readonly (SelfColumn | undefined)[],
): SheetPlan[] {
  const { template, state } = loaded;
  const self = planScoringSheet({
    template,
    units: state.units,
    scores: state.units.map((_, u) => columns[u]?.scores ?? {}),
    previousRanks: [],
    year: state.year,
    lang: state.lang,
    dialect: state.dialect,
    round: "self",
  });
  const explanations = planExplanationsSheet({
    template,
    units: state.units,
    explanations: state.units.map((_, u) => columns[u]?.explanations ?? {}),
    year: state.year,
    lang: state.lang,
  });
  return [self.plan, explanations];
}

interface CarriedSelfArea {
  /** Per new unit (in order), what carries over. */
  columns: (SelfColumn | undefined)[];
  /** Self scores and explanations that have no place any more. */
  orphaned: OrphanScore[];
  /** The area cannot be read (rearranged): the load refuses rather than lose it. */
  problems: Bilingual[];
}

/**
 * What of the self-assessment area carries over to a new template and unit
 * list: by unit name and code (a self score needs a leaf, an explanation any node).
 */
export function carrySelfArea(
  old: LoadedWorkbook | null,
  selfValues: readonly (readonly CellValue[])[],
  explanationValues: readonly (readonly CellValue[])[],
  template: CompiledTemplate,
  units: readonly string[],
): CarriedSelfArea {
  const columns: (SelfColumn | undefined)[] = units.map(() => undefined);
  if (old === null) return { columns, orphaned: [], problems: [] };
  const read = readSelfValues(old.template, old.layout, selfValues, explanationValues);
  if (read.problems.length > 0) return { columns, orphaned: [], problems: [sheetProblems.cannotCarryOver(SHEET_NAMES["self-assessment"]), ...read.problems] };
  const newIndex = new Map(units.map((name, u) => [nameKey(name), u] as const));
  const orphaned: OrphanScore[] = [];
  read.units.forEach((unit, oldU) => {
    const u = newIndex.get(nameKey(old.state.units[oldU] ?? unit.name));
    const column = { scores: {} as Record<string, unknown>, explanations: {} as Record<string, string> };
    const place = (code: string, value: unknown, sheet: string, fits: boolean): void => {
      if (u !== undefined && fits) return;
      const address = scoreCellAddress(old.template, old.layout, oldU, code);
      orphaned.push({ unit: old.state.units[oldU], code, sheet, address, value, message: sheetProblems.orphan(old.state.units[oldU], code, u === undefined) });
    };
    // In template order (an object's integer-like keys such as "2" would come first).
    for (const leaf of old.template.leaves) {
      const code = old.template.nodes[leaf].code;
      const value = unit.scores[code];
      if (value === null || value === undefined) continue;
      const node = template.byCode.get(code);
      const fits = node !== undefined && template.nodes[node].isLeaf;
      if (u !== undefined && fits) column.scores[code] = value;
      place(code, value, SHEET_NAMES["self-assessment"], fits);
    }
    for (const { code } of old.template.nodes) {
      const text = unit.explanations[code];
      if (text === undefined) continue;
      const fits = template.byCode.has(code);
      if (u !== undefined && fits) column.explanations[code] = text;
      place(code, text, SHEET_NAMES.explanations, fits);
    }
    if (u !== undefined) columns[u] = column;
  });
  return { columns, orphaned, problems: [] };
}
