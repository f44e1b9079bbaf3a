/**
 * A write, gathered first and sent after: every step knows how many
 * Office.js calls it queues and the bytes of their values, so the program
 * can cut itself into requests of at most REQUEST_BUDGET_BYTES before
 * sending any. Excel on the web refuses a request over 5 MB, and a request
 * carries for each call its object path and action besides the values
 * (counted here as CALL_OVERHEAD_BYTES a call). Every request but the last
 * suspends calculation until its sync; the last one, the closing sync,
 * runs with calculation on and ends by asking Excel to recalculate.
 */
import type { ExcelContextSlice } from "./office-api";

/** Excel on the web refuses requests over 5 MB; stay well under it. */
export const REQUEST_BUDGET_BYTES = 4_000_000;
/** What one queued call costs besides its values (object path, action, ids): measured 300–400 bytes, counted high. */
export const CALL_OVERHEAD_BYTES = 400;

const encoder = new TextEncoder();

/** UTF-8 bytes of a value as JSON, as it travels in the request. */
export function payloadBytes(value: unknown): number {
  if (value === undefined) return 0;
  return encoder.encode(JSON.stringify(value)).length;
}

interface Step {
  cost: number;
  run: () => void;
}

export class WriteProgram {
  private steps: Step[] = [];

  constructor(private readonly budget = REQUEST_BUDGET_BYTES) {}

  /** A step of `calls` Office.js calls whose values are `values` (bytes, or the values themselves); `run` makes them when the program is sent. */
  add(calls: number, values: number | readonly unknown[], run: () => void): void {
    const bytes = typeof values === "number" ? values : values.reduce<number>((acc, value) => acc + payloadBytes(value), 0);
    this.steps.push({ cost: calls * CALL_OVERHEAD_BYTES + bytes, run });
  }

  /** Bytes the program will send, its calls' overhead included. */
  get bytes(): number {
    return this.steps.reduce((acc, step) => acc + step.cost, 0);
  }

  /** The steps cut into requests, each within the budget (a single step larger than the budget goes alone). */
  requests(): Step[][] {
    const requests: Step[][] = [[]];
    // Each request also carries one calculation call (suspend, or the final recalculation).
    let used = CALL_OVERHEAD_BYTES;
    for (const step of this.steps) {
      const current = requests[requests.length - 1];
      if (current.length > 0 && used + step.cost > this.budget) {
        requests.push([step]);
        used = CALL_OVERHEAD_BYTES + step.cost;
      } else {
        current.push(step);
        used += step.cost;
      }
    }
    return requests;
  }

  /** Sends the program: one sync per request; returns how many. */
  async send(context: ExcelContextSlice): Promise<number> {
    const requests = this.requests();
    for (const [index, request] of requests.entries()) {
      const last = index === requests.length - 1;
      if (!last) context.workbook.application.suspendApiCalculationUntilNextSync();
      for (const step of request) step.run();
      if (last) context.workbook.application.calculate("Recalculate");
      await context.sync();
    }
    this.steps = [];
    return requests.length;
  }
}
