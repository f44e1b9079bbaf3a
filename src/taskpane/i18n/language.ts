/**
 * The pane's language: Vietnamese unless Office says the user works in
 * another language.
 */
import type { Lang } from "../../core/messages";
import type { Dictionary } from "./dictionary";
import { vi } from "./vi";

/** `displayLanguage` is Office's, e.g. "vi-VN" or "en-US"; absent outside Office. */
export function paneLanguage(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** The pane's words; Vietnamese comes with the pane, English in a chunk of its own, loaded only when asked for. */
export async function loadDictionary(lang: Lang): Promise<Dictionary> {
  if (lang === "vi") return vi;
  return (await import(/* webpackChunkName: "lang-en" */ "./en")).en;
}
