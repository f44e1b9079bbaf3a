/**
 * File names made from unit names, safe on Windows, macOS and Linux: the
 * characters no system accepts become "-", trailing dots and spaces and the
 * reserved device names of Windows (CON, NUL, COM1…) are avoided, the name
 * stays under the 255-byte limit of every file system, and Vietnamese
 * letters are kept (in NFC). Names are unique ignoring case, because the
 * file systems of Windows and macOS are.
 */

/** Characters refused by Windows (and "/" everywhere), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what a file name must not hold
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
/** Bytes of UTF-8 allowed for the base name; leaves room for " (999)" and the extension under 255. */
const MAX_BASE_BYTES = 200;
const FALLBACK = "don-vi";

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) as number;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

function truncateToBytes(text: string, limit: number): string {
  let result = "";
  for (const char of text) {
    if (utf8Length(result + char) > limit) break;
    result += char;
  }
  return result;
}

/** One name made safe (not yet unique): "Xã A/B: 2026" → "Xã A-B- 2026". */
export function safeFileBase(name: string): string {
  let base = name.normalize("NFC").replace(/\s+/g, " ").replace(FORBIDDEN, "-").trim();
  base = truncateToBytes(base, MAX_BASE_BYTES);
  base = base.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (base === "") return FALLBACK;
  return RESERVED.test(base.split(".")[0]) ? `${base}_` : base;
}

/** Safe and unique file names, `extension` included (".xlsx"), in the order of `names`. */
export function uniqueFileNames(names: readonly string[], extension: string): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const base = safeFileBase(name);
    let candidate = `${base}${extension}`;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
