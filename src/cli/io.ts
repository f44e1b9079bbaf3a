/** Where a command writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Where a crash report goes (exit 3): the system's temporary folder unless set. */
  reportFolder?: string;
}

/** Control characters but line feed and tab, and invisible format characters (zero-width, direction marks, BOM). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;

/**
 * Text as it may reach a terminal: an ESC sequence from a file name or a
 * cell cannot recolour, move or retitle it, and an invisible character shows.
 * Each such character is written as its JSON escape (`\u001b`), which keeps
 * JSON output valid and equal to what it stood for.
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const line = (text: string) => terminalSafe(text.endsWith("\n") ? text : `${text}\n`);

export const processIO: CliIO = {
  out: (text) => process.stdout.write(line(text)),
  err: (text) => process.stderr.write(line(text)),
};

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_UNUSABLE = 2;
/** A bug of par-index itself (an exception no input should cause), reported in one line. */
export const EXIT_BUG = 3;

/** Thrown for input that cannot be used at all; main turns it into exit 2. */
export class UnusableInput extends Error {}
