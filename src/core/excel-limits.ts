/**
 * Limits of an Excel cell the core's checks must respect: text beyond them
 * is refused by Excel (or the file is repaired, losing it), so the core
 * refuses it as data and the sheet planners split what can be split.
 */

/** The most characters (UTF-16 code units, as Excel counts) one cell may hold. */
export const EXCEL_CELL_TEXT_LIMIT = 32_767;

/**
 * The longest criterion title or guidance a template may give: under the
 * cell limit by room for the code, label and unit written with it in one
 * cell ("1.2. title", "Chỉ số thành phần 1. title (%)").
 */
export const MAX_TEMPLATE_TEXT = 32_000;

/**
 * The longest unit name. Real names ("Ủy ban nhân dân thị trấn Tứ Kỳ") stay
 * under 60 characters; 255 is also Excel's limit for a text written inside a
 * formula, and keeps a name with its sentence well inside one cell.
 */
export const MAX_UNIT_NAME_LENGTH = 255;
