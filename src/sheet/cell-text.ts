/**
 * Text longer than one Excel cell holds, cut into pieces that each fit, to be
 * written over the following rows. Pieces end after a list separator ", " so
 * that no unit name is cut; joined again they give the text unchanged.
 */
import { EXCEL_CELL_TEXT_LIMIT } from "../core/excel-limits";

export { EXCEL_CELL_TEXT_LIMIT };

const SEPARATOR = ", ";

/** Where a piece starting at `start` ends: after the last ", " that fits, else the last space, else at the limit. */
function pieceEnd(text: string, start: number, limit: number): number {
  const end = start + limit;
  const comma = text.lastIndexOf(SEPARATOR, end - SEPARATOR.length);
  if (comma > start) return comma + SEPARATOR.length;
  const space = text.lastIndexOf(" ", end - 1);
  if (space > start) return space + 1;
  // No separator at all: cut at the limit, but never between the halves of a surrogate pair.
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff ? end - 1 : end;
}

/** `text` in pieces of at most `limit` characters (one piece when it fits). */
export function splitCellText(text: string, limit = EXCEL_CELL_TEXT_LIMIT): string[] {
  if (limit < 2) throw new RangeError(`splitCellText: limit ${limit} is too small`);
  const pieces: string[] = [];
  let start = 0;
  while (text.length - start > limit) {
    const end = pieceEnd(text, start, limit);
    pieces.push(text.slice(start, end));
    start = end;
  }
  pieces.push(text.slice(start));
  return pieces;
}
