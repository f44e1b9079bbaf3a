/**
 * How a PAR.* implementation says "this cell shows an error": it returns a
 * ParError value (it never throws for bad input; a throw is a bug). The
 * Excel registration turns it into `CustomFunctions.Error`; a formula engine
 * in tests turns it into its own error value.
 */
import type { Bilingual } from "../core/messages";

/** The Excel error a cell shows. */
export type ParErrorCode = "#VALUE!" | "#N/A" | "#DIV/0!";

export interface ParError {
  error: ParErrorCode;
  /** Vietnamese, shown by Excel in the cell's error tooltip. */
  message: string;
  /** The same message in English. */
  en: string;
}

export function parError(error: ParErrorCode, message: Bilingual): ParError {
  return { error, message: message.vi, en: message.en };
}

export function isParError(value: unknown): value is ParError {
  return typeof value === "object" && value !== null && typeof (value as { error?: unknown }).error === "string" && "message" in value;
}

/** A value or the error its cell shows. */
export type ParResult<T> = T | ParError;
