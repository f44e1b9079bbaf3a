/**
 * Recalculates an .xlsx in LibreOffice and reads every sheet back as text.
 *
 * LibreOffice uses the cached value of a formula cell when the file has one,
 * so the cached `<v>` values of formula cells are dropped first; then
 * `soffice --headless --convert-to csv` with the sheet option -1 writes one
 * CSV per sheet, `<name>-<sheet>.csv`. Each run has its own LibreOffice
 * profile, so that concurrent runs do not wait on each other's lock.
 */
import { execFile, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import JSZip from "jszip";

const run = promisify(execFile);

/** The CSV filter: comma, double quote, UTF-8, raw values (not as shown), no formulas, every sheet (-1). */
export const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

const INSTALL_HINT = "LibreOffice (soffice) is needed for this test and was not found on PATH. Install it: sudo apt-get install libreoffice-calc-nogui";

/** The soffice executable; throws with the install hint when it is missing. */
export function sofficePath(): string {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw new Error(`${INSTALL_HINT} (${probe.error?.message ?? probe.stderr})`);
  return "soffice";
}

/** A formula cell's cached value: `<f …>…</f><v>…</v>` or `<f …/><v>…</v>`. */
const CACHED_VALUE = /(<f\b[^>]*(?:\/>|>[^<]*<\/f>))<v>[^<]*<\/v>/g;

/** The same .xlsx without the cached values of formula cells. */
export async function dropCachedValues(xlsx: Uint8Array): Promise<{ file: Uint8Array; dropped: number }> {
  const zip = await JSZip.loadAsync(xlsx);
  let dropped = 0;
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))) {
    const xml = await zip.file(path)?.async("string");
    if (xml === undefined) continue;
    zip.file(
      path,
      xml.replace(CACHED_VALUE, (_match, formula: string) => {
        dropped++;
        return formula;
      }),
    );
  }
  return { file: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), dropped };
}

/** The sheet names of an .xlsx, in workbook order. */
export async function sheetNames(xlsx: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...workbook.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decodeXml(m[1]));
}

function decodeXml(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Every sheet as LibreOffice computed it: sheet name → rows of cell texts (row 0 is sheet row 1). */
export type RecalculatedWorkbook = Map<string, string[][]>;

/**
 * Runs `soffice --headless --convert-to <filter>` on the file in a fresh
 * folder with its own profile; `read` gets the output folder and the input's
 * base name before the folder is removed.
 */
export async function convertWithLibreOffice<T>(xlsx: Uint8Array, filter: string, read: (outdir: string, base: string) => Promise<T>): Promise<T> {
  const soffice = sofficePath();
  const directory = await mkdtemp(join(tmpdir(), "par-index-lo-"));
  try {
    const input = join(directory, "book.xlsx");
    await writeFile(input, xlsx);
    const outdir = join(directory, "out");
    await run(
      soffice,
      [`-env:UserInstallation=file://${join(directory, "profile")}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outdir, input],
      { timeout: 180_000 },
    );
    return await read(outdir, "book");
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

export async function recalculateInLibreOffice(xlsx: Uint8Array): Promise<RecalculatedWorkbook> {
  const { file } = await dropCachedValues(xlsx);
  const names = await sheetNames(file);
  return convertWithLibreOffice(file, CSV_FILTER, async (outdir, base) => {
    const sheets: RecalculatedWorkbook = new Map();
    for (const name of names) sheets.set(name, parseCsv(await readFile(join(outdir, `${base}-${name}.csv`), "utf8")));
    return sheets;
  });
}

/** The workbook as LibreOffice saves it in its own format (.ods), to see what it made of the file. */
export async function convertToOds(xlsx: Uint8Array): Promise<JSZip> {
  return convertWithLibreOffice(xlsx, "ods", async (outdir, base) => JSZip.loadAsync(await readFile(join(outdir, `${base}.ods`))));
}

/** A LibreOffice cell text as a number: "85.5" → 85.5, "85.5%" → 0.855; null for text or empty. */
export function cellNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "") return null;
  const percent = text.endsWith("%");
  const value = Number(percent ? text.slice(0, -1) : text);
  if (!Number.isFinite(value)) return null;
  return percent ? value / 100 : value;
}

/** Cells that show an error: #NAME?, #VALUE!, #REF!, #DIV/0!, #N/A, Err:502… */
export function errorCells(sheets: RecalculatedWorkbook): string[] {
  const found: string[] = [];
  for (const [name, rows] of sheets) {
    rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (/^(#NAME\?|#VALUE!|#REF!|#DIV\/0!|#N\/A|#NUM!|#NULL!|Err:\d+)$/.test(cell)) found.push(`${name}!R${r + 1}C${c + 1}: ${cell}`);
      }),
    );
  }
  return found;
}
