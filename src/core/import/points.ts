/**
 * A maximum as annex tables write it: a number cell, or text such as "1,5",
 * "1.5", "0,25 điểm", "01", " 2 ", "1,5đ". Anything else is reported, never
 * guessed. Points are kept to six decimals (micro-points) like every score.
 */
import { fromMicro, toMicro } from "../decimal";
import type { GridValue } from "./grid";
import { cellText } from "./grid";

export type PointsReading =
  | { kind: "empty" }
  /** `signed`: written with "+" or "-" (or a negative number), as bonus and penalty caps are. */
  | { kind: "number"; value: number; signed: boolean }
  | { kind: "invalid"; text: string };

const number = (value: number, signed: boolean): PointsReading => ({ kind: "number", value: fromMicro(toMicro(Math.abs(value))), signed });

/** "1,5 điểm" → 1.5; a number cell as it is (to the micro-point); "-" alone is no points. */
export function readPoints(value: GridValue): PointsReading {
  if (typeof value === "number") return Number.isFinite(value) ? number(value, value < 0) : { kind: "invalid", text: String(value) };
  const text = cellText(value);
  if (text === "" || /^[-–—]$/u.test(text)) return { kind: "empty" };
  const bare = text
    .toLowerCase()
    .replace(/^\((.*)\)$/u, "$1")
    .replace(/\s*(điểm|đ)\.?$/u, "")
    .replace(/\s+/g, "")
    .replace(/^[–—]/u, "-");
  const match = /^([+-]?)(\d+([.,]\d+)?)$/.exec(bare);
  if (!match) return { kind: "invalid", text };
  return number(Number(match[2].replace(",", ".")), match[1] !== "");
}

/** A number written in a sentence of guidance: "0,5" → 0.5, "1.5" → 1.5. */
export function parseDecimalWord(word: string): number {
  return fromMicro(toMicro(Number(word.replace(",", "."))));
}
