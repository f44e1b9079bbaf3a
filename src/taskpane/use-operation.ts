/**
 * One long operation of the pane: whether it runs, where it stands and how
 * it failed. Only one operation runs at a time across the pane (Excel
 * requests must not interleave), so each operation takes the shared gate.
 */
import { createContext, useCallback, useContext, useMemo, useRef, useState } from "react";
import type { PaneAction } from "./i18n/dictionary";
import type { Progress, ProgressListener } from "./services";

/** The pane-wide "one thing at a time" lock. */
interface BusyGate {
  busy: boolean;
  /** False when another operation holds the gate. */
  enter(): boolean;
  leave(): void;
}

export const BusyContext = createContext<BusyGate>({ busy: false, enter: () => true, leave: () => undefined });

/** The gate's state for the pane's root. */
export function useBusyGate(): BusyGate {
  const [busy, setBusy] = useState(false);
  const held = useRef(false);
  const enter = useCallback(() => {
    if (held.current) return false;
    held.current = true;
    setBusy(true);
    return true;
  }, []);
  const leave = useCallback(() => {
    held.current = false;
    setBusy(false);
  }, []);
  return useMemo(() => ({ busy, enter, leave }), [busy, enter, leave]);
}

export interface Failure {
  action: PaneAction;
  error: unknown;
}

export interface Operation {
  /** Whether any operation of the pane runs (this one or another). */
  busy: boolean;
  /** Whether this operation runs. */
  running: boolean;
  progress: Progress | null;
  failure: Failure | null;
  /** Runs `work` unless the pane is busy; resolves with its result, or undefined when it failed or did not run. */
  run<T>(action: PaneAction, work: (onProgress: ProgressListener) => Promise<T>): Promise<T | undefined>;
  clearFailure(): void;
}

export function useOperation(): Operation {
  const gate = useContext(BusyContext);
  const { enter, leave } = gate;
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);

  const run = useCallback(
    async <T>(action: PaneAction, work: (onProgress: ProgressListener) => Promise<T>): Promise<T | undefined> => {
      if (!enter()) return undefined;
      setRunning(true);
      setFailure(null);
      setProgress(null);
      try {
        return await work(setProgress);
      } catch (error) {
        setFailure({ action, error });
        return undefined;
      } finally {
        setRunning(false);
        setProgress(null);
        leave();
      }
    },
    [enter, leave],
  );
  const clearFailure = useCallback(() => setFailure(null), []);
  return { busy: gate.busy, running, progress, failure, run, clearFailure };
}
