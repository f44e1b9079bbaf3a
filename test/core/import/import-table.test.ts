import { importCriteriaTable } from "../../../src/core/import/import-table";
import { parseDelimitedText } from "../../../src/core/import/delimited-text";
import type { ImportResult } from "../../../src/core/import/import-result";
import type { Criterion, Template } from "../../../src/core/template";
import {
  bonusPenaltyTable,
  faultyTable,
  gridOf,
  guidanceTable,
  indentTable,
  largeTable,
  mergedTable,
  ON_TIME,
  RATE,
  skippingTable,
  textPointsTable,
  tsvOf,
  AnnexTable,
} from "./annex-tables";

const errors = (result: ImportResult, lang: "vi" | "en" = "vi") => result.problems.filter((p) => p.severity === "error").map((p) => p.message[lang]);
const notes = (result: ImportResult) => result.problems.filter((p) => p.severity === "note").map((p) => p.message.vi);

function imported(table: AnnexTable, formats = true): Template {
  const result = importCriteriaTable(gridOf(table, formats), { id: "thu-nghiem" });
  expect(errors(result)).toEqual([]);
  if (!result.template) throw new Error("no template");
  return result.template;
}

/** Pasted text gives the same template as the sheet, formats aside. */
function fromText(table: AnnexTable): ImportResult {
  return importCriteriaTable(parseDelimitedText(tsvOf(table)), { id: "thu-nghiem" });
}

describe("importing the three-level set of 136 rows (roman fields, numbered criteria, lettered sub-criteria)", () => {
  const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
  const expected = (): Criterion[] =>
    ROMAN.map((roman, f) => ({
      code: String(f + 1),
      label: roman,
      title: expect.any(String) as unknown as string,
      max: 12.5,
      children: [1, 2, 3, 4].map((c) => ({
        code: `${f + 1}.${c}`,
        label: `${roman}.${c}`,
        title: `Tiêu chí ${c} của lĩnh vực ${roman}`,
        max: c === 4 ? 3.5 : 3,
        children: [
          {
            code: `${f + 1}.${c}.1`,
            label: `${roman}.${c}.a`,
            title: `Nội dung a của tiêu chí ${roman}.${c}`,
            max: c === 4 ? 1.5 : 1,
            levels: c === 4 ? [1.5, 1, 0] : [1, 0.5, 0],
            guidance: `${c === 4 ? RATE : ON_TIME}\nTài liệu kiểm chứng: Văn bản, báo cáo`,
          },
          { code: `${f + 1}.${c}.2`, label: `${roman}.${c}.b`, title: `Nội dung b của tiêu chí ${roman}.${c}`, max: 1 },
          { code: `${f + 1}.${c}.3`, label: `${roman}.${c}.c`, title: `Nội dung c của tiêu chí ${roman}.${c}`, max: 1 },
        ],
      })),
    }));

  it("reads codes, labels, maxima, levels and guidance; the title block gives the name and the decision", () => {
    const result = importCriteriaTable(gridOf(largeTable()));
    expect(result.problems).toEqual([]);
    expect(result.headerRow).toBe(5);
    expect(result.summary).toEqual({ fields: 8, criteria: 32, subCriteria: 96, total: 100, extras: [] });
    expect(result.template).toEqual({
      id: "bo-tieu-chi-xac-dinh-chi-so-cai-cach-hanh-chinh-cua-ubnd-cap",
      name: "BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ (VÍ DỤ)",
      source: "Kèm theo Quyết định số 99/QĐ-UBND ngày 01/12/2025 của UBND tỉnh Ví Dụ",
      fields: expected(),
    });
    expect(result.template?.fields[2].title).toBe("CẢI CÁCH THỦ TỤC HÀNH CHÍNH");
    expect(result.tree[7].children[3].children[2]).toMatchObject({ row: 142, code: "8.4.3", label: "VIII.4.c" });
  });

  it("reads the same from pasted tab-separated text", () => {
    const result = fromText(largeTable());
    expect(result.problems).toEqual([]);
    expect(result.template?.fields).toEqual(expected());
  });

  it("takes --id and --name over the title block", () => {
    const result = importCriteriaTable(gridOf(largeTable()), { id: "ha-noi-xa-2025", name: "Bộ tiêu chí xã 2025" });
    expect(result.template).toMatchObject({ id: "ha-noi-xa-2025", name: "Bộ tiêu chí xã 2025" });
  });
});

