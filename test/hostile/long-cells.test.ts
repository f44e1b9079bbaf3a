/**
 * Annex cells whose text would pass Excel's 32,767 characters: PL2's note
 * naming two fields with very long titles, PL4's largest differences with
 * long explanations, and PL4's sentence naming 300 units with long names.
 * Each continues in the rows below, every cell within the limit, nothing
 * lost; the same in the add-in's workbook (memory) and the command line's file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { buildAnnexes } from "../../src/actions/build-annexes";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { putSelfAssessments, type SelfAssessmentEntry } from "../../src/actions/self-assessment";
import { EXCEL_CELL_TEXT_LIMIT } from "../../src/core/excel-limits";
import type { UnitInput } from "../../src/core/scoring";
import { templateHash } from "../../src/core/template-hash";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import type { WorkbookPort } from "../../src/workbook/port";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { runCli, scratchFolder } from "../cli/cli-harness";

jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());

const PL2 = "PL2 Phân loại";
const PL4 = "PL4 Tự chấm-Thẩm định";
const title = (word: string) => `${word} `.repeat(Math.floor(20_000 / (word.length + 1))).trim();
const TITLE_1 = title("Chỉ đạo điều hành");
const TITLE_2 = title("Xây dựng thể chế");

function longTitleTemplate(): CompiledTemplate {
  const parsed = parseTemplate({
    id: "tieu-de-dai",
    name: "Bộ tiêu đề dài",
    classification: [
      { label: "Hoàn thành xuất sắc nhiệm vụ", minTotal: 90, minField: 80 },
      { label: "Hoàn thành tốt nhiệm vụ", minTotal: 80, minField: 70 },
      { label: "Không hoàn thành nhiệm vụ" },
    ],
    fields: [
      { code: "1", title: TITLE_1, max: 10 },
      { code: "2", title: TITLE_2, max: 10 },
      { code: "3", title: "Cải cách thủ tục hành chính", max: 80 },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
  return parsed.template;
}

const template = longTitleTemplate();
/** 300 names of 240 characters, each ending in its number. */
const names = Array.from(
  { length: 300 },
  (_, i) => `Ủy ban nhân dân xã Thử nghiệm có tên rất dài ${"x".repeat(240)}`.slice(0, 236) + ` ${String(i + 1).padStart(3, "0")}`,
);
/** The first unit is demoted on fields 1 and 2 (70%); every unit is appraised 6 or 10 points below its self-assessment of 100. */
const units: UnitInput[] = names.map((name, i) => ({ name, scores: i === 0 ? { "1": 7, "2": 7, "3": 80 } : { "1": 8, "2": 8, "3": 74 } }));
const EXPLANATION = `Đã ban hành kế hoạch ${"và tổ chức thực hiện đầy đủ ".repeat(700)}`.trim();

async function season(book: WorkbookPort): Promise<void> {
  expect((await loadTemplateIntoWorkbook(book, template, names, { year: 2026, scores: units })).ok).toBe(true);
  const entries: SelfAssessmentEntry[] = names.map((unit, i) => ({
    unit,
    templateHash: templateHash(template.definition),
    year: 2026,
    scores: { "1": 10, "2": 10, "3": 80 },
    explanations: i === 0 ? { "1": EXPLANATION, "2": EXPLANATION } : {},
    source: "",
  }));
  expect(await putSelfAssessments(book, entries)).toMatchObject({ ok: true, written: true });
}

/** A sheet's cells as text by row (null where empty), from the memory workbook or a file read back. */
type Grid = (string | number | boolean | null)[][];

/** The texts of `column` from `row` down, while they continue (the next unit's row or a blank ends them). */
function continued(grid: Grid, row: number, column: number, stop: (r: number) => boolean): string {
  let text = String(grid[row][column]);
  for (let r = row + 1; r < grid.length && !stop(r) && typeof grid[r]?.[column] === "string"; r++) text += String(grid[r][column]);
  return text;
}

function expectSplit(pl2: Grid, pl4: Grid): void {
  for (const grid of [pl2, pl4])
    for (const line of grid) for (const value of line) if (typeof value === "string") expect(value.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
  // PL2: the demoted unit's note (column G), continued in the rows below its own.
  const first = pl2.findIndex((line) => line[1] === names[0] && typeof line[0] === "number");
  const note = continued(pl2, first, 6, (r) => pl2[r][0] !== null && pl2[r][0] !== undefined);
  expect(note).toBe(
    `Chỉ số 94,00% đạt mức "Hoàn thành xuất sắc nhiệm vụ" nhưng lĩnh vực 1 (${TITLE_1}) chỉ đạt 70,00%; lĩnh vực 2 (${TITLE_2}) chỉ đạt 70,00%, dưới ngưỡng 80% mỗi lĩnh vực của mức này, nên xếp loại "Hoàn thành tốt nhiệm vụ".`,
  );
  expect(pl2[first + 1][1] ?? null).toBeNull();
  expect(pl2[first + 2][1]).toBe(names[1]);
  // PL4: the first unit's largest differences (column J), then the next unit's row.
  expect(pl4[4].slice(0, 2)).toEqual([1, names[0]]);
  const largest = continued(pl4, 4, 9, (r) => typeof pl4[r][0] === "number");
  const line = (code: string) => `${code}: tự chấm 10, thẩm định 7 (-3). Giải trình: ${EXPLANATION}`;
  expect(largest).toBe(`${line("1")}\n${line("2")}`);
  expect(pl4[6].slice(0, 2)).toEqual([2, names[1]]);
  // PL4's sentence, under the last unit after a blank row, over several rows.
  const last = pl4.findIndex((row) => row[1] === names[299]);
  const sentence = continued(pl4, last + 2, 1, () => false);
  expect(sentence.length).toBeGreaterThan(2 * EXCEL_CELL_TEXT_LIMIT);
  expect(sentence).toMatch(/^Có 300 đơn vị có điểm thẩm định thấp hơn điểm tự chấm quá 5 điểm, gồm: /u);
  // Each unit as the report names it ("UBND xã…"), once.
  expect(names.filter((name) => sentence.split(`${name.replace("Ủy ban nhân dân", "UBND")} (tự chấm 100`).length !== 2)).toEqual([]);
}

describe("annex cells longer than Excel allows", () => {
  it("continue in the rows below in the add-in's workbook", async () => {
    const book = new MemoryWorkbook();
    await season(book);
    const result = await buildAnnexes(book);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const grid = (sheet: string): Grid => (book.sheet(sheet)?.cells ?? []).map((line) => (line ?? []).map((cell) => cell?.value ?? null));
    expectSplit(grid(PL2), grid(PL4));
  });

  it("continue in the rows below in the command line's file", async () => {
    const book = XlsxWorkbook.create();
    await season(book);
    const input = files.path("dai.xlsx");
    writeFileSync(input, await book.toBuffer());
    const out = files.path("ket-qua.xlsx");
    const run = await runCli(["annexes", input, "--out", out]);
    expect(run.code).toBe(0);
    const snapshot = await (await XlsxWorkbook.fromBuffer(readFileSync(out))).read({ ranges: [{ sheet: PL2 }, { sheet: PL4 }] });
    const [pl2, pl4] = snapshot.ranges.map((range) => range.values as Grid);
    expectSplit(pl2, pl4);
  });
});
