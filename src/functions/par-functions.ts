/**
 * The PAR.* cell functions as plain functions, free of the `CustomFunctions`
 * global, so that Excel (functions.ts) and a formula engine in tests register
 * the very same code.
 *
 * Calling convention (a public contract for every host that registers them):
 * - arguments arrive as Excel passes them: a range is a 2-D array `unknown[][]`
 *   (a lone value is read as a 1×1 range), an empty cell is 0, null or "",
 *   an omitted optional argument is null (undefined is accepted too);
 * - a function returns its value, or a `ParError` `{ error, message, en }`
 *   for the error its cell shows ("#VALUE!", "#N/A" or "#DIV/0!") with a
 *   Vietnamese message (and the English one). It never throws for bad input.
 *
 * Codes are read as text with String(): the sheet should write codes as text,
 * because Excel turns a typed 3 into the number 3 and 1.10 into 1.1.
 * Percentages are fractions, as in a `0.00%` cell (0.7714 is 77,14%).
 * The scoring itself is the core's: micro-point sums, `percentOfMicro`,
 * `classifyUnit`, `bandOf`; PAR.RANK ranks as the core's competition ranking
 * does (rank-list.ts).
 */
import { percentOfMicro, fromMicro, roundHalfUp } from "../core/decimal";
import { bandOf, classifyUnit, FieldPercent } from "../core/classification";
import { isNotAssessedMark, NOT_ASSESSED_MARK } from "../core/not-assessed";
import { Bilingual, functionMessages, functionRangeNames } from "../core/messages";
import { asGrid, cellError, cellsOf, decimalsArgument, fractionToPercent, numberOrBlank, singleValue } from "./cell-values";
import { sumLeaves } from "./criteria-range";
import { rankList } from "./rank-list";
import { readBands, readClassRules } from "./threshold-tables";
import { ParResult, parError, isParError } from "./par-error";

export type { ParError, ParErrorCode, ParResult } from "./par-error";
export { isParError } from "./par-error";

/**
 * PAR.SCORE(scores, maxima, codes, [prefix], [kinds]): the sum of the leaf
 * scores under the prefix; KĐG cells score nothing. With `kinds`, bonus rows
 * are added and penalty rows taken off, within 0 and the applicable maximum.
 */
export function parScore(scores: unknown, maxima: unknown, codes: unknown, prefix: unknown = null, kinds: unknown = null): ParResult<number> {
  const totals = sumLeaves({ scores, maxima, codes, prefix, kinds });
  return isParError(totals) ? totals : fromMicro(totals.scoreMicro);
}

/**
 * PAR.MAX(maxima, codes, [prefix], [scores], [kinds]): the sum of the leaf
 * maxima under the prefix; with one unit's `scores`, its applicable maximum
 * (KĐG leaves left out); with `kinds`, bonus and penalty caps left out.
 */
export function parMax(maxima: unknown, codes: unknown, prefix: unknown = null, scores: unknown = null, kinds: unknown = null): ParResult<number> {
  const totals = sumLeaves({ maxima, codes, prefix, marks: scores, kinds });
  return isParError(totals) ? totals : fromMicro(totals.maxMicro);
}

/**
 * PAR.PERCENT(scores, maxima, codes, [prefix], [decimals], [kinds]): score
 * over the applicable maximum as a fraction, rounded half up at `decimals`
 * places of a percent (54 of 70 → 0.7714). "KĐG" when every leaf under the
 * prefix is KĐG (PAR.CLASSIFY then leaves that field out).
 */
export function parPercent(
  scores: unknown,
  maxima: unknown,
  codes: unknown,
  prefix: unknown = null,
  decimals: unknown = null,
  kinds: unknown = null,
): ParResult<number | string> {
  const places = decimalsArgument(decimals);
  if (places === null) return parError("#VALUE!", functionMessages.badDecimals(singleValue(decimals)));
  const totals = sumLeaves({ scores, maxima, codes, prefix, kinds });
  if (isParError(totals)) return totals;
  if (totals.maxMicro <= 0 && totals.notAssessed > 0) return NOT_ASSESSED_MARK;
  if (totals.maxMicro <= 0) return parError("#DIV/0!", functionMessages.zeroMax(totals.prefix));
  const percent = percentOfMicro(totals.scoreMicro, totals.maxMicro, places);
  // The rounded percent is an integer of 10^-places; dividing that integer by a
  // power of ten gives the same float as typing the fraction (0.7714).
  return Math.round(percent * 10 ** places) / 10 ** (places + 2);
}

