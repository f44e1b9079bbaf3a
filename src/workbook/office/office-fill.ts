/**
 * Relative references moved: a formula that is its left neighbour's formula
 * moved one column to the right (relative columns shifted, absolute ones
 * kept) need not be sent cell by cell — the port writes the first one and
 * copies it across, as a user would with copy and paste. A rule (validation,
 * conditional format) whose formula is another's moved by the distance
 * between their ranges can share one call with it over several areas
 * (relativeForm compares them). This keeps a 500-unit sheet's request small.
 */
import { columnIndex, columnLetter } from "../../sheet/a1";

const REFERENCE = /(^|[^A-Za-z0-9_.!'"$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

interface Reference {
  absoluteColumn: boolean;
  /** 0-based. */
  column: number;
  absoluteRow: boolean;
  /** 0-based. */
  row: number;
}

/** Rewrites every cell reference outside string literals and after no sheet name. */
function mapReferences(formula: string, map: (reference: Reference) => string): string {
  const parts = formula.split('"');
  for (let i = 0; i < parts.length; i += 2) {
    parts[i] = parts[i].replace(REFERENCE, (_match, before: string, dollarColumn: string, letters: string, dollarRow: string, row: string) => {
      const reference = { absoluteColumn: dollarColumn === "$", column: columnIndex(letters), absoluteRow: dollarRow === "$", row: Number(row) - 1 };
      return `${before}${map(reference)}`;
    });
  }
  return parts.join('"');
}

/** The formula moved `rows` down and `columns` right: relative references shift, absolute ones stay. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  return mapReferences(formula, (ref) => {
    const column = ref.absoluteColumn ? ref.column : ref.column + columns;
    const row = ref.absoluteRow ? ref.row : ref.row + rows;
    return `${ref.absoluteColumn ? "$" : ""}${columnLetter(column)}${ref.absoluteRow ? "$" : ""}${row + 1}`;
  });
}

/** Shifts every relative column reference outside string literals and after no sheet name by `delta`. */
export function shiftFormulaColumns(formula: string, delta: number): string {
  return shiftFormula(formula, 0, delta);
}

/**
 * The formula written relative to the cell (row, column), R1C1 style: two
 * formulas anchored at different cells are the same rule moved when their
 * relative forms are equal.
 */
export function relativeForm(formula: string, row: number, column: number): string {
  return mapReferences(formula, (ref) => {
    const r = ref.absoluteRow ? `R${ref.row + 1}` : `R[${ref.row - row}]`;
    const c = ref.absoluteColumn ? `C${ref.column + 1}` : `C[${ref.column - column}]`;
    return r + c;
  });
}

/**
 * Whether every reference in the formula can be shifted safely: no
 * sheet-qualified reference with a relative part, no whole rows or columns
 * (A:A, 5:9), which the shift leaves as they are.
 */
export function isShiftSafe(formula: string): boolean {
  const outside = formula.replace(/"[^"]*"/g, "");
  if (/!(?!\$[A-Z]{1,3}\$\d)\$?[A-Z]{1,3}\$?\d/.test(outside)) return false;
  return !/(^|[^A-Za-z0-9_.$])(\$?[A-Z]{1,3}:\$?[A-Z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_(])/.test(outside);
}
