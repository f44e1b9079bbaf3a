/**
 * Several areas in one call: Worksheet.getRanges (ExcelApi 1.9) returns a
 * RangeAreas whose format, data validation and conditional formats apply to
 * every area at once, so that a look or a rule shared by many blocks of a
 * sheet costs one call and not one per block. The address of one call is
 * kept within RANGES_ADDRESS_LIMIT characters; longer lists go in several calls.
 */
import { intersectBlocks, parseBlock, type Block } from "../../sheet/a1";
import type { RangeAreasSlice } from "./office-api";
import type { SheetOf } from "./office-cells";
import type { WriteProgram } from "./office-program";

/**
 * Worksheet.getRange and getRanges take an address of at most 8,192
 * characters; Excel cuts a longer one ("Troubleshooting Excel add-ins ›
 * Range return character limit").
 */
export const RANGES_ADDRESS_LIMIT = 8192;

const SEPARATOR = ", ";

/** What a look or a rule is set on: one Range, or a RangeAreas. */
type AreasTarget = Pick<RangeAreasSlice, "format" | "dataValidation" | "conditionalFormats">;

/** Addresses joined into getRanges addresses of at most `limit` characters, in order. */
export function joinAreas(addresses: readonly string[], limit = RANGES_ADDRESS_LIMIT): string[] {
  const joined: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (address.length > limit) throw new Error(`an area's address is longer than ${limit} characters`);
    if (current !== "" && current.length + SEPARATOR.length + address.length > limit) {
      joined.push(current);
      current = "";
    }
    current = current === "" ? address : current + SEPARATOR + address;
  }
  if (current !== "") joined.push(current);
  return joined;
}

/** The areas of a joined address: a Range when it is one area, a RangeAreas otherwise. */
export function areasOf(sheet: SheetOf, address: string): AreasTarget {
  return address.includes(SEPARATOR) ? sheet().getRanges(address) : sheet().getRange(address);
}

/** One step per joined address: the areas (1 call) and `calls` calls on them made by `apply`, whose values are `values`. */
export function onAreas(
  sheet: SheetOf,
  program: WriteProgram,
  addresses: readonly string[],
  calls: number,
  values: readonly unknown[],
  apply: (areas: AreasTarget) => void,
): void {
  for (const address of joinAreas(addresses)) program.add(1 + calls, [address, ...values], () => apply(areasOf(sheet, address)));
}

/** Items placed on a sheet: each with its range, its block and its place in the plan. */
interface Placed<T> {
  item: T;
  range: string;
  block: Block;
  index: number;
}

/** A group of items that share one call: the first item stands for all, over the joined address of all their ranges. */
interface AreaGroup<T> {
  item: T;
  address: string;
}

/**
 * Rules as groups over several areas. Rules group when their keys are equal
 * (null: never) and their ranges start in the same column; in each group the
 * ranges go from the top down, so the first area's top-left cell is the
 * top-left cell of every area, the cell a rule's relative references are
 * read from (and each joined address starts with the topmost of its own
 * ranges, whose item is the group's rule moved there). Groups keep the
 * order of the plan; where that would change which of two overlapping rules
 * comes last (the one Excel puts on top), nothing is grouped.
 */
export function areaGroups<T>(items: readonly T[], rangeOf: (item: T) => string, keyOf: (item: T, block: Block) => string | null): Array<AreaGroup<T>> {
  const placed: Array<Placed<T>> = items.map((item, index) => {
    const range = rangeOf(item);
    const block = parseBlock(range);
    if (!block) throw new Error(`not a range: ${range}`);
    return { item, range, block, index };
  });
  const groups = new Map<string, Array<Placed<T>>>();
  for (const one of placed) {
    const key = keyOf(one.item, one.block);
    const id = key === null ? `#${one.index}` : `${one.block.column}|${key}`;
    const group = groups.get(id);
    if (group) group.push(one);
    else groups.set(id, [one]);
  }
  const ordered = [...groups.values()];
  if (!keepsOrder(placed, ordered)) return placed.map((one) => ({ item: one.item, address: one.range }));
  return ordered.flatMap((group) => {
    const sorted = [...group].sort((a, b) => a.block.row - b.block.row || a.index - b.index);
    const out: Array<AreaGroup<T>> = [];
    let start = 0;
    for (const address of joinAreas(sorted.map((one) => one.range))) {
      out.push({ item: sorted[start].item, address });
      start += address.split(SEPARATOR).length;
    }
    return out;
  });
}

/** Whether every two overlapping items of different groups keep their plan order in the groups' order. */
function keepsOrder<T>(placed: ReadonlyArray<Placed<T>>, groups: ReadonlyArray<ReadonlyArray<Placed<T>>>): boolean {
  const groupOf = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((one) => groupOf.set(one.index, g)));
  for (let a = 0; a < placed.length; a++) {
    for (let b = a + 1; b < placed.length; b++) {
      const [ga, gb] = [groupOf.get(a) as number, groupOf.get(b) as number];
      if (ga > gb && intersectBlocks(placed[a].block, placed[b].block)) return false;
    }
  }
  return true;
}
