import type { Command } from "./command";
import { checkUnitNames, type UnitInput } from "../core/scoring";
import { nameKey } from "../core/names";
import type { Lang } from "../core/messages";
import { buildScoringWorkbook, ScoringWorkbookInput } from "./scoring-workbook";
import { parseCommandArgs, requireOption } from "./args";
import { loadTemplate, parseUnitsJson, readTextFile } from "./inputs";
import { parseYear, readUnitsList, writeWorkbookFile } from "./workbook-files";
import { workbookText } from "./workbook-text";
import { CliIO, EXIT_OK, UnusableInput } from "./io";
import { cliText } from "./text";
import { guardOutput } from "./output-guard";
import { FIRST_UNIT_COLUMN } from "../sheet/layout";

/** Excel's last column is XFD (16,384 columns); Chấm điểm has a unit per column from D. */
const MAX_UNITS = 16_384 - FIRST_UNIT_COLUMN;
import { writePerUnitFiles } from "./per-unit-files";

export const initCommand: Command = {
  name: "init",
  summary: { vi: "tạo sổ chấm điểm .xlsx từ bộ tiêu chí và danh sách đơn vị", en: "create a scoring workbook (.xlsx) from a template and a unit list" },
  help: {
    vi: `par-index init --template <mã|tệp.json> --units <danh-sách.txt> [--scores <điểm.json>] [--year 2026] --out <sổ.xlsx>
par-index init --template <mã|tệp.json> --units <danh-sách.txt> [--year 2026] --per-unit <thư-mục> [--force]

Tạo sổ tính gồm các trang Tiêu chí, Chấm điểm, Cấu hình như phần bổ trợ Excel tạo ra,
với công thức Excel thông thường (mở được bằng Excel không cài phần bổ trợ, hoặc LibreOffice).
  --template   mã bộ tiêu chí có sẵn (xem "par-index templates") hoặc tệp .json
  --units      tệp văn bản, mỗi dòng một tên đơn vị (có thể bỏ nếu đã có --scores)
  --scores     điền sẵn điểm từ tệp cùng dạng với "par-index score"
  --year       năm đánh giá
  --out        tệp .xlsx sẽ tạo (không ghi đè tệp đã có, trừ khi thêm --force)
  --per-unit   thư mục nhận tệp tự chấm của từng đơn vị (<tên đơn vị>.xlsx, trang "Tự chấm"):
               đơn vị nhập điểm tự chấm và giải trình, rồi gửi lại để gộp bằng "par-index collect"
  --force      cho phép thay tệp --out đã có và các tệp tự chấm đã có trong thư mục --per-unit

Ví dụ: par-index init --template hai-duong-xa-2022 --units xa.txt --year 2026 --out cham-diem-2026.xlsx
       par-index init --template hai-duong-xa-2022 --units xa.txt --year 2026 --per-unit tu-cham-2026

Mã thoát: 0 đã tạo sổ; 1 đã tạo sổ nhưng điểm điền sẵn có lỗi; 2 không dùng được đầu vào.`,
    en: `par-index init --template <id|file.json> --units <units.txt> [--scores <scores.json>] [--year 2026] --out <book.xlsx>
par-index init --template <id|file.json> --units <units.txt> [--year 2026] --per-unit <folder> [--force]

Creates a workbook with the sheets the Excel add-in makes (Tiêu chí, Chấm điểm, Cấu hình),
with plain Excel formulas (it works in Excel without the add-in, and in LibreOffice).
  --template   a built-in id (see "par-index templates") or a .json file
  --units      a text file, one unit name per line (optional with --scores)
  --scores     fill in scores from a file in the input format of "par-index score"
  --year       the year assessed
  --out        the .xlsx file to create (an existing file is not overwritten without --force)
  --per-unit   a folder for each unit's self-assessment file (<unit name>.xlsx, sheet "Tự chấm"):
               the unit types its scores and explanations and sends it back to be collected
               with "par-index collect"
  --force      allow replacing an existing --out file and self-assessment files already in the folder

Example: par-index init --template hai-duong-xa-2022 --units communes.txt --year 2026 --out scoring-2026.xlsx
         par-index init --template hai-duong-xa-2022 --units communes.txt --year 2026 --per-unit self-2026

Exit codes: 0 written; 1 written, but the given scores have errors; 2 the input cannot be used.`,
  },
  async run({ args, io, lang }) {
    const { values } = parseCommandArgs(
      args,
      {
        template: { type: "string" },
        units: { type: "string" },
        scores: { type: "string" },
        year: { type: "string" },
        out: { type: "string" },
        "per-unit": { type: "string" },
        force: { type: "boolean" },
      },
      lang,
    );
    const text = workbookText[lang];
    const template = loadTemplate(requireOption(values.template, "template", lang), lang);
    const perUnit = values["per-unit"];
    if (!values.out && !perUnit) throw new UnusableInput(text.needOutOrPerUnit);
    const year = parseYear(values.year, lang);
    const scores: UnitInput[] | undefined = values.scores ? parseUnitsJson(readTextFile(values.scores, lang), values.scores, lang) : undefined;
    if (!values.units && !scores) throw new UnusableInput(text.needUnits);
    const duplicates = scores ? checkUnitNames(scores.map((unit) => unit.name)) : [];
    if (duplicates.length > 0) throw new UnusableInput([cliText[lang].refused, ...duplicates.map((p) => `  - ${p[lang]}`)].join("\n"));
    const units = values.units ? readUnitsList(values.units, lang) : (scores ?? []).map((unit) => unit.name);
    if (units.length > MAX_UNITS) throw new UnusableInput(text.tooManyUnits(units.length, MAX_UNITS));
    if (scores && values.units) {
      const listed = new Set(units.map(nameKey));
      const unknown = scores.map((unit) => unit.name).filter((name) => !listed.has(nameKey(name)));
      if (unknown.length > 0) throw new UnusableInput(text.unknownScoredUnits(unknown));
    }
    const templateFile = /[./\\]/.test(values.template ?? "") ? values.template : undefined;
    const force = values.force === true;
    if (values.out) await guardOutput({ out: values.out, inputs: { units: values.units, scores: values.scores, template: templateFile }, force }, lang);
    if (perUnit) await writePerUnitFiles(io, lang, { template, units, year, folder: perUnit, force });
    return values.out ? initWorkbook(io, lang, { template, units, scores, year, out: values.out }) : EXIT_OK;
  },
};

async function initWorkbook(io: CliIO, lang: Lang, input: ScoringWorkbookInput & { out: string }): Promise<number> {
  const { workbook, code, sheets } = await buildScoringWorkbook(io, lang, input);
  await writeWorkbookFile(input.out, workbook, lang);
  io.out(workbookText[lang].written(input.out, sheets));
  return code;
}
