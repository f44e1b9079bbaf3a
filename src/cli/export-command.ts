import type { Command } from "./command";
import { parseCommandArgs } from "./args";
import { readWorkbookFile } from "./workbook-files";
import { readSeasonUnits } from "../actions/season-units";
import { printScores } from "./score-command";
import { workbookText } from "./workbook-text";
import { cliText } from "./text";
import { UnusableInput } from "./io";

export const exportCommand: Command = {
  name: "export",
  summary: {
    vi: "in kết quả của một sổ chấm điểm dạng JSON hoặc bảng (như lệnh score)",
    en: "print a scoring workbook's results as JSON or a table (as score does)",
  },
  help: {
    vi: `par-index export <sổ.xlsx> [--format json|table]

In kết quả của sổ chấm điểm đúng như "par-index score" in cho cùng dữ liệu: từng đơn vị với điểm thẩm định
(trang Chấm điểm), điểm tự chấm (trang Tự đánh giá, nếu đơn vị đã có), tiêu chí không đánh giá (KĐG) và
thứ hạng năm trước; để hệ thống khác nhận kết quả.
  --format     json (mặc định) hoặc table

Ví dụ: par-index export cham-diem-2026.xlsx > ket-qua-2026.json

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 có điểm sai; 2 không dùng được sổ.`,
    en: `par-index export <book.xlsx> [--format json|table]

Prints a scoring workbook's results exactly as "par-index score" prints them for the same data: every unit
with its appraised scores (Chấm điểm), its self-assessment (Tự đánh giá, where it has one), its criteria not
assessed (KĐG) and last year's rank; for other systems to take the results.
  --format     json (default) or table

Example: par-index export scoring-2026.xlsx > results-2026.json

Exit codes: 0 no errors (warnings allowed); 1 invalid scores; 2 the workbook cannot be used.`,
  },
  async run({ args, io, lang }) {
    const { values, positionals } = parseCommandArgs(args, { format: { type: "string", default: "json" } }, lang, true);
    if (positionals.length !== 1) throw new UnusableInput(workbookText[lang].missingWorkbook("export"));
    const format = values.format;
    if (format !== "json" && format !== "table") throw new UnusableInput(cliText[lang].badFormat(String(format)));
    const workbook = await readWorkbookFile(positionals[0], lang);
    const read = await readSeasonUnits(workbook);
    if (!read.ok) throw new UnusableInput(read.problems.map((problem) => problem[lang]).join("\n"));
    return printScores(read.season.template, read.season.units, format, { io, lang });
  },
};
