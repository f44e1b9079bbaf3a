/**
 * The criteria columns of a scoring sheet read as the core reads a template:
 * codes, maxima and (optionally) one unit's scores, row by row. A leaf is a
 * code that is not `code + "."` the start of another code; the leaves under a
 * prefix are the prefix itself and the codes starting with `prefix + "."`
 * (code-structure.ts, parsed once per codes column).
 * Sums are in micro-points, as in the core, so that a cell shows the core's figure.
 *
 * As in the core, a KĐG score cell leaves its leaf out of the score and of
 * the maximum, and an optional kinds column marks bonus and penalty rows
 * (a mark on a row covers every code under it): over a range that holds
 * ordinary leaves, bonus points are added and penalty points taken off
 * outside the maximum, and the total is kept within 0 and the maximum.
 */
import { toMicro } from "../core/decimal";
import { Bilingual, functionMessages, functionRangeNames, scoreMessages } from "../core/messages";
import { fieldKinds, kindFromText, type FieldKind } from "../core/field-kinds";
import { isNotAssessedMark } from "../core/not-assessed";
import { CellGrid, asGrid, cellError, cellsOf, codeText, isBlank, numberOrBlank, shapeOf, singleValue } from "./cell-values";
import { codeStructure } from "./code-structure";
import { ParError, isParError, parError } from "./par-error";

interface CriteriaColumns {
  /** One unit's scores, checked and summed; omitted for PAR.MAX. */
  scores?: unknown;
  /** PAR.MAX: one unit's scores read only for their KĐG cells. */
  marks?: unknown;
  maxima: unknown;
  codes: unknown;
  /** The prefix argument: null or empty for every leaf. */
  prefix: unknown;
  /** Optional kinds column: "Điểm thưởng" / "Điểm trừ" (or bonus / penalty) on bonus and penalty rows. */
  kinds?: unknown;
}

interface LeafTotals {
  /** The prefix read as a code, or null for the whole set. */
  prefix: string | null;
  scoreMicro: number;
  maxMicro: number;
  /** How many leaves under the prefix were KĐG. */
  notAssessed: number;
}

function sameSizes(grids: readonly { grid: CellGrid; name: Bilingual }[]): ParError | null {
  const shapes = grids.map(({ grid, name }) => ({ name, ...shapeOf(grid) }));
  const [first] = shapes;
  if (shapes.every((shape) => shape.rows === first.rows && shape.columns === first.columns)) return null;
  return parError("#VALUE!", functionMessages.rangeSizes(shapes));
}

/** The kind of every marked code; blank cells mark nothing. */
function markedKinds(codes: readonly string[], kinds: readonly unknown[] | null): Map<string, FieldKind> | ParError {
  const marked = new Map<string, FieldKind>();
  if (!kinds) return marked;
  for (let row = 0; row < codes.length; row++) {
    const cell = kinds[row];
    if (isBlank(cell) || cell === 0 || codes[row] === "") continue;
    const kind = typeof cell === "string" ? kindFromText(cell) : null;
    if (kind === null) return parError("#VALUE!", functionMessages.unknownKind(codes[row], cell));
    marked.set(codes[row], kind);
  }
  return marked;
}

/** The kind marked on the code itself or on its nearest marked ancestor. */
function kindOf(code: string, marked: ReadonlyMap<string, FieldKind>): FieldKind {
  if (marked.size === 0) return "ordinary";
  for (let end = code.length; end > 0; end = code.lastIndexOf(".", end - 1)) {
    const kind = marked.get(code.slice(0, end));
    if (kind) return kind;
  }
  return "ordinary";
}

/** Micro-point sums by kind of the leaves read so far. */
class KindSums {
  readonly score: Record<FieldKind, number> = { ordinary: 0, bonus: 0, penalty: 0 };
  readonly max: Record<FieldKind, number> = { ordinary: 0, bonus: 0, penalty: 0 };
  ordinaryLeaves = 0;
  notAssessed = 0;

