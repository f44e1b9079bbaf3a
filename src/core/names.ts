/**
 * Unit names: Vietnamese text that may arrive decomposed from Word or PDF.
 * Names are compared after NFC, case and spacing, and sorted with Vietnamese
 * collation (đ after d; ă, â after a).
 */

/** NFC with single inner spaces and no outer spaces. */
export function normalizeName(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** The key under which two names are the same unit. */
export function nameKey(name: string): string {
  return normalizeName(name).toLocaleLowerCase("vi");
}

const collator = new Intl.Collator("vi", { numeric: true });

/** Vietnamese alphabetical order. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Pairs of positions whose names are the same unit: [later, earlier]. */
export function findDuplicateNames(names: readonly string[]): Array<[number, number]> {
  const firstByKey = new Map<string, number>();
  const duplicates: Array<[number, number]> = [];
  names.forEach((name, index) => {
    const key = nameKey(name);
    const first = firstByKey.get(key);
    if (first === undefined) firstByKey.set(key, index);
    else duplicates.push([index, first]);
  });
  return duplicates;
}

/**
 * Characters a name must not hold: control characters (ESC and the like,
 * which would also drive a terminal) and invisible ones (zero-width spaces,
 * joiners, direction marks, soft hyphens, BOM), which make two names that
 * look the same differ. Tabs and line breaks are spacing: normalizeName
 * turns them into spaces.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/** "U+200B": how a hidden character is shown. */
function codePointLabel(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first hidden character of a name and its position (1-based), or null. */
export function hiddenCharacter(name: string): { label: string; position: number } | null {
  const match = HIDDEN.exec(name);
  return match ? { label: codePointLabel(match[0]), position: [...name.slice(0, match.index)].length + 1 } : null;
}

/** The name with every hidden character shown as ⟨U+200B⟩, for messages. */
export function showHidden(name: string): string {
  return name.replace(new RegExp(HIDDEN.source, "gu"), (character) => `⟨${codePointLabel(character)}⟩`);
}
