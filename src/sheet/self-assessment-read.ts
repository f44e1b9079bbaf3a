/**
 * Reading a returned self-assessment file (`Tự chấm`): its identity (unit,
 * year, template hash) from the first rows, whether its layout is still the
 * one the template gives (headers and codes in place), and the unit's scores
 * and explanations by code. Pure: values from A1 in, data out; every problem
 * names its cell.
 */
import type { Bilingual } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import type { CellValue } from "./plan";
import { readProblems } from "./read-text";
import { cellAddress } from "./a1";
import {
  SELF_COLUMNS,
  SELF_HASH_ROW,
  SELF_HEADER_ROW,
  SELF_HEADERS,
  SELF_TEMPLATE_ROW,
  SELF_UNIT_ROW,
  SELF_VALUE_COLUMN,
  SELF_YEAR_ROW,
  selfAssessmentLayout,
} from "./self-assessment-layout";

export type SheetValues = readonly (readonly CellValue[])[];

export interface FileProblem {
  /** A1 address on `Tự chấm`, "" when the problem has no cell. */
  cell: string;
  message: Bilingual;
}

interface SelfAssessmentIdentity {
  unit: string;
  year: number | null;
  templateHash: string;
  /** The template's name and id as the file shows them. */
  templateLabel: string;
}

const at = (values: SheetValues, row: number, column: number): CellValue => values[row]?.[column] ?? null;
const textOf = (value: CellValue): string => (value === null ? "" : String(value).trim());

/** The unit, year and template hash of the first rows. */
export function readSelfAssessmentIdentity(values: SheetValues): SelfAssessmentIdentity {
  const year = at(values, SELF_YEAR_ROW, SELF_VALUE_COLUMN);
  return {
    unit: textOf(at(values, SELF_UNIT_ROW, SELF_VALUE_COLUMN)),
    year: typeof year === "number" ? year : /^\d{4}$/.test(textOf(year)) ? Number(textOf(year)) : null,
    templateHash: textOf(at(values, SELF_HASH_ROW, SELF_VALUE_COLUMN)).toLowerCase(),
    templateLabel: textOf(at(values, SELF_TEMPLATE_ROW, SELF_VALUE_COLUMN)),
  };
}

/** Where the layout is no longer the template's: a header or a code not in its cell (the first five). */
export function selfAssessmentLayoutProblems(template: CompiledTemplate, values: SheetValues): FileProblem[] {
  const problems: FileProblem[] = [];
  const expect = (row: number, column: number, expected: string, problem: typeof readProblems.codeMoved) => {
    const found = textOf(at(values, row, column));
    if (found !== expected && problems.length < 5) {
      const cell = cellAddress(row, column);
      problems.push({ cell, message: problem(cell, expected, found) });
    }
  };
  expect(SELF_HEADER_ROW, SELF_COLUMNS.code, SELF_HEADERS.code, readProblems.headerMoved);
  expect(SELF_HEADER_ROW, SELF_COLUMNS.score, SELF_HEADERS.score, readProblems.headerMoved);
  expect(SELF_HEADER_ROW, SELF_COLUMNS.explanation, SELF_HEADERS.explanation, readProblems.headerMoved);
  const layout = selfAssessmentLayout(template);
  for (const node of template.nodes) expect(layout.firstNodeRow + node.index, SELF_COLUMNS.code, node.code, readProblems.codeMoved);
  // A row added after the last criterion would hold a code where the total's row is.
  expect(layout.totalRow, SELF_COLUMNS.code, "", readProblems.rowAdded);
  return problems;
}

interface SelfAssessmentValues {
  /** Leaf code → the score cell's value (null when blank). */
  scores: Record<string, CellValue>;
  /** Code → the explanation typed on its row (leaves only; none when blank). */
  explanations: Record<string, string>;
  /** Leaf code → A1 address of its score cell. */
  scoreCells: Record<string, string>;
}

/** The unit's entries by code; read only from a file whose layout has no problems. */
export function readSelfAssessmentValues(template: CompiledTemplate, values: SheetValues): SelfAssessmentValues {
  const layout = selfAssessmentLayout(template);
  const result: SelfAssessmentValues = { scores: {}, explanations: {}, scoreCells: {} };
  for (const leaf of template.leaves) {
    const { code } = template.nodes[leaf];
    const row = layout.firstNodeRow + leaf;
    const score = at(values, row, SELF_COLUMNS.score);
    result.scores[code] = typeof score === "string" && score.trim() === "" ? null : score;
    result.scoreCells[code] = cellAddress(row, SELF_COLUMNS.score);
    const explanation = textOf(at(values, row, SELF_COLUMNS.explanation));
    if (explanation !== "") result.explanations[code] = explanation;
  }
  return result;
}
