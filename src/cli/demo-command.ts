import type { Command } from "./command";
import { parseCommandArgs, requireOption } from "./args";
import { writeWorkbookFile } from "./workbook-files";
import { buildScoringWorkbook } from "./scoring-workbook";
import { classSummary, runBuildAnnexes } from "./annex-run";
import { workbookText } from "./workbook-text";
import { EXIT_DATA_ERRORS, EXIT_OK } from "./io";
import { guardOutput } from "./output-guard";
import { demoTemplate, demoUnits } from "../demo/demo-scores";
import { DEMO_YEAR } from "../demo/province";

export const demoCommand: Command = {
  name: "demo",
  summary: { vi: "tạo sổ minh họa: 25 xã của một tỉnh giả định, đã chấm điểm và lập phụ lục", en: "write a demo workbook: 25 communes of a fictional province, scored, with annexes" },
  help: {
    vi: `par-index demo --out <minh-họa.xlsx> [--force]

Tạo một sổ tính hoàn chỉnh để dùng thử không cần Excel: 25 xã, thị trấn của một tỉnh giả định chấm theo
bộ tiêu chí hai-duong-xa-2022, có đủ các mức xếp loại (kể cả trường hợp bị hạ loại vì một lĩnh vực yếu),
các nhóm, các đơn vị đồng hạng, thứ hạng năm trước, và các phụ lục PL1–PL3, Báo cáo.
  --out     tệp .xlsx sẽ tạo (không ghi đè tệp đã có, trừ khi thêm --force)
  --force   cho phép thay một tệp --out đã có

Ví dụ: npx par-index demo --out demo.xlsx`,
    en: `par-index demo --out <demo.xlsx> [--force]

Writes a complete workbook to try without Excel: 25 communes of a fictional province scored on the
hai-duong-xa-2022 template, with every class (demotions for a weak field included), every band, ties,
last year's ranks, and the annexes PL1–PL3 and Báo cáo.
  --out     the .xlsx file to create (an existing file is not overwritten without --force)
  --force   allow replacing an existing --out file

Example: npx par-index demo --out demo.xlsx`,
  },
  async run({ args, io, lang }) {
    const { values } = parseCommandArgs(args, { out: { type: "string" }, force: { type: "boolean" } }, lang);
    const out = requireOption(values.out, "out", lang);
    await guardOutput({ out, inputs: {}, force: values.force === true }, lang);
    const units = demoUnits();
    const { workbook } = await buildScoringWorkbook(io, lang, {
      template: demoTemplate(),
      units: units.map((unit) => unit.name),
      scores: units,
      year: DEMO_YEAR,
    });
    const annexes = await runBuildAnnexes(workbook, io, lang);
    if (!annexes) return EXIT_DATA_ERRORS;
    await writeWorkbookFile(out, workbook, lang);
    io.out(`${workbookText[lang].demoWritten(out, units.length)}\n${classSummary(annexes, lang)}`);
    return EXIT_OK;
  },
};
