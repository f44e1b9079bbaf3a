/**
 * Collecting the units' returned self-assessment files into the scoring
 * workbook. Each file is checked on its own — a workbook with the sheet
 * `Tự chấm`, the scoring workbook's template (by hash) and year, the layout
 * the template gives, valid values — and a refused file changes nothing;
 * the others go to `putSelfAssessments` in one batch, which refuses unknown
 * and duplicate units and asks before replacing a unit's self-assessment.
 * Every refusal names the file's cells.
 */
import type { Bilingual, Lang } from "../core/messages";
import { scoreUnits } from "../core/scoring";
import { templateHash } from "../core/template-hash";
import type { CompiledTemplate } from "../core/template-tree";
import { SHEET_NAMES } from "../sheet/names";
import { cellAddress } from "../sheet/a1";
import { SELF_HASH_ROW, SELF_UNIT_ROW, SELF_VALUE_COLUMN, SELF_YEAR_ROW } from "../sheet/self-assessment-layout";
import {
  readSelfAssessmentIdentity,
  readSelfAssessmentValues,
  selfAssessmentLayoutProblems,
  type FileProblem,
  type SheetValues,
} from "../sheet/self-assessment-read";
import { selfFileProblems } from "./problems";
import type { ProgressCallback, WorkbookPort } from "../workbook/port";
import { putSelfAssessments, type SelfAssessmentEntry, type SelfCellChange } from "./self-assessment";
import type { CollectRefusal } from "./collect-refusals";
import { loadedWorkbook } from "./workbook-state";

/** What the scoring workbook expects of a file. */
export interface CollectTarget {
  template: CompiledTemplate;
  hash: string;
  year: number | null;
}

export type { CollectRefusal } from "./collect-refusals";

export type CollectOutcome =
  | { source: string; status: "added"; unit: string; cells: number }
  | { source: string; status: "replaced" | "needs-replace"; unit: string; changes: SelfCellChange[] }
  | { source: string; status: "unchanged"; unit: string }
  | { source: string; status: "refused"; unit: string | null; reason: CollectRefusal; problems: FileProblem[] };

/** One file after its own checks: an entry for the workbook, or its refusal. */
export type CheckedFile = { source: string; entry: SelfAssessmentEntry; unitCell: string; scoreCells: Record<string, string> } | CollectOutcome;

export type CollectResult = { ok: true; outcomes: CollectOutcome[]; written: boolean } | { ok: false; problems: Bilingual[] };

/** The sheet a returned file must have. */
export const SELF_SHEET = SHEET_NAMES["unit-self-assessment"];
const UNIT_CELL = cellAddress(SELF_UNIT_ROW, SELF_VALUE_COLUMN);
const HASH_CELL = cellAddress(SELF_HASH_ROW, SELF_VALUE_COLUMN);
const YEAR_CELL = cellAddress(SELF_YEAR_ROW, SELF_VALUE_COLUMN);

/** The template and year of the scoring workbook; problems when it cannot take self-assessments. */
export async function collectTarget(book: WorkbookPort): Promise<{ ok: true; target: CollectTarget } | { ok: false; problems: Bilingual[] }> {
  const loaded = loadedWorkbook(await book.read({ ranges: [] }));
  if (!loaded.ok) return loaded;
  const { template, state } = loaded.loaded;
  return { ok: true, target: { template, hash: templateHash(template.definition), year: state.year } };
}

const refused = (source: string, unit: string | null, reason: CollectRefusal, problems: FileProblem[]): CollectOutcome => ({
  source,
  status: "refused",
  unit,
  reason,
  problems,
});

/** The `Tự chấm` sheet of one returned file as read: found or not, its values from A1. */
export interface ReturnedSheet {
  found: boolean;
  values: SheetValues;
}

