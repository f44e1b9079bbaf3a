import { parseTemplate, parseTemplateText } from "../../src/core/template-validation";
import { builtInTemplates, findBuiltInTemplate } from "../../src/templates/registry";

const valid = () => ({
  id: "thu-nghiem-2026",
  name: "Thử nghiệm",
  fields: [
    {
      code: "1",
      title: "Chỉ đạo, điều hành",
      max: 3,
      children: [
        {
          code: "1.1",
          title: "Kế hoạch",
          max: 2,
          children: [
            { code: "1.1.1", title: "Ban hành đúng hạn", max: 1, levels: [1, 0.5, 0] },
            { code: "1.1.2", title: "Thực hiện", max: 1 },
          ],
        },
        { code: "1.2", title: "Báo cáo", max: 1 },
      ],
    },
    { code: "2", title: "Tác động", max: 2, classified: false },
  ],
  classification: [{ label: "Tốt", minTotal: 80, minField: 70 }, { label: "Đạt", minTotal: 50, minField: 50 }, { label: "Không đạt" }],
  bands: [
    { label: "Từ 80%", min: 80 },
    { label: "Dưới 80%", min: 0 },
  ],
});

function problemsOf(input: unknown): string[] {
  const result = parseTemplate(input);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => p.vi);
}

function englishProblemsOf(input: unknown): string[] {
  const result = parseTemplate(input);
  if (result.ok) throw new Error("expected problems");
  return result.problems.map((p) => p.en);
}

describe("template validation", () => {
  it("accepts a well-formed template and compiles its tree", () => {
    const result = parseTemplate(valid());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const t = result.template;
    expect(t.precision).toBe(2);
    expect(t.totalMax).toBe(5);
    expect(t.leaves.map((i) => t.nodes[i].code)).toEqual(["1.1.1", "1.1.2", "1.2", "2"]);
    expect(t.fields.map((f) => [f.code, f.classified])).toEqual([
      ["1", true],
      ["2", false],
    ]);
    expect(t.nodes[t.byCode.get("1.1.2") as number].parent).toBe(t.byCode.get("1.1"));
  });

  it("names the path of a parent whose maximum is not the sum of its children", () => {
    const input = valid();
    input.fields[0].children![0].max = 2.5;
    expect(problemsOf(input)).toContain("fields[0].children[0].max: điểm tối đa 2,5 khác tổng điểm tối đa của các tiêu chí con 2");
    expect(englishProblemsOf(input)).toContain("fields[0].children[0].max: maximum 2.5 differs from the sum of its children's maxima 2");
  });

  it("refuses duplicate codes and children whose code does not extend the parent's", () => {
    const input = valid();
    input.fields[0].children![1].code = "1.1";
    expect(problemsOf(input)).toContain("fields[0].children[1].code: mã 1.1 bị trùng với fields[0].children[0]");
    const other = valid();
    other.fields[0].children![1].code = "2.2";
    expect(problemsOf(other)).toContain("fields[0].children[1].code: mã 2.2 phải có dạng 1.<số> vì là tiêu chí con của 1");
  });

  it("refuses levels outside [0, max]", () => {
    const input = valid();
    input.fields[0].children![0].children![0].levels = [1.5, 0];
    expect(problemsOf(input)).toEqual(["fields[0].children[0].children[0].levels[0]: mức điểm 1,5 phải nằm trong khoảng 0 đến 1"]);
  });

  it("refuses thresholds that increase down the list", () => {
    const input = valid();
    input.classification[1].minField = 75;
    expect(problemsOf(input)).toEqual(["classification[1].minField: ngưỡng 75 lớn hơn ngưỡng 70 của loại đứng trên; các ngưỡng phải giảm dần"]);
  });

  it("refuses a template without leaves", () => {
    expect(problemsOf({ ...valid(), fields: [] })).toEqual(["fields: bộ tiêu chí không có tiêu chí nào để chấm điểm"]);
  });

  it("reports shape errors with their paths", () => {
    const input = valid() as Record<string, unknown>;
    input.id = "Hai Duong";
    (input.fields as Array<Record<string, unknown>>)[1].max = "2";
    delete input.name;
    const problems = problemsOf(input);
    expect(problems).toContain('id: chỉ gồm chữ thường không dấu, chữ số và dấu "-" (ví dụ hai-duong-xa-2022)');
    expect(problems).toContain("fields[1].max: phải là một số");
    expect(problems).toContain("name: bắt buộc nhưng đang thiếu");
  });

  it("refuses precision outside 0–4 and unknown keys", () => {
    expect(problemsOf({ ...valid(), precision: 5 })).toEqual(["precision: không được lớn hơn 4"]);
    expect(problemsOf({ ...valid(), extra: 1 })).toEqual(["(gốc): khóa không được hỗ trợ: extra"]);
  });

  it("reports unreadable JSON as a problem, not an exception", () => {
    const result = parseTemplateText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].vi).toMatch(/^Tệp bộ tiêu chí không phải JSON hợp lệ/);
  });
});

