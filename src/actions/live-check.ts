/**
 * The live check on `onChanged`: reads only the changed score cells and
 * checks them by the core's rules; the add-in's own writes are ignored.
 */
import { scoreUnits } from "../core/scoring";
import type { CompiledTemplate } from "../core/template-tree";
import { cellAddress, intersectBlocks, parseAreas, rangeAddress, type Block } from "../sheet/a1";
import type { ScoringLayout } from "../sheet/layout";
import { SHEET_NAMES, sameSheetName } from "../sheet/names";
import { scoreValue } from "../sheet/scoring-read";
import type { CellChangeEvent, CellValue, WorkbookPort } from "../workbook/port";
import type { WorkbookIssue } from "./types";
import { loadedWorkbook } from "./workbook-state";

interface LiveCheck {
  template: CompiledTemplate;
  layout: ScoringLayout;
  /** Unit names in column order. */
  units: string[];
}

/** The template and layout, read once when the task pane starts listening; null when no template is loaded. */
export async function prepareLiveCheck(port: WorkbookPort): Promise<LiveCheck | null> {
  const snapshot = await port.read({ ranges: [] });
  const loaded = loadedWorkbook(snapshot);
  if (!loaded.ok) return null;
  return { template: loaded.loaded.template, layout: loaded.loaded.layout, units: loaded.loaded.state.units };
}

/**
 * Issues of the changed leaf score cells; [] for the add-in's writes and for
 * cells outside the inputs. The change may be several areas (a multi-area
 * selection cleared or pasted) or whole rows or columns ("E:E", "7:9"): each
 * area is clipped to the score block and all are read in one round trip.
 */
export async function checkChangedCells(port: WorkbookPort, event: CellChangeEvent, live: LiveCheck): Promise<WorkbookIssue[]> {
  if (event.origin === "addin" || !sameSheetName(event.sheet, SHEET_NAMES.scoring)) return [];
  const { layout } = live;
  const scores: Block = {
    row: layout.firstNodeRow,
    column: layout.firstUnitColumn,
    rows: layout.lastNodeRow - layout.firstNodeRow + 1,
    columns: layout.columnCount - layout.firstUnitColumn,
  };
  const blocks = (parseAreas(event.address) ?? []).flatMap((area) => intersectBlocks(area, scores) ?? []);
  if (blocks.length === 0) return [];
  const snapshot = await port.read({
    ranges: blocks.map((block) => ({ sheet: SHEET_NAMES.scoring, address: rangeAddress(block.row, block.column, block.rows, block.columns) })),
  });
  return blocks.flatMap((block, i) => blockIssues(live, block, snapshot.ranges[i]?.values ?? []));
}

/** The issues of one block of score cells, unit by unit (column by column). */
function blockIssues(live: LiveCheck, block: Block, values: readonly (readonly CellValue[])[]): WorkbookIssue[] {
  const { layout, template } = live;
  const issues: WorkbookIssue[] = [];
  for (let column = block.column; column < block.column + block.columns; column++) {
    const u = column - layout.firstUnitColumn;
    const scores: Record<string, unknown> = {};
    const addresses = new Map<string, string>();
    for (let row = block.row; row < block.row + block.rows; row++) {
      const node = template.nodes[row - layout.firstNodeRow];
      if (!node.isLeaf) continue;
      scores[node.code] = scoreValue(values[row - block.row]?.[column - block.column]);
      addresses.set(node.code, cellAddress(row, column));
    }
    if (addresses.size === 0) continue;
    const name = live.units[u] ?? "";
    const report = scoreUnits(template, [{ name, scores }]);
    for (const issue of report.issues) {
      const address = addresses.get(issue.code);
      if (address === undefined) continue;
      issues.push({ ...issue, unit: name, sheet: SHEET_NAMES.scoring, address });
    }
  }
  return issues;
}
