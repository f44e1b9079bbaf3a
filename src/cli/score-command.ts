import type { Command, CommandContext } from "./command";
import type { CompiledTemplate } from "../core/template-tree";
import { scoreSelfAssessments } from "../core/self-scoring";
import { loadTemplate, parseUnitsJson, readTextFile } from "./inputs";
import { parseCommandArgs, requireOption } from "./args";
import { scoreUnits, type UnitInput } from "../core/scoring";
import { scoreJson, scoreTable } from "./score-output";
import { cliText } from "./text";
import { EXIT_DATA_ERRORS, EXIT_OK, UnusableInput } from "./io";

export const scoreCommand: Command = {
  name: "score",
  summary: { vi: "tính điểm, chỉ số, xếp hạng, xếp loại từ tệp JSON", en: "score units from a JSON file" },
  help: {
    vi: `par-index score --template <mã|tệp.json> --input <điểm.json> [--format json|table]

Tính điểm từng lĩnh vực, Chỉ số (%), xếp hạng, nhóm và xếp loại.
  --template   mã bộ tiêu chí có sẵn (xem "par-index templates") hoặc tệp .json
  --input      tệp { "units": [ { "name": "Xã A", "scores": { "1.1.1": 1 }, "previousRank": 4 } ] }
  --format     json (mặc định) hoặc table (bảng dễ đọc)

Tiêu chí không đánh giá với một đơn vị: "notAssessed": ["3", "5.2"] hoặc điểm "KĐG";
điểm tối đa của đơn vị chỉ còn các tiêu chí áp dụng (trường "max"), Chỉ số = điểm / điểm tối đa áp dụng.
Điểm thưởng, điểm trừ (nội dung có "kind" bonus/penalty) nằm ngoài điểm tối đa: điểm = điểm các lĩnh vực
+ thưởng − trừ, giữ trong khoảng 0 đến điểm tối đa áp dụng.

Điểm tự chấm của đơn vị: "selfScores": { "1.1.1": 1 } (cùng dạng "scores"). Khi có, đơn vị có thêm
"selfScore", "selfPercent", "selfDifference" (= điểm thẩm định − điểm tự chấm) và mỗi lĩnh vực có thêm
"selfScore", "selfPercent"; điểm tự chấm sai là lỗi có "round": "self".

Mã thoát: 0 không có lỗi (có thể có cảnh báo); 1 dữ liệu có lỗi; 2 không dùng được đầu vào.`,
    en: `par-index score --template <id|file.json> --input <scores.json> [--format json|table]

Computes field scores, the index (%), ranks, bands and classes.
  --template   a built-in id (see "par-index templates") or a .json file
  --input      a file { "units": [ { "name": "Xã A", "scores": { "1.1.1": 1 }, "previousRank": 4 } ] }
  --format     json (default) or table

Criteria not assessed for a unit: "notAssessed": ["3", "5.2"] or the score "KĐG"; the unit's
maximum ("max") keeps only the applicable criteria and the index is score / applicable maximum.
Bonus and penalty points (nodes of "kind" bonus/penalty) sit outside the maximum: score = fields
+ bonus − penalty, kept within 0 and the applicable maximum.

A unit's self-assessment: "selfScores": { "1.1.1": 1 } (shaped like "scores"). The unit then also
carries "selfScore", "selfPercent", "selfDifference" (= appraised score − self score), each field
"selfScore" and "selfPercent"; an invalid self score is an issue with "round": "self".

Exit codes: 0 no errors (warnings allowed); 1 the data has errors; 2 the input cannot be used.`,
  },
  async run({ args, io, lang }) {
    const { values } = parseCommandArgs(args, { template: { type: "string" }, input: { type: "string" }, format: { type: "string", default: "json" } }, lang);
    const template = loadTemplate(requireOption(values.template, "template", lang), lang);
    const inputPath = requireOption(values.input, "input", lang);
    const format = values.format;
    if (format !== "json" && format !== "table") throw new UnusableInput(cliText[lang].badFormat(String(format)));
    const units = parseUnitsJson(readTextFile(inputPath, lang), inputPath, lang);
    return printScores(template, units, format, { io, lang });
  },
};

/**
 * Scores the units (and their self-assessment where they give one) and prints
 * the JSON or the table; the exit code says whether any score is an error.
 * `score` and `export` both print through here, so that the same data gives
 * the same bytes.
 */
export function printScores(
  template: CompiledTemplate,
  units: readonly UnitInput[],
  format: "json" | "table",
  { io, lang }: Pick<CommandContext, "io" | "lang">,
): number {
  const report = scoreUnits(template, units);
  if (report.refused.length > 0) {
    throw new UnusableInput([cliText[lang].refused, ...report.refused.map((p) => `  - ${p[lang]}`)].join("\n"));
  }
  const self = scoreSelfAssessments(template, units, report);
  io.out(format === "json" ? JSON.stringify(scoreJson(report, lang, self), null, 2) : scoreTable(report, lang, self));
  return [...report.issues, ...self.issues].some((issue) => issue.severity === "error") ? EXIT_DATA_ERRORS : EXIT_OK;
}