describe("built-in templates", () => {
  it("have the maxima of docs/domain.md", () => {
    const maxima = (id: string) => findBuiltInTemplate(id)!.fields.map((f) => f.max);
    expect(maxima("hai-duong-xa-2022")).toEqual([15, 5, 18.5, 6, 11, 7, 11.5, 26]);
    expect(maxima("phu-yen-xa-2022")).toEqual([11.5, 6.5, 14, 5.5, 8, 8.5, 12, 4]);
    expect(maxima("bnv-tinh-2022")).toEqual([9.5, 10, 13, 10.5, 15, 12, 13.5, 6.5, 10]);
    expect(builtInTemplates().map((t) => [t.id, t.totalMax])).toEqual([
      ["hai-duong-xa-2022", 100],
      ["phu-yen-xa-2022", 70],
      ["bnv-tinh-2022", 100],
      ["minh-hoa-xa-2025", 100],
    ]);
  });

  it("include an illustrative 2025-style set, labelled as such: 8 contents on 100 points, bonus up to 3 and penalty up to 5 outside", () => {
    const t = findBuiltInTemplate("minh-hoa-xa-2025")!;
    expect(t.name).toContain("MINH HỌA");
    expect(t.name).toContain("không phải bộ chính thức");
    expect(t.definition.source).toContain("KHÔNG phải văn bản chính thức");
    expect(t.fields.map((f) => [f.code, f.max, f.kind, f.classified])).toEqual([
      ["1", 10, "ordinary", true],
      ["2", 8, "ordinary", true],
      ["3", 16, "ordinary", true],
      ["4", 8, "ordinary", true],
      ["5", 12, "ordinary", true],
      ["6", 8, "ordinary", true],
      ["7", 14, "ordinary", true],
      ["8", 24, "ordinary", false],
      ["9", 3, "bonus", false],
      ["10", 5, "penalty", false],
    ]);
    expect(t.totalMax).toBe(100);
    expect(t.leaves.length).toBe(50);
    // Six leaves are scored freely (rates, survey points); the others allow only their levels.
    expect(t.leaves.filter((leaf) => !t.nodes[leaf].levels).map((leaf) => t.nodes[leaf].code)).toEqual(["1.6", "2.3", "3.5", "8.1", "8.2", "8.3"]);
  });

  it("keep Hải Dương's impact part out of classification", () => {
    const t = findBuiltInTemplate("hai-duong-xa-2022")!;
    const impact = t.fields[7];
    expect(impact.classified).toBe(false);
    expect(t.nodes[impact.node].children.map((i) => [t.nodes[i].code, t.nodes[i].max])).toEqual([
      ["8.1", 2],
      ["8.2", 14],
      ["8.3", 10],
    ]);
  });
});

describe("bonus and penalty nodes (kind)", () => {
  const withExtras = () => {
    const template = valid();
    return {
      ...template,
      fields: [
        ...template.fields,
        { code: "3", title: "Điểm thưởng", max: 1, kind: "bonus" },
        {
          code: "4",
          title: "Điểm trừ",
          max: 2,
          kind: "penalty",
          children: [
            { code: "4.1", title: "Chậm báo cáo", max: 1 },
            { code: "4.2", title: "Sai phạm", max: 1 },
          ],
        },
      ],
    };
  };

  it("leaves their caps out of the total maximum and never lets them gate classification", () => {
    const result = parseTemplate(withExtras());
    if (!result.ok) throw new Error(result.problems.map((p) => p.en).join("; "));
    const { template } = result;
    expect(template.totalMax).toBe(5);
    expect(template.hasExtraKinds).toBe(true);
    expect(template.fields.map((f) => [f.code, f.kind, f.max, f.classified])).toEqual([
      ["1", "ordinary", 3, true],
      ["2", "ordinary", 2, false],
      ["3", "bonus", 1, false],
      ["4", "penalty", 2, false],
    ]);
  });

  it("refuses a kind below the top level, an unknown kind, and a template of bonus points only", () => {
    const nested = withExtras();
    (nested.fields[3].children as Array<Record<string, unknown>>)[0].kind = "penalty";
    expect(problemsOf(nested)).toEqual(['fields[3].children[0].kind: "kind" (điểm thưởng, điểm trừ) chỉ dùng cho nội dung cấp cao nhất']);
    const unknownKind = withExtras();
    (unknownKind.fields[2] as Record<string, unknown>).kind = "extra";
    expect(problemsOf(unknownKind)).toEqual(["fields[2].kind: giá trị không hợp lệ"]);
    const onlyBonus = { ...valid(), fields: [{ code: "1", title: "Điểm thưởng", max: 5, kind: "bonus" }] };
    expect(englishProblemsOf(onlyBonus)).toEqual(["fields: the total maximum (without bonus and penalty points) must be greater than 0"]);
  });
});
