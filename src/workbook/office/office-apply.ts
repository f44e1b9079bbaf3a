/**
 * A WorkbookChange as steps of a WriteProgram. An owned sheet that already
 * exists is rebuilt in place — the same sheet object, emptied and written
 * again — so that the user's own formulas that refer to it (='Chấm điểm'!E7)
 * keep working; Excel turns them into #REF! when the sheet they refer to is
 * deleted. Before it is emptied, each such sheet is copied aside
 * (Worksheet.copy) so that a failed write can be undone; the copies are
 * deleted at the end of the same request.
 */
import { sameSheetName } from "../../sheet/names";
import type { SheetPlan } from "../../sheet/plan";
import type { ProgressCallback, WorkbookChange } from "../port";
import { SHEET_MARK_PROPERTY, stateToXml } from "../stored-state";
import type { ExcelContextSlice, WorksheetSlice } from "./office-api";
import type { SheetOf } from "./office-cells";
import { lookedSheet, type Look, type LookedSheet } from "./office-look";
import type { WriteProgram } from "./office-program";
import { writePlan } from "./office-writes";

/** What a failed write needs to be undone. */
export interface ApplyRecord {
  /** Owned sheets rebuilt in place, each with the name of its copy, its mark and its position. */
  rebuilt: Array<{ name: string; backup: string; kind: string; position: number }>;
  /** Sheets the change added. */
  added: string[];
  /** The XML of the state parts before the change. */
  state: string[];
}

/** The error of a write the workbook does not allow; `code` as Excel's own errors carry one. */
class WorkbookWriteRefused extends Error {
  constructor(
    readonly code: "WorkbookStructureProtected" | "UserSheetInTheWay",
    message: string,
  ) {
    super(message);
  }
}

function refuseWhenBlocked(look: Look, change: WorkbookChange): void {
  if (look.snapshot.structureProtected) {
    throw new WorkbookWriteRefused("WorkbookStructureProtected", "The workbook's structure is protected; the add-in cannot add, copy or delete sheets");
  }
  for (const name of [...change.sheets.map((plan) => plan.name), ...(change.remove ?? [])]) {
    const sheet = lookedSheet(look, name);
    if (sheet && sheet.owned === null)
      throw new WorkbookWriteRefused("UserSheetInTheWay", `Sheet "${sheet.name}" belongs to the user; the add-in does not replace it`);
  }
}

/** A name for the copy of target i that no sheet has. */
function backupName(look: Look, index: number): string {
  let name = `~par-old-${index}`;
  for (let n = 2; lookedSheet(look, name); n++) name = `~par-old-${index}-${n}`;
  return name;
}

/** Empties an owned sheet in place: protection, charts, panes, outline, hidden rows, merges, rules, cells and sizes. */
function resetSheet(sheet: LookedSheet, program: WriteProgram): void {
  const calls = 11 + sheet.outlineDepth + sheet.charts.length + (sheet.protected ? 1 : 0);
  program.add(calls, [true, false, "All"], () => {
    const proxy = sheet.proxy;
    if (sheet.protected) proxy.protection.unprotect();
    for (const chart of sheet.charts) chart.delete();
    proxy.freezePanes.unfreeze();
    const whole = proxy.getRange();
    for (let level = 0; level < sheet.outlineDepth; level++) whole.ungroup("ByRows");
    whole.rowHidden = false;
    whole.unmerge();
    whole.conditionalFormats.clearAll();
    whole.dataValidation.clear();
    whole.clear("All");
    whole.format.useStandardHeight = true;
    whole.format.useStandardWidth = true;
  });
}

/** The sheet a plan is written on: the owned sheet of that name emptied in place (after a copy aside), or a new one. */
function targetOf(
  context: ExcelContextSlice,
  look: Look,
  plan: SheetPlan,
  index: number,
  record: ApplyRecord,
  program: WriteProgram,
): { sheet: SheetOf; backup: () => WorksheetSlice | null } {
  const existing = lookedSheet(look, plan.name);
  let made: WorksheetSlice | null = null;
  if (existing) {
    const backup = backupName(look, index);
    record.rebuilt.push({ name: existing.name, backup, kind: existing.owned ?? plan.kind, position: look.sheets.indexOf(existing) });
    program.add(2, ["End", backup], () => {
      made = existing.proxy.copy("End");
      made.name = backup;
    });
    resetSheet(existing, program);
    program.add(1, [SHEET_MARK_PROPERTY, plan.kind], () => existing.proxy.customProperties.add(SHEET_MARK_PROPERTY, plan.kind));
    return { sheet: () => existing.proxy, backup: () => made };
  }
  record.added.push(plan.name);
  program.add(2, [plan.name, SHEET_MARK_PROPERTY, plan.kind], () => {
    made = context.workbook.worksheets.add(plan.name);
    made.customProperties.add(SHEET_MARK_PROPERTY, plan.kind);
  });
  return { sheet: () => made as WorksheetSlice, backup: () => null };
}

/** Adds the whole change to `program`, events off from its first request to its last; refuses (throws) before adding anything when the workbook does not allow it. */
export function queueChange(context: ExcelContextSlice, look: Look, change: WorkbookChange, program: WriteProgram, onProgress?: ProgressCallback): ApplyRecord {
  refuseWhenBlocked(look, change);
  const record: ApplyRecord = { rebuilt: [], added: [], state: look.stateXml };
  program.add(1, [false], () => (context.runtime.enableEvents = false));
  const backups: Array<() => WorksheetSlice | null> = [];
  let activate: SheetOf | null = null;
  change.sheets.forEach((plan, index) => {
    const target = targetOf(context, look, plan, index, record, program);
    backups.push(target.backup);
    writePlan(target.sheet, plan, program);
    program.add(0, 0, () => onProgress?.(index + 1, change.sheets.length, plan.name));
    if (change.activate && sameSheetName(change.activate, plan.name)) activate = target.sheet;
  });
  if (change.state) {
    const xml = stateToXml(change.state);
    program.add(look.parts.length + 1, [xml], () => {
      for (const part of look.parts) part.delete();
      context.workbook.customXmlParts.add(xml);
    });
  }
  const removed = (change.remove ?? []).filter((name) => !change.sheets.some((plan) => sameSheetName(plan.name, name)));
  for (const name of removed) {
    const sheet = lookedSheet(look, name);
    if (sheet) program.add(1, [], () => sheet.proxy.delete());
  }
  program.add(backups.length + 2, [true], () => {
    for (const backup of backups) backup()?.delete();
    (activate as SheetOf | null)?.().activate();
    context.runtime.enableEvents = true;
  });
  return record;
}
