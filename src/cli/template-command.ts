/**
 * par-index template import | check | export: a province's criteria table
 * (an annex of its decision) into a template, a template file checked, and
 * the template stored in a scoring workbook written out.
 */
import type { Command, CommandContext } from "./command";
import { parseTemplate, parseTemplateText } from "../core/template-validation";
import { summariseCriteria } from "../core/import/summary";
import type { ImportResult } from "../core/import/import-result";
import { parseCommandArgs, requireOption } from "./args";
import { readTextFile } from "./inputs";
import { readWorkbookFile } from "./workbook-files";
import { guardOutput } from "./output-guard";
import { readCriteriaTableFile, writeTemplateFile } from "./template-files";
import { templateText } from "./template-text";
import { EXIT_DATA_ERRORS, EXIT_OK, UnusableInput } from "./io";

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function onePositional(positionals: string[], usage: string, context: CommandContext): string {
  if (positionals.length !== 1) throw new UnusableInput(templateText[context.lang].missingFile(usage));
  return positionals[0];
}

/** Problems on stderr (each with its row), notes after "Lưu ý:"; true when any is an error. */
function reportProblems(result: ImportResult, { io, lang }: CommandContext): number {
  const text = templateText[lang];
  for (const problem of result.problems) io.err(problem.severity === "error" ? problem.message[lang] : text.note(problem.message[lang]));
  return result.problems.filter((problem) => problem.severity === "error").length;
}

async function importTable(context: CommandContext): Promise<number> {
  const { args, io, lang } = context;
  const options = { sheet: { type: "string" }, out: { type: "string" }, id: { type: "string" }, name: { type: "string" }, force: { type: "boolean" } } as const;
  const { values, positionals } = parseCommandArgs(args, options, lang, true);
  const text = templateText[lang];
  const file = onePositional(positionals, "par-index template import <bảng.xlsx> --out <bộ-tiêu-chí.json>", context);
  const out = requireOption(values.out, "out", lang);
  if (values.id !== undefined && !ID.test(values.id)) throw new UnusableInput(text.badId(values.id));
  await guardOutput({ out, inputs: { table: file }, force: values.force === true }, lang);
  const { sheet, result } = await readCriteriaTableFile(file, values.sheet, { id: values.id, name: values.name?.trim() || undefined }, lang);
  if (result.headerRow === null) throw new UnusableInput(text.noTable(file, result.problems[0].message[lang]));
  const errors = reportProblems(result, context);
  if (errors > 0 || !result.template) {
    io.err(text.refused(errors));
    return EXIT_DATA_ERRORS;
  }
  await writeTemplateFile(out, result.template, lang);
  io.out(text.imported(out, sheet, text.summary(result.summary)));
  return EXIT_OK;
}

async function checkTemplate(context: CommandContext): Promise<number> {
  const { args, io, lang } = context;
  const text = templateText[lang];
  const { positionals } = parseCommandArgs(args, {}, lang, true);
  const file = onePositional(positionals, "par-index template check <bộ-tiêu-chí.json>", context);
  const result = parseTemplateText(readTextFile(file, lang));
  if (!result.ok) {
    io.err([text.invalid(file, result.problems.length), ...result.problems.map((p) => `  - ${p[lang]}`)].join("\n"));
    return EXIT_DATA_ERRORS;
  }
  io.out(text.valid(result.template.id, text.summary(summariseCriteria(result.template.definition.fields))));
  return EXIT_OK;
}

async function exportTemplate(context: CommandContext): Promise<number> {
  const { args, io, lang } = context;
  const text = templateText[lang];
  const { values, positionals } = parseCommandArgs(args, { out: { type: "string" }, force: { type: "boolean" } }, lang, true);
  const book = onePositional(positionals, "par-index template export <sổ.xlsx> --out <bộ-tiêu-chí.json>", context);
  const out = requireOption(values.out, "out", lang);
  await guardOutput({ out, inputs: { book }, force: values.force === true }, lang);
  const { state } = await (await readWorkbookFile(book, lang)).read({ ranges: [] });
  if (!state) throw new UnusableInput(text.noStoredTemplate(book));
  const checked = parseTemplate(state.template);
  if (!checked.ok) {
    io.err([text.invalid(book, checked.problems.length), ...checked.problems.map((p) => `  - ${p[lang]}`)].join("\n"));
    return EXIT_DATA_ERRORS;
  }
  await writeTemplateFile(out, state.template, lang);
  io.out(text.exported(out, state.template.id, text.summary(summariseCriteria(state.template.fields))));
  return EXIT_OK;
}

