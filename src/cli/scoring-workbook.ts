/**
 * A new scoring workbook in memory, laid out by the load action in the
 * native dialect and, when scores are given, filled in and checked. Shared by
 * `init` and `demo`.
 */
import type { Lang } from "../core/messages";
import type { UnitInput } from "../core/scoring";
import type { CompiledTemplate } from "../core/template-tree";
import { loadTemplateIntoWorkbook } from "../actions/load-template";
import { checkWorkbook } from "../actions/check-workbook";
import { XlsxWorkbook } from "../workbook/xlsx/xlsx";
import { progressOnStderr } from "./progress";
import { issueLines } from "./issue-lines";
import { workbookText } from "./workbook-text";
import { CliIO, EXIT_DATA_ERRORS, EXIT_OK, UnusableInput } from "./io";

export interface ScoringWorkbookInput {
  template: CompiledTemplate;
  units: readonly string[];
  scores?: readonly UnitInput[];
  year: number | null;
}

/** The workbook, the sheets written and the exit code (1 when the given scores have errors, listed on stderr). */
export async function buildScoringWorkbook(
  io: CliIO,
  lang: Lang,
  input: ScoringWorkbookInput,
): Promise<{ workbook: XlsxWorkbook; code: number; sheets: string[] }> {
  const workbook = XlsxWorkbook.create();
  const loaded = await loadTemplateIntoWorkbook(workbook, input.template, input.units, {
    year: input.year,
    lang,
    dialect: "native",
    scores: input.scores,
    onProgress: progressOnStderr(io, workbookText[lang].loading),
  });
  if (!loaded.ok) throw new UnusableInput(loaded.problems.map((problem) => problem[lang]).join("\n"));
  if (!input.scores) return { workbook, code: EXIT_OK, sheets: loaded.sheets };
  const checked = await checkWorkbook(workbook, { lang });
  if (!checked.ok) throw new UnusableInput(checked.problems.map((problem) => problem[lang]).join("\n"));
  if (checked.issues.length > 0) io.err(issueLines(checked.issues, lang).join("\n"));
  const code = checked.issues.some((issue) => issue.severity === "error") ? EXIT_DATA_ERRORS : EXIT_OK;
  return { workbook, code, sheets: loaded.sheets };
}
