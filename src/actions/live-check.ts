/**
 * The live check on `onChanged`: reads only the changed score cells and
 * checks them by the core's rules; the add-in's own writes are ignored.
 */
import { scoreUnits } from "../core/scoring";
import type { CompiledTemplate } from "../core/template-tree";
import { cellAddress, parseRange, rangeAddress } from "../sheet/a1";
import type { ScoringLayout } from "../sheet/layout";
import { SHEET_NAMES } from "../sheet/names";
import { scoreValue } from "../sheet/scoring-read";
import type { CellChangeEvent, WorkbookPort } from "../workbook/port";
import type { WorkbookIssue } from "./types";
import { loadedWorkbook } from "./workbook-state";

export interface LiveCheck {
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

/** Issues of the changed leaf score cells; [] for the add-in's writes and for cells outside the inputs. */
export async function checkChangedCells(port: WorkbookPort, event: CellChangeEvent, live: LiveCheck): Promise<WorkbookIssue[]> {
  if (event.origin === "addin" || event.sheet !== SHEET_NAMES.scoring) return [];
  const changed = parseRange(event.address);
  if (!changed) return [];
  const { layout, template } = live;
  const top = Math.max(changed.row, layout.firstNodeRow);
  const bottom = Math.min(changed.row + changed.rows - 1, layout.lastNodeRow);
  const left = Math.max(changed.column, layout.firstUnitColumn);
  const right = Math.min(changed.column + changed.columns - 1, layout.columnCount - 1);
  if (top > bottom || left > right) return [];
  const snapshot = await port.read({ ranges: [{ sheet: SHEET_NAMES.scoring, address: rangeAddress(top, left, bottom - top + 1, right - left + 1) }] });
  const values = snapshot.ranges[0]?.values ?? [];
  const issues: WorkbookIssue[] = [];
  for (let column = left; column <= right; column++) {
    const u = column - layout.firstUnitColumn;
    const scores: Record<string, unknown> = {};
    const addresses = new Map<string, string>();
    for (let row = top; row <= bottom; row++) {
      const node = template.nodes[row - layout.firstNodeRow];
      if (!node.isLeaf) continue;
      scores[node.code] = scoreValue(values[row - top]?.[column - left]);
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
