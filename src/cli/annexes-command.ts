import type { Command } from "./command";
import { parseCommandArgs, requireOption } from "./args";
import { isSameFile, readWorkbookFile, writeWorkbookFile } from "./workbook-files";
import { classSummary, parseThreshold, runBuildAnnexes } from "./annex-run";
import { workbookText } from "./workbook-text";
import { EXIT_DATA_ERRORS, EXIT_OK, UnusableInput } from "./io";
import { guardOutput } from "./output-guard";
import { reviewWorkbook } from "./workbook-review";
import { structureLines } from "./issue-lines";

export const annexesCommand: Command = {
  name: "annexes",
  summary: { vi: "lập các phụ lục xếp hạng, phân loại, lĩnh vực và báo cáo", en: "build the ranking, classification, field and report annexes" },
  help: {
    vi: `par-index annexes <sổ.xlsx> --out <kết-quả.xlsx> [--threshold 5] [--force]

Đọc điểm trong sổ (do "par-index init" hoặc phần bổ trợ Excel tạo), tính lại bằng bộ tiêu chí lưu trong sổ
và ghi ra sổ mới có thêm các trang PL1 Xếp hạng, PL2 Phân loại, PL3 Lĩnh vực và Báo cáo như phần bổ trợ lập;
khi có đơn vị đã tự chấm (trang Tự đánh giá), thêm PL4 Tự chấm-Thẩm định so sánh điểm tự chấm với điểm thẩm định.
Các phụ lục cũ do phần mềm lập được thay mới; trang do người dùng tạo không bị động đến.
Nếu còn điểm không hợp lệ thì không lập phụ lục và liệt kê các lỗi.
Mọi nội dung khác của sổ gốc (các trang của người dùng, biểu đồ, hình vẽ, bảng tổng hợp, chuỗi bình luận, macro…)
được chép nguyên vẹn sang tệp kết quả.
  --out     tệp .xlsx kết quả; có thể là chính sổ gốc, còn một tệp khác đã có thì chỉ ghi đè khi thêm --force
  --threshold  PL4 và Báo cáo nêu các đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá số điểm này (mặc định 5)
  --force   cho phép thay một tệp --out đã có (không phải sổ gốc)

Ví dụ: par-index annexes cham-diem-2026.xlsx --out ket-qua-2026.xlsx

Mã thoát: 0 đã lập phụ lục; 1 còn điểm không hợp lệ; 2 không đọc được sổ hoặc --out sẽ ghi đè sổ gốc.`,
    en: `par-index annexes <book.xlsx> --out <result.xlsx> [--threshold 5] [--force]

Reads the scores of a workbook (made by "par-index init" or by the Excel add-in), recomputes them with the
template stored in it and writes a new workbook with the sheets PL1 Xếp hạng, PL2 Phân loại, PL3 Lĩnh vực
and Báo cáo, as the add-in makes them, and PL4 Tự chấm-Thẩm định (self-assessment beside appraisal) when some
unit has a self-assessment (sheet Tự đánh giá). Annexes made earlier are replaced; the user's own sheets are untouched.
While any score is invalid, no annexes are built and the errors are listed.
Everything else of the original (the user's sheets, charts, shapes, pivot tables, comment threads, macros…)
is copied into the result as it was.
  --out     the .xlsx file to write; it may be the original itself, another existing file is replaced only with --force
  --threshold  PL4 and Báo cáo list the units appraised lower than their self-assessment by more than this many points (default 5)
  --force   allow replacing an existing --out file (other than the original)

Example: par-index annexes scoring-2026.xlsx --out result-2026.xlsx

Exit codes: 0 annexes built; 1 some scores are invalid; 2 the workbook cannot be used, or --out would overwrite it.`,
  },
  async run({ args, io, lang }) {
    const { values, positionals } = parseCommandArgs(args, { out: { type: "string" }, force: { type: "boolean" }, threshold: { type: "string" } }, lang, true);
    if (positionals.length !== 1) throw new UnusableInput(workbookText[lang].missingWorkbook("annexes"));
    const out = requireOption(values.out, "out", lang);
    const threshold = parseThreshold(values.threshold, lang);
    const input = positionals[0];
    // The original is replaced in place when asked by name (--out = the input); any other existing file needs --force.
    const inPlace = await isSameFile(input, out);
    if (!inPlace) await guardOutput({ out, inputs: {}, force: values.force === true }, lang);
    const workbook = await readWorkbookFile(input, lang);
    const { problems } = await reviewWorkbook(workbook, lang);
    if (problems.length > 0) {
      io.err([workbookText[lang].structureRefusedAnnexes, ...structureLines(problems, lang).slice(1)].join("\n"));
      return EXIT_DATA_ERRORS;
    }
    const annexes = await runBuildAnnexes(workbook, io, lang, threshold);
    if (!annexes) return EXIT_DATA_ERRORS;
    await writeWorkbookFile(out, workbook, lang);
    io.out(`${workbookText[lang].written(out, annexes.sheets)}\n${classSummary(annexes, lang)}`);
    return EXIT_OK;
  },
};