const actions: Record<string, (context: CommandContext) => Promise<number>> = { import: importTable, check: checkTemplate, export: exportTemplate };

export const templateCommand: Command = {
  name: "template",
  summary: {
    vi: "nhập bảng tiêu chí của quyết định thành bộ tiêu chí (.json), kiểm tra, xuất từ sổ",
    en: "import a decision's criteria table into a template (.json), check it, export it from a workbook",
  },
  help: {
    vi: `par-index template import <bảng.xlsx|bảng.csv|bảng.txt> [--sheet <trang>] --out <bộ-tiêu-chí.json> [--id <mã>] [--name <tên>] [--force]
par-index template check <bộ-tiêu-chí.json>
par-index template export <sổ.xlsx> --out <bộ-tiêu-chí.json> [--force]

import  đọc bảng tiêu chí (phụ lục của quyết định: STT | Tiêu chí | Điểm tối đa | Hướng dẫn chấm | Tài liệu kiểm chứng)
        từ trang đầu tiên có dòng tiêu đề như vậy (hoặc trang --sheet), hoặc từ tệp chữ dán bảng (tab, ";" hoặc ",").
        Cấp của mỗi dòng theo số thứ tự (I, II; 1, 2; 1.1; a), b); 1), 2); -, +), nếu không có số thì theo in đậm, thụt lề.
        In ra số lĩnh vực, tiêu chí, tiêu chí thành phần và tổng điểm; mỗi lỗi ghi rõ dòng, khi có lỗi không ghi tệp.
  --sheet  tên trang chứa bảng        --id    mã bộ tiêu chí (mặc định: từ tên)
  --name   tên bộ tiêu chí (mặc định: dòng tên bộ tiêu chí phía trên bảng)
  --force  cho phép thay tệp --out đã có
check   kiểm tra một tệp bộ tiêu chí .json (mã, điểm tối đa, mức điểm…).
export  ghi ra bộ tiêu chí lưu trong sổ do "par-index init" hoặc phần bổ trợ tạo ra.

Ví dụ: par-index template import phu-luc-qd-5666.xlsx --out ha-noi-xa-2025.json --id ha-noi-xa-2025

Mã thoát: 0 thành công; 1 bảng hoặc bộ tiêu chí có lỗi (không ghi tệp); 2 không dùng được tệp.`,
    en: `par-index template import <table.xlsx|table.csv|table.txt> [--sheet <name>] --out <template.json> [--id <id>] [--name <name>] [--force]
par-index template check <template.json>
par-index template export <book.xlsx> --out <template.json> [--force]

import  reads a criteria table (a decision's annex: STT | Tiêu chí | Điểm tối đa | Hướng dẫn chấm | Tài liệu kiểm chứng)
        from the first sheet with such a header row (or --sheet), or from a text file holding a pasted table (tab, ";" or ",").
        Each row's level follows its numbering (I, II; 1, 2; 1.1; a), b); 1), 2); -, +), or its bold and indent when unnumbered.
        Prints the number of fields, criteria, sub-criteria and the total; each problem names its row, and no file is written then.
  --sheet  the sheet holding the table   --id    the template's id (default: from its name)
  --name   the template's name (default: the line naming the set above the table)
  --force  allow replacing an existing --out file
check   checks a template .json file (codes, maxima, levels…).
export  writes out the template stored in a workbook made by "par-index init" or the add-in.

Example: par-index template import annex-qd-5666.xlsx --out ha-noi-xa-2025.json --id ha-noi-xa-2025

Exit codes: 0 success; 1 the table or template has errors (nothing written); 2 the file cannot be used.`,
  },
  async run(context) {
    const [action, ...args] = context.args;
    const run = actions[action ?? ""];
    if (!run) throw new UnusableInput(templateText[context.lang].unknownAction(action ?? ""));
    return run({ ...context, args });
  },
};
