/**
 * What the workbook already holds, for a face to show before any action: the
 * scoring sheet, the stored template, year and units, and last year's ranks.
 */
import { rangeAddress } from "../sheet/a1";
import { SHEET_NAMES } from "../sheet/names";
import type { CellValue, WorkbookPort } from "../workbook/port";
import type { UnitEntry, WorkbookStatus } from "./types";
import { loadedWorkbook } from "./workbook-state";

const rankOf = (value: CellValue | undefined): number | null => (typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : null);

export async function readWorkbookStatus(port: WorkbookPort): Promise<WorkbookStatus> {
  const snapshot = await port.read({ ranges: [] });
  const hasScoringSheets = snapshot.sheets.some((sheet) => sheet.owned === "scoring");
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) return { hasScoringSheets };
  const { state, template, layout } = loaded.loaded;
  let ranks: readonly CellValue[] = [];
  if (state.units.length > 0) {
    const address = rangeAddress(layout.previousRankRow, layout.firstUnitColumn, 1, state.units.length);
    const read = await port.read({ ranges: [{ sheet: SHEET_NAMES.scoring, address }] });
    ranks = read.ranges[0]?.values[0] ?? [];
  }
  const units: UnitEntry[] = state.units.map((name, index) => ({ name, previousRank: rankOf(ranks[index]) }));
  return { hasScoringSheets, template, year: state.year ?? undefined, units };
}
