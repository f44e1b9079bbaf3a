/**
 * The live count of invalid score cells, for a face to show while the user
 * types: a full check first, then a re-check of each changed block.
 */
import { SHEET_NAMES } from "../sheet/names";
import type { WorkbookPort } from "../workbook/port";
import { checkWorkbook } from "./check-workbook";
import { InvalidCells } from "./invalid-cells";
import { checkChangedCells, prepareLiveCheck } from "./live-check";

/**
 * Keeps the set of invalid score cells up to date: a full check first, then
 * each user change re-checks only the changed cells. Changes are handled one
 * at a time, in order.
 */
export function watchInvalidCells(port: WorkbookPort, listener: (count: number) => void): () => void {
  let stopped = false;
  let unsubscribe: (() => Promise<void>) | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const start = async () => {
    const live = await prepareLiveCheck(port);
    if (!live || stopped) return;
    const cells = new InvalidCells();
    unsubscribe = await port.onCellsChanged(SHEET_NAMES.scoring, (event) => {
      if (event.origin === "addin") return;
      queue = queue
        .then(async () => {
          const issues = await checkChangedCells(port, event, live);
          if (stopped) return;
          cells.replaceBlock(event.sheet, event.address, issues);
          listener(cells.count);
        })
        .catch(() => undefined); // a failed re-check leaves the last count shown
    });
    if (stopped) {
      await unsubscribe();
      return;
    }
    queue = queue.then(async () => {
      const full = await checkWorkbook(port);
      if (stopped || !full.ok) return;
      cells.replaceAll(full.issues);
      listener(cells.count);
    });
    await queue;
  };
  void start().catch(() => undefined); // without a count the pane says there is nothing to watch
  return () => {
    stopped = true;
    if (unsubscribe) void unsubscribe();
  };
}
