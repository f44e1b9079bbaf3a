/**
 * What the task pane asks of the workbook and the platform. The pane is
 * written against this interface only: `port-services.ts` implements it over
 * any WorkbookPort and the actions, with the platform's selection and
 * clipboard from `office-services.ts` (Office.js) or `memory-services.ts`
 * (in-memory workbook: tests and the end-to-end page).
 *
 * Bad input is data: a refused action resolves with its problems. A rejected
 * promise means the platform failed (Excel busy, a sheet locked…); the pane
 * turns it into a message with `describeFailure`.
 */
import type { CompiledTemplate } from "../core/template-tree";
import type { TemplateResult } from "../core/template-validation";
import type { AnnexKind, AnnexResult, CheckResult, LoadResult, UnitEntry, WorkbookStatus } from "../actions/types";
import type { TableImport, TablePlace } from "../actions/import-criteria-table";
import type { CollectResult } from "../actions/collect-self-assessments";
import type { AppraisalResult } from "../actions/start-appraisal";
import type { Bilingual } from "../core/messages";

export type { UnitEntry, WorkbookStatus };

interface LoadRequest {
  template: CompiledTemplate;
  year: number;
  units: UnitEntry[];
}

/** Which annexes to build. */
interface AnnexChoice {
  annexes: AnnexKind[];
  chart: boolean;
}

/** Where a long operation stands; `label` is already in the pane's language. */
export interface Progress {
  done: number;
  total: number;
  label: string;
}

export type ProgressListener = (progress: Progress) => void;

/** A criteria table read from the sheet: the import (null for an empty sheet) and its template compiled when it has no error. */
export interface TableImportView {
  /** Where the table was read (to read the same place again), null for an empty sheet. */
  place: TablePlace | null;
  table: TableImport | null;
  template: CompiledTemplate | null;
}

/** A file the user chose in the browser, read only when needed. */
export interface ChosenFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** The units' self-assessment files, saved as one zip. */
export type SelfFilesResult = { ok: true; fileName: string; count: number } | { ok: false; problems: Bilingual[] };

export interface TaskpaneServices {
  /** Loaded on demand (a chunk of their own), so that they are not in the pane's first download. */
  builtInTemplates(): Promise<readonly CompiledTemplate[]>;
  /** The text of a template file the user opened. */
  parseTemplateFile(text: string): TemplateResult;
  /** The values of the selected range, row by row. */
  readSelection(): Promise<unknown[][]>;
  workbookStatus(): Promise<WorkbookStatus>;
  /** Creates the scoring sheets, or updates them keeping the scores. */
  loadTemplate(request: LoadRequest, onProgress: ProgressListener): Promise<LoadResult>;
  checkScores(onProgress: ProgressListener): Promise<CheckResult>;
  /**
   * Calls `listener` with the number of invalid score cells now and after
   * every change; returns the function that stops listening.
   */
  watchInvalidCount(listener: (count: number) => void): () => void;
  /** Selects a cell; `address` is A1 on `sheet`. */
  selectCell(sheet: string, address: string): Promise<void>;
  buildAnnexes(choice: AnnexChoice, onProgress: ProgressListener): Promise<AnnexResult>;
  /** Whether the text reached the clipboard. */
  copyText(text: string): Promise<boolean>;
  /**
   * Reads a criteria table and imports it: at `place` (reading again after a fix), or else the selected
   * block (the active sheet's used range when one cell is selected).
   */
  importTable(place?: TablePlace): Promise<TableImportView>;
  /** Offers the text as a file to download; whether the platform could. */
  saveFile(fileName: string, text: string): Promise<boolean>;
  /** Makes every unit's self-assessment file (template, units and year of the workbook) and saves them as one zip. */
  saveSelfAssessmentFiles(onProgress: ProgressListener): Promise<SelfFilesResult>;
  /** Reads the units' returned files and collects them into the workbook; `replace` replaces units already collected. */
  collectSelfAssessmentFiles(files: readonly ChosenFile[], replace: boolean, onProgress: ProgressListener): Promise<CollectResult>;
  /** Copies the collected self scores into Chấm điểm as the starting appraisal; `overwrite` also replaces appraised cells. */
  startAppraisal(overwrite: boolean, onProgress: ProgressListener): Promise<AppraisalResult>;
}
