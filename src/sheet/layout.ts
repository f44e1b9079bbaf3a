/**
 * Where everything sits on `Chấm điểm` and `Cấu hình`, computed from the
 * template and the number of units only, so that the plans, the reads and
 * the checks agree without searching the sheet. Rows and columns 0-based.
 */
import type { CompiledTemplate } from "../core/template-tree";
import { THRESHOLDS, type ThresholdDescription } from "../core/classification";

const SCORING_HEADER_ROW = 2;
export const FIRST_NODE_ROW = 3;
export const CODE_COLUMN = 0;
export const TITLE_COLUMN = 1;
export const MAX_COLUMN = 2;
export const FIRST_UNIT_COLUMN = 3;
/**
 * `Tiêu chí` column F, `Loại`: "Điểm thưởng" / "Điểm trừ" on the rows of
 * bonus and penalty fields, written only when the template has them. Its
 * rows line up with `Chấm điểm`'s (node i on row FIRST_NODE_ROW + i of both),
 * and the PAR formulas there read it as their `kinds` range.
 */
export const CRITERIA_KIND_COLUMN = 5;

export interface ScoringLayout {
  headerRow: number;
  /** Row of template node i is firstNodeRow + i. */
  firstNodeRow: number;
  lastNodeRow: number;
  totalRow: number;
  /** Each unit's applicable maximum: the total maximum less its criteria not assessed (KĐG). */
  applicableMaxRow: number;
  /** Indexes of the ordinary fields in the order of their percentage rows: classified fields first (bonus and penalty have none). */
  fieldOrder: number[];
  /** Percentage row of field f (by template field index); -1 for bonus and penalty fields. */
  fieldPercentRow: number[];
  /** First and last percentage row of the classified fields (null when none). */
  classifiedRows: { first: number; last: number } | null;
  indexRow: number;
  bandRow: number | null;
  classRow: number | null;
  rankRow: number;
  previousRankRow: number;
  rowCount: number;
  firstUnitColumn: number;
  unitCount: number;
  columnCount: number;
}

export function scoringLayout(template: CompiledTemplate, unitCount: number): ScoringLayout {
  const firstNodeRow = FIRST_NODE_ROW;
  const lastNodeRow = firstNodeRow + template.nodes.length - 1;
  const totalRow = lastNodeRow + 1;
  const applicableMaxRow = totalRow + 1;
  const fieldIndexes = template.fields.map((_, f) => f).filter((f) => template.fields[f].kind === "ordinary");
  const fieldOrder = [...fieldIndexes.filter((f) => template.fields[f].classified), ...fieldIndexes.filter((f) => !template.fields[f].classified)];
  const fieldPercentRow: number[] = template.fields.map(() => -1);
  fieldOrder.forEach((f, position) => (fieldPercentRow[f] = applicableMaxRow + 1 + position));
  const classifiedCount = template.fields.filter((field) => field.classified).length;
  let row = applicableMaxRow + 1 + fieldOrder.length;
  const indexRow = row++;
  const bandRow = template.definition.bands ? row++ : null;
  const classRow = template.definition.classification ? row++ : null;
  const rankRow = row++;
  const previousRankRow = row++;
  return {
    headerRow: SCORING_HEADER_ROW,
    firstNodeRow,
    lastNodeRow,
    totalRow,
    applicableMaxRow,
    fieldOrder,
    fieldPercentRow,
    classifiedRows: classifiedCount > 0 ? { first: applicableMaxRow + 1, last: applicableMaxRow + classifiedCount } : null,
    indexRow,
    bandRow,
    classRow,
    rankRow,
    previousRankRow,
    rowCount: row,
    firstUnitColumn: FIRST_UNIT_COLUMN,
    unitCount,
    columnCount: FIRST_UNIT_COLUMN + unitCount,
  };
}

export interface ConfigLayout {
  /** The columns of the class and band tables: the label in A, then the thresholds of the rule's description from B. */
  thresholds: ThresholdDescription;
  /** Rows of the class table's body (label | the class thresholds), or null. */
  classRows: { first: number; last: number } | null;
  /** Rows of the band table's body (label | threshold), sorted by threshold descending, or null. */
  bandRows: { first: number; last: number } | null;
  /** Bands in the order written (by threshold, highest first). */
  bandOrder: number[];
  /** Row of the allowed levels of a leaf, by node index (levels from column B). */
  levelRow: Map<number, number>;
  rowCount: number;
}

const CONFIG_INFO_ROWS = 6;

/** Where `Cấu hình`'s tables sit; `thresholds` is the core's rule description (another only in tests). */
export function configLayout(template: CompiledTemplate, thresholds: ThresholdDescription = THRESHOLDS): ConfigLayout {
  let row = 2 + CONFIG_INFO_ROWS + 1;
  let classRows: ConfigLayout["classRows"] = null;
  const rules = template.definition.classification ?? [];
  if (rules.length > 0) {
    classRows = { first: row + 1, last: row + rules.length };
    row += rules.length + 2;
  }
  const bands = template.definition.bands ?? [];
  const key = thresholds.band.key;
  const bandOrder = bands.map((_, i) => i).sort((a, b) => bands[b][key] - bands[a][key]);
  let bandRows: ConfigLayout["bandRows"] = null;
  if (bands.length > 0) {
    bandRows = { first: row + 1, last: row + bands.length };
    row += bands.length + 2;
  }
  const levelRow = new Map<number, number>();
  const levelled = template.leaves.filter((leaf) => template.nodes[leaf].levels);
  if (levelled.length > 0) {
    levelled.forEach((leaf, i) => levelRow.set(leaf, row + 1 + i));
    row += levelled.length + 1;
  }
  return { thresholds, classRows, bandRows, bandOrder, levelRow, rowCount: row };
}
