/** What `collect` prints: one block per file, then a summary line. */
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import type { CollectOutcome } from "../actions/collect-self-assessments";
import { COLLECT_REFUSALS } from "../actions/collect-refusals";
import type { SelfCellChange } from "../actions/self-assessment";
import type { CellValue } from "../workbook/port";
import { SHEET_NAMES } from "../sheet/names";
import { workbookText } from "./workbook-text";

/** Changes listed per file; the rest are counted. */
const CHANGES_SHOWN = 20;

function shown(value: CellValue, lang: Lang): string {
  if (typeof value === "number") return lang === "vi" ? formatDecimalVi(value) : String(value);
  return value === null || value === "" ? "∅" : JSON.stringify(value);
}

function changeLines(changes: readonly SelfCellChange[], lang: Lang): string[] {
  const text = workbookText[lang];
  const lines = changes
    .slice(0, CHANGES_SHOWN)
    .map(
      (change) =>
        `    ${change.sheet}!${change.address} (${change.code}, ${text.collectWhat[change.what]}): ${shown(change.before, lang)} → ${shown(change.after, lang)}`,
    );
  if (changes.length > CHANGES_SHOWN) lines.push(text.collectMoreChanges(changes.length - CHANGES_SHOWN));
  return lines;
}

export function outcomeLines(outcome: CollectOutcome, lang: Lang): string[] {
  const text = workbookText[lang];
  switch (outcome.status) {
    case "added":
      return [text.collectAdded(outcome.source, outcome.unit, outcome.cells)];
    case "unchanged":
      return [text.collectUnchanged(outcome.source, outcome.unit)];
    case "replaced":
      return [text.collectReplaced(outcome.source, outcome.unit, outcome.changes.length), ...changeLines(outcome.changes, lang)];
    case "needs-replace":
      return [text.collectNeedsReplace(outcome.source, outcome.unit, outcome.changes.length), ...changeLines(outcome.changes, lang)];
    case "refused": {
      const sheet = SHEET_NAMES["unit-self-assessment"];
      const problems = outcome.problems.map((problem) => `    ${problem.cell ? `${sheet}!${problem.cell}: ` : ""}${problem.message[lang]}`);
      return [text.collectRefused(outcome.source, outcome.unit, COLLECT_REFUSALS[outcome.reason][lang]), ...problems];
    }
  }
}

/** Whether a file's self-assessment is in the workbook now (exit 0 needs all of them). */
export const isCollected = (outcome: CollectOutcome): boolean => outcome.status === "added" || outcome.status === "replaced" || outcome.status === "unchanged";

export function collectSummary(outcomes: readonly CollectOutcome[], lang: Lang): string {
  const count = (status: CollectOutcome["status"]) => outcomes.filter((outcome) => outcome.status === status).length;
  return workbookText[lang].collectSummary(outcomes.filter(isCollected).length, outcomes.length, count("refused"), count("needs-replace"));
}
