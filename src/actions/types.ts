/**
 * What the actions take and return. Issues and refusals are data; an action
 * throws only on a bug or when the workbook itself fails (Office errors).
 */
import type { Bilingual, Lang } from "../core/messages";
import type { IssueKind, ScoreReport, UnitInput } from "../core/scoring";
import type { FormulaDialect } from "../sheet/plan";
import type { ProgressCallback } from "../workbook/port";
import type { ReportSentence } from "../core/report-sentences";
import type { UnitGroup } from "../core/annex-tables";
import type { CompiledTemplate } from "../core/template-tree";
import type { AnnexKind } from "../sheet/names";

export type { AnnexKind };

/** One problem with one score cell (or with a unit name in the header row). */
export interface WorkbookIssue {
  unit: string;
  code: string;
  /** Sheet and A1 address of the cell ("Chấm điểm", "E12"); "" when there is no cell. */
  sheet: string;
  address: string;
  value: unknown;
  severity: "error" | "warning";
  kind: IssueKind;
  message: Bilingual;
}

export interface LoadOptions {
  year?: number | null;
  lang?: Lang;
  /** "par" (default) in the add-in; "native" for .xlsx files the CLI writes. */
  dialect?: FormulaDialect;
  /** Scores to fill in (CLI `init --scores`); existing workbook scores win only where these are absent. */
  scores?: readonly UnitInput[];
  onProgress?: ProgressCallback;
}

/** A score that was in the workbook but has no place in the new layout. */
export interface OrphanScore {
  unit: string;
  code: string;
  /** Where it was: sheet and A1 address before the reload. */
  sheet: string;
  address: string;
  value: unknown;
  message: Bilingual;
}

export type LoadResult =
  | {
      ok: true;
      /** Sheets written, in order. */
      sheets: string[];
      /** Scores carried over from the previous layout. */
      kept: number;
      /** Scores that no longer fit (unit or code gone), listed instead of dropped silently. */
      orphaned: OrphanScore[];
    }
  | { ok: false; problems: Bilingual[] };

export interface CheckOptions {
  lang?: Lang;
  onProgress?: ProgressCallback;
}

export type CheckResult =
  | {
      ok: true;
      /** Every issue, errors and warnings, in sheet order (row by row). */
      issues: WorkbookIssue[];
      /** The scores as read from the sheet. */
      units: UnitInput[];
      /** The core's figures for them. */
      report: ScoreReport;
    }
  /** No template in the workbook, or the scoring sheet is missing or rearranged. */
  | { ok: false; problems: Bilingual[] };

export interface AnnexOptions {
  /** Default: the registry's default annexes (sheet/names.ts). */
  annexes?: readonly AnnexKind[];
  /** Bar chart of the index by unit on PL1 (default true). */
  chart?: boolean;
  /** PL4's sentence lists the units appraised lower than their self-assessment by more than this many points (default 5). */
  threshold?: number;
  lang?: Lang;
  onProgress?: ProgressCallback;
}

/** A class or band with its count and members in published order. */
export type ClassCount = UnitGroup;

export type AnnexResult =
  | {
      ok: true;
      sheets: string[];
      classes: ClassCount[];
      bands: ClassCount[];
      /** The report sentences, also written to `Báo cáo`. */
      report: ReportSentence[];
    }
  | {
      ok: false;
      /** Invalid scores: the action refuses while any error remains. */
      issues: WorkbookIssue[];
      /** Other reasons: no template, a user's sheet in the way, … */
      problems: Bilingual[];
    };

/** A unit to score, with last year's rank when known. */
export interface UnitEntry {
  name: string;
  previousRank: number | null;
}

/** What the workbook already holds. */
export interface WorkbookStatus {
  /** Whether the add-in's scoring sheet exists in this workbook. */
  hasScoringSheets: boolean;
  /** The template stored in the workbook, when there is one. */
  template?: CompiledTemplate;
  year?: number;
  units?: UnitEntry[];
}
