import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { checkWorkbook } from "../../src/actions/check-workbook";
import { checkChangedCells, prepareLiveCheck } from "../../src/actions/live-check";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import type { CellChangeEvent } from "../../src/workbook/port";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;

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
    bands: [
      { label: "A", min: 90 },
      { label: "B", min: 0 },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join("\n"));
  return parsed.template;
}

describe("loadTemplateIntoWorkbook", () => {
  it("lays out Tiêu chí, Chấm điểm and Cấu hình and stores the template", async () => {
    const book = new MemoryWorkbook();
    const steps: string[] = [];
    const result = await loadTemplateIntoWorkbook(book, haiDuong, ["Xã Quang Trung", "Thị trấn Tứ Kỳ"], {
      year: 2022,
      onProgress: (_done, _total, label) => steps.push(label),
    });
    expect(result).toEqual({ ok: true, sheets: ["Tiêu chí", "Chấm điểm", "Tự đánh giá", "Giải trình", "Cấu hình"], kept: 0, orphaned: [] });
    expect(steps).toEqual(["Đọc sổ tính", "Lập bố cục các trang", "Ghi các trang", "Xong"]);
    expect(book.sheets.map((s) => [s.name, s.owned])).toEqual([
      ["Tiêu chí", "criteria"],
      ["Chấm điểm", "scoring"],
      ["Tự đánh giá", "self-assessment"],
      ["Giải trình", "explanations"],
      ["Cấu hình", "config"],
    ]);
    expect(book.storedState()?.template.id).toBe("hai-duong-xa-2022");
    expect(book.storedState()?.units).toEqual(["Xã Quang Trung", "Thị trấn Tứ Kỳ"]);
    expect(book.cell("Chấm điểm", "A3")?.value).toBe("Mã");
    expect(book.cell("Chấm điểm", "D3")).toMatchObject({ value: "Xã Quang Trung", text: true });
    // Field 1 is a leaf in this set: an unlocked input; field 8 is a PAR.SCORE formula over 8.1–8.3.
    expect(book.cell("Chấm điểm", "A4")).toMatchObject({ value: "1", text: true });
    expect(book.cell("Chấm điểm", "D4")).toMatchObject({ value: null, locked: false, numberFormat: "0.00" });
    expect(book.cell("Chấm điểm", "D11")?.formula).toBe('=PAR.SCORE(D$12:D$14,$C$12:$C$14,$A$12:$A$14,"8")');
  });

  it("keeps every score whose unit and code still exist and lists the others", async () => {
    const book = new MemoryWorkbook();
    await loadTemplateIntoWorkbook(book, smallTemplate(), ["Xã A", "Xã B"]);
    // 1.1 → row 5, 1.2 → row 6, 2 → row 7; Xã A in D, Xã B in E.
    book.setCellValues("Chấm điểm", "D5:E7", [
      [1, 0.5],
      [2, 1.5],
      [2, 1],
    ]);
    const next = parseTemplate({ ...smallTemplate().definition, fields: [smallTemplate().definition.fields[0], { code: "3", title: "Mới", max: 2 }] });
    if (!next.ok) throw new Error("template");
    const result = await loadTemplateIntoWorkbook(book, next.template, ["Xã A", "Xã C"]);
    if (!result.ok) throw new Error("refused");
    expect(result.kept).toBe(2);
    expect(result.orphaned.map((o) => [o.unit, o.code, o.address, o.value])).toEqual([
      ["Xã A", "2", "D7", 2],
      ["Xã B", "1.1", "E5", 0.5],
      ["Xã B", "1.2", "E6", 1.5],
      ["Xã B", "2", "E7", 1],
    ]);
    expect(result.orphaned[0].message.vi).toBe('Điểm của đơn vị "Xã A" ở tiêu chí 2 không còn chỗ vì bộ tiêu chí mới không có tiêu chí 2 để chấm');
    expect(book.cell("Chấm điểm", "D5")?.value).toBe(1);
    expect(book.cell("Chấm điểm", "D6")?.value).toBe(2);
    expect(book.cell("Chấm điểm", "E5")?.value).toBeNull();
    expect(book.cell("Chấm điểm", "E3")?.value).toBe("Xã C");
  });

  it("writes a unit name that begins with =, +, - or @ as text", async () => {
    const book = new MemoryWorkbook();
    const names = ["=Xã A", "+Xã B", "-Xã C", "@Xã D"];
    await loadTemplateIntoWorkbook(book, smallTemplate(), names);
    names.forEach((name, i) => {
      const cell = book.cell("Chấm điểm", `${"DEFG"[i]}3`);
      expect(cell).toMatchObject({ value: name, text: true });
      expect(cell?.formula).toBeUndefined();
    });
  });

  it("refuses duplicate names and never touches a user's sheet of the same name", async () => {
    const book = new MemoryWorkbook();
    const duplicate = await loadTemplateIntoWorkbook(book, smallTemplate(), ["Xã A", "xã  a"]);
    expect(duplicate.ok).toBe(false);
    book.addUserSheet("Cấu hình", [["của tôi"]]);
    const blocked = await loadTemplateIntoWorkbook(book, smallTemplate(), ["Xã A"]);
    expect(blocked).toEqual({
      ok: false,
      problems: [
        {
          vi: 'Đã có trang "Cấu hình" do người dùng tạo; phần bổ trợ không ghi đè lên trang này. Hãy đổi tên hoặc xóa trang đó.',
          en: 'A sheet "Cấu hình" made by the user already exists; the add-in does not overwrite it. Rename or delete that sheet.',
        },
      ],
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["Cấu hình"]);
    expect(book.cell("Cấu hình", "A1")?.value).toBe("của tôi");
  });
});

describe("checkWorkbook", () => {
  it("returns every issue with unit, code, cell and message", async () => {
    const book = new MemoryWorkbook();
    await loadTemplateIntoWorkbook(book, smallTemplate(), ["Xã A", "Xã B"]);
    book.setCellValues("Chấm điểm", "D5:E7", [
      [0.75, 1],
      ["1,5", 2.5],
      [2, null],
    ]);
    const result = await checkWorkbook(book);
    if (!result.ok) throw new Error("not ok");
    expect(result.issues.map((i) => [i.address, i.unit, i.code, i.kind, i.severity])).toEqual([
      ["D5", "Xã A", "1.1", "notALevel", "error"],
      ["D6", "Xã A", "1.2", "notANumber", "error"],
      ["E6", "Xã B", "1.2", "aboveMax", "error"],
      ["E7", "Xã B", "2", "missing", "warning"],
    ]);
    expect(result.issues[2].message.vi).toBe("Tiêu chí 1.2: điểm 2,5 vượt điểm tối đa 2");
  });

  it("says when no template was loaded", async () => {
    const result = await checkWorkbook(new MemoryWorkbook());
    expect(result).toEqual({
      ok: false,
      problems: [{ vi: "Sổ tính chưa có bộ tiêu chí. Hãy nạp bộ tiêu chí trước.", en: "No criteria template in this workbook yet. Load a template first." }],
    });
  });
});

describe("checkChangedCells", () => {
  it("checks the user's changed inputs and ignores the add-in's own writes", async () => {
    const book = new MemoryWorkbook();
    const events: CellChangeEvent[] = [];
    await book.onCellsChanged("Chấm điểm", (event) => events.push(event));
    await loadTemplateIntoWorkbook(book, smallTemplate(), ["Xã A", "Xã B"]);
    const live = await prepareLiveCheck(book);
    if (!live) throw new Error("no live check");
    expect(events).toEqual([{ sheet: "Chấm điểm", address: "A1:E15", origin: "addin" }]);
    expect(await checkChangedCells(book, events[0], live)).toEqual([]);

    book.setCellValues("Chấm điểm", "E5:E6", [[0.5], [3]]);
    const issues = await checkChangedCells(book, events[1], live);
    expect(issues.map((i) => [i.address, i.unit, i.code, i.kind])).toEqual([["E6", "Xã B", "1.2", "aboveMax"]]);
    book.setCellValue("Chấm điểm", "B2", "ghi chú");
    expect(await checkChangedCells(book, events[2], live)).toEqual([]);
  });
});

describe("loadTemplateIntoWorkbook on a rearranged sheet", () => {
  it("refuses rather than drop the scores it cannot place", async () => {
    const book = new MemoryWorkbook();
    await loadTemplateIntoWorkbook(book, haiDuong, ["Xã A"]);
    book.setCellValue("Chấm điểm", "D4", 12);
    book.setCellValue("Chấm điểm", "A5", "2a");
    const result = await loadTemplateIntoWorkbook(book, haiDuong, ["Xã A"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.vi)).toEqual([
      'Không thể giữ lại điểm đã nhập vì trang "Chấm điểm" đã bị thay đổi cấu trúc. Hãy sửa lại trang, hoặc đổi tên trang đó để giữ làm bản lưu rồi nạp lại bộ tiêu chí.',
      'Trang Chấm điểm đã bị thay đổi cấu trúc: ô A5 phải là mã 2 nhưng đang là "2a". Hãy nạp lại bộ tiêu chí.',
    ]);
    expect(book.cell("Chấm điểm", "D4")?.value).toBe(12);
  });
});
