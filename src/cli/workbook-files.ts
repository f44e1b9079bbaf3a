/**
 * The workbook commands' files: a units list (one name per line), an .xlsx
 * to read, an .xlsx to write. Anything unusable becomes an UnusableInput.
 */
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Lang } from "../core/messages";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx";
import { UnreadableWorkbook } from "../workbook/xlsx/xlsx-open";
import { UnusableInput } from "./io";
import { workbookText } from "./workbook-text";
import { readTextFile } from "./inputs";
import { readInputBytes, WORKBOOK_SIZE_LIMIT } from "./input-limits";
import { writeFileAtomic } from "./atomic-write";

/** Unit names, one per line; blank lines are skipped, a leading BOM dropped. */
function parseUnitsList(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

export function readUnitsList(path: string, lang: Lang): string[] {
  const names = parseUnitsList(readTextFile(path, lang));
  if (names.length === 0) throw new UnusableInput(workbookText[lang].noUnits(path));
  return names;
}

export async function readWorkbookFile(path: string, lang: Lang): Promise<XlsxWorkbook> {
  const bytes = readInputBytes(path, WORKBOOK_SIZE_LIMIT, lang);
  try {
    return await XlsxWorkbook.fromBuffer(bytes);
  } catch (error) {
    if (error instanceof UnreadableWorkbook) throw new UnusableInput(workbookText[lang].notAWorkbook(path, workbookText[lang].unreadable[error.reason]));
    throw error;
  }
}

/** Writes the workbook atomically: a failed or interrupted write leaves `path` as it was. */
export async function writeWorkbookFile(path: string, workbook: XlsxWorkbook, lang: Lang): Promise<void> {
  await writeBytesFile(path, await workbook.toBuffer(), lang);
}

/** Writes bytes atomically; an UnusableInput saying why when it cannot. */
export async function writeBytesFile(path: string, bytes: Uint8Array, lang: Lang): Promise<void> {
  try {
    await writeFileAtomic(path, bytes);
  } catch (error) {
    throw new UnusableInput(workbookText[lang].cannotWrite(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/** Whether writing `out` would overwrite `input`: the same path, or the same file under another name (link, case). */
export async function isSameFile(input: string, out: string): Promise<boolean> {
  if (resolve(input) === resolve(out)) return true;
  try {
    const [a, b] = await Promise.all([stat(input), stat(out)]);
    return a.dev === b.dev && a.ino === b.ino;
  } catch {
    return false;
  }
}

/** Years an assessment can be for: the index began in 2012; 0000 or 9999 is a typing slip. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** `--year 2026` → 2026; absent → null. */
export function parseYear(value: string | undefined, lang: Lang): number | null {
  if (value === undefined) return null;
  if (!/^\d{4}$/.test(value) || Number(value) < FIRST_YEAR || Number(value) > LAST_YEAR) throw new UnusableInput(workbookText[lang].badYear(value));
  return Number(value);
}
