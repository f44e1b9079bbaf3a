/**
 * The files of `par-index template`: a criteria table to import (an .xlsx
 * workbook, or a table pasted into a .csv / tab-separated text file), and a
 * template JSON written atomically.
 */
import type { Lang } from "../core/messages";
import type { ImportOptions } from "../core/import/import-table";
import { importCriteriaTable } from "../core/import/import-table";
import { parseDelimitedText } from "../core/import/delimited-text";
import type { Template } from "../core/template";
import { importCriteriaTableFrom, type TableImport } from "../actions/import-criteria-table";
import { readInputBytes, WORKBOOK_SIZE_LIMIT } from "./input-limits";
import { readTextFile } from "./inputs";
import { readWorkbookFile } from "./workbook-files";
import { writeFileAtomic } from "./atomic-write";
import { UnusableInput } from "./io";
import { templateText } from "./template-text";
import { workbookText } from "./workbook-text";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((byte, i) => bytes[i] === byte);

/** The table of `path`: the named sheet, or the first sheet with a criteria header; a text file as one table. */
export async function readCriteriaTableFile(path: string, sheet: string | undefined, options: ImportOptions, lang: Lang): Promise<TableImport> {
  const bytes = readInputBytes(path, WORKBOOK_SIZE_LIMIT, lang);
  if (startsWith(bytes, OLE)) throw new UnusableInput(workbookText[lang].notAWorkbook(path, templateText[lang].oldXls));
  if (!startsWith(bytes, ZIP)) {
    const grid = parseDelimitedText(readTextFile(path, lang));
    return { sheet: null, firstColumn: 0, columnCount: 0, result: importCriteriaTable(grid, options) };
  }
  const workbook = await readWorkbookFile(path, lang);
  const imported = await importCriteriaTableFrom(workbook, sheet === undefined ? null : { sheet }, options);
  if (!imported) {
    const { sheets } = await workbook.read({ ranges: [] });
    throw new UnusableInput(
      templateText[lang].noSheet(
        path,
        sheet ?? "",
        sheets.map((s) => s.name),
      ),
    );
  }
  return imported;
}

/** The template as JSON, written so that a failed write leaves `path` as it was. */
export async function writeTemplateFile(path: string, template: Template, lang: Lang): Promise<void> {
  try {
    await writeFileAtomic(path, `${JSON.stringify(template, null, 2)}\n`);
  } catch (error) {
    throw new UnusableInput(workbookText[lang].cannotWrite(path, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}
