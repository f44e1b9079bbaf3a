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
