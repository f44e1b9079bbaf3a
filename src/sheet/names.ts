/** The sheets the add-in makes: their kinds and their Vietnamese names. */

/** What the add-in made a sheet for; the mark tells owned sheets from the user's. */
export type OwnedSheetKind =
  | "criteria"
  | "scoring"
  | "config"
  | "annex-ranking"
  | "annex-classification"
  | "annex-fields"
  | "annex-report";

/** Every kind, for checking a mark read from a workbook. */
export const OWNED_SHEET_KINDS: readonly OwnedSheetKind[] = [
  "criteria",
  "scoring",
  "config",
  "annex-ranking",
  "annex-classification",
  "annex-fields",
  "annex-report",
];

/** The names of the owned sheets, always in Vietnamese. */
export const SHEET_NAMES = {
  criteria: "Tiêu chí",
  scoring: "Chấm điểm",
  config: "Cấu hình",
  "annex-ranking": "PL1 Xếp hạng",
  "annex-classification": "PL2 Phân loại",
  "annex-fields": "PL3 Lĩnh vực",
  "annex-report": "Báo cáo",
} as const satisfies Record<OwnedSheetKind, string>;
