import type { Command } from "./command";
import { parseCommandArgs } from "./args";
import { readWorkbookFile } from "./workbook-files";
import { reviewWorkbook } from "./workbook-review";
import { issueJson, issueLines, mismatchLines, notAssessedJson, notAssessedLines, structureLines } from "./issue-lines";
import { progressOnStderr } from "./progress";
import { workbookText } from "./workbook-text";
import { EXIT_DATA_ERRORS, EXIT_OK, UnusableInput } from "./io";

export const checkCommand: Command = {
  name: "check",
  summary: { vi: "kiểm tra mọi điểm trong sổ chấm điểm .xlsx", en: "check every score in a scoring workbook (.xlsx)" },
  help: {
    vi: `par-index check <sổ.xlsx> [--json]

Đọc trang Chấm điểm của sổ do "par-index init" hoặc phần bổ trợ Excel tạo ra, kiểm tra mọi điểm
theo bộ tiêu chí lưu trong sổ và liệt kê từng lỗi (đơn vị, mã tiêu chí, ô, giá trị, lý do).
Tính lại mọi tổng, tỷ lệ, nhóm, xếp loại, xếp hạng và báo các ô công thức có giá trị lưu khác kết quả tính lại.
  --json   in ra dạng JSON

Ví dụ: par-index check cham-diem-2026.xlsx

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có điểm sai hoặc giá trị lưu sai; 2 không đọc được sổ.`,
    en: `par-index check <book.xlsx> [--json]

Reads the Chấm điểm sheet of a workbook made by "par-index init" or by the Excel add-in, checks every
score against the template stored in the workbook and lists each issue (unit, code, cell, value, reason).
Recomputes every total, percentage, band, class and rank and reports formula cells whose cached value differs.
  --json   print JSON

Example: par-index check scoring-2026.xlsx

Exit codes: 0 no errors (warnings allowed); 1 invalid scores or wrong cached values; 2 the workbook cannot be used.`,
  },
  async run({ args, io, lang }) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: "boolean" } }, lang, true);
    const text = workbookText[lang];
    if (positionals.length !== 1) throw new UnusableInput(text.missingWorkbook("check"));
    const path = positionals[0];
    const workbook = await readWorkbookFile(path, lang);
    const { checked, mismatches, problems } = await reviewWorkbook(workbook, lang, progressOnStderr(io, text.checking));
    const errors = checked.issues.filter((issue) => issue.severity === "error").length;
    if (values.json) {
      io.out(
        JSON.stringify(
          {
            file: path,
            template: checked.report.template.id,
            units: checked.units.length,
            errors,
            warnings: checked.issues.length - errors,
            issues: checked.issues.map((issue) => issueJson(issue, lang)),
            mismatches,
            structure: problems.map((problem) => ({ ...problem, message: problem.message[lang] })),
            notAssessed: notAssessedJson(checked.report.units),
          },
          null,
          2,
        ),
      );
    } else {
      const lines = checked.issues.length === 0 && problems.length === 0 ? [text.noIssues(checked.units.length)] : [];
      if (checked.issues.length > 0) lines.push(...issueLines(checked.issues, lang));
      if (problems.length > 0) lines.push(...structureLines(problems, lang));
      if (mismatches.length > 0) lines.push(...mismatchLines(mismatches, lang));
      lines.push(...notAssessedLines(checked.report.units, lang));
      io.out(lines.join("\n"));
    }
    return errors > 0 || mismatches.length > 0 || problems.length > 0 ? EXIT_DATA_ERRORS : EXIT_OK;
  },
};
