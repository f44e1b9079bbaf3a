/**
 * The stored state as the add-in keeps it: a custom XML part in the
 * namespace `urn:par-index:state:v1` whose text is the state as JSON, and
 * the owned-sheet mark as the worksheet custom property `ParIndexSheet`
 * (the same as the .xlsx port writes, so files and add-in agree).
 */
import { OWNED_SHEET_KINDS, type OwnedSheetKind, type StoredWorkbookState } from "./port";

export const STATE_NAMESPACE = "urn:par-index:state:v1";
export const SHEET_MARK_PROPERTY = "ParIndexSheet";

const OWNED: ReadonlySet<string> = new Set<string>(OWNED_SHEET_KINDS);

export function ownedKind(mark: string | null | undefined): OwnedSheetKind | null {
  return mark && OWNED.has(mark) ? (mark as OwnedSheetKind) : null;
}

const escapeXml = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

export function stateToXml(state: StoredWorkbookState): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<parIndexState xmlns="${STATE_NAMESPACE}">${escapeXml(JSON.stringify(state))}</parIndexState>`;
}

/** The state in a part's XML; null when it is not ours or not readable (the actions then say no template is loaded). */
export function stateFromXml(xml: string): StoredWorkbookState | null {
  const match = /<parIndexState[^>]*>([\s\S]*)<\/parIndexState>/.exec(xml);
  if (!match) return null;
  try {
    const state = JSON.parse(unescapeXml(match[1])) as StoredWorkbookState;
    return state && state.version === 1 && typeof state.template === "object" && Array.isArray(state.units) ? state : null;
  } catch {
    return null;
  }
}
