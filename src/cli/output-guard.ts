/**
 * Before a command writes its --out: never over one of its own inputs, and
 * never over an existing file unless asked with --force, saying what the
 * file holds (a season's scores are not lost to a typo in a path).
 */
import { stat } from "node:fs/promises";
import type { Lang } from "../core/messages";
import { checkWorkbook } from "../actions/check-workbook";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx";
import { isSameFile } from "./workbook-files";
import { readInputBytes, WORKBOOK_SIZE_LIMIT } from "./input-limits";
import { workbookText } from "./workbook-text";
import { UnusableInput } from "./io";

interface OutputGuard {
  out: string;
  /** The command's input files by option name ("units" → "xa.txt"); absent ones are skipped. */
  inputs: Record<string, string | undefined>;
  force: boolean;
}

/** Throws UnusableInput when writing `out` would destroy an input, or an existing file without --force. */
export async function guardOutput({ out, inputs, force }: OutputGuard, lang: Lang): Promise<void> {
  const text = workbookText[lang];
  for (const [option, input] of Object.entries(inputs)) {
    if (input !== undefined && (await isSameFile(input, out))) throw new UnusableInput(text.outIsInput(out, option));
  }
  const existing = await stat(out).catch(() => null);
  if (!existing || force) return;
  if (existing.isDirectory()) throw new UnusableInput(text.outIsFolder(out));
  throw new UnusableInput(text.outExists(out, await describeFile(out, existing.size, lang)));
}

/** "sổ chấm điểm theo bộ tiêu chí …, 25 đơn vị, năm 2026, 180 điểm đã nhập", or what else the file is. */
async function describeFile(path: string, size: number, lang: Lang): Promise<string> {
  const text = workbookText[lang];
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromBuffer(readInputBytes(path, WORKBOOK_SIZE_LIMIT, lang));
  } catch {
    return text.holdsFile(size);
  }
  const snapshot = await workbook.read({ ranges: [] });
  const state = snapshot.state;
  if (!state) return text.holdsWorkbook(snapshot.sheets.map((sheet) => sheet.name));
  const checked = await checkWorkbook(workbook, { lang });
  const scores = checked.ok
    ? checked.units.reduce((count, unit) => count + Object.values(unit.scores).filter((value) => value !== null && value !== "").length, 0)
    : null;
  return text.holdsScoringWorkbook(state.template.name, state.units.length, state.year, scores);
}
