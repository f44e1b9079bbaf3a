/**
 * Reading the self-assessment area back: `Tự đánh giá` (the units' own
 * scores, laid out like `Chấm điểm`) and `Giải trình` (their texts, same
 * rows and columns). Pure: values in, data out.
 */
import type { Bilingual } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import type { CellValue } from "./plan";
import type { ScoringLayout } from "./layout";
import { readScoringValues } from "./scoring-read";
import { SHEET_NAMES } from "./names";

export interface SelfUnitRead {
  name: string;
  /** Leaf code → the value in the cell (null when blank). */
  scores: Record<string, unknown>;
  /** Code → text, only the non-blank ones. */
  explanations: Record<string, string>;
}

interface SelfRead {
  units: SelfUnitRead[];
  /** Problems that make a sheet unreadable (rows moved, codes changed). */
  problems: Bilingual[];
}

type Values = readonly (readonly CellValue[])[];

/** `selfValues` and `explanationValues` start at A1; [] for a sheet that is missing (nothing entered yet). */
export function readSelfValues(template: CompiledTemplate, layout: ScoringLayout, selfValues: Values, explanationValues: Values): SelfRead {
  const scores = selfValues.length > 0 ? readScoringValues(template, layout, selfValues, SHEET_NAMES["self-assessment"]) : null;
  const texts = explanationValues.length > 0 ? readScoringValues(template, layout, explanationValues, SHEET_NAMES.explanations) : null;
  const problems = [...(scores?.problems ?? []), ...(texts?.problems ?? [])];
  const units: SelfUnitRead[] = [];
  for (let u = 0; u < layout.unitCount; u++) {
    const column = layout.firstUnitColumn + u;
    const explanations: Record<string, string> = {};
    for (const node of template.nodes) {
      const value = explanationValues[layout.firstNodeRow + node.index]?.[column];
      if (value !== null && value !== undefined && String(value).trim() !== "") explanations[node.code] = String(value);
    }
    const blank = Object.fromEntries(template.leaves.map((leaf) => [template.nodes[leaf].code, null]));
    units.push({ name: scores?.units[u]?.name ?? "", scores: scores ? { ...scores.units[u].scores } : blank, explanations });
  }
  return { units, problems };
}

/** Whether a unit has anything in the self-assessment area. */
export function hasSelfAssessment(unit: SelfUnitRead): boolean {
  return Object.keys(unit.explanations).length > 0 || Object.values(unit.scores).some((value) => value !== null && value !== undefined && value !== "");
}
