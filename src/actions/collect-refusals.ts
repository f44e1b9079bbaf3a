/**
 * Why collecting refused a unit's returned file, in a few words (the
 * problems listed under it say where and what to do). A module of its own,
 * without the action's weight, so that the task pane can show the words
 * before the action is loaded.
 */
import type { Bilingual } from "../core/messages";
import type { SelfRefusal } from "./self-assessment";

export type CollectRefusal = SelfRefusal | "not-a-workbook" | "not-a-self-assessment" | "structure-edited";

export const COLLECT_REFUSALS: Readonly<Record<CollectRefusal, Bilingual>> = {
  "not-a-workbook": { vi: "không phải sổ tính .xlsx", en: "not an .xlsx workbook" },
  "not-a-self-assessment": { vi: "không phải tệp tự chấm", en: "not a self-assessment file" },
  "wrong-template": { vi: "khác bộ tiêu chí", en: "another template" },
  "wrong-year": { vi: "khác năm đánh giá", en: "another year" },
  "unknown-unit": { vi: "đơn vị không có trong sổ chấm điểm", en: "the unit is not in the scoring workbook" },
  "duplicate-unit": { vi: "hai tệp của cùng một đơn vị", en: "two files of the same unit" },
  "structure-edited": { vi: "cấu trúc tệp đã bị sửa", en: "the file's layout was edited" },
  "invalid-values": { vi: "có điểm không hợp lệ", en: "invalid scores" },
};
