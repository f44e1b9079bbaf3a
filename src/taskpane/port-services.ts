/**
 * The pane's services over any WorkbookPort: the workbook actions for the
 * work, the platform (Office.js or the in-memory test page) for the
 * selection and the clipboard.
 */
import type { Lang } from "../core/messages";
import { parseTemplate, parseTemplateText } from "../core/template-validation";
import type { TablePlace } from "../actions/import-criteria-table";
import { readWorkbookStatus } from "../actions/workbook-status";
import type { ProgressCallback, WorkbookPort } from "../workbook/port";
import type { ProgressListener, TableImportView, TaskpaneServices } from "./services";

import { loadDictionary } from "./i18n/language";

/** What only the host can do: the selection, the clipboard and downloads. */
export interface PanePlatform {
  readSelection(): Promise<unknown[][]>;
  selectCell(sheet: string, address: string): Promise<void>;
  copyText(text: string): Promise<boolean>;
  /** Where the table the user points at lies (see OfficeWorkbook.readTablePlace); null for an empty sheet. */
  readTablePlace(): Promise<TablePlace | null>;
  saveFile(fileName: string, text: string): Promise<boolean>;
  /** Offers bytes (a zip) as a file to download; whether the platform could. */
  saveBytes(fileName: string, bytes: Uint8Array, type: string): Promise<boolean>;
}

async function importTable(port: WorkbookPort, platform: PanePlatform, again?: TablePlace): Promise<TableImportView> {
  const place = again ?? (await platform.readTablePlace());
  // The importer comes in a chunk of its own, loaded when a table is first read.
  const { importCriteriaTableFrom } = await import(/* webpackChunkName: "import-table" */ "../actions/import-criteria-table");
  const table = place && (await importCriteriaTableFrom(port, place));
  const template = table?.result.template ? parseTemplate(table.result.template) : null;
  return { place, table, template: template?.ok ? template.template : null };
}

const progressCallback =
  (listener: ProgressListener): ProgressCallback =>
  (done, total, label) =>
    listener({ done, total, label });

export function createPortServices(port: WorkbookPort, platform: PanePlatform, lang: Lang): TaskpaneServices {
  return {
    builtInTemplates: async () => (await import(/* webpackChunkName: "templates" */ "../templates/registry")).builtInTemplates(),
    parseTemplateFile: parseTemplateText,
    readSelection: () => platform.readSelection(),
    workbookStatus: () => readWorkbookStatus(port),
    // Writing the sheets and building the annexes are loaded when first asked for, not with the pane.
    loadTemplate: async ({ template, year, units }, onProgress) =>
      (await import(/* webpackChunkName: "load-template" */ "../actions/load-template")).loadTemplateIntoWorkbook(
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
    // The check comes in a chunk of its own too; the live count starts once it is loaded.
    checkScores: async (onProgress) =>
      (await import(/* webpackChunkName: "check" */ "../actions/check-workbook")).checkWorkbook(port, { lang, onProgress: progressCallback(onProgress) }),
    watchInvalidCount: (listener) => {
      let stop: (() => void) | null = null;
      let stopped = false;
      void import(/* webpackChunkName: "check" */ "../actions/watch-invalid-cells").then(
        ({ watchInvalidCells }) => {
          if (!stopped) stop = watchInvalidCells(port, listener);
        },
        () => undefined, // without the chunk there is no count to show, as when nothing can be watched
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
    selectCell: (sheet, address) => platform.selectCell(sheet, address),
    buildAnnexes: async (choice, onProgress) =>
      (await import(/* webpackChunkName: "build-annexes" */ "../actions/build-annexes")).buildAnnexes(port, {
        annexes: choice.annexes,
        chart: choice.chart,
        lang,
        onProgress: progressCallback(onProgress),
      }),
    copyText: (text) => platform.copyText(text),
    importTable: (place) => importTable(port, platform, place),
    saveFile: (fileName, text) => platform.saveFile(fileName, text),
    ...seasonServices(port, platform, lang),
  };
}

/** The Tự chấm section's files: ExcelJS and JSZip come with their chunk only when a file is made or read. */
function seasonServices(
  port: WorkbookPort,
  platform: PanePlatform,
  lang: Lang,
): Pick<TaskpaneServices, "saveSelfAssessmentFiles" | "collectSelfAssessmentFiles" | "startAppraisal"> {
  const seasonWords = async () => (await loadDictionary(lang)).season.work;
  return {
    saveSelfAssessmentFiles: async (onProgress) => {
      const files = await import(/* webpackChunkName: "season-files" */ "./season-files");
      const season = await seasonWords();
      const made = await files.selfAssessmentZip(port, lang, { writing: season.writing, zipping: season.zipping }, progressCallback(onProgress));
      if (!made.ok) return made;
      await platform.saveBytes(made.fileName, made.bytes, "application/zip");
      return { ok: true, fileName: made.fileName, count: made.count };
    },
    collectSelfAssessmentFiles: async (chosen, replace, onProgress) => {
      const files = await import(/* webpackChunkName: "season-files" */ "./season-files");
      const season = await seasonWords();
      return files.collectChosenFiles(port, chosen, {
        replace,
        lang,
        label: season.reading,
        unreadable: (error) => season.unreadable(error instanceof Error ? error.message : String(error)),
        onProgress: progressCallback(onProgress),
      });
    },
    startAppraisal: async (overwrite, onProgress) =>
      (await import(/* webpackChunkName: "appraisal" */ "../actions/start-appraisal")).startAppraisal(port, {
        overwrite,
        lang,
        onProgress: progressCallback(onProgress),
      }),
  };
}
