/**
 * `init --per-unit DIR`: one self-assessment workbook per unit, written
 * atomically into DIR. Files already there are never overwritten unless
 * `--force` is given; then nothing is written at all.
 */
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import type { Lang } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import { templateHash } from "../core/template-hash";
import { planSelfAssessmentFiles, writeSelfAssessmentWorkbook } from "../actions/self-assessment-files";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx";
import { progressOnStderr } from "./progress";
import { writeBytesFile } from "./workbook-files";
import { workbookText } from "./workbook-text";
import { CliIO, UnusableInput } from "./io";

interface PerUnitInput {
  template: CompiledTemplate;
  units: readonly string[];
  year: number | null;
  folder: string;
  force: boolean;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Writes every unit's file; throws UnusableInput (nothing written) for bad names, files in the way or an unusable folder. */
export async function writePerUnitFiles(io: CliIO, lang: Lang, input: PerUnitInput): Promise<void> {
  const text = workbookText[lang];
  const planned = planSelfAssessmentFiles(input.units);
  if (!planned.ok) throw new UnusableInput(planned.problems.map((problem) => problem[lang]).join("\n"));
  try {
    await mkdir(input.folder, { recursive: true });
  } catch (error) {
    throw new UnusableInput(text.cannotWrite(input.folder, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const paths = planned.files.map((file) => join(input.folder, file.fileName));
  if (!input.force) {
    const present = (await Promise.all(paths.map(async (path) => ((await exists(path)) ? path : null)))).filter((path) => path !== null);
    if (present.length > 0) throw new UnusableInput(text.perUnitExisting(present));
  }
  const hash = templateHash(input.template.definition);
  const progress = progressOnStderr(io, text.perUnitWriting);
  for (const [i, file] of planned.files.entries()) {
    progress(i, planned.files.length, file.fileName);
    const workbook = XlsxWorkbook.create();
    await writeSelfAssessmentWorkbook(workbook, input.template, file.unit, { year: input.year, lang, hash });
    await writeBytesFile(paths[i], await workbook.toBuffer(), lang);
  }
  progress(planned.files.length, planned.files.length, "");
  io.out(text.perUnitWritten(input.folder, planned.files.length));
}
