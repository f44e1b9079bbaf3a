/**
 * The order in which units are published: by rank, ties in Vietnamese
 * alphabetical order, units that could not be ranked last.
 */
import { compareNames } from "./names";

interface Rankable {
  name: string;
  rank: number | null;
}

function compareByRank(a: Rankable, b: Rankable): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return compareNames(a.name, b.name);
}

/** A copy of the units in published order. */
export function inRankOrder<T extends Rankable>(units: readonly T[]): T[] {
  return [...units].sort(compareByRank);
}
