import { fitRowHeights, heightForLines, lineCapacity, textHeight, wrappedLines } from "../../src/sheet/row-heights";
import type { PlanCell, SheetPlan } from "../../src/sheet/plan";
import { newSheetPlan, PlanGrid } from "../../src/sheet/plan-grid";

/** `count` words of `word`, one space apart. */
const words = (word: string, count: number): string => Array.from({ length: count }, () => word).join(" ");

describe("wrapped lines and heights", () => {
  it("gives a 300-character sentence in Báo cáo's 110-wide column 3 lines: 48 points", () => {
    const sentence = words("phương", 43);
    expect(sentence).toHaveLength(300);
    // 119 characters a line: 17 words (118 characters), 17, then 9.
    expect(lineCapacity(110)).toBe(119);
    expect(wrappedLines(sentence, 110)).toBe(3);
    expect(textHeight(sentence, 110)).toBe(48);
  });

  it("keeps Excel's default height for text that fits on one line", () => {
    expect(wrappedLines("Xã Hòa An", 30)).toBe(1);
    expect(textHeight("Xã Hòa An", 30)).toBe(15);
    expect(textHeight("", 30)).toBe(15);
  });

  it("counts bold text wider: a unit's name in a 14-wide unit column", () => {
    // Regular: 13 characters a line; bold: 12 ("Xã Quang" | "Phục").
    expect(lineCapacity(14)).toBe(13);
    expect(lineCapacity(14, { bold: true })).toBe(12);
    expect(wrappedLines("Xã Quang Phục", 14)).toBe(1);
    expect(wrappedLines("Xã Quang Phục", 14, { bold: true })).toBe(2);
    expect(textHeight("Xã Quang Phục", 14, { bold: true })).toBe(33);
    expect(textHeight("Hoàn thành xuất sắc nhiệm vụ", 14, { bold: true })).toBe(48);
  });

  it("narrows the line by the indent", () => {
    expect(lineCapacity(50)).toBe(53);
    expect(lineCapacity(50, { indent: 1 })).toBe(51);
    expect(lineCapacity(50, { indent: 2, bold: true })).toBe(44);
  });

  it("breaks a word longer than a line inside it, and starts a line at each line break", () => {
    expect(wrappedLines("a".repeat(25), 11)).toBe(3);
    expect(wrappedLines(`Mã ${"a".repeat(25)}`, 11)).toBe(4);
    expect(wrappedLines("Dòng một\nDòng hai", 30)).toBe(2);
  });

  it("adds 15 points a line and 3 of margin, up to Excel's 409", () => {
    expect([1, 2, 3, 4].map(heightForLines)).toEqual([15, 33, 48, 63]);
    expect(heightForLines(200)).toBe(409);
  });
});

describe("fitRowHeights", () => {
  const text = (value: string, extra: Partial<PlanCell> = {}): PlanCell => ({ value, text: true, ...extra });
  const long = words("abcd", 12); // 59 characters

  function planOf(rows: (PlanCell | null)[][], merges: string[] = [], rowHeights?: (number | null)[]): SheetPlan {
    const grid = new PlanGrid();
    rows.forEach((line, r) => line.forEach((cell, c) => cell && grid.set(r, c, cell)));
    const plan = newSheetPlan("Thử", "annex-report", grid);
    plan.columnWidths = [10, 20];
    plan.merges = merges;
    if (rowHeights) plan.rowHeights = rowHeights;
    return plan;
  }

  it("sizes rows of wrapped text only, and leaves no trailing defaults", () => {
    const plan = planOf([[text(long)], [text(long, { wrap: true })], [text("ngắn", { wrap: true })]]);
    // Column A is 10 wide: 9 characters a line, two words each → 6 lines.
    expect(fitRowHeights(plan)).toEqual([null, 93]);
    expect(fitRowHeights(planOf([[text("ngắn", { wrap: true })]]))).toEqual([]);
  });

  it("wraps a merged cell in the width of its columns and spreads it over its rows", () => {
    // A1:B1 is 30 wide: 31 characters a line, six words → 2 lines.
    expect(fitRowHeights(planOf([[text(long, { wrap: true }), text("")]], ["A1:B1"]))).toEqual([33]);
    const twoRows = planOf([[text(words("abcd", 30), { wrap: true })]], ["A1:B2"]);
    // 149 characters over 31 a line: 5 lines = 78 points, 39 in each row.
    expect(fitRowHeights(twoRows)).toEqual([39, 39]);
  });

  it("keeps a height already planned when it is taller", () => {
    const plan = planOf([[text(long, { wrap: true })], [text(long, { wrap: true })]], [], [120, 20]);
    expect(fitRowHeights(plan)).toEqual([120, 93]);
  });

  it("counts bold styles and indents", () => {
    const title = words("Cải cách", 5); // 44 characters
    const plan = planOf([
      [null, text(title, { wrap: true })],
      [null, text(title, { wrap: true, style: "header" })],
      [null, text(title, { wrap: true, indent: 3 })],
    ]);
    // Column B is 20 wide: regular 20 a line (3 lines), bold 18 (3 lines), indent 3: 13 (4 lines).
    expect(fitRowHeights(plan)).toEqual([48, 48, 63]);
  });
});
