/**
 * Writing a file so that it is never seen half-written: the bytes go to a
 * temporary file in the same folder (same file system, so the rename is
 * atomic), are flushed to disk (fsync), and the temporary file is renamed
 * over the target. A write that fails (disk full, file-size limit) or is
 * interrupted (Ctrl-C, SIGTERM) leaves the target as it was and removes the
 * temporary file. Every command that writes a file calls `writeFileAtomic`.
 */
import { closeSync, fsyncSync, openSync, unlinkSync } from "node:fs";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";

/** Temporary files being written now; removed if the process is interrupted. */
const pending = new Set<string>();
const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;

function removePending(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  pending.clear();
}

/** On a signal: remove the temporary files, then die of the same signal as if we had not been listening. */
function onSignal(signal: NodeJS.Signals): void {
  removePending();
  unlisten();
  process.kill(process.pid, signal);
}

function listen(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
  process.on("exit", removePending);
}

function unlisten(): void {
  for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  process.removeListener("exit", removePending);
}

function track(path: string): void {
  if (pending.size === 0) listen();
  pending.add(path);
}

function untrack(path: string): void {
  pending.delete(path);
  if (pending.size === 0) unlisten();
}

/** ".ket-qua.xlsx.par-index-1a2b3c4d.tmp" beside the target: hidden, and recognisably ours. */
function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.par-index-${randomBytes(4).toString("hex")}.tmp`);
}

/** Flushes a folder's entry list, so that the rename survives a power cut; not every system allows it. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Windows cannot open a folder; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Writes `data` (bytes, text as UTF-8, or chunks as they come) to `path`
 * atomically. Throws the file system's error (with its `code`) when it
 * cannot; the target is then untouched.
 */
export async function writeFileAtomic(path: string, data: Uint8Array | string | AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
  const temporary = temporaryPathFor(path);
  track(temporary);
  try {
    const file = await open(temporary, "wx", 0o666);
    try {
      // A file replaced keeps its permissions.
      const mode = await stat(path).then(
        (existing) => existing.mode & 0o7777,
        () => null,
      );
      if (mode !== null) await file.chmod(mode);
      if (typeof data === "string" || data instanceof Uint8Array) await file.writeFile(data);
      else for await (const chunk of data) await file.write(chunk);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temporary, path);
    untrack(temporary);
    syncFolder(dirname(path));
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    untrack(temporary);
    throw error;
  }
}
