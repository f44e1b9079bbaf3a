/**
 * Where everything sits on `Tự chấm`, the one sheet of a unit's
 * self-assessment file, computed from the template alone so that the plan
 * and the reader of returned files agree. The identity of the file (unit,
 * template, year) is in cells of its first rows, because cells survive every
 * tool a unit may save the file with; the header labels of the key columns
 * are the same in every language. Rows and columns are 0-based.
 */
import type { CompiledTemplate } from "../core/template-tree";

/** The pinned header labels (readers find the columns by them). */
export const SELF_HEADERS = { code: "Mã", score: "Điểm tự chấm", explanation: "Giải trình, tài liệu kiểm chứng" } as const;

export const SELF_TITLE_ROW = 0;
/** Label in column A, value in column B. */
export const SELF_UNIT_ROW = 1;
export const SELF_TEMPLATE_ROW = 2;
export const SELF_YEAR_ROW = 3;
export const SELF_HASH_ROW = 4;
export const SELF_NOTE_ROW = 5;
export const SELF_HEADER_ROW = 6;
export const SELF_VALUE_COLUMN = 1;

export const SELF_COLUMNS = {
  code: 0,
  title: 1,
  max: 2,
  score: 3,
  explanation: 4,
  guidance: 5,
  /** The row's maximum, or 0 when the unit marks it KĐG. */
  applicableMax: 6,
  /** First of the allowed levels of a levelled leaf, then KĐG (the drop-down's source). */
  firstLevel: 7,
} as const;

export interface SelfAssessmentLayout {
  /** Row of template node i is firstNodeRow + i. */
  firstNodeRow: number;
  lastNodeRow: number;
  totalRow: number;
  applicableTotalRow: number;
  /** Percentage row by template field index; null for a field without one (bonus, penalty). */
  fieldPercentRow: (number | null)[];
  indexRow: number;
  rowCount: number;
  /** Columns used: up to the widest list of levels and KĐG. */
  columnCount: number;
}

export function selfAssessmentLayout(template: CompiledTemplate): SelfAssessmentLayout {
  const firstNodeRow = SELF_HEADER_ROW + 1;
  const lastNodeRow = firstNodeRow + template.nodes.length - 1;
  const totalRow = lastNodeRow + 1;
  const applicableTotalRow = totalRow + 1;
  let row = applicableTotalRow + 1;
  // Ordinary fields have a percentage; bonus and penalty points have none.
  const fieldPercentRow = template.fields.map((field) => (field.kind === "ordinary" ? row++ : null));
  const indexRow = row++;
  const widest = Math.max(0, ...template.leaves.map((leaf) => template.nodes[leaf].levels?.length ?? 0));
  return {
    firstNodeRow,
    lastNodeRow,
    totalRow,
    applicableTotalRow,
    fieldPercentRow,
    indexRow,
    rowCount: row,
    columnCount: SELF_COLUMNS.firstLevel + (widest > 0 ? widest + 1 : 0),
  };
}
