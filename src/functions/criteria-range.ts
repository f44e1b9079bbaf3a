/**
 * The criteria columns of a scoring sheet read as the core reads a template:
 * codes, maxima and (optionally) one unit's scores, row by row. A leaf is a
 * code that is not `code + "."` the start of another code; the leaves under a
 * prefix are the prefix itself and the codes starting with `prefix + "."`.
 * Sums are in micro-points, as in the core, so that a cell shows the core's figure.
 */
import { toMicro } from "../core/decimal";
import { Bilingual, functionMessages, functionRangeNames, scoreMessages } from "../core/messages";
import { CellGrid, asGrid, cellsOf, codeText, isBlank, numberOrBlank, shapeOf, singleValue } from "./cell-values";
import { ParError, parError } from "./par-error";

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

/** Every code that has a child somewhere in the list: 1 and 1.1 for 1.1.2. */
function parentCodes(codes: readonly string[]): Set<string> {
  const parents = new Set<string>();
  for (const code of codes) {
    let dot = code.indexOf(".");
    while (dot > 0) {
      parents.add(code.slice(0, dot));
      dot = code.indexOf(".", dot + 1);
    }
  }
  return parents;
}

const isUnder = (code: string, prefix: string | null): boolean =>
  prefix === null || code === prefix || code.startsWith(prefix + ".");

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
  const prefix = isBlank(prefixValue) ? null : codeText(prefixValue);

  const codes = cellsOf(codesGrid).map(codeText);
  const maxima = cellsOf(maximaGrid);
  const scores = scoresGrid ? cellsOf(scoresGrid) : null;
  const parents = parentCodes(codes);
  const seen = new Set<string>();
  let scoreMicro = 0;
  let maxMicro = 0;
  let included = 0;
  for (let row = 0; row < codes.length; row++) {
    const code = codes[row];
    if (code === "" || parents.has(code) || !isUnder(code, prefix)) continue;
    if (seen.has(code)) return parError("#VALUE!", functionMessages.duplicateCode(code));
    seen.add(code);
    included++;
    const max = numberOrBlank(maxima[row]);
    if (max === null) return parError("#VALUE!", functionMessages.maxNotANumber(code, maxima[row]));
    const leafMaxMicro = toMicro(max);
    if (leafMaxMicro < 0) return parError("#VALUE!", functionMessages.negativeMax(code, max));
    maxMicro += leafMaxMicro;
    if (!scores) continue;
    const raw = scores[row];
    const score = numberOrBlank(raw);
    if (score === null) return parError("#VALUE!", scoreMessages.notANumber(code, raw));
    const micro = toMicro(score);
    if (micro < 0) return parError("#VALUE!", scoreMessages.negative(code, score));
    if (micro > leafMaxMicro) return parError("#VALUE!", scoreMessages.aboveMax(code, score, max));
    scoreMicro += micro;
  }
  if (included === 0 && prefix !== null) return parError("#N/A", functionMessages.noSuchCode(prefix));
  return { prefix, scoreMicro, maxMicro };
}
