/**
 * Why collecting refused a unit's returned file, in a few words (the
 * problems listed under it say where and what to do). A module of its own,
 * without the action's weight, so that the task pane can show the words
 * before the action is loaded.
 */
import { bilingual, type Bilingual } from "../core/messages";
import type { SelfRefusal } from "./self-assessment";

export type CollectRefusal = SelfRefusal | "not-a-workbook" | "not-a-self-assessment" | "structure-edited";

const vi: Record<CollectRefusal, string> = {
  "not-a-workbook": "không phải sổ tính .xlsx",
  "not-a-self-assessment": "không phải tệp tự chấm",
  "wrong-template": "khác bộ tiêu chí",
  "wrong-year": "khác năm đánh giá",
  "unknown-unit": "đơn vị không có trong sổ chấm điểm",
  "duplicate-unit": "hai tệp của cùng một đơn vị",
  "structure-edited": "cấu trúc tệp đã bị sửa",
  "invalid-values": "có điểm không hợp lệ",
};

const en: Record<CollectRefusal, string> = {
  "not-a-workbook": "not an .xlsx workbook",
  "not-a-self-assessment": "not a self-assessment file",
  "wrong-template": "another template",
  "wrong-year": "another year",
  "unknown-unit": "the unit is not in the scoring workbook",
  "duplicate-unit": "two files of the same unit",
  "structure-edited": "the file's layout was edited",
  "invalid-values": "invalid scores",
};

export const COLLECT_REFUSALS: Readonly<Record<CollectRefusal, Bilingual>> = /*#__PURE__*/ bilingual(vi, en);
