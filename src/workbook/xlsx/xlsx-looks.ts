/**
 * How the cells of an ExcelJS sheet look, for reading a table the user
 * pasted: each cell's bold and indent, and the merged areas that start in a block.
 */
import type ExcelJS from "exceljs";
import type { Block } from "../../sheet/a1";
import { rangeAddress } from "../../sheet/a1";
import type { CellLooks } from "../port";

/** ExcelJS keeps a sheet's merges in `_merges` (master address → range); its public types leave it out. */
type MergedWorksheet = ExcelJS.Worksheet & { _merges: Record<string, { top: number; left: number; bottom: number; right: number } | undefined> };

export function xlsxLooks(sheet: ExcelJS.Worksheet, block: Block): CellLooks {
  const bold: boolean[][] = [];
  const indent: number[][] = [];
  for (let r = block.row; r < block.row + block.rows; r++) {
    const boldRow: boolean[] = [];
    const indentRow: number[] = [];
    for (let c = block.column; c < block.column + block.columns; c++) {
      // findCell does not create the cell, so reading leaves the workbook as it was.
      const cell = sheet.findRow(r + 1)?.findCell(c + 1);
      boldRow.push(cell?.font?.bold === true);
      indentRow.push(cell?.alignment?.indent ?? 0);
    }
    bold.push(boldRow);
    indent.push(indentRow);
  }
  const merged = Object.values((sheet as MergedWorksheet)._merges ?? {}).flatMap((area) => {
    if (!area) return [];
    const row = area.top - 1;
    const column = area.left - 1;
    const inside = row >= block.row && row < block.row + block.rows && column >= block.column && column < block.column + block.columns;
    return inside ? [rangeAddress(row, column, area.bottom - area.top + 1, area.right - area.left + 1)] : [];
  });
  return { bold, indent, merged };
}
