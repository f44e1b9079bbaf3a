/**
 * The units box: one unit per line, optionally followed by last year's rank
 * after a tab (two columns pasted from Excel) or a semicolon. Also turns a
 * selected range into the same text.
 */
import type { Bilingual } from "../core/messages";
import { checkUnitNames } from "../core/scoring";
import { normalizeName } from "../core/names";
import type { UnitEntry } from "./services";

/** A line of the box that cannot be used; the dictionaries word it. */
export type UnitsProblem = { kind: "badRank"; line: number; text: string } | { kind: "tooManyColumns"; line: number } | { kind: "names"; message: Bilingual };

export interface ParsedUnits {
  units: UnitEntry[];
  problems: UnitsProblem[];
}

function parseRank(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const rank = Number(trimmed);
  return rank >= 1 ? rank : undefined;
}

export function parseUnitsText(text: string): ParsedUnits {
  const units: UnitEntry[] = [];
  const problems: UnitsProblem[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === "") return;
    const parts = line.split(/[\t;]/);
    if (parts.length > 2) {
      problems.push({ kind: "tooManyColumns", line: index + 1 });
      return;
    }
    const rank = parts.length === 2 ? parseRank(parts[1]) : null;
    if (rank === undefined) problems.push({ kind: "badRank", line: index + 1, text: parts[1].trim() });
    units.push({ name: normalizeName(parts[0]), previousRank: rank ?? null });
  });
  for (const message of checkUnitNames(units.map((unit) => unit.name))) problems.push({ kind: "names", message });
  return { units, problems };
}

export function unitsToText(units: readonly UnitEntry[]): string {
  return units.map((unit) => (unit.previousRank === null ? unit.name : `${unit.name}\t${unit.previousRank}`)).join("\n");
}

const headerNames = new Set(["đơn vị", "tên đơn vị", "unit", "units", "name"]);

const cellText = (value: unknown): string => (value === null || value === undefined ? "" : String(value).trim());

/**
 * A selected range as the box's text: the first column holds the names, an
 * optional second column last year's ranks; a header row and empty rows are
 * left out.
 */
export function selectionToText(rows: readonly (readonly unknown[])[]): string {
  const lines: string[] = [];
  rows.forEach((row, index) => {
    const name = cellText(row[0]);
    if (name === "") return;
    if (index === 0 && headerNames.has(normalizeName(name).toLocaleLowerCase("vi"))) return;
    const rank = cellText(row[1]);
    lines.push(rank === "" ? name : `${name}\t${rank}`);
  });
  return lines.join("\n");
}
