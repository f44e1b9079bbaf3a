/**
 * Texts too long for the cells they go into are refused as data: a unit name
 * over 255 characters, a criterion title or guidance over 32,000.
 */
import { MAX_TEMPLATE_TEXT, MAX_UNIT_NAME_LENGTH } from "../../src/core/excel-limits";
import { checkUnitNames } from "../../src/core/scoring";
import type { Template } from "../../src/core/template";
import { parseTemplate } from "../../src/core/template-validation";
import { findBuiltInTemplate } from "../../src/templates/registry";

const source = (): Template => JSON.parse(JSON.stringify(findBuiltInTemplate("hai-duong-xa-2022")?.definition)) as Template;

describe("over-long texts", () => {
  it("refuses a unit name over 255 characters, naming its position", () => {
    const long = `Xã ${"Thử nghiệm ".repeat(30)}`.trim();
    expect(long.length).toBeGreaterThan(MAX_UNIT_NAME_LENGTH);
    const edge = "X".repeat(MAX_UNIT_NAME_LENGTH);
    expect(checkUnitNames(["Xã Quang Trung", edge])).toEqual([]);
    const problems = checkUnitNames(["Xã Quang Trung", long]);
    expect(problems).toEqual([
      {
        vi: `Tên đơn vị thứ 2 ("Xã Thử nghiệm Thử nghiệm Thử nghiệm Thử …") dài ${long.length} ký tự, quá 255 ký tự cho phép; hãy rút gọn tên (có thể đã dán nhầm cả đoạn văn vào ô tên)`,
        en: `Unit 2's name ("Xã Thử nghiệm Thử nghiệm Thử nghiệm Thử …") is ${long.length} characters long, over the 255 allowed; shorten it (a whole paragraph may have been pasted into the name)`,
      },
    ]);
  });

  it("reports a criterion title or guidance longer than a cell in template validation", () => {
    const template = source();
    template.fields[0].title = "Cải cách ".repeat(4000); // 36,000 characters
    template.fields[1].guidance = "x".repeat(MAX_TEMPLATE_TEXT + 1);
    const result = parseTemplate(template);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.vi)).toEqual([
      "fields[0].title: dài quá 32000 ký tự, không ghi được vào một ô Excel; hãy rút gọn (để phần giải thích dài trong tài liệu riêng)",
      "fields[1].guidance: dài quá 32000 ký tự, không ghi được vào một ô Excel; hãy rút gọn (để phần giải thích dài trong tài liệu riêng)",
    ]);
    template.fields[0].title = "x".repeat(MAX_TEMPLATE_TEXT);
    delete template.fields[1].guidance;
    expect(parseTemplate(template).ok).toBe(true);
  });
});
