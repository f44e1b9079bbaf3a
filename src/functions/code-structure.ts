/**
 * The codes column read once for many calls. Excel recalculates every unit's
 * PAR cells with the same codes column (a fresh array each call), so the
 * parsed structure — each row's code, which codes are parents, and per
 * prefix the rows of the leaves under it — is kept and found again by the
 * column's content. Only what depends on the codes alone is kept here; the
 * checks of maxima and scores stay in each call.
 */
import { functionMessages } from "../core/messages";
import { CellGrid, cellsOf, codeText } from "./cell-values";
import { ParError, parError } from "./par-error";

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

const isUnder = (code: string, prefix: string | null): boolean => prefix === null || code === prefix || code.startsWith(prefix + ".");

class CodeStructure {
  /** Each row's code as text; "" for a blank row. */
  readonly codes: readonly string[];
  private readonly parents: Set<string>;
  private readonly byPrefix = new Map<string | null, readonly number[] | ParError>();

  constructor(readonly cells: readonly unknown[]) {
    this.codes = cells.map(codeText);
    this.parents = parentCodes(this.codes);
  }

  /**
   * The rows of the leaves whose code is the prefix or starts with it and a
   * dot (every leaf for null), in row order; #VALUE! when one of them is
   * given twice, #N/A when a prefix matches nothing.
   */
  leafRows(prefix: string | null): readonly number[] | ParError {
    let rows = this.byPrefix.get(prefix);
    if (rows === undefined) {
      rows = this.findLeafRows(prefix);
      this.byPrefix.set(prefix, rows);
    }
    return rows;
  }

  private findLeafRows(prefix: string | null): readonly number[] | ParError {
    const seen = new Set<string>();
    const rows: number[] = [];
    for (let row = 0; row < this.codes.length; row++) {
      const code = this.codes[row];
      if (code === "" || this.parents.has(code) || !isUnder(code, prefix)) continue;
      if (seen.has(code)) return parError("#VALUE!", functionMessages.duplicateCode(code));
      seen.add(code);
      rows.push(row);
    }
    if (rows.length === 0 && prefix !== null) return parError("#N/A", functionMessages.noSuchCode(prefix));
    return rows;
  }
}

/** Structures kept, looked up by size and first and last cell, then compared cell by cell. */
const kept = new Map<string, CodeStructure[]>();
let keptCount = 0;
/** Far more than the distinct codes ranges of a workbook (one per parent row and field); beyond it, start again. */
const MAX_KEPT = 512;

/** Whether the range holds exactly these cells, row by row. */
function holds(grid: CellGrid, cells: readonly unknown[]): boolean {
  let index = 0;
  for (const row of grid) {
    for (const cell of row) if (cell !== cells[index++]) return false;
  }
  return index === cells.length;
}

/** The structure of a codes range, parsed once per distinct content. */
export function codeStructure(grid: CellGrid): CodeStructure {
  const lastRow = grid[grid.length - 1] ?? [];
  const key = `${grid.length}\u0000${String(grid[0]?.[0])}\u0000${String(lastRow[lastRow.length - 1])}`;
  const candidates = kept.get(key) ?? [];
  const found = candidates.find((structure) => holds(grid, structure.cells));
  if (found) return found;
  if (keptCount >= MAX_KEPT) {
    kept.clear();
    keptCount = 0;
  }
  const structure = new CodeStructure(cellsOf(grid));
  kept.set(key, [...(kept.get(key) ?? []), structure]);
  keptCount++;
  return structure;
}
