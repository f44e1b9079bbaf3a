import type { Command } from "./command";
import { parseCommandArgs, requireOption } from "./args";
import { isSameFile, readWorkbookFile, writeWorkbookFile } from "./workbook-files";
import { startAppraisal } from "../actions/start-appraisal";
import { guardOutput } from "./output-guard";
import { workbookText } from "./workbook-text";
import { EXIT_OK, UnusableInput } from "./io";

export const appraiseCommand: Command = {
  name: "appraise",
  summary: { vi: "bắt đầu thẩm định: chép điểm tự chấm sang trang Chấm điểm", en: "start the appraisal by copying the self-assessment to Chấm điểm" },
  help: {
    vi: `par-index appraise <sổ.xlsx> --out <kết-quả.xlsx> [--overwrite] [--force]

Chép điểm tự chấm (trang Tự đánh giá) của mọi đơn vị sang trang Chấm điểm, vào những ô điểm thẩm định còn
trống, để cán bộ chỉ sửa những điểm không đồng ý. Ô đã có điểm thẩm định được giữ nguyên.
  --out        tệp .xlsx ghi ra (có thể chính là sổ gốc; tệp khác đã có chỉ bị thay khi có --force)
  --overwrite  chép đè cả những ô đã có điểm thẩm định
  --force      cho phép thay một tệp --out đã có (không phải sổ gốc)

Mã thoát: 0 xong; 2 không dùng được sổ hoặc --out.`,
    en: `par-index appraise <book.xlsx> --out <result.xlsx> [--overwrite] [--force]

Copies every unit's self scores (Tự đánh giá) to Chấm điểm, into the appraisal cells that are still blank, so
that the officer edits only the scores the appraisal disagrees with. Cells already appraised are kept.
  --out        the .xlsx file to write (it may be the original; another existing file only with --force)
  --overwrite  also replace appraisal cells that already hold a score
  --force      allow replacing an existing --out file (other than the original)

Exit codes: 0 done; 2 the workbook or --out cannot be used.`,
  },
  async run({ args, io, lang }) {
    const options = { out: { type: "string" }, overwrite: { type: "boolean" }, force: { type: "boolean" } } as const;
    const { values, positionals } = parseCommandArgs(args, options, lang, true);
    if (positionals.length !== 1) throw new UnusableInput(workbookText[lang].missingWorkbook("appraise"));
    const out = requireOption(values.out, "out", lang);
    const input = positionals[0];
    const inPlace = await isSameFile(input, out);
    if (!inPlace) await guardOutput({ out, inputs: {}, force: values.force === true }, lang);
    const workbook = await readWorkbookFile(input, lang);
    const result = await startAppraisal(workbook, { overwrite: values.overwrite === true, lang });
    if (!result.ok) throw new UnusableInput(result.problems.map((problem) => problem[lang]).join("\n"));
    await writeWorkbookFile(out, workbook, lang);
    io.out(workbookText[lang].appraised(out, result.copied, result.kept, result.units));
    return EXIT_OK;
  },
};
