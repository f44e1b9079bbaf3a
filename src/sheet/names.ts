/**
 * The registry of the sheets the add-in makes: the workbook's own sheets and
 * the annexes, each with its Vietnamese name. The kinds, the owned-sheet
 * marks, SHEET_NAMES and ALL_ANNEXES are derived from these two tables, so a
 * new sheet or annex is one entry here (an annex also needs its planner in
 * annex-planners.ts and its label in the task pane's dictionaries; the
 * compiler asks for both). See docs/architecture.md, "How to add an annex".
 */

/** The workbook's own sheets, laid out when a template is loaded: kind → sheet name. */
const BOOK_SHEETS = {
  criteria: "Tiêu chí",
  scoring: "Chấm điểm",
  config: "Cấu hình",
  /** The units' self-assessment, laid out like Chấm điểm (issue 11). */
  "self-assessment": "Tự đánh giá",
  /** The units' explanations and evidence, same rows and columns. */
  explanations: "Giải trình",
} as const satisfies Record<string, string>;

/** One annex: the sheet it is written to, and whether it is built when nobody chose. */
interface AnnexEntry {
  /** The sheet's name, always Vietnamese. */
  sheet: string;
  /** Built by default (CLI, and ticked at first in the task pane). */
  byDefault: boolean;
}

/**
 * The annexes, in the order they are built and offered. The key is the
 * annex's kind: the task pane's label is `annexes[kind]` in its dictionaries.
 */
export const ANNEXES = {
  ranking: { sheet: "PL1 Xếp hạng", byDefault: true },
  classification: { sheet: "PL2 Phân loại", byDefault: true },
  fields: { sheet: "PL3 Lĩnh vực", byDefault: true },
  /** PL4, built only when some unit has a self-assessment (issue 11). */
  comparison: { sheet: "PL4 Tự chấm-Thẩm định", byDefault: true },
  report: { sheet: "Báo cáo", byDefault: true },
} as const satisfies Record<string, AnnexEntry>;

/** Sheets of the files sent out to the units: kind → sheet name. */
const UNIT_FILE_SHEETS = {
  /** The one sheet of a unit's self-assessment file. */
  "unit-self-assessment": "Tự chấm",
} as const satisfies Record<string, string>;

type BookSheetKind = keyof typeof BOOK_SHEETS;
type UnitFileSheetKind = keyof typeof UNIT_FILE_SHEETS;
export type AnnexKind = keyof typeof ANNEXES;

/** An annex's owned-sheet mark: its kind behind `annex-` (the marks stored in workbooks keep this form). */
type AnnexMark = `annex-${AnnexKind}`;

/** What the add-in made a sheet for; the mark tells owned sheets from the user's. */
export type OwnedSheetKind = BookSheetKind | AnnexMark | UnitFileSheetKind;

/** Every annex kind, in registry order. */
export const ALL_ANNEXES: readonly AnnexKind[] = keysOf(ANNEXES);

/** The annexes built when nobody chose. */
export const DEFAULT_ANNEXES: readonly AnnexKind[] = ALL_ANNEXES.filter((kind) => ANNEXES[kind].byDefault);

export function annexMark(kind: AnnexKind): AnnexMark {
  return `annex-${kind}`;
}

/** Every kind, for checking a mark read from a workbook. */
export const OWNED_SHEET_KINDS: readonly OwnedSheetKind[] = [...keysOf(BOOK_SHEETS), ...ALL_ANNEXES.map(annexMark), ...keysOf(UNIT_FILE_SHEETS)];

const ANNEX_MARKS: ReadonlySet<string> = new Set(ALL_ANNEXES.map(annexMark));

/** Excel compares sheet names without regard to case: "Chấm điểm" and "CHẤM ĐIỂM" are the same sheet. */
export function sameSheetName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleUpperCase("vi") === b.normalize("NFC").toLocaleUpperCase("vi");
}

/** Whether an owned sheet is an annex (stale once a new template is loaded). */
export function isAnnexMark(kind: OwnedSheetKind): kind is AnnexMark {
  return ANNEX_MARKS.has(kind);
}

/** The name of every owned sheet, by kind (annexes by their mark). */
export const SHEET_NAMES: Readonly<Record<OwnedSheetKind, string>> = {
  ...BOOK_SHEETS,
  ...UNIT_FILE_SHEETS,
  ...annexRecord((kind) => ANNEXES[kind].sheet),
};

/** A record over the annex marks, in registry order. */
function annexRecord<T>(value: (kind: AnnexKind) => T): Record<AnnexMark, T> {
  const record: Partial<Record<AnnexMark, T>> = {};
  for (const kind of ALL_ANNEXES) record[annexMark(kind)] = value(kind);
  return record as Record<AnnexMark, T>; // every mark was set just above
}

/** The keys of a registry table, typed (Object.keys gives string[]). */
function keysOf<K extends string>(table: Record<K, unknown>): K[] {
  return Object.keys(table) as K[];
}
