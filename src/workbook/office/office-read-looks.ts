/**
 * Reading how cells look, for a table the user pasted: each cell's bold and
 * indent (Range.getCellProperties, ExcelApi 1.9) and the merged areas that
 * start in the block (Range.getMergedAreasOrNullObject, ExcelApi 1.13, only
 * where the host has it: the manifest asks for 1.12). One sync for every
 * range asked for, after the values are known (a used range's block is then known).
 */
import { rangeAddress } from "../../sheet/a1";
import { sameSheetName } from "../../sheet/names";
import type { CellLooks, ReadRequest, WorkbookSnapshot } from "../port";
import type { CellPropertiesSlice, ExcelContextSlice, MergedAreasSlice } from "./office-api";

/** Whether the host lists merged areas (ExcelApi 1.13). */
export function hostListsMergedAreas(): boolean {
  return typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", "1.13") === true;
}

function cellLooks(cells: CellPropertiesSlice[][], merged: MergedAreasSlice | null, widths: number[]): CellLooks {
  return {
    // A used range read from A1 has padded rows of other lengths: the looks follow the values' shape.
    bold: cells.map((line, r) => line.slice(0, widths[r]).map((cell) => cell.format?.font?.bold === true)),
    indent: cells.map((line, r) => line.slice(0, widths[r]).map((cell) => cell.format?.indentLevel ?? 0)),
    // "Sheet1!A1:B4, 'My sheet'!D1:D4" → ["A1:B4", "D1:D4"]
    merged:
      !merged || merged.isNullObject
        ? []
        : merged.address.split(",").map((part) =>
            part
              .slice(part.lastIndexOf("!") + 1)
              .replace(/\$/g, "")
              .trim(),
          ),
  };
}

/** Adds `looks` to the snapshot's ranges that asked for them (and were found with cells), in one sync. */
export async function addCellLooks(context: ExcelContextSlice, request: ReadRequest, snapshot: WorkbookSnapshot, listsMergedAreas: boolean): Promise<void> {
  const asked = snapshot.ranges.map((data, i) => {
    const width = data.values.reduce((widest, line) => Math.max(widest, line.length), 0);
    if (!request.ranges[i].looks || data.values.length === 0 || width === 0) return null;
    const name = snapshot.sheets.find((sheet) => sameSheetName(sheet.name, data.sheet))?.name ?? data.sheet;
    const range = context.workbook.worksheets.getItem(name).getRange(rangeAddress(data.row, data.column, data.values.length, width));
    const cells = range.getCellProperties({ format: { font: { bold: true }, indentLevel: true } });
    const merged = listsMergedAreas ? range.getMergedAreasOrNullObject() : null;
    merged?.load("address");
    return { cells, merged };
  });
  if (asked.every((entry) => entry === null)) return;
  await context.sync();
  asked.forEach((entry, i) => {
    const data = snapshot.ranges[i];
    if (entry)
      data.looks = cellLooks(
        entry.cells.value,
        entry.merged,
        data.values.map((line) => line.length),
      );
  });
}
