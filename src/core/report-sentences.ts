/**
 * The report's sentences in the style of the published district reports:
 * bands and classes with counts and member lists, fields under 70%, rank
 * changes and the reasons for demotions. Pure: a ScoreReport in, text out.
 */
import type { Bilingual } from "./messages";

export type ReportSentenceKind = "band" | "class" | "demotion" | "weakField" | "rankChange";

export interface ReportSentence {
  kind: ReportSentenceKind;
  text: Bilingual;
}
