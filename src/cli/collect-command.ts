/**
 * `par-index collect BOOK.xlsx FILE… [--out OUT.xlsx] [--replace]`: puts the
 * units' returned self-assessment files into the scoring workbook's
 * self-assessment area. Files are read one at a time; a refused file changes
 * nothing; the workbook is written once, atomically.
 */
import { basename } from "node:path";
import type { Command } from "./command";
import type { Lang } from "../core/messages";
import {
  checkReturnedFile,
  collectSelfAssessments,
  collectTarget,
  SELF_SHEET,
  type CheckedFile,
  type CollectTarget,
  type ReturnedSheet,
} from "../actions/collect-self-assessments";
import { readSheetValues } from "../workbook/xlsx/xlsx-sheet-values";
import { UnreadableWorkbook } from "../workbook/xlsx/xlsx-open";
import { parseCommandArgs } from "./args";
import { collectSummary, isCollected, outcomeLines } from "./collect-report";
import { readInputBytes, WORKBOOK_SIZE_LIMIT } from "./input-limits";
import { guardOutput } from "./output-guard";
import { progressOnStderr } from "./progress";
import { isSameFile, readWorkbookFile, writeWorkbookFile } from "./workbook-files";
import { workbookText } from "./workbook-text";
import { CliIO, EXIT_DATA_ERRORS, EXIT_OK, UnusableInput } from "./io";

export const collectCommand: Command = {
  name: "collect",
  summary: { vi: "gộp các tệp tự chấm của đơn vị vào sổ chấm điểm", en: "collect the units' self-assessment files into the scoring workbook" },
  help: {
    vi: `par-index collect <sổ.xlsx> <tệp tự chấm.xlsx>… [--out <sổ mới.xlsx>] [--replace] [--force]

Đọc từng tệp tự chấm đơn vị gửi lại (tạo bằng "par-index init --per-unit") và ghi điểm tự chấm, giải trình
vào trang Tự đánh giá và Giải trình của sổ chấm điểm. Tệp bị từ chối (không thay đổi gì trong sổ) khi:
khác bộ tiêu chí hoặc năm, đơn vị không có trong sổ, hai tệp của cùng một đơn vị, cấu trúc tệp bị sửa
(dòng bị thêm, xóa, di chuyển), có điểm không hợp lệ — mỗi lỗi kèm ô của nó. Các tệp còn lại được gộp.
  --out       ghi ra sổ mới (mặc định: ghi lại chính sổ chấm điểm, an toàn: ghi tệp tạm rồi đổi tên)
  --replace   thay phần tự chấm đã có của một đơn vị (không có --replace thì chỉ liệt kê những ô sẽ thay đổi)
  --force     cho phép thay một tệp --out đã có

Ví dụ: par-index collect cham-diem-2026.xlsx tu-cham-2026/*.xlsx

Mã thoát: 0 mọi tệp đã được gộp; 1 có tệp bị từ chối hoặc cần --replace (đã liệt kê; các tệp khác vẫn được
gộp); 2 không dùng được sổ chấm điểm.`,
    en: `par-index collect <book.xlsx> <self-assessment.xlsx>… [--out <new.xlsx>] [--replace] [--force]

Reads each self-assessment file a unit sent back (made with "par-index init --per-unit") and writes its
scores and explanations into the scoring workbook's Tự đánh giá and Giải trình sheets. A file is refused
(nothing of it is written) when it is of another template or year, names a unit not in the workbook, is one
of two files of the same unit, has its layout edited (rows added, deleted or moved), or holds invalid scores
— each problem with its cell. The other files are collected.
  --out       write a new workbook (default: the scoring workbook itself, written safely: temporary file, rename)
  --replace   replace a unit's self-assessment already in the workbook (without it, what would change is listed)
  --force     allow replacing an existing --out file

Example: par-index collect scoring-2026.xlsx self-2026/*.xlsx

Exit codes: 0 every file collected; 1 some file refused or needing --replace (listed; the others are collected);
2 the scoring workbook cannot be used.`,
  },
  async run({ args, io, lang }) {
    const options = { out: { type: "string" }, replace: { type: "boolean" }, force: { type: "boolean" } } as const;
    const { values, positionals } = parseCommandArgs(args, options, lang, true);
    const [bookPath, ...filePaths] = positionals;
    if (bookPath === undefined || filePaths.length === 0) throw new UnusableInput(workbookText[lang].collectNoFiles);
    const out = values.out ?? bookPath;
    const inPlace = await isSameFile(bookPath, out);
    if (!inPlace)
      await guardOutput({ out, inputs: Object.fromEntries(filePaths.map((path, i) => [`file ${i + 1}`, path])), force: values.force === true }, lang);
    const book = await readWorkbookFile(bookPath, lang);
    const target = await collectTarget(book);
    if (!target.ok) throw new UnusableInput(target.problems.map((problem) => problem[lang]).join("\n"));
    const checked = await checkFiles(target.target, filePaths, io, lang);
    const result = await collectSelfAssessments(book, checked, { replace: values.replace === true, lang });
    if (!result.ok) throw new UnusableInput(result.problems.map((problem) => problem[lang]).join("\n"));
    for (const outcome of result.outcomes) io.out(outcomeLines(outcome, lang).join("\n"));
    if (result.written || !inPlace) {
      await writeWorkbookFile(out, book, lang);
      io.out(workbookText[lang].collectWritten(out));
    } else io.out(workbookText[lang].collectNothingWritten(out));
    io.out(collectSummary(result.outcomes, lang));
    return result.outcomes.every(isCollected) ? EXIT_OK : EXIT_DATA_ERRORS;
  },
};

/** Reads and checks the files one at a time, so that only one is in memory. */
async function checkFiles(target: CollectTarget, paths: readonly string[], io: CliIO, lang: Lang): Promise<CheckedFile[]> {
  const progress = progressOnStderr(io, workbookText[lang].collectReading);
  const checked: CheckedFile[] = [];
  for (const [i, path] of paths.entries()) {
    progress(i, paths.length, basename(path));
    let sheet: ReturnedSheet | null = null;
    let why = "";
    try {
      sheet = await readSheetValues(readInputBytes(path, WORKBOOK_SIZE_LIMIT, lang), SELF_SHEET);
    } catch (error) {
      if (error instanceof UnusableInput) why = error.message;
      else if (error instanceof UnreadableWorkbook) why = workbookText[lang].unreadable[error.reason];
      else throw error;
    }
    checked.push(checkReturnedFile(target, path, sheet, why));
  }
  progress(paths.length, paths.length, "");
  return checked;
}
