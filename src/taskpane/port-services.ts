/**
 * The pane's services over any WorkbookPort: the workbook actions for the
 * work, the platform (Office.js or the in-memory test page) for the
 * selection and the clipboard.
 */
import type { Lang } from "../core/messages";
import { parseTemplateText } from "../core/template-validation";
import { builtInTemplates } from "../templates/registry";
import { loadTemplateIntoWorkbook } from "../actions/load-template";
import { checkWorkbook } from "../actions/check-workbook";
import { checkChangedCells, prepareLiveCheck } from "../actions/live-check";
import { buildAnnexes } from "../actions/build-annexes";
import { loadedWorkbook } from "../actions/workbook-state";
import { rangeAddress } from "../sheet/a1";
import { SHEET_NAMES } from "../sheet/names";
import type { CellValue, ProgressCallback, WorkbookPort } from "../workbook/port";
import { InvalidCells } from "./invalid-cells";
import type { ProgressListener, TaskpaneServices, UnitEntry, WorkbookStatus } from "./services";

/** What only the host can do: the selection and the clipboard. */
export interface PanePlatform {
  readSelection(): Promise<unknown[][]>;
  selectCell(sheet: string, address: string): Promise<void>;
  copyText(text: string): Promise<boolean>;
}

const progressCallback =
  (listener: ProgressListener): ProgressCallback =>
  (done, total, label) =>
    listener({ done, total, label });

const rankOf = (value: CellValue | undefined): number | null =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 ? value : null;

async function readStatus(port: WorkbookPort): Promise<WorkbookStatus> {
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

/**
 * Keeps the set of invalid score cells up to date: a full check first, then
 * each user change re-checks only the changed cells. Changes are handled one
 * at a time, in order.
 */
function watchInvalidCells(port: WorkbookPort, listener: (count: number) => void): () => void {
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

export function createPortServices(port: WorkbookPort, platform: PanePlatform, lang: Lang): TaskpaneServices {
  return {
    builtInTemplates,
    parseTemplateFile: parseTemplateText,
    readSelection: () => platform.readSelection(),
    workbookStatus: () => readStatus(port),
    loadTemplate: ({ template, year, units }, onProgress) =>
      loadTemplateIntoWorkbook(
        port,
        template,
        units.map((unit) => unit.name),
        {
          year,
          lang,
          scores: units.map((unit) => ({ name: unit.name, scores: {}, previousRank: unit.previousRank })),
          onProgress: progressCallback(onProgress),
        },
      ),
    checkScores: (onProgress) => checkWorkbook(port, { lang, onProgress: progressCallback(onProgress) }),
    watchInvalidCount: (listener) => watchInvalidCells(port, listener),
    selectCell: (sheet, address) => platform.selectCell(sheet, address),
    buildAnnexes: (choice, onProgress) =>
      buildAnnexes(port, { annexes: choice.annexes, chart: choice.chart, lang, onProgress: progressCallback(onProgress) }),
    copyText: (text) => platform.copyText(text),
  };
}
