/**
 * The season's file work in the browser: every unit's self-assessment file
 * zipped for download, and the units' returned files read and collected
 * into the open workbook. Loaded on demand (`import()`), because ExcelJS and
 * JSZip are heavy and only these two actions need them.
 */
import JSZip from "jszip";
import type { Bilingual, Lang } from "../core/messages";
import { templateHash } from "../core/template-hash";
import { planSelfAssessmentFiles, writeSelfAssessmentWorkbook } from "../actions/self-assessment-files";
import {
  checkReturnedFile,
  collectSelfAssessments,
  collectTarget,
  SELF_SHEET,
  type CheckedFile,
  type CollectResult,
  type ReturnedSheet,
} from "../actions/collect-self-assessments";
import { readSheetValues } from "../workbook/xlsx/xlsx-sheet-values";
import { loadedWorkbook } from "../actions/workbook-state";
import type { ProgressCallback, WorkbookPort } from "../workbook/port";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx";

interface SelfAssessmentZip {
  ok: true;
  fileName: string;
  bytes: Uint8Array;
  count: number;
}

/** The workbook's units' files, one zip; problems when the workbook has no template or units. */
export async function selfAssessmentZip(
  port: WorkbookPort,
  lang: Lang,
  labels: { writing: string; zipping: string },
  onProgress?: ProgressCallback,
): Promise<SelfAssessmentZip | { ok: false; problems: Bilingual[] }> {
  const loaded = loadedWorkbook(await port.read({ ranges: [] }));
  if (!loaded.ok) return loaded;
  const { template, state } = loaded.loaded;
  const planned = planSelfAssessmentFiles(state.units);
  if (!planned.ok) return planned;
  const zip = new JSZip();
  const hash = templateHash(template.definition);
  for (const [i, file] of planned.files.entries()) {
    onProgress?.(i, planned.files.length + 1, labels.writing);
    const workbook = XlsxWorkbook.create();
    await writeSelfAssessmentWorkbook(workbook, template, file.unit, { year: state.year, lang, hash });
    zip.file(file.fileName, await workbook.toBuffer());
  }
  onProgress?.(planned.files.length, planned.files.length + 1, labels.zipping);
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  onProgress?.(planned.files.length + 1, planned.files.length + 1, labels.zipping);
  return { ok: true, fileName: state.year === null ? "tu-cham.zip" : `tu-cham-${state.year}.zip`, bytes, count: planned.files.length };
}

interface ChosenFile {
  name: string;
  /** Reads the file's bytes (the browser's File.arrayBuffer). */
  bytes(): Promise<Uint8Array>;
}

/** Reads the chosen files one at a time, checks them and collects those that pass. */
export async function collectChosenFiles(
  port: WorkbookPort,
  files: readonly ChosenFile[],
  options: { replace: boolean; lang: Lang; label: string; unreadable: (error: unknown) => string; onProgress?: ProgressCallback },
): Promise<CollectResult> {
  const target = await collectTarget(port);
  if (!target.ok) return target;
  const checked: CheckedFile[] = [];
  for (const [i, file] of files.entries()) {
    options.onProgress?.(i, files.length, `${options.label} ${file.name}`);
    let sheet: ReturnedSheet | null = null;
    let why = "";
    try {
      sheet = await readSheetValues(await file.bytes(), SELF_SHEET);
    } catch (error) {
      why = options.unreadable(error);
    }
    checked.push(checkReturnedFile(target.target, file.name, sheet, why));
  }
  return collectSelfAssessments(port, checked, { replace: options.replace, lang: options.lang, onProgress: options.onProgress });
}
