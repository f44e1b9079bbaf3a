/**
 * Decimal arithmetic for scores and percentages.
 *
 * Scores are decimals with a few places (18,5; 0,25; 1,283). Binary floats
 * cannot hold them exactly, so sums and percentages are computed on scaled
 * integers (micro-points) and rounded half up on the decimal value, as a
 * person would on paper: 89,995 becomes 90,00.
 */

/** Scores are held as integers of 1/1 000 000 of a point. */
export const SCALE = 1_000_000;

/** A score in micro-points; the nearest micro-point for numbers with more decimals. */
export function toMicro(value: number): number {
  return Math.round(value * SCALE);
}

/** Micro-points back to a number, exact for up to six decimals. */
export function fromMicro(micro: number): number {
  return micro / SCALE;
}

/** The sum of decimal numbers without binary drift (0,1 + 0,2 = 0,3). */
export function sumDecimals(values: readonly number[]): number {
  let micro = 0;
  for (const value of values) micro += toMicro(value);
  return fromMicro(micro);
}

const POW10 = [1, 10, 100, 1000, 10000, 100000, 1000000];

/**
 * `part / whole` as a percentage rounded half up to `decimals` places, on the
 * exact rational value: percentOfMicro(17999, 20000, 2) is 90 because
 * 89,995 rounds up. Both arguments are micro-points; `whole` must be positive.
 */
export function percentOfMicro(part: number, whole: number, decimals: number): number {
  const scale = POW10[decimals] ?? 10 ** decimals;
  const numerator = part * 100 * scale;
  if (Math.abs(numerator) * 2 + whole < Number.MAX_SAFE_INTEGER) {
    // floor((2n + d) / 2d) is n/d rounded half up; the float quotient is
    // corrected by one step so that the floor is exact on safe integers.
    const dividend = 2 * numerator + whole;
    const divisor = 2 * whole;
    let quotient = Math.floor(dividend / divisor);
    if (quotient * divisor > dividend) quotient -= 1;
    else if ((quotient + 1) * divisor <= dividend) quotient += 1;
    return quotient / scale;
  }
  const n = BigInt(part) * 100n * BigInt(scale);
  const d = BigInt(whole);
  const twice = 2n * n + d;
  const twoD = 2n * d;
  let q = twice / twoD;
  if (twice % twoD !== 0n && twice < 0n) q -= 1n; // floor for negatives
  return Number(q) / scale;
}

/** `part / whole` of two decimal numbers as a rounded percentage. */
export function percentOf(part: number, whole: number, decimals: number): number {
  return percentOfMicro(toMicro(part), toMicro(whole), decimals);
}

/**
 * Rounds half away from zero on the decimal value of `value`, taken at 15
 * significant digits as Excel shows it: roundHalfUp(89.995, 2) is 90 although
 * the float 89.995 is 89.99499…
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const scale = POW10[decimals] ?? 10 ** decimals;
  const shifted = Number((Math.abs(value) * scale).toPrecision(15));
  const rounded = Math.floor(shifted + 0.5) / scale;
  return value < 0 ? -rounded : rounded;
}

/** Vietnamese decimal notation: 18,5; 0,25; 67,30 with `fixed` places. */
export function formatDecimalVi(value: number, fixed?: number): string {
  const text = fixed === undefined ? String(value) : value.toFixed(fixed);
  return text.replace(".", ",");
}
