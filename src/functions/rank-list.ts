/**
 * The values of PAR.RANK read once for many calls: every unit's rank cell
 * passes the same row of percentages (a fresh array each call), so the
 * rounded values, sorted, are kept and found again by the row's content;
 * a rank is then a binary search, not a pass over every unit.
 */
import { roundHalfUp } from "../core/decimal";
import { numberOrBlank } from "./cell-values";

class RankList {
  /** The rounded numbers, highest first. */
  private readonly sorted: number[];

  constructor(
    readonly cells: readonly unknown[],
    readonly places: number,
  ) {
    const numbers: number[] = [];
    for (const cell of cells) {
      const number = numberOrBlank(cell);
      if (number !== null) numbers.push(roundHalfUp(number, places + 2));
    }
    this.sorted = numbers.sort((a, b) => b - a);
  }

  /** How many values are above the rounded value (the first index not above it). */
  private above(rounded: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.sorted[middle] > rounded) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** The competition rank of a rounded value (1, 2, 2, 4), or null when it is not among the values. */
  rankOf(rounded: number): number | null {
    const above = this.above(rounded);
    return this.sorted[above] === rounded ? above + 1 : null;
  }
}

/** The last lists read; a sheet has one row of values to rank, a few with field ranks. */
const kept: RankList[] = [];
const MAX_KEPT = 8;

const sameCells = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((cell, i) => cell === b[i]);

/** The list for these cells rounded at `places` decimals of a percent, read once per distinct content. */
export function rankList(cells: readonly unknown[], places: number): RankList {
  const found = kept.find((list) => list.places === places && sameCells(list.cells, cells));
  if (found) return found;
  const list = new RankList(cells.slice(), places);
  kept.unshift(list);
  if (kept.length > MAX_KEPT) kept.pop();
  return list;
}
