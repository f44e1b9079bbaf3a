/**
 * The `score` command's output: the public JSON shape and a readable table.
 */
import type { FieldResult, ScoreReport, UnitResult } from "../core/scoring";
import type { ExtraKind } from "../core/field-kinds";
import { Lang, rankChangeText } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import { inRankOrder } from "../core/ordering";
import type { SelfFigures, SelfReport } from "../core/self-scoring";
import { cliText } from "./text";

/** An ordinary field, with its applicable maximum. */
interface FieldJson {
  code: string;
  title: string;
  score: number;
  max: number;
  percent: number | null;
  rank: number | null;
}

/** A bonus or penalty node: its kind and cap, no percent. */
interface ExtraFieldJson {
  code: string;
  title: string;
  kind: ExtraKind;
  score: number;
  max: number;
  rank: null;
}

/** A unit's figures: `score` and `max` are the clamped total and the applicable maximum. */
type UnitJson = Pick<
  UnitResult,
  "name" | "valid" | "score" | "max" | "percent" | "bonus" | "penalty" | "notAssessed" | "notAssessedLeaves" | "rank" | "previousRank" | "rankChange" | "band"
> & { class: string | null; fields: Array<FieldJson | ExtraFieldJson> };

/** A unit that carried `selfScores`: its self figures beside the appraisal (difference = score − selfScore). */
interface SelfUnitJson {
  selfScore: number;
  selfPercent: number;
  selfDifference: number;
}

interface IssueJson {
  unit: string;
  code: string;
  value: unknown;
  severity: "error" | "warning";
  message: string;
  /** "self" for an issue of the self-assessment. */
  round?: "self";
}

interface ScoreJson {
  template: string;
  units: Array<UnitJson & Partial<SelfUnitJson>>;
  issues: IssueJson[];
}

function fieldJson({ code, title, kind, score, max, percent, rank }: FieldResult): FieldJson | ExtraFieldJson {
  return kind === "ordinary" ? { code, title, score, max, percent, rank } : { code, title, kind, score, max, rank: null };
}

function unitJson(unit: UnitResult): UnitJson {
  return {
    name: unit.name,
    valid: unit.valid,
    score: unit.score,
    max: unit.max,
    percent: unit.percent,
    bonus: unit.bonus,
    penalty: unit.penalty,
    notAssessed: unit.notAssessed,
    notAssessedLeaves: unit.notAssessedLeaves,
    rank: unit.rank,
    previousRank: unit.previousRank,
    rankChange: unit.rankChange,
    band: unit.band,
    class: unit.classification?.label ?? null,
    fields: unit.fields.map(fieldJson),
  };
}

/** The unit's JSON with its self figures added where it gave self scores. */
function withSelf(unit: UnitJson, self: SelfFigures | null | undefined): UnitJson & Partial<SelfUnitJson> {
  if (!self) return unit;
  const fields = unit.fields.map((field, f) => ({ ...field, selfScore: self.fields[f].selfScore, selfPercent: self.fields[f].selfPercent }));
  return { ...unit, selfScore: self.selfScore, selfPercent: self.selfPercent, selfDifference: self.selfDifference, fields };
}

export function scoreJson(report: ScoreReport, lang: Lang, self?: SelfReport): ScoreJson {
  const issue = (found: ScoreReport["issues"][number], round?: "self"): IssueJson => ({
    unit: found.unit,
    code: found.code,
    value: found.value,
    severity: found.severity,
    message: found.message[lang],
    ...(round ? { round } : {}),
  });
  return {
    template: report.template.id,
    units: report.units.map((unit, u) => withSelf(unitJson(unit), self?.units[u])),
    issues: [...report.issues.map((found) => issue(found)), ...(self?.issues ?? []).map((found) => issue(found, "self"))],
  };
}

/** Pads by characters as the terminal shows them (NFC, one column each). */
function pad(text: string, width: number): string {
  const length = [...text.normalize("NFC")].length;
  return text + " ".repeat(Math.max(0, width - length));
}

export function renderTable(headers: readonly string[], rows: readonly string[][]): string {
  const widths = headers.map((header, column) => Math.max([...header].length, ...rows.map((row) => [...(row[column] ?? "")].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => pad(cell, widths[column]))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function scoreTable(report: ScoreReport, lang: Lang, self?: SelfReport): string {
  const text = cliText[lang];
  const number = (value: number, fixed?: number) =>
    lang === "vi" ? formatDecimalVi(value, fixed) : fixed === undefined ? String(value) : value.toFixed(fixed);
  const precision = report.template.precision;
  const showMax = report.units.some((unit) => unit.max !== report.template.totalMax);
  const showExtras = report.template.hasExtraKinds;
  const showSelf = self?.units.some((figures) => figures !== null) ?? false;
  const headers = [...text.tableHeaders];
  headers.splice(
    3,
    0,
    ...(showSelf ? [text.selfScoreHeader, text.selfDifferenceHeader] : []),
    ...(showExtras ? [text.bonusHeader, text.penaltyHeader] : []),
    ...(showMax ? [text.applicableMaxHeader] : []),
  );
  const selfCells = (figures: SelfFigures | null | undefined): string[] => (figures ? [number(figures.selfScore), number(figures.selfDifference)] : ["", ""]);
  const rows = inRankOrder(report.units).map((unit, position) => [
    String(position + 1),
    unit.name,
    number(unit.score),
    ...(showSelf ? selfCells(self?.units[unit.position]) : []),
    ...(showExtras ? [number(unit.bonus), number(unit.penalty)] : []),
    ...(showMax ? [number(unit.max)] : []),
    number(unit.percent, precision),
    unit.rank === null ? `(${text.invalidUnit})` : String(unit.rank),
    unit.previousRank === null ? "" : String(unit.previousRank),
    rankChangeText(unit.rankChange, lang),
    unit.band ?? "",
    unit.classification?.label ?? "",
  ]);
  const issues = [...report.issues, ...(self?.issues ?? [])];
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const warnings = issues.length - errors;
  const issueLines = issues.map((issue) => {
    const round = "round" in issue ? ` (${text.selfRound})` : "";
    return `  [${issue.severity === "error" ? text.error : text.warning}] ${issue.unit}${round}: ${issue.message[lang]}`;
  });
  const footer = issues.length === 0 ? text.noIssues : [text.issuesTitle(errors, warnings), ...issueLines].join("\n");
  return `${report.template.name}\n\n${renderTable(headers, rows)}\n\n${footer}\n`;
}
