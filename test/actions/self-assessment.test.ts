import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { putSelfAssessments, type SelfAssessmentEntry } from "../../src/actions/self-assessment";
import { startAppraisal } from "../../src/actions/start-appraisal";
import { templateHash } from "../../src/core/template-hash";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { MemoryWorkbook, type MemorySheet } from "../../src/workbook/memory";

function smallTemplate(): CompiledTemplate {
  const parsed = parseTemplate({
    id: "thu-nghiem",
    name: "Bộ thử nghiệm",
    fields: [
      {
        code: "1",
        title: "Chỉ đạo",
        max: 3,
        children: [
          { code: "1.1", title: "Kế hoạch", max: 1, levels: [1, 0.5, 0] },
          { code: "1.2", title: "Báo cáo", max: 2 },
        ],
      },
      { code: "2", title: "Thể chế", max: 2 },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
  return parsed.template;
}

const template = smallTemplate();
const hash = templateHash(template.definition);
const UNITS = ["Xã An Lạc", "Xã Bình Minh", "Phường Đông Hải"];

async function scoringBook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  const loaded = await loadTemplateIntoWorkbook(book, template, UNITS, { year: 2026, dialect: "native" });
  if (!loaded.ok) throw new Error("load failed");
  return book;
}

function entry(unit: string, scores: SelfAssessmentEntry["scores"], explanations: SelfAssessmentEntry["explanations"] = {}): SelfAssessmentEntry {
  return { unit, templateHash: hash, year: 2026, scores, explanations, source: `${unit}.xlsx` };
}

describe("the self-assessment area", () => {
  it("is laid out by init like Chấm điểm: same codes in A, units in row 3, empty", async () => {
    const book = await scoringBook();
    expect(book.sheets.map((s) => [s.name, s.owned])).toEqual([
      ["Tiêu chí", "criteria"],
      ["Chấm điểm", "scoring"],
      ["Tự đánh giá", "self-assessment"],
      ["Giải trình", "explanations"],
      ["Cấu hình", "config"],
    ]);
    for (const sheet of ["Tự đánh giá", "Giải trình"]) {
      expect(book.cell(sheet, "A5")).toMatchObject({ value: "1.1", text: true });
      expect(book.cell(sheet, "F3")).toMatchObject({ value: "Phường Đông Hải", text: true });
      expect(book.cell(sheet, "D5")?.value ?? null).toBeNull();
      expect(book.cell(sheet, "D5")?.locked).toBe(false);
    }
    // The self sheet adds up like Chấm điểm (native dialect) and stops at the index.
    expect(book.cell("Tự đánh giá", "D4")?.formula).toBe("=SUM(D5,D6)");
    expect(book.cell("Tự đánh giá", "D8")?.formula).toBe("=SUM(D4,D7)");
    expect(book.cell("Tự đánh giá", "A1")?.value).toBe("Điểm tự đánh giá của các đơn vị năm 2026");
  });
});

describe("putSelfAssessments", () => {
  it("writes new units' scores and texts in one read and one write, at the same addresses as Chấm điểm", async () => {
    const book = await scoringBook();
    const before = { ...book.operations };
    const result = await putSelfAssessments(book, [
      entry("Xã An Lạc", { "1.1": 1, "1.2": 1.5, "2": 2 }, { "1.2": "Thiếu báo cáo quý IV", "1": "" }),
      entry("phường  đông hải", { "1.1": 0.5, "1.2": "KĐG", "2": 1 }),
    ]);
    expect(result).toEqual({
      ok: true,
      written: true,
      outcomes: [
        { status: "added", unit: "Xã An Lạc", source: "Xã An Lạc.xlsx", cells: 4 },
        { status: "added", unit: "Phường Đông Hải", source: "phường  đông hải.xlsx", cells: 3 },
      ],
    });
    expect(book.operations.reads - before.reads).toBe(1);
    expect(book.operations.applies - before.applies).toBe(1);
    expect(book.cell("Tự đánh giá", "D5")?.value).toBe(1);
    expect(book.cell("Tự đánh giá", "D6")?.value).toBe(1.5);
    expect(book.cell("Tự đánh giá", "D4")?.value).toBe(2.5);
    expect(book.cell("Tự đánh giá", "D8")?.value).toBe(4.5);
    expect(book.cell("Tự đánh giá", "F6")).toMatchObject({ value: "KĐG", text: true });
    expect(book.cell("Giải trình", "D6")).toMatchObject({ value: "Thiếu báo cáo quý IV", text: true });
    expect(book.cell("Giải trình", "D4")?.value ?? null).toBeNull();
    // The appraisal is untouched.
    expect(book.cell("Chấm điểm", "D5")?.value ?? null).toBeNull();
  });

  it("refuses a wrong template, a wrong year, an unknown unit, two entries of one unit and invalid values, and collects the rest", async () => {
    const book = await scoringBook();
    const result = await putSelfAssessments(book, [
      { ...entry("Xã An Lạc", { "1.1": 1 }), templateHash: "0".repeat(64) },
      { ...entry("Xã Bình Minh", { "1.1": 1 }), year: 2025 },
      entry("Xã Vắng Mặt", { "1.1": 1 }),
      entry("Phường Đông Hải", { "1.1": 1 }),
      entry("PHƯỜNG ĐÔNG HẢI", { "1.1": 0 }),
      entry("Xã An Lạc", { "1.1": 0.7, "1.2": 3, "2": "1,5" }, { "9.9": "?" }),
    ]);
    if (!result.ok) throw new Error("refused");
    expect(result.written).toBe(false);
    expect(result.outcomes.map((o) => (o.status === "refused" ? o.reason : o.status))).toEqual([
      "wrong-template",
      "wrong-year",
      "unknown-unit",
      "duplicate-unit",
      "duplicate-unit",
      "invalid-values",
    ]);
    const invalid = result.outcomes[5];
    if (invalid.status !== "refused") throw new Error("not refused");
    expect(invalid.issues.map((issue) => [issue.code, issue.kind, issue.round])).toEqual([
      ["1.1", "notALevel", "self"],
      ["1.2", "aboveMax", "self"],
      ["2", "notANumber", "self"],
    ]);
    expect(invalid.problems.map((p) => p.vi)).toEqual([
      'Bản tự chấm của "Xã An Lạc" có 3 điểm không hợp lệ; hãy đề nghị đơn vị sửa rồi gửi lại.',
      'Bản tự chấm của "Xã An Lạc" có giải trình cho mã 9.9 không có trong bộ tiêu chí.',
    ]);
    expect(result.outcomes[1]).toMatchObject({
      problems: [{ vi: 'Bản tự chấm của "Xã Bình Minh" là của năm 2025, còn sổ chấm điểm là năm 2026; hãy dùng file tự chấm đúng năm.' }],
    });
  });

  it("lists what a re-collect changes, writes it only with replace, and says unchanged for the same file", async () => {
    const book = await scoringBook();
    await putSelfAssessments(book, [entry("Xã Bình Minh", { "1.1": 1, "1.2": 2, "2": 1 }, { "2": "Đã ban hành" })]);
    const again = await putSelfAssessments(book, [entry("Xã Bình Minh", { "1.1": 1, "1.2": 2, "2": 1 }, { "2": "Đã ban hành" })]);
    expect(again).toEqual({ ok: true, written: false, outcomes: [{ status: "unchanged", unit: "Xã Bình Minh", source: "Xã Bình Minh.xlsx" }] });

    const second = entry("Xã Bình Minh", { "1.1": 0.5, "1.2": 2 }, { "2": "Đã ban hành, kèm quyết định" });
    const asked = await putSelfAssessments(book, [second]);
    const changes = [
      { code: "1.1", what: "score", sheet: "Tự đánh giá", address: "E5", before: 1, after: 0.5 },
      { code: "2", what: "score", sheet: "Tự đánh giá", address: "E7", before: 1, after: null },
      { code: "2", what: "explanation", sheet: "Giải trình", address: "E7", before: "Đã ban hành", after: "Đã ban hành, kèm quyết định" },
    ];
    expect(asked).toEqual({ ok: true, written: false, outcomes: [{ status: "needs-replace", unit: "Xã Bình Minh", source: "Xã Bình Minh.xlsx", changes }] });
    expect(book.cell("Tự đánh giá", "E5")?.value).toBe(1);

    const replaced = await putSelfAssessments(book, [second], { replace: true });
    expect(replaced).toEqual({ ok: true, written: true, outcomes: [{ status: "replaced", unit: "Xã Bình Minh", source: "Xã Bình Minh.xlsx", changes }] });
    expect(book.cell("Tự đánh giá", "E5")?.value).toBe(0.5);
    expect(book.cell("Tự đánh giá", "E7")?.value ?? null).toBeNull();
    expect(book.cell("Tự đánh giá", "E8")?.value).toBe(2.5);
  });

  it("leaves the workbook as it was when there is no template or a user's sheet holds the name", async () => {
    const empty = new MemoryWorkbook();
    const none = await putSelfAssessments(empty, [entry("Xã An Lạc", { "1.1": 1 })]);
    expect(none.ok).toBe(false);

    const book = await scoringBook();
    // The user's own sheet under the name (as after deleting ours and making one).
    (book.sheet("Giải trình") as MemorySheet).owned = null;
    const blocked = await putSelfAssessments(book, [entry("Xã An Lạc", { "1.1": 1 })]);
    expect(blocked).toEqual({
      ok: false,
      problems: [
        {
          vi: 'Đã có trang "Giải trình" do người dùng tạo; phần bổ trợ không ghi đè lên trang này. Hãy đổi tên hoặc xóa trang đó.',
          en: 'A sheet "Giải trình" made by the user already exists; the add-in does not overwrite it. Rename or delete that sheet.',
        },
      ],
    });
  });
});

describe("loading a template again", () => {
  it("carries the self-assessment area over by unit and code and lists what has no place", async () => {
    const book = await scoringBook();
    await putSelfAssessments(book, [
      entry("Xã An Lạc", { "1.1": 1, "1.2": 1.5, "2": 2 }, { "1.2": "Thiếu báo cáo quý IV" }),
      entry("Xã Bình Minh", { "1.1": 0, "1.2": 2, "2": 2 }, { "2": "Có quyết định" }),
    ]);
    const result = await loadTemplateIntoWorkbook(book, template, ["Xã Bình Minh", "Xã Cát Tiên"], { year: 2026, dialect: "native" });
    if (!result.ok) throw new Error("refused");
    expect(book.cell("Tự đánh giá", "D5")?.value).toBe(0);
    expect(book.cell("Tự đánh giá", "D7")?.value).toBe(2);
    expect(book.cell("Giải trình", "D7")?.value).toBe("Có quyết định");
    expect(book.cell("Tự đánh giá", "E5")?.value ?? null).toBeNull();
    expect(result.orphaned.map((o) => [o.unit, o.code, o.sheet, o.address, o.value])).toEqual([
      ["Xã An Lạc", "1.1", "Tự đánh giá", "D5", 1],
      ["Xã An Lạc", "1.2", "Tự đánh giá", "D6", 1.5],
      ["Xã An Lạc", "2", "Tự đánh giá", "D7", 2],
      ["Xã An Lạc", "1.2", "Giải trình", "D6", "Thiếu báo cáo quý IV"],
    ]);
  });
});

describe("a rearranged self-assessment area", () => {
  it("is named in the problem: Tự đánh giá or Giải trình, not Chấm điểm", async () => {
    const book = await scoringBook();
    book.setCellValue("Tự đánh giá", "A5", "1.9");
    book.setCellValue("Giải trình", "A6", "");
    const result = await startAppraisal(book);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.vi)).toEqual([
      'Trang Tự đánh giá đã bị thay đổi cấu trúc: ô A5 phải là mã 1.1 nhưng đang là "1.9". Hãy nạp lại bộ tiêu chí.',
      'Trang Giải trình đã bị thay đổi cấu trúc: ô A6 phải là mã 1.2 nhưng đang là "". Hãy nạp lại bộ tiêu chí.',
    ]);
    expect(result.problems[0].en).toBe('The Tự đánh giá sheet was rearranged: cell A5 should hold code 1.1 but holds "1.9". Load the template again.');
  });
});
