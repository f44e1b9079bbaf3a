/**
 * Competition ranking (1, 2, 2, 4), like Excel's RANK.EQ on descending values.
 * Values are compared as given: callers pass the rounded, published figures.
 */

/** Rank of each value among the non-null values, highest first; null stays null. */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  const order: number[] = [];
  values.forEach((value, index) => {
    if (value !== null && !Number.isNaN(value)) order.push(index);
  });
  order.sort((a, b) => (values[b] as number) - (values[a] as number));
  const ranks: (number | null)[] = values.map(() => null);
  for (let position = 0; position < order.length; position++) {
    const index = order[position];
    const previous = position > 0 ? order[position - 1] : -1;
    ranks[index] = previous >= 0 && values[previous] === values[index] ? (ranks[previous] as number) : position + 1;
  }
  return ranks;
}

/** previousRank − rank: positive means the unit moved up. */
export function rankChange(previousRank: number | null | undefined, rank: number | null): number | null {
  if (previousRank === null || previousRank === undefined || rank === null) return null;
  return previousRank - rank;
}
