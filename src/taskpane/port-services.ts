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
import { buildAnnexes } from "../actions/build-annexes";
import { watchInvalidCells } from "../actions/watch-invalid-cells";
import { readWorkbookStatus } from "../actions/workbook-status";
import type { ProgressCallback, WorkbookPort } from "../workbook/port";
import type { ProgressListener, TaskpaneServices } from "./services";

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

export function createPortServices(port: WorkbookPort, platform: PanePlatform, lang: Lang): TaskpaneServices {
  return {
    builtInTemplates,
    parseTemplateFile: parseTemplateText,
    readSelection: () => platform.readSelection(),
    workbookStatus: () => readWorkbookStatus(port),
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
