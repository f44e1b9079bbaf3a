/**
 * Fill runs: a formula that is its left neighbour's formula moved one column
 * to the right (relative columns shifted, absolute ones kept) need not be
 * sent cell by cell — the port writes the first one and copies it across,
 * as a user would with copy and paste. This keeps a 500-unit sheet's
 * request small.
 */
import { columnIndex, columnLetter } from "../../sheet/a1";

const REFERENCE = /(^|[^A-Za-z0-9_.!'"$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

/** Shifts every relative column reference outside string literals and after no sheet name by `delta`. */
export function shiftFormulaColumns(formula: string, delta: number): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(REFERENCE, (match, before: string, dollarColumn: string, letters: string, dollarRow: string, row: string) =>
      dollarColumn ? match : `${before}${columnLetter(columnIndex(letters) + delta)}${dollarRow}${row}`,
    );
  }
  return parts.join('"');
}

/** Whether every reference in the formula can be shifted safely (no sheet-qualified relative reference). */
export function isShiftSafe(formula: string): boolean {
  return !/!\$?[A-Z]{1,3}\d/.test(formula.replace(/"[^"]*"/g, ""));
}
