/**
 * The pane's language: Vietnamese unless Office says the user works in
 * another language.
 */
import type { Lang } from "../../core/messages";
import type { Dictionary } from "./dictionary";
import { vi } from "./vi";
import { en } from "./en";

/** `displayLanguage` is Office's, e.g. "vi-VN" or "en-US"; absent outside Office. */
export function paneLanguage(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

export function dictionaryFor(lang: Lang): Dictionary {
  return lang === "vi" ? vi : en;
}
