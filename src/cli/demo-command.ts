import type { Command } from "./command";
import { parseCommandArgs, requireOption } from "./args";
import { writeWorkbookFile } from "./workbook-files";
import { buildScoringWorkbook } from "./scoring-workbook";
import { classSummary, runBuildAnnexes } from "./annex-run";
import { workbookText } from "./workbook-text";
import { EXIT_DATA_ERRORS, EXIT_OK } from "./io";
import { guardOutput } from "./output-guard";
import { demoTemplate, demoUnits } from "../demo/demo-scores";
import { demo2025Template, demo2025Units } from "../demo/demo-2025";
import { DEMO_YEAR } from "../demo/province";
import { UnusableInput } from "./io";
import type { CompiledTemplate } from "../core/template-tree";
import type { UnitInput } from "../core/scoring";

/** The demo sets by --set: the Hải Dương communes (default), or the illustrative 2025-style set. */
const DEMO_SETS: Record<string, () => { template: CompiledTemplate; units: UnitInput[] }> = {
  "2022": () => ({ template: demoTemplate(), units: demoUnits() }),
  "2025": () => ({ template: demo2025Template(), units: demo2025Units() }),
};

export const demoCommand: Command = {
  name: "demo",
  summary: {
    vi: "tạo sổ minh họa: 25 xã của một tỉnh giả định, đã chấm điểm và lập phụ lục",
    en: "write a demo workbook: 25 communes of a fictional province, scored, with annexes",
  },
  help: {
    vi: `par-index demo --out <minh-họa.xlsx> [--set 2022|2025] [--force]

Tạo một sổ tính hoàn chỉnh để dùng thử không cần Excel: 25 xã, thị trấn của một tỉnh giả định chấm theo
bộ tiêu chí hai-duong-xa-2022, có đủ các mức xếp loại (kể cả trường hợp bị hạ loại vì một lĩnh vực yếu),
các nhóm, các đơn vị đồng hạng, thứ hạng năm trước, và các phụ lục PL1–PL3, Báo cáo.
  --out     tệp .xlsx sẽ tạo (không ghi đè tệp đã có, trừ khi thêm --force)
  --set     2022 (mặc định, như trên) hoặc 2025: 12 xã, phường, đặc khu chấm theo bộ tiêu chí MINH HỌA
            cấu trúc 2025 (minh-hoa-xa-2025, không phải bộ chính thức) – một xã có tiêu chí không đánh giá
            (KĐG, Chỉ số tính trên điểm tối đa áp dụng), các đơn vị có điểm thưởng, điểm trừ
  --force   cho phép thay một tệp --out đã có

Ví dụ: npx par-index demo --out demo.xlsx
       npx par-index demo --out demo-2025.xlsx --set 2025`,
    en: `par-index demo --out <demo.xlsx> [--set 2022|2025] [--force]

Writes a complete workbook to try without Excel: 25 communes of a fictional province scored on the
hai-duong-xa-2022 template, with every class (demotions for a weak field included), every band, ties,
last year's ranks, and the annexes PL1–PL3 and Báo cáo.
  --out     the .xlsx file to create (an existing file is not overwritten without --force)
  --set     2022 (default, as above) or 2025: 12 communes, wards and a special zone scored on the ILLUSTRATIVE
            2025-style set (minh-hoa-xa-2025, not an official set) – one commune with a criterion not
            assessed (KĐG, index over its applicable maximum), units with bonus and penalty points
  --force   allow replacing an existing --out file

Example: npx par-index demo --out demo.xlsx
         npx par-index demo --out demo-2025.xlsx --set 2025`,
  },
  async run({ args, io, lang }) {
    const { values } = parseCommandArgs(args, { out: { type: "string" }, force: { type: "boolean" }, set: { type: "string", default: "2022" } }, lang);
    const out = requireOption(values.out, "out", lang);
    const demoSet = DEMO_SETS[String(values.set)];
    if (!demoSet) throw new UnusableInput(workbookText[lang].badDemoSet(String(values.set), Object.keys(DEMO_SETS)));
    await guardOutput({ out, inputs: {}, force: values.force === true }, lang);
    const { template, units } = demoSet();
    const { workbook } = await buildScoringWorkbook(io, lang, {
      template,
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
