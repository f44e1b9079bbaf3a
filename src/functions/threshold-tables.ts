/**
 * The class and band tables of a sheet, read into the template's shapes:
 * rules are rows `label | minTotal | minField`, bands rows `label | min`,
 * the columns in the order of the core's rule description (`THRESHOLDS`).
 * Thresholds are percents (90) or fractions (0.9): at most 1 is a fraction.
 * Rows without a label are skipped, so a table may be selected with spare rows.
 */
import type { Band, ClassRule } from "../core/template";
import { THRESHOLDS, type ThresholdDescription } from "../core/classification";
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

/** Class rules in order, as in a template's `classification`: the label, then the thresholds of the rule's description. */
export function readClassRules(value: unknown, thresholds: ThresholdDescription = THRESHOLDS): ClassRule[] | ParError {
  const columns = thresholds.classes;
  const rows = readTable(value, functionRangeNames.rules, 1 + columns.length);
  if (!Array.isArray(rows)) return rows;
  return rows.map((row) => {
    const rule: ClassRule = { label: row.label };
    columns.forEach(({ key }, c) => {
      const threshold = row.thresholds[c];
      if (threshold !== undefined) rule[key] = threshold;
    });
    return rule;
  });
}

/** Bands as in a template's `bands`: the label, then the threshold; a blank threshold is 0. */
export function readBands(value: unknown, thresholds: ThresholdDescription = THRESHOLDS): Band[] | ParError {
  const rows = readTable(value, functionRangeNames.bands, 2);
  if (!Array.isArray(rows)) return rows;
  return rows.map(({ label, thresholds: [threshold] }) => {
    const band: Band = { label, min: 0 };
    band[thresholds.band.key] = threshold ?? 0;
    return band;
  });
}
