/** Where a command writes; tests pass their own. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const processIO: CliIO = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
};

/** Exit codes shared by every command. */
export const EXIT_OK = 0;
export const EXIT_DATA_ERRORS = 1;
export const EXIT_UNUSABLE = 2;
/** A bug of par-index itself (an exception no input should cause), reported in one line. */
export const EXIT_BUG = 3;

/** Thrown for input that cannot be used at all; main turns it into exit 2. */
export class UnusableInput extends Error {}