/** One fraction argument as a number; a blank cell is 0. */
function fractionArgument(value: unknown, name: Bilingual): ParResult<number> {
  const single = singleValue(value);
  if (single === undefined) return parError("#VALUE!", functionMessages.notASingleCell(name));
  const fraction = numberOrBlank(single);
  if (fraction !== null) return fraction;
  const error = cellError(single);
  return parError("#VALUE!", error ? functionMessages.errorCell(name, error) : functionMessages.notANumber(name, single));
}

/**
 * PAR.CLASSIFY(totalPercent, fieldPercents, rules, [decimals]): the label of the first
 * class whose minimum total and minimum for every field hold, after rounding
 * the fractions to a published percent (`decimals`, default 2, as the
 * template's precision). "" when no class applies. A KĐG field is left out.
 */
export function parClassify(totalPercent: unknown, fieldPercents: unknown, rules: unknown, decimals: unknown = null): ParResult<string> {
  const places = decimalsArgument(decimals);
  if (places === null) return parError("#VALUE!", functionMessages.badDecimals(singleValue(decimals)));
  const total = fractionArgument(totalPercent, functionRangeNames.totalPercent);
  if (isParError(total)) return total;
  const fields: FieldPercent[] = [];
  for (const cell of cellsOf(asGrid(fieldPercents))) {
    if (isNotAssessedMark(cell)) continue; // a field wholly not assessed does not gate
    const fraction = numberOrBlank(cell);
    if (fraction === null) {
      const error = cellError(cell);
      const name = functionRangeNames.fieldPercents;
      return parError("#VALUE!", error ? functionMessages.errorCell(name, error) : functionMessages.notANumber(name, cell));
    }
    fields.push({ code: String(fields.length + 1), title: "", percent: fractionToPercent(fraction, places) });
  }
  const classRules = readClassRules(rules);
  if (isParError(classRules)) return classRules;
  return classifyUnit(fractionToPercent(total, places), fields, classRules)?.label ?? "";
}

/**
 * PAR.BAND(totalPercent, bands, [decimals]): the band with the highest minimum
 * not above the percent rounded at `decimals` (default 2); "" when none.
 */
export function parBand(totalPercent: unknown, bands: unknown, decimals: unknown = null): ParResult<string> {
  const places = decimalsArgument(decimals);
  if (places === null) return parError("#VALUE!", functionMessages.badDecimals(singleValue(decimals)));
  const total = fractionArgument(totalPercent, functionRangeNames.totalPercent);
  if (isParError(total)) return total;
  const table = readBands(bands);
  if (isParError(table)) return table;
  return bandOf(fractionToPercent(total, places), table)?.label ?? "";
}

/**
 * PAR.RANK(value, values, [decimals]): the competition rank (1, 2, 2, 4) of
 * the value among the values, highest first, after rounding each fraction at
 * `decimals` places of a percent, so that equal printed percentages share a
 * rank. Text and error cells among the values are left out, as RANK.EQ does;
 * a value that is not among them is #N/A.
 */
export function parRank(value: unknown, values: unknown, decimals: unknown = null): ParResult<number> {
  const places = decimalsArgument(decimals);
  if (places === null) return parError("#VALUE!", functionMessages.badDecimals(singleValue(decimals)));
  const own = fractionArgument(value, functionRangeNames.value);
  if (isParError(own)) return own;
  const rank = rankList(cellsOf(asGrid(values)), places).rankOf(roundHalfUp(own, places + 2));
  return rank ?? parError("#N/A", functionMessages.notRanked(own));
}

/** Every implementation by its function id (PAR.<id> in Excel), in the order of the contract. */
export const parFunctions = {
  SCORE: parScore,
  MAX: parMax,
  PERCENT: parPercent,
  CLASSIFY: parClassify,
  BAND: parBand,
  RANK: parRank,
} as const;

export type ParFunctionId = keyof typeof parFunctions;
