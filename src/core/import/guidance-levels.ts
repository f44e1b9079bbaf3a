/**
 * Allowed levels read from guidance text, only where the text leaves no
 * doubt: "Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm"
 * gives [1, 0.5, 0]. Every part (split at ";" and line breaks) must give
 * exactly one number of points (an introduction ending in ":" aside), the highest must be the criterion's maximum,
 * and there must be two different levels at least. Text that counts per item
 * ("mỗi … 0,25 điểm"), deducts ("trừ"), or caps ("tối đa") gives none: such a
 * criterion is scored on a range, not on levels.
 */
import { toMicro } from "../decimal";
import { parseDecimalWord } from "./points";

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const POINTS = new RegExp(String.raw`(${NUMBER})\s*(?:điểm|đ)(?![\p{L}])`, "giu");
const TRAILING_NUMBER = new RegExp(String.raw`:\s*(${NUMBER})\s*\.?$`, "u");
const NOT_LEVELS = /(?<!\p{L})(mỗi|trừ|tối đa|cộng thêm|tính theo|tỷ lệ thuận)(?!\p{L})/iu;

function levelOfPart(part: string): number | null | "ambiguous" {
  const text = part.replace(/^[-–—+•*·]\s*/u, "").trim();
  if (text === "") return null;
  const points = [...text.matchAll(POINTS)].map((match) => match[1]);
  if (points.length === 1) return parseDecimalWord(points[0]);
  if (points.length > 1) return "ambiguous";
  const trailing = TRAILING_NUMBER.exec(text);
  if (trailing) return parseDecimalWord(trailing[1]);
  return /:$/.test(text) && !/\d/.test(text) ? null : "ambiguous";
}

/** The levels the guidance lists, in its order, or null when it does not list them beyond doubt. */
export function levelsFromGuidance(guidance: string, max: number): number[] | null {
  if (guidance.trim() === "" || NOT_LEVELS.test(guidance)) return null;
  const levels: number[] = [];
  for (const part of guidance.normalize("NFC").split(/[;\n]/)) {
    const level = levelOfPart(part);
    if (level === "ambiguous") return null;
    if (level !== null && !levels.some((known) => toMicro(known) === toMicro(level))) levels.push(level);
  }
  if (levels.length < 2) return null;
  const highest = Math.max(...levels.map(toMicro));
  return highest === toMicro(max) ? levels : null;
}
