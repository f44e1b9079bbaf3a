/**
 * Undoing a failed write (a second batch): the sheets the change added are
 * deleted, each sheet rebuilt in place is replaced by the copy kept aside
 * (under its name and mark again), and the old state part comes back. The
 * user's formulas that referred to a replaced sheet then show #REF! — the
 * price of getting the old content back whole; a successful write keeps them.
 */
import { sameSheetName } from "../../sheet/names";
import { SHEET_MARK_PROPERTY, STATE_NAMESPACE } from "../stored-state";
import type { ExcelContextSlice } from "./office-api";
import type { ApplyRecord } from "./office-apply";

export async function restoreAfterFailure(context: ExcelContextSlice, record: ApplyRecord | null): Promise<void> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const parts = context.workbook.customXmlParts.getByNamespace(STATE_NAMESPACE);
  parts.load("items/id");
  await context.sync();
  if (record) {
    const byName = (name: string) => sheets.items.find((sheet) => sameSheetName(sheet.name, name));
    for (const part of parts.items) part.delete();
    for (const xml of record.state) context.workbook.customXmlParts.add(xml);
    for (const name of record.added) byName(name)?.delete();
    for (const { name, backup, kind, position } of [...record.rebuilt].sort((a, b) => a.position - b.position)) {
      const aside = byName(backup);
      if (!aside) continue; // the failure came before the copy: the sheet was not touched yet
      byName(name)?.delete();
      aside.name = name;
      aside.customProperties.add(SHEET_MARK_PROPERTY, kind);
      aside.position = position;
    }
  }
  context.runtime.enableEvents = true;
  context.workbook.application.calculate("Recalculate");
  await context.sync();
}
