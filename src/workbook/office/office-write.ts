/**
 * The write path of the Office port — the change as steps (office-apply.ts),
 * the program that sends them in requests (office-program.ts) and the undo
 * of a failed write (office-restore.ts) — in one module that the port loads
 * when it first writes, so that the task pane's first download does not
 * carry the sheet writers.
 */
export { queueChange } from "./office-apply";
export { WriteProgram } from "./office-program";
export { restoreAfterFailure } from "./office-restore";
