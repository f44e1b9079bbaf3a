/**
 * Reading the command line's input files with a size cap, so that a wrong
 * path (`/dev/zero`, a pipe that never ends, a film) is refused with a clear
 * message instead of filling the memory; and text files decoded the way
 * they were saved: UTF-8 (with or without BOM), UTF-16 with a BOM or in its
 * ASCII-looking form. Other encodings (Windows-1258, TCVN3…) cannot be told
 * apart reliably, so they are refused with how to save the file as UTF-8.
 */
import { closeSync, openSync, readSync } from "node:fs";
import type { Lang } from "../core/messages";
import { UnusableInput } from "./io";
import { cliText } from "./text";

/** An .xlsx workbook of 5,000 units with its annexes is about 3 MB. */
export const WORKBOOK_SIZE_LIMIT = 100 * 1024 * 1024;
/** A units list, a scores file or a template: a few hundred kilobytes at most. */
const TEXT_SIZE_LIMIT = 20 * 1024 * 1024;

const CHUNK = 1024 * 1024;

/** The file's bytes; refuses a file (or device, or pipe) longer than `limit`. */
export function readInputBytes(path: string, limit: number, lang: Lang): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw new UnusableInput(cliText[lang].cannotRead(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK);
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      total += read;
      if (total > limit) throw new UnusableInput(cliText[lang].tooLarge(path, limit));
      chunks.push(chunk.subarray(0, read));
    }
  } catch (error) {
    if (error instanceof UnusableInput) throw error;
    throw new UnusableInput(cliText[lang].cannotRead(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  } finally {
    closeSync(fd);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** UTF-16 written without a BOM: the zero high bytes of Latin text sit at odd (LE) or even (BE) positions. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let odd = 0;
  let even = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2) odd++;
    else even++;
  }
  const half = bytes.length / 2;
  if (odd >= half * 0.3 && even === 0) return "utf-16le";
  if (even >= half * 0.3 && odd === 0) return "utf-16be";
  return null;
}

/** Text from bytes saved as UTF-8 or UTF-16; a BOM is dropped. Throws UnusableInput for anything else. */
function decodeText(bytes: Uint8Array, path: string, lang: Lang): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UnusableInput(cliText[lang].notUtf8(path));
  }
  if (text.includes("\0")) throw new UnusableInput(cliText[lang].notText(path));
  return text;
}

/** A text input file, capped and decoded. */
export function readTextInput(path: string, lang: Lang): string {
  return decodeText(readInputBytes(path, TEXT_SIZE_LIMIT, lang), path, lang);
}
