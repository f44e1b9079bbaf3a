/** What the importer gives back: the tree it read, the template when nothing is wrong, and every problem with its row. */
import type { Bilingual } from "../messages";
import type { Template } from "../template";
import type { ExtraKind } from "../field-kinds";

export interface ImportedNode {
  /** The sheet row the criterion was read from. */
  row: number;
  code: string;
  /** The decision's own numbering ("II.3.a"); absent for a bulleted or unnumbered row. */
  label?: string;
  title: string;
  /** Null when the table does not give a usable maximum. */
  max: number | null;
  levels?: number[];
  guidance?: string;
  /** Top level only: a bonus or penalty content (điểm thưởng, điểm trừ). */
  kind?: ExtraKind;
  children: ImportedNode[];
}

export interface ImportProblem {
  /** The sheet row, or null for the table as a whole. */
  row: number | null;
  /** An error stops the import; a note says what the importer understood. */
  severity: "error" | "note";
  message: Bilingual;
}

export interface ImportSummary {
  fields: number;
  criteria: number;
  subCriteria: number;
  /** Sum of the fields' maxima (bonus and penalty aside). */
  total: number;
  /** Bonus and penalty contents with their caps. */
  extras: { kind: ExtraKind; code: string; max: number }[];
}

export interface ImportResult {
  /** The template, or null when any problem is an error. */
  template: Template | null;
  tree: ImportedNode[];
  problems: ImportProblem[];
  summary: ImportSummary;
  /** Sheet row of the header, or null when none was found. */
  headerRow: number | null;
}
