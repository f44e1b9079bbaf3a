/**
 * The stored state as the add-in keeps it: a custom XML part in the
 * namespace `urn:par-index:state:v1` whose text is the state as JSON, and
 * the owned-sheet mark as the worksheet custom property `ParIndexSheet`
 * (the same as the .xlsx port writes, so files and add-in agree).
 */
import * as z from "zod/mini";
import { OWNED_SHEET_KINDS, type OwnedSheetKind } from "../sheet/names";
import type { StoredWorkbookState } from "./port";
import type { Template } from "../core/template";
import { escapeXml, unescapeXml } from "./xml-text";

export const STATE_NAMESPACE = "urn:par-index:state:v1";
export const SHEET_MARK_PROPERTY = "ParIndexSheet";

const OWNED: ReadonlySet<string> = new Set<string>(OWNED_SHEET_KINDS);

export function ownedKind(mark: string | null | undefined): OwnedSheetKind | null {
  return mark && OWNED.has(mark) ? (mark as OwnedSheetKind) : null;
}

export function stateToXml(state: StoredWorkbookState): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<parIndexState xmlns="${STATE_NAMESPACE}">${escapeXml(JSON.stringify(state))}</parIndexState>`;
}

const stateSchema = z.object({
  version: z.literal(1),
  template: z.looseObject({ id: z.string(), name: z.string(), fields: z.array(z.unknown()) }),
  units: z.array(z.string()),
  year: z.nullable(z.number()),
  lang: z.enum(["vi", "en"]),
  dialect: z.enum(["par", "native"]),
});

/** The text content of an XML document's root element (CDATA or escaped text). */
function rootText(xml: string): string {
  const body = xml
    .replace(/^\s*<\?xml[^>]*\?>/, "")
    .replace(/^\s*<[^>]+>/, "")
    .replace(/<\/[^>]+>\s*$/, "");
  const cdata = /<!\[CDATA\[([\s\S]*)\]\]>/.exec(body);
  return cdata ? cdata[1] : unescapeXml(body.replace(/<[^>]+>/g, ""));
}

/** JSON text, or the same JSON in base64 (UTF-8). */
function parseJsonOrBase64(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    const bytes = Uint8Array.from(atob(text.replace(/\s+/g, "")), (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  }
}

/**
 * The state in a part's XML, as the add-in reads it from Excel and the CLI
 * from an .xlsx file; null when it is not ours or not readable (the actions
 * then say no template is loaded). Lenient about the wrapping, since a file
 * may have passed through other tools — any root element in the namespace,
 * text or CDATA, JSON or base64 JSON — and strict about the state's shape.
 */
export function stateFromXml(xml: string): StoredWorkbookState | null {
  if (!xml.includes(STATE_NAMESPACE)) return null;
  try {
    const parsed = stateSchema.safeParse(parseJsonOrBase64(rootText(xml).trim()));
    if (!parsed.success) return null;
    return { ...parsed.data, template: parsed.data.template as unknown as Template };
  } catch {
    return null;
  }
}
