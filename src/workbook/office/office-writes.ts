/**
 * Writing a sheet plan through the Office.js slice, as steps of a
 * WriteProgram: number formats, cells and copied formulas (office-cells.ts),
 * alignment, locks, looks, sizes and merges (office-looks.ts), validations
 * and conditional formats (office-rules.ts), then the sheet-wide settings
 * and the protection (office-setup.ts). Every step counts its calls and
 * bytes, so that the program stays within Excel on the web's request limit.
 */
import type { SheetPlan } from "../../sheet/plan";
import { writeFormulas, writeNumberFormats, type SheetOf } from "./office-cells";
import { writeAlignmentAndLocks, writeSizesAndMerges, writeStyles } from "./office-looks";
import type { WriteProgram } from "./office-program";
import { writeRules } from "./office-rules";
import { writeSetup } from "./office-setup";

export { cellInput, fillCells, heightRuns, rectanglesOf } from "./office-grid";
export { CALL_OVERHEAD_BYTES, REQUEST_BUDGET_BYTES } from "./office-program";

/** Adds to `program` every step that writes `plan` onto the empty sheet `sheet`. */
export function writePlan(sheet: SheetOf, plan: SheetPlan, program: WriteProgram): void {
  writeNumberFormats(sheet, plan, program);
  writeFormulas(sheet, plan, program);
  writeAlignmentAndLocks(sheet, plan, program);
  writeStyles(sheet, plan, program);
  writeSizesAndMerges(sheet, plan, program);
  writeRules(sheet, plan, program);
  writeSetup(sheet, plan, program);
}
