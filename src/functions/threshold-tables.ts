/**
 * The class and band tables of a sheet, read into the template's shapes:
 * rules are rows `label | minTotal | minField`, bands rows `label | min`.
 * Thresholds are percents (90) or fractions (0.9): at most 1 is a fraction.
 * Rows without a label are skipped, so a table may be selected with spare rows.
 */
import type { Band, ClassRule } from "../core/template";
import { Bilingual, functionMessages, functionRangeNames } from "../core/messages";
import { asGrid, codeText, isBlank, shapeOf, thresholdPercent } from "./cell-values";
import { ParError, parError } from "./par-error";

interface LabelledRow {
  label: string;
  thresholds: (number | undefined)[];
}

/** The labelled rows of a table with thresholds as percents; blank thresholds are undefined. */
function readTable(value: unknown, name: Bilingual, columns: number): LabelledRow[] | ParError {
  const grid = asGrid(value);
  const shape = shapeOf(grid);
  if (shape.columns !== columns) return parError("#VALUE!", functionMessages.tableColumns(name, columns, shape.columns));
  const rows: LabelledRow[] = [];
  for (const row of grid) {
    const label = codeText(row[0]);
    if (label === "") continue;
    const thresholds: (number | undefined)[] = [];
    for (let column = 1; column < columns; column++) {
      const cell = row[column];
      if (isBlank(cell)) {
        thresholds.push(undefined);
        continue;
      }
      const percent = typeof cell === "number" ? thresholdPercent(cell) : null;
      if (percent === null) return parError("#VALUE!", functionMessages.badThreshold(name, label, cell));
      thresholds.push(percent);
    }
    rows.push({ label, thresholds });
  }
  if (rows.length === 0) return parError("#VALUE!", functionMessages.emptyTable(name));
  return rows;
}

/** Class rules in order, as in a template's `classification`. */
export function readClassRules(value: unknown): ClassRule[] | ParError {
  const rows = readTable(value, functionRangeNames.rules, 3);
  if (!Array.isArray(rows)) return rows;
  return rows.map(({ label, thresholds: [minTotal, minField] }) => {
    const rule: ClassRule = { label };
    if (minTotal !== undefined) rule.minTotal = minTotal;
    if (minField !== undefined) rule.minField = minField;
    return rule;
  });
}

/** Bands as in a template's `bands`; a blank minimum is 0. */
export function readBands(value: unknown): Band[] | ParError {
  const rows = readTable(value, functionRangeNames.bands, 2);
  if (!Array.isArray(rows)) return rows;
  return rows.map(({ label, thresholds: [min] }) => ({ label, min: min ?? 0 }));
}