describe("importing tables in other styles", () => {
  it("merged title cells: a two-row header, fields merged across without a maximum, a criterion merged down with a level per row", () => {
    const result = importCriteriaTable(gridOf(mergedTable()), { id: "lam-dong" });
    expect(errors(result)).toEqual([]);
    expect(notes(result)).toEqual([
      "Dòng 6: lĩnh vực I không ghi điểm tối đa; lấy tổng của các mục con: 3",
      "Dòng 8: các dòng dưới tiêu chí I.1 được đọc là các mức điểm (1; 0,5; 0), không phải tiêu chí thành phần",
      "Dòng 11: lĩnh vực II không ghi điểm tối đa; lấy tổng của các mục con: 4",
    ]);
    expect(result.template).toEqual({
      id: "lam-dong",
      name: "BỘ TIÊU CHÍ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH XÃ, PHƯỜNG NĂM 2025",
      source: "Kèm theo Quyết định số 1234/QĐ-UBND ngày 08/9/2025",
      fields: [
        {
          code: "1",
          label: "I",
          title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
          max: 3,
          children: [
            {
              code: "1.1",
              label: "I.1",
              title: "Kế hoạch cải cách hành chính",
              max: 1,
              levels: [1, 0.5, 0],
              guidance: "Ban hành đúng hạn\nBan hành chậm\nKhông ban hành",
            },
            { code: "1.2", label: "I.2", title: "Báo cáo cải cách hành chính", max: 2 },
          ],
        },
        {
          code: "2",
          label: "II",
          title: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
          max: 4,
          children: [
            { code: "2.1", label: "II.1", title: "Công khai thủ tục hành chính", max: 1.5, guidance: "Công khai đầy đủ, đúng quy định" },
            { code: "2.2", label: "II.2", title: "Giải quyết hồ sơ đúng hạn", max: 2.5 },
          ],
        },
      ],
    });
  });

  it("points as text, numbering inside the content, bullets with points, a 1) level and a repeated header", () => {
    const expected = [
      {
        code: "1",
        label: "1",
        title: "Thể chế",
        max: 4.5,
        children: [
          {
            code: "1.1",
            label: "1.1",
            title: "Ban hành văn bản",
            max: 2,
            children: [
              { code: "1.1.1", label: "1.1.a", title: "Đúng thẩm quyền", max: 1.5 },
              { code: "1.1.2", label: "1.1.b", title: "Đúng trình tự", max: 0.25 },
              { code: "1.1.3", label: "1.1.c", title: "Công khai", max: 0.25 },
            ],
          },
          {
            code: "1.2",
            label: "1.2",
            title: "Kiểm tra văn bản",
            max: 2.5,
            children: [
              { code: "1.2.1", title: "Kế hoạch kiểm tra", max: 1.5 },
              { code: "1.2.2", title: "Xử lý sau kiểm tra", max: 1 },
            ],
          },
        ],
      },
      {
        code: "2",
        label: "2",
        title: "Tổ chức bộ máy",
        max: 3,
        children: [
          {
            code: "2.1",
            label: "2.1",
            title: "Sắp xếp bộ máy",
            max: 3,
            children: [
              { code: "2.1.1", label: "2.1.1", title: "Đúng quy định", max: 2 },
              { code: "2.1.2", label: "2.1.2", title: "Đúng thời hạn", max: 1, levels: [1, 0], guidance: "Hoàn thành trước 30/6: 1 điểm; sau 30/6: 0 điểm" },
            ],
          },
        ],
      },
    ];
    expect(imported(textPointsTable()).fields).toEqual(expected);
    expect(fromText(textPointsTable()).template?.fields).toEqual(expected);
  });

  it("numbering that skips keeps the decision's numbers as codes, with a note", () => {
    const result = fromText(skippingTable());
    expect(errors(result)).toEqual([]);
    expect(notes(result)).toEqual([
      "Dòng 4: số thứ tự 1.3 đứng sau 1.1, bỏ qua số ở giữa; mã giữ theo số của quyết định",
      "Dòng 10: số thứ tự 2.2.3 đứng sau 2.2.1, bỏ qua số ở giữa; mã giữ theo số của quyết định",
    ]);
    const codes = (nodes: readonly Criterion[]): string[] => nodes.flatMap((n) => [n.code, ...codes(n.children ?? [])]);
    expect(codes(result.template?.fields ?? [])).toEqual(["1", "1.1", "1.3", "2", "2.1", "2.2", "2.2.1", "2.2.3"]);
    expect(result.summary).toEqual({ fields: 2, criteria: 4, subCriteria: 2, total: 7, extras: [] });
  });

  it("levels from guidance where unambiguous: in the cell, in bullet lines, in bullet rows with points; none from per-item text", () => {
    const result = fromText(guidanceTable());
    expect(notes(result)).toEqual(["Dòng 9: các dòng dưới tiêu chí 1.3 được đọc là các mức điểm (2; 1; 0), không phải tiêu chí thành phần"]);
    expect(result.template?.fields[0].children).toEqual([
      { code: "1.1", label: "1.1", title: "Ban hành kế hoạch", max: 1, levels: [1, 0.5, 0], guidance: ON_TIME },
      {
        code: "1.2",
        label: "1.2",
        title: "Báo cáo định kỳ",
        max: 1,
        levels: [1, 0.5, 0],
        guidance: "- Đầy đủ, đúng hạn: 1 điểm\n- Chậm: 0,5 điểm\n- Không báo cáo: 0 điểm",
      },
      {
        code: "1.3",
        label: "1.3",
        title: "Tuyên truyền",
        max: 2,
        levels: [2, 1, 0],
        guidance: "- Thực hiện đầy đủ: 2 điểm\n- Thực hiện một phần: 1 điểm\n- Không thực hiện: 0 điểm",
      },
      { code: "1.4", label: "1.4", title: "Xử lý văn bản", max: 1, guidance: "Mỗi văn bản xử lý chậm trừ 0,25 điểm" },
    ]);
  });

  it("without numbering, bold and indent give the levels; a row they do not place is reported, not guessed", () => {
    const result = importCriteriaTable(gridOf(indentTable()));
    expect(errors(result)).toEqual([
      'Dòng 9: không xác định được cấp của dòng "Kiểm tra văn bản" (không có số thứ tự, không thụt lề hay in đậm khác dòng trên); thêm số thứ tự (ví dụ 2.1 hoặc a)) rồi đọc lại',
    ]);
    expect(result.template).toBeNull();
    expect(result.tree.map((field) => [field.code, field.title, field.max, field.children.map((c) => [c.code, c.max, c.children.map((s) => s.code)])])).toEqual(
      [
        [
          "1",
          "Chỉ đạo, điều hành",
          3,
          [
            ["1.1", 2, ["1.1.1", "1.1.2"]],
            ["1.2", 1, []],
          ],
        ],
        ["2", "Thể chế", 2, [["2.1", 2, []]]],
      ],
    );
    expect(result.tree[0].label).toBeUndefined();
  });

  it("the same table pasted as text has no looks: every unnumbered row with points is reported", () => {
    const result = fromText(indentTable());
    expect(result.problems.map((p) => p.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it("a content of bonus and penalty points is split into a bonus and a penalty node outside the total", () => {
    const result = fromText(bonusPenaltyTable());
    expect(errors(result)).toEqual([]);
    expect(notes(result)).toEqual([
      "Dòng 6: lĩnh vực III không ghi điểm tối đa; lấy tổng của các mục con: 5",
      "Dòng 6: mục III gồm cả điểm thưởng và điểm trừ nên được tách thành các mục 3, 4 (điểm thưởng, điểm trừ), nằm ngoài tổng điểm tối đa",
    ]);
    expect(result.summary).toEqual({
      fields: 2,
      criteria: 2,
      subCriteria: 0,
      total: 10,
      extras: [
        { kind: "bonus", code: "3", max: 2 },
        { kind: "penalty", code: "4", max: 3 },
      ],
    });
    expect(result.template?.fields.slice(2)).toEqual([
      {
        code: "3",
        label: "III.1",
        title: "Điểm thưởng",
        max: 2,
        kind: "bonus",
        children: [
          { code: "3.1", label: "III.1.a", title: "Sáng kiến được công nhận", max: 1 },
          { code: "3.2", label: "III.1.b", title: "Giải thưởng cải cách hành chính", max: 1 },
        ],
      },
      {
        code: "4",
        label: "III.2",
        title: "Điểm trừ",
        max: 3,
        kind: "penalty",
        children: [{ code: "4.1", label: "III.2.a", title: "Vi phạm kỷ luật", max: 3 }],
      },
    ]);
  });
});

describe("problems, each with its sheet row", () => {
  it("names a wrong sum, a repeated number, a point that is not a number, an undecided row and a wrong total", () => {
    const expected = [
      "Dòng 7: số thứ tự 1.2 trùng với dòng 6; sửa lại số thứ tự",
      'Dòng 9: điểm tối đa "một điểm" không phải là số; ghi điểm bằng số, ví dụ 1,5',
      "Dòng 14: tiêu chí 2.3 có điểm tối đa 6 nhưng các tiêu chí thành phần cộng lại 5,5",
      'Dòng 17: không xác định được cấp của dòng "Đánh giá mức độ hài lòng" (không có số thứ tự, không thụt lề hay in đậm khác dòng trên); thêm số thứ tự (ví dụ 2.1 hoặc a)) rồi đọc lại',
      "Dòng 18: dòng tổng cộng ghi 20 điểm nhưng các lĩnh vực cộng lại 16; sửa cho khớp",
    ];
    for (const result of [importCriteriaTable(gridOf(faultyTable())), fromText(faultyTable())]) {
      expect(result.template).toBeNull();
      expect(errors(result)).toEqual(expected);
      expect(result.problems.map((p) => p.row)).toEqual([7, 9, 14, 17, 18]);
    }
    expect(errors(fromText(faultyTable()), "en")[2]).toBe("Row 14: criterion 2.3 has a maximum of 6 but its sub-criteria add up to 5.5");
  });

  it("a field whose criteria do not add up, a dotted number under the wrong parent, a criterion without maximum", () => {
    const result = importCriteriaTable({
      values: [
        ["STT", "Nội dung", "Điểm tối đa"],
        ["I", "Chỉ đạo", 5],
        ["1", "Kế hoạch", 2],
        ["2", "Báo cáo", 2],
        ["II", "Thể chế", 2],
        ["1", "Rà soát", null],
        ["1.1", "Văn bản", 1],
        ["2.1", "Kiểm tra", 1],
      ],
    });
    expect(errors(result)).toEqual([
      "Dòng 2: lĩnh vực I có điểm tối đa 5 nhưng các tiêu chí cộng lại 4",
      "Dòng 8: số 2.1 không thuộc mục 1 (dòng 6) đứng trên; kiểm tra số thứ tự",
    ]);
    expect(notes(result)).toEqual(["Dòng 6: tiêu chí II.1 không ghi điểm tối đa; lấy tổng của các mục con: 2"]);
  });

  it("a criterion without a maximum, a title missing, a sign outside bonus and penalty", () => {
    const result = importCriteriaTable({
      values: [
        ["STT", "Nội dung", "Điểm tối đa"],
        ["1", "Chỉ đạo", 3],
        ["1.1", "Kế hoạch", null],
        ["1.2", null, 1],
        ["1.3", "Kiểm tra", "-2"],
      ],
    });
    expect(errors(result)).toEqual([
      "Dòng 3: tiêu chí 1.1 chưa có điểm tối đa; ghi điểm vào cột điểm tối đa",
      "Dòng 4: mục 1.2 chưa có nội dung; ghi tên tiêu chí vào cột nội dung",
      'Dòng 5: điểm tối đa "-2" có dấu; chỉ điểm thưởng, điểm trừ mới ghi dấu + hoặc -; ghi điểm tối đa là số dương',
    ]);
  });

  it("a content that mixes bonus and penalty without separate parts is reported", () => {
    const result = importCriteriaTable({
      values: [
        ["STT", "Nội dung", "Điểm tối đa"],
        ["I", "Chỉ đạo", 10],
        ["II", "Điểm thưởng, điểm trừ", 5],
      ],
    });
    expect(errors(result)).toEqual([
      'Dòng 3: mục II gộp cả điểm thưởng và điểm trừ; tách thành hai mục con "Điểm thưởng" và "Điểm trừ", mỗi mục có điểm tối đa, rồi đọc lại',
    ]);
  });

  it("a sheet without a recognisable header, or with nothing under it", () => {
    expect(errors(importCriteriaTable({ values: [["Danh sách đơn vị"], ["Xã A"]] }))).toEqual([
      "Không tìm thấy dòng tiêu đề của bảng tiêu chí: cần một dòng có cột Tiêu chí (hoặc Nội dung) và cột Điểm tối đa (hoặc Điểm chuẩn, Thang điểm)",
    ]);
    expect(errors(importCriteriaTable({ values: [["STT", "Tiêu chí", "Điểm tối đa"], [], ["", "Tổng cộng", 0]] }))).toEqual([
      "Không có tiêu chí nào dưới dòng tiêu đề (dòng 1); dán bảng tiêu chí vào dưới dòng tiêu đề",
    ]);
  });

  it("names sheet rows when the grid starts below row 1 (a selected range)", () => {
    const result = importCriteriaTable({ firstRow: 11, values: faultyTable().rows.slice(2) });
    expect(result.problems.map((p) => p.row)).toEqual([15, 17, 22, 25, 26]);
  });
});