/** Checks one returned file (`sheet` null when it is not a readable workbook; `why` says what failed). */
export function checkReturnedFile(target: CollectTarget, source: string, sheet: ReturnedSheet | null, why = ""): CheckedFile {
  if (!sheet) return refused(source, null, "not-a-workbook", [{ cell: "", message: selfFileProblems.notAWorkbook(why) }]);
  if (!sheet.found) return refused(source, null, "not-a-self-assessment", [{ cell: "", message: selfFileProblems.noSelfSheet(SELF_SHEET) }]);
  return checkSelfAssessmentValues(target, source, sheet.values);
}

/** The checks of one file's `Tự chấm` values, from A1. */
function checkSelfAssessmentValues(target: CollectTarget, source: string, values: SheetValues): CheckedFile {
  const identity = readSelfAssessmentIdentity(values);
  const unit = identity.unit === "" ? null : identity.unit;
  const { template } = target;
  if (!/^[0-9a-f]{64}$/.test(identity.templateHash)) {
    return refused(source, unit, "not-a-self-assessment", [{ cell: HASH_CELL, message: selfFileProblems.noIdentity(HASH_CELL) }]);
  }
  if (identity.templateHash !== target.hash) {
    const message = selfFileProblems.wrongTemplate(HASH_CELL, identity.templateLabel, `${template.name} (${template.id})`);
    return refused(source, unit, "wrong-template", [{ cell: HASH_CELL, message }]);
  }
  if (identity.year !== target.year) {
    return refused(source, unit, "wrong-year", [{ cell: YEAR_CELL, message: selfFileProblems.wrongYear(YEAR_CELL, identity.year, target.year) }]);
  }
  if (unit === null) return refused(source, null, "not-a-self-assessment", [{ cell: UNIT_CELL, message: selfFileProblems.noUnit(UNIT_CELL) }]);
  const layoutProblems = selfAssessmentLayoutProblems(template, values);
  if (layoutProblems.length > 0) return refused(source, unit, "structure-edited", layoutProblems);
  const read = readSelfAssessmentValues(template, values);
  const errors = scoreUnits(template, [{ name: unit, scores: read.scores }]).issues.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    return refused(
      source,
      unit,
      "invalid-values",
      errors.map((issue) => ({ cell: read.scoreCells[issue.code] ?? "", message: issue.message })),
    );
  }
  const entry: SelfAssessmentEntry = {
    unit,
    templateHash: identity.templateHash,
    year: identity.year,
    scores: read.scores,
    explanations: read.explanations,
    source,
  };
  return { source, entry, unitCell: UNIT_CELL, scoreCells: read.scoreCells };
}

interface CollectOptions {
  replace?: boolean;
  lang?: Lang;
  onProgress?: ProgressCallback;
}

/** Puts the accepted files into the workbook in one batch; outcomes in the order of `files`. */
export async function collectSelfAssessments(book: WorkbookPort, files: readonly CheckedFile[], options: CollectOptions = {}): Promise<CollectResult> {
  const accepted = files.filter((file): file is Extract<CheckedFile, { entry: SelfAssessmentEntry }> => "entry" in file);
  const put = await putSelfAssessments(
    book,
    accepted.map((file) => file.entry),
    options,
  );
  if (!put.ok) return put;
  const bySource = new Map<CheckedFile, CollectOutcome>();
  put.outcomes.forEach((outcome, i) => {
    const file = accepted[i];
    if (outcome.status !== "refused") bySource.set(file, { ...outcome, source: file.source });
    else {
      const cell = outcome.reason === "invalid-values" ? "" : file.unitCell;
      const problems = [
        ...outcome.problems.map((message) => ({ cell, message })),
        ...outcome.issues.map((issue) => ({ cell: file.scoreCells[issue.code] ?? "", message: issue.message })),
      ];
      bySource.set(file, refused(file.source, outcome.unit, outcome.reason, problems));
    }
  });
  const outcomes = files.map((file) => ("entry" in file ? (bySource.get(file) as CollectOutcome) : file));
  return { ok: true, outcomes, written: put.written };
}