  /** Ordinary points ± bonus and penalty within [0, max]; extras alone are their plain sum and caps. */
  totals(prefix: string | null): LeafTotals {
    const { score, max, notAssessed } = this;
    if (this.ordinaryLeaves === 0) return { prefix, scoreMicro: score.bonus + score.penalty, maxMicro: max.bonus + max.penalty, notAssessed };
    const raw = score.ordinary + fieldKinds.bonus.sign * score.bonus + fieldKinds.penalty.sign * score.penalty;
    return { prefix, scoreMicro: Math.min(max.ordinary, Math.max(0, raw)), maxMicro: max.ordinary, notAssessed };
  }
}

/**
 * Checks one leaf's maximum and score as the core does and adds them; KĐG
 * leaves add nothing. `check` false: the score cell is read for KĐG only.
 */
function addLeaf(sums: KindSums, kind: FieldKind, code: string, rawMax: unknown, raw: unknown, check: boolean): ParError | null {
  const max = numberOrBlank(rawMax);
  if (max === null) return parError("#VALUE!", functionMessages.maxNotANumber(code, rawMax));
  const leafMaxMicro = toMicro(max);
  if (leafMaxMicro < 0) return parError("#VALUE!", functionMessages.negativeMax(code, max));
  if (isNotAssessedMark(raw)) {
    sums.notAssessed++;
    return null;
  }
  if (kind === "ordinary") sums.ordinaryLeaves++;
  sums.max[kind] += leafMaxMicro;
  if (!check) return null;
  const score = numberOrBlank(raw);
  if (score === null) {
    const error = cellError(raw);
    return parError("#VALUE!", error ? functionMessages.scoreErrorCell(code, error) : scoreMessages.notANumber(code, raw));
  }
  const micro = toMicro(score);
  if (micro < 0) return parError("#VALUE!", scoreMessages.negative(code, score));
  if (micro > leafMaxMicro) return parError("#VALUE!", scoreMessages.aboveMax(code, score, max));
  sums.score[kind] += micro;
  return null;
}

/**
 * The score and maximum of the leaves under the prefix, after checking each
 * included leaf as the core does (a number from 0 to its maximum; blank is 0;
 * KĐG left out).
 */
export function sumLeaves(columns: CriteriaColumns): LeafTotals | ParError {
  const codesGrid = asGrid(columns.codes);
  const maximaGrid = asGrid(columns.maxima);
  const checked = !isBlank(columns.scores);
  const scoresGrid = checked ? asGrid(columns.scores) : isBlank(columns.marks) ? null : asGrid(columns.marks);
  const kindsGrid = isBlank(columns.kinds) ? null : asGrid(columns.kinds);
  const sizeError = sameSizes([
    ...(scoresGrid ? [{ grid: scoresGrid, name: functionRangeNames.scores }] : []),
    { grid: maximaGrid, name: functionRangeNames.maxima },
    { grid: codesGrid, name: functionRangeNames.codes },
    ...(kindsGrid ? [{ grid: kindsGrid, name: functionRangeNames.kinds }] : []),
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
  const marked = markedKinds(structure.codes, kindsGrid ? cellsOf(kindsGrid) : null);
  if (!(marked instanceof Map)) return marked;
  const width = shapeOf(codesGrid).columns;
  const sums = new KindSums();
  for (const row of rows) {
    const code = structure.codes[row];
    const raw = scoresGrid ? cellAt(scoresGrid, width, row) : null;
    const error = addLeaf(sums, kindOf(code, marked), code, cellAt(maximaGrid, width, row), raw, checked);
    if (error) return error;
  }
  return sums.totals(prefix);
}

/** The cell at a row-major index of a rectangular range `width` cells wide. */
const cellAt = (grid: CellGrid, width: number, index: number): unknown => grid[Math.floor(index / width)][index % width];
