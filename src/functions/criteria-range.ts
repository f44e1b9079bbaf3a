/**
 * The criteria columns of a scoring sheet read as the core reads a template:
 * codes, maxima and (optionally) one unit's scores, row by row. A leaf is a
 * code that is not `code + "."` the start of another code; the leaves under a
 * prefix are the prefix itself and the codes starting with `prefix + "."`
 * (code-structure.ts, parsed once per codes column).
 * Sums are in micro-points, as in the core, so that a cell shows the core's figure.
 */
import { toMicro } from "../core/decimal";
import { Bilingual, functionMessages, functionRangeNames, scoreMessages } from "../core/messages";
import { CellGrid, asGrid, cellError, codeText, numberOrBlank, shapeOf, singleValue } from "./cell-values";
import { codeStructure } from "./code-structure";
import { ParError, isParError, parError } from "./par-error";

export interface CriteriaColumns {
  /** One unit's scores; omitted for PAR.MAX. */
  scores?: unknown;
  maxima: unknown;
  codes: unknown;
  /** The prefix argument: null or empty for every leaf. */
  prefix: unknown;
}

export interface LeafTotals {
  /** The prefix read as a code, or null for the whole set. */
  prefix: string | null;
  scoreMicro: number;
  maxMicro: number;
}

function sameSizes(grids: readonly { grid: CellGrid; name: Bilingual }[]): ParError | null {
  const shapes = grids.map(({ grid, name }) => ({ name, ...shapeOf(grid) }));
  const [first] = shapes;
  if (shapes.every((shape) => shape.rows === first.rows && shape.columns === first.columns)) return null;
  return parError("#VALUE!", functionMessages.rangeSizes(shapes));
}

/**
 * The score and maximum of the leaves under the prefix, after checking each
 * included leaf as the core does (a number from 0 to its maximum; blank is 0).
 */
export function sumLeaves(columns: CriteriaColumns): LeafTotals | ParError {
  const codesGrid = asGrid(columns.codes);
  const maximaGrid = asGrid(columns.maxima);
  const scoresGrid = columns.scores === undefined ? null : asGrid(columns.scores);
  const sizeError = sameSizes([
    ...(scoresGrid ? [{ grid: scoresGrid, name: functionRangeNames.scores }] : []),
    { grid: maximaGrid, name: functionRangeNames.maxima },
    { grid: codesGrid, name: functionRangeNames.codes },
  ]);
  if (sizeError) return sizeError;

  const prefixValue = singleValue(columns.prefix);
  if (prefixValue === undefined) return parError("#VALUE!", functionMessages.notASingleCell(functionRangeNames.prefix));
  const prefixError = cellError(prefixValue);
  if (prefixError) return parError("#VALUE!", functionMessages.errorCell(functionRangeNames.prefix, prefixError));
  const prefix = codeText(prefixValue) || null;

  const structure = codeStructure(codesGrid);
  const rows = structure.leafRows(prefix);
  if (isParError(rows)) return rows;
  const width = shapeOf(codesGrid).columns;
  let scoreMicro = 0;
  let maxMicro = 0;
  for (const row of rows) {
    const code = structure.codes[row];
    const rawMax = cellAt(maximaGrid, width, row);
    const max = numberOrBlank(rawMax);
    if (max === null) return parError("#VALUE!", functionMessages.maxNotANumber(code, rawMax));
    const leafMaxMicro = toMicro(max);
    if (leafMaxMicro < 0) return parError("#VALUE!", functionMessages.negativeMax(code, max));
    maxMicro += leafMaxMicro;
    if (!scoresGrid) continue;
    const raw = cellAt(scoresGrid, width, row);
    const score = numberOrBlank(raw);
    if (score === null) {
      const error = cellError(raw);
      return parError("#VALUE!", error ? functionMessages.scoreErrorCell(code, error) : scoreMessages.notANumber(code, raw));
    }
    const micro = toMicro(score);
    if (micro < 0) return parError("#VALUE!", scoreMessages.negative(code, score));
    if (micro > leafMaxMicro) return parError("#VALUE!", scoreMessages.aboveMax(code, score, max));
    scoreMicro += micro;
  }
  return { prefix, scoreMicro, maxMicro };
}

/** The cell at a row-major index of a rectangular range `width` cells wide. */
const cellAt = (grid: CellGrid, width: number, index: number): unknown => grid[Math.floor(index / width)][index % width];
