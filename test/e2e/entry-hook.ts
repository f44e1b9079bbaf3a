/**
 * What the end-to-end page exposes to the test as `window.parE2E`: what a
 * user does in the grid, and a look at the workbook.
 */
import type { UnitInput } from "../../src/core/scoring";
import type { CellSelection } from "../../src/taskpane/memory-services";
import type { CellValue } from "../../src/workbook/port";

export interface E2EHook {
  /** Pastes leaf scores for the loaded units (matched by name), row by row. */
  pasteScores(units: UnitInput[]): void;
  /** Types one score; returns the cell's address. */
  typeScore(unit: string, code: string, value: CellValue): string;
  /** The cell the pane last selected. */
  selection(): CellSelection | null;
  sheetNames(): string[];
  /** What an officer pasting a table into a sheet of their own does: values, then bold rows (1-based). */
  pasteTable(sheet: string, rows: CellValue[][], boldRows: number[]): void;
  /** What a user typing into one cell does. */
  setCell(sheet: string, address: string, value: CellValue): void;
  /** What a user selecting a range does. */
  select(sheet: string, address: string): void;
  /** The files the pane offered for download, their bytes in base64. */
  savedFiles(): Array<{ fileName: string; base64: string }>;
  /** A block of a sheet's values. */
  values(sheet: string, address: string): Promise<CellValue[][]>;
  /** Office.onReady's host: null outside Office. */
  host: string | null;
}

declare global {
  interface Window {
    parE2E?: E2EHook;
  }
}
