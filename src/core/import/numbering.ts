/**
 * The numbering of a row as the decision writes it: roman numerals (I, II),
 * numbers (1, 2; 1.1, 1.1.1; 1)), letters (a), b); A, B) and bullets ("-",
 * "+"). A marker is read from the STT cell, or from the start of the title
 * when the STT cell is empty ("a) Ban hành kế hoạch").
 */
import { cellText, GridValue } from "./grid";

type MarkerStyle = "roman" | "number" | "number-paren" | "letter" | "capital" | "bullet";

export interface Marker {
  style: MarkerStyle;
  /** As written, without its trailing "." or ")": "II", "1.1", "a", "-". */
  text: string;
  /** Numbers of a dotted number ([1, 1, 2] for 1.1.2); one number otherwise; [] for a bullet. */
  values: number[];
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** II → 2, XIV → 14; null for a string that is not a well-formed roman numeral. */
export function romanValue(text: string): number | null {
  if (!/^(X{0,3})(IX|IV|V?I{0,3})$/.test(text) || text === "") return null;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]];
    const next = ROMAN[text[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The letters decisions number with, in Vietnamese order (đ after d; no f, j, w, z). */
const VIETNAMESE_LETTERS = "abcdđeghiklmnopqrstuvxy";
const LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz";

/** Position of a letter among its siblings' alphabet, 1-based: Vietnamese unless a sibling uses f, j, w or z. */
export function letterValue(letter: string, latin: boolean): number {
  const lower = letter.toLowerCase();
  return (latin ? LATIN_LETTERS : VIETNAMESE_LETTERS).indexOf(lower) + 1;
}

export function usesLatinLetters(letters: readonly string[]): boolean {
  return letters.some((letter) => /^[fjwz]$/i.test(letter));
}

const BULLETS = /^[-–—+•*·○▪]$/u;

function bulletText(symbol: string): string {
  return symbol === "+" ? "+" : /[-–—]/.test(symbol) ? "-" : "•";
}

/** A marker written alone in a cell: "II", "1.1.", "a)", "-"; null when the cell holds something else. */
export function parseMarker(text: string): Marker | null {
  const compact = text.replace(/\s+/g, "");
  if (compact === "") return null;
  if (BULLETS.test(compact)) return { style: "bullet", text: bulletText(compact), values: [] };
  let match = /^(\d+(?:\.\d+)*)(\.?)$/.exec(compact);
  if (match) return { style: "number", text: match[1], values: match[1].split(".").map(Number) };
  match = /^(\d+)\)$/.exec(compact);
  if (match) return { style: "number-paren", text: match[1], values: [Number(match[1])] };
  match = /^([IVX]+)[.)]?$/.exec(compact);
  const roman = match ? romanValue(match[1]) : null;
  if (match && roman !== null) return { style: "roman", text: match[1], values: [roman] };
  match = /^([a-zđ])[.)]?$/u.exec(compact);
  if (match) return { style: "letter", text: match[1], values: [0] };
  match = /^([A-ZĐ])[.)]?$/u.exec(compact);
  if (match) return { style: "capital", text: match[1], values: [0] };
  return null;
}

/** A marker at the start of a title, with the title that follows it. */
export function splitLeadingMarker(title: string): { marker: Marker; rest: string } | null {
  const bullet = /^([-–—+•*·○▪])\s*(.*)$/su.exec(title);
  if (bullet && bullet[2] !== "") return { marker: parseMarker(bullet[1]) as Marker, rest: bullet[2] };
  const match = /^((?:\d+(?:\.\d+)*|[IVX]+|[a-zđ]|[A-ZĐ])[.)])\s+(.*)$/su.exec(title) ?? /^(\d+(?:\.\d+)+)\s+(.*)$/su.exec(title);
  if (!match) return null;
  const marker = parseMarker(match[1]);
  return marker ? { marker, rest: match[2] } : null;
}

/** The STT cell's marker: a number cell 1 or 1.1 reads as "1" or "1.1". */
export function markerOfCell(value: GridValue): Marker | null {
  if (typeof value === "number") return Number.isInteger(value) || value > 0 ? parseMarker(String(value)) : null;
  return parseMarker(cellText(value));
}
