/**
 * Reading a criteria table from a workbook into a template: a named sheet
 * (and block), or else the first sheet whose cells hold a recognisable
 * header. The cells are read with their looks (bold, indent, merged areas)
 * and handed to the pure importer; its problems name the sheet's rows.
 */
import { importCriteriaTable, type ImportOptions } from "../core/import/import-table";
import type { CriteriaGrid, MergedArea } from "../core/import/grid";
import type { ImportResult } from "../core/import/import-result";
import { parseRange } from "../sheet/a1";
import type { RangeData, WorkbookPort } from "../workbook/port";

export interface TablePlace {
  sheet: string;
  /** A1 block; omitted = the sheet's used range. */
  address?: string;
}

export interface TableImport {
  /** The sheet read, or null when no sheet holds a criteria table header (the result then says so). */
  sheet: string | null;
  /** The columns read, 0-based: a problem's row can be selected across them. */
  firstColumn: number;
  columnCount: number;
  result: ImportResult;
}

function tableImport(data: RangeData, options: ImportOptions): TableImport {
  const columnCount = data.values.reduce((max, line) => Math.max(max, line.length), 0);
  return { sheet: data.sheet, firstColumn: data.column, columnCount, result: importCriteriaTable(gridOfRange(data), options) };
}

/** A block read from a sheet as the importer's grid: rows numbered as on the sheet, merges inside the block. */
function gridOfRange(data: RangeData): CriteriaGrid {
  const rows = data.values.length;
  const columns = data.values.reduce((max, line) => Math.max(max, line.length), 0);
  const merged: MergedArea[] = [];
  for (const address of data.looks?.merged ?? []) {
    const area = parseRange(address);
    if (!area) continue;
    const row = area.row - data.row;
    const column = area.column - data.column;
    if (row < 0 || column < 0 || row >= rows || column >= columns) continue;
    merged.push({ row, column, rowCount: Math.min(area.rows, rows - row), columnCount: Math.min(area.columns, columns - column) });
  }
  const grid: CriteriaGrid = { values: data.values, firstRow: data.row + 1, merged };
  if (data.looks) {
    grid.bold = data.looks.bold;
    grid.indent = data.looks.indent;
  }
  return grid;
}

/**
 * Imports the table at `place`, or the first sheet (in order) whose table
 * has a header when no place is given; null when the named sheet is missing.
 */
export async function importCriteriaTableFrom(port: WorkbookPort, place: TablePlace | null, options: ImportOptions = {}): Promise<TableImport | null> {
  if (place) {
    const snapshot = await port.read({ ranges: [{ ...place, looks: true }] });
    const data = snapshot.ranges[0];
    return data.found ? tableImport(data, options) : null;
  }
  const { sheets } = await port.read({ ranges: [] });
  const snapshot = await port.read({ ranges: sheets.map((sheet) => ({ sheet: sheet.name, looks: true })) });
  let first: TableImport | null = null;
  for (const data of snapshot.ranges) {
    const found = tableImport(data, options);
    if (found.result.headerRow !== null) return found;
    first ??= found;
  }
  return { ...(first ?? tableImport({ sheet: "", found: false, row: 0, column: 0, values: [] }, options)), sheet: null };
}
