/**
 * The units' self-assessment files: one workbook per unit with the single
 * sheet `Tự chấm`, and the file name each is saved under. The file also
 * stores the template, the unit and the year in the workbook's state (as a
 * scoring workbook does), so that it carries its whole criteria set.
 */
import type { Bilingual, Lang } from "../core/messages";
import type { CompiledTemplate } from "../core/template-tree";
import { checkUnitNames } from "../core/scoring";
import { normalizeName } from "../core/names";
import { templateHash } from "../core/template-hash";
import { uniqueFileNames } from "../core/file-names";
import { planSelfAssessmentSheet } from "../sheet/self-assessment-sheet";
import { SHEET_NAMES } from "../sheet/names";
import { sheetProblems } from "./problems";
import type { WorkbookPort } from "../workbook/port";

const SELF_ASSESSMENT_EXTENSION = ".xlsx";

interface SelfAssessmentFile {
  unit: string;
  /** Safe and unique among the files of one run, with the extension. */
  fileName: string;
}

type SelfAssessmentFilesPlan = { ok: true; files: SelfAssessmentFile[] } | { ok: false; problems: Bilingual[] };

/** The units (normalised) and their file names; problems for no units, empty or duplicate names. */
export function planSelfAssessmentFiles(unitNames: readonly string[]): SelfAssessmentFilesPlan {
  const units = unitNames.map(normalizeName);
  if (units.length === 0) return { ok: false, problems: [sheetProblems.noUnits()] };
  const problems = checkUnitNames(units);
  if (problems.length > 0) return { ok: false, problems };
  const names = uniqueFileNames(units, SELF_ASSESSMENT_EXTENSION);
  return { ok: true, files: units.map((unit, i) => ({ unit, fileName: names[i] })) };
}

interface SelfAssessmentOptions {
  year: number | null;
  lang: Lang;
  /** The template's hash, when the caller writes many files (computed once). */
  hash?: string;
}

/** Writes one unit's self-assessment sheet into an empty workbook. */
export async function writeSelfAssessmentWorkbook(port: WorkbookPort, template: CompiledTemplate, unit: string, options: SelfAssessmentOptions): Promise<void> {
  const hash = options.hash ?? templateHash(template.definition);
  const plan = planSelfAssessmentSheet({ template, templateHash: hash, unit, year: options.year, lang: options.lang });
  await port.apply({
    sheets: [plan],
    state: { version: 1, template: template.definition, units: [unit], year: options.year, lang: options.lang, dialect: "native" },
    activate: SHEET_NAMES["unit-self-assessment"],
  });
}
