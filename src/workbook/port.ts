/**
 * WorkbookPort: the one seam between the actions and a workbook. Three
 * implementations: office/office.ts (Office.js, one batch per operation with a
 * fixed number of syncs), memory.ts (tests, CLI, browser test entry) and
 * xlsx/xlsx.ts (ExcelJS files). The actions are written once against this port.
 */
import type { Template } from "../core/template";
import type { Lang } from "../core/messages";
import type { CellValue, SheetPlan } from "../sheet/plan";
import type { OwnedSheetKind } from "../sheet/names";

/** The cell values and sheet kinds of the plans are the port's words too. */
export type { CellValue, OwnedSheetKind };

export interface SheetInfo {
  name: string;
  /** Position among the workbook's sheets, 0-based. */
  position: number;
  /** The add-in's mark, or null for a sheet the user made. */
  owned: OwnedSheetKind | null;
}

/**
 * What the add-in keeps in the workbook (Office: a custom XML part; memory:
 * a field; xlsx: the same custom XML part, see stored-state.ts) so that later actions
 * know the template and the units it was loaded with.
 */
export interface StoredWorkbookState {
  version: 1;
  template: Template;
  /** Unit names in column order, as loaded. */
  units: string[];
  year: number | null;
  lang: Lang;
  /** "par" for the add-in, "native" for files the CLI writes. */
  dialect: "par" | "native";
}

interface RangeRequest {
  sheet: string;
  /**
   * A1 address of the block to read ("D5:F20"); omitted = the sheet's used
   * range starting at A1 (so that row/column indexes equal sheet indexes).
   */
  address?: string;
  /** Also read formulas (a formula cell's text, null for a constant). */
  formulas?: boolean;
  /** Also read how the cells look (bold, indent, merged areas), for reading a table the user pasted. */
  looks?: boolean;
}

/** How the cells of a block look, where a table's layout says what its numbering does not. */
export interface CellLooks {
  /** Same shape as values. */
  bold: boolean[][];
  /** Same shape as values: the indent level (0 = none). */
  indent: number[][];
  /**
   * Merged areas whose top-left cell lies in the block, A1 on the sheet
   * ("B6:E6"). Office.js lists them from ExcelApi 1.13; on older hosts the
   * list is empty (a merged area's other cells read as empty anyway).
   */
  merged: string[];
}

export interface RangeData {
  sheet: string;
  /** Whether the sheet exists. */
  found: boolean;
  /** 0-based row and column of values[0][0]. */
  row: number;
  column: number;
  /** Rows × columns of values; [] for a missing or empty sheet. */
  values: CellValue[][];
  /** Same shape as values when requested: "=…" for a formula cell, null for a constant. */
  formulas?: (string | null)[][];
  /** When requested. */
  looks?: CellLooks;
}

export interface ReadRequest {
  ranges: RangeRequest[];
}

export interface WorkbookSnapshot {
  /** Every sheet of the workbook, in order. */
  sheets: SheetInfo[];
  /** The stored state, or null when no template was loaded. */
  state: StoredWorkbookState | null;
  /** One entry per requested range, in request order. */
  ranges: RangeData[];
  /** True when the workbook's structure is protected (no sheet can be added, deleted or renamed); absent = not. */
  structureProtected?: boolean;
}

/**
 * A complete change, applied as one operation: every plan is written in full
 * under a temporary name first; only then are the replaced owned sheets
 * removed and the new ones renamed into place, and the state stored. If
 * writing fails, the workbook is left as it was.
 */
export interface WorkbookChange {
  /** Sheets to write (a sheet of the same name is replaced; it must be owned). */
  sheets: SheetPlan[];
  /** Owned sheets to delete (besides those replaced by name). */
  remove?: string[];
  /** State to store; undefined keeps the stored state. */
  state?: StoredWorkbookState;
  /** Sheet to activate at the end. */
  activate?: string;
}

/** `(done, total, stepLabel)`: steps of an action or of a port operation. */
export type ProgressCallback = (done: number, total: number, stepLabel: string) => void;

/** A user's change to cells, as the port reports it. */
export interface CellChangeEvent {
  sheet: string;
  /** A1 address of the changed block, e.g. "E7" or "E7:G9". */
  address: string;
  /** "addin" for the add-in's own writes (to be ignored), "user" otherwise. */
  origin: "user" | "addin";
}

export type Unsubscribe = () => Promise<void>;

export interface WorkbookPort {
  /** Sheets, marks, stored state and the requested ranges, in one round trip. */
  read(request: ReadRequest): Promise<WorkbookSnapshot>;
  /** Writes the change as described on WorkbookChange. */
  apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void>;
  /** Calls `handler` for every change to cells of the named sheet. */
  onCellsChanged(sheet: string, handler: (event: CellChangeEvent) => void): Promise<Unsubscribe>;
  /**
   * Reads, lets `decide` choose the change from what was read (null: write
   * nothing), and applies it, in one batch where the port can (Office: 3
   * syncs in all). Optional: `readThenApply` falls back to read then apply.
   */
  update?(request: ReadRequest, decide: ChangeDecision, onProgress?: ProgressCallback): Promise<void>;
}

/** What an action makes of a snapshot: the change to apply, or null to write nothing. */
export type ChangeDecision = (snapshot: WorkbookSnapshot) => WorkbookChange | null;

/** Read, decide, apply: through the port's own `update` when it has one. */
export async function readThenApply(port: WorkbookPort, request: ReadRequest, decide: ChangeDecision, onProgress?: ProgressCallback): Promise<void> {
  if (port.update) return port.update(request, decide, onProgress);
  const change = decide(await port.read(request));
  if (change) await port.apply(change, onProgress);
}
