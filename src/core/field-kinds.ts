/**
 * The kinds of top-level nodes of a template, in one table: an ordinary field
 * counts in the maximum and may gate classification; a bonus or penalty node
 * (điểm thưởng, điểm trừ) sits outside the maximum, never gates, and adds to
 * or takes from the total. Everything that treats kinds differently reads
 * this table.
 */
import type { Bilingual } from "./messages";

/** The kinds a template may name (`"kind"` on a top-level node). */
export const EXTRA_KINDS = ["bonus", "penalty"] as const;
export type ExtraKind = (typeof EXTRA_KINDS)[number];
export type FieldKind = "ordinary" | ExtraKind;

interface FieldKindRule {
  /** Whether the node's maximum is part of the template's total maximum. */
  inMaximum: boolean;
  /** Whether the node may gate classification (`minField`). */
  mayGate: boolean;
  /** +1: its points add to the total; −1: they are taken off. */
  sign: 1 | -1;
  label: Bilingual;
  /** What a kind cell may say (lower case, NFC); an ordinary row's kind cell is blank. */
  words: readonly string[];
}

export const fieldKinds: Readonly<Record<FieldKind, FieldKindRule>> = {
  ordinary: { inMaximum: true, mayGate: true, sign: 1, label: { vi: "Lĩnh vực", en: "Field" }, words: [] },
  bonus: {
    inMaximum: false,
    mayGate: false,
    sign: 1,
    label: { vi: "Điểm thưởng", en: "Bonus points" },
    words: ["điểm thưởng", "thưởng", "bonus", "bonus points"],
  },
  penalty: {
    inMaximum: false,
    mayGate: false,
    sign: -1,
    label: { vi: "Điểm trừ", en: "Penalty points" },
    words: ["điểm trừ", "trừ", "penalty", "penalty points"],
  },
};

/** The kind a cell names ("Điểm thưởng", "trừ", "bonus", any case); null for any other text. */
export function kindFromText(text: string): ExtraKind | null {
  const word = text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
  return EXTRA_KINDS.find((kind) => fieldKinds[kind].words.includes(word)) ?? null;
}
