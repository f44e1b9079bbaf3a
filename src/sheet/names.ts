/** The sheets the add-in makes, always with these Vietnamese names. */
import type { OwnedSheetKind } from "../workbook/port";

export const SHEET_NAMES = {
  criteria: "Tiêu chí",
  scoring: "Chấm điểm",
  config: "Cấu hình",
  "annex-ranking": "PL1 Xếp hạng",
  "annex-classification": "PL2 Phân loại",
  "annex-fields": "PL3 Lĩnh vực",
  "annex-report": "Báo cáo",
} as const satisfies Record<OwnedSheetKind, string>;
