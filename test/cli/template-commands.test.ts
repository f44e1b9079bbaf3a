import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runCli, scratchFolder } from "./cli-harness";
import type { Criterion, Template } from "../../src/core/template";
import { bonusPenaltyTable, faultyTable, guidanceTable, largeTable, mergedTable, skippingTable, textPointsTable, tsvOf } from "../core/import/annex-tables";
import { xlsxOf } from "../core/import/annex-xlsx";

const files = scratchFolder();
afterAll(() => files.remove());

const json = (path: string): Template => JSON.parse(readFileSync(path, "utf8")) as Template;

async function writeBook(name: string, tables: Parameters<typeof xlsxOf>[0]): Promise<string> {
  const path = files.path(name);
  writeFileSync(path, await xlsxOf(tables));
  return path;
}

describe("par-index template import", () => {
  it("imports the first sheet with a criteria header and prints the counts and the total", async () => {
    const notes = { sheet: "Ghi chú", rows: [["Bảng dán từ phụ lục của quyết định"], ["Người nhập: Phòng Nội vụ"]] };
    const book = await writeBook("phu-luc.xlsx", [notes, largeTable(), mergedTable()]);
    const out = files.path("large.json");
    const run = await runCli(["template", "import", book, "--out", out, "--id", "vi-du-xa-2025"]);
    expect(run.err).toBe("");
    expect(run.out).toBe(`Đã ghi "${out}" từ trang "Phụ lục I": 8 lĩnh vực, 32 tiêu chí, 96 tiêu chí thành phần, tổng 100 điểm.\n`);
    expect(run.code).toBe(0);
    const template = json(out);
    expect(template.id).toBe("vi-du-xa-2025");
    expect(template.name).toBe("BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ (VÍ DỤ)");
    expect(template.fields[1].children?.[2].children?.[0]).toEqual({
      code: "2.3.1",
      label: "II.3.a",
      title: "Nội dung a của tiêu chí II.3",
      max: 1,
      levels: [1, 0.5, 0],
      guidance: "Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm\nTài liệu kiểm chứng: Văn bản, báo cáo",
    });

    const merged = await runCli(["template", "import", book, "--sheet", "Bộ tiêu chí", "--out", files.path("merged.json"), "--name", "Lâm Đồng xã 2025"]);
    expect(merged.out).toContain('từ trang "Bộ tiêu chí": 2 lĩnh vực, 4 tiêu chí, 0 tiêu chí thành phần, tổng 7 điểm.');
    expect(merged.err).toContain("Lưu ý: Dòng 6: lĩnh vực I không ghi điểm tối đa; lấy tổng của các mục con: 3");
    expect(json(files.path("merged.json"))).toMatchObject({ id: "lam-dong-xa-2025", name: "Lâm Đồng xã 2025" });
  });

  it("reads a table pasted into a tab-separated text file the same way", async () => {
    const book = await writeBook("large-only.xlsx", [largeTable()]);
    await runCli(["template", "import", book, "--out", files.path("from-xlsx.json")]);
    const text = files.write("phu-luc.txt", tsvOf(largeTable()));
    const run = await runCli(["template", "import", text, "--out", files.path("from-text.json")]);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`Đã ghi "${files.path("from-text.json")}": 8 lĩnh vực, 32 tiêu chí, 96 tiêu chí thành phần, tổng 100 điểm.\n`);
    expect(json(files.path("from-text.json"))).toEqual(json(files.path("from-xlsx.json")));
  });

  it.each([
    ["points as text", textPointsTable, "2 lĩnh vực, 3 tiêu chí, 7 tiêu chí thành phần, tổng 7,5 điểm"],
    ["numbering that skips", skippingTable, "2 lĩnh vực, 4 tiêu chí, 2 tiêu chí thành phần, tổng 7 điểm"],
    ["levels from guidance", guidanceTable, "1 lĩnh vực, 4 tiêu chí, 0 tiêu chí thành phần, tổng 5 điểm"],
    [
      "bonus and penalty",
      bonusPenaltyTable,
      "2 lĩnh vực, 2 tiêu chí, 0 tiêu chí thành phần, tổng 10 điểm; điểm thưởng (mục 3) tối đa 2 điểm; điểm trừ (mục 4) tối đa 3 điểm",
    ],
  ])("imports the table with %s as .xlsx and as .csv text alike", async (_, table, summary) => {
    const book = await writeBook(`${table().sheet}.xlsx`, [table()]);
    const fromBook = await runCli(["template", "import", book, "--out", files.path(`${table().sheet}-x.json`)]);
    expect(fromBook.out).toContain(`: ${summary}.`);
    const csv = files.write(`${table().sheet}.csv`, tsvOf(table(), ";"));
    const fromText = await runCli(["template", "import", csv, "--out", files.path(`${table().sheet}-t.json`)]);
    expect(fromText.out).toContain(`: ${summary}.`);
    expect(json(files.path(`${table().sheet}-t.json`))).toEqual(json(files.path(`${table().sheet}-x.json`)));
  });

  it("exits 1 with each problem and its row on stderr, and writes nothing", async () => {
    const book = await writeBook("loi.xlsx", [faultyTable()]);
    const out = files.path("loi.json");
    const run = await runCli(["template", "import", book, "--out", out]);
    expect(run.code).toBe(1);
    expect(run.out).toBe("");
    expect(run.err.split("\n")).toEqual([
      "Dòng 7: số thứ tự 1.2 trùng với dòng 6; sửa lại số thứ tự",
      'Dòng 9: điểm tối đa "một điểm" không phải là số; ghi điểm bằng số, ví dụ 1,5',
      "Dòng 14: tiêu chí 2.3 có điểm tối đa 6 nhưng các tiêu chí thành phần cộng lại 5,5",
      'Dòng 17: không xác định được cấp của dòng "Đánh giá mức độ hài lòng" (không có số thứ tự, không thụt lề hay in đậm khác dòng trên); thêm số thứ tự (ví dụ 2.1 hoặc a)) rồi đọc lại',
      "Dòng 18: dòng tổng cộng ghi 20 điểm nhưng các lĩnh vực cộng lại 16; sửa cho khớp",
      "Bảng tiêu chí có 5 lỗi nên chưa ghi tệp nào; sửa bảng rồi chạy lại.",
      "",
    ]);
    expect(existsSync(out)).toBe(false);
    const english = await runCli(["template", "import", book, "--out", out, "--lang", "en"]);
    expect(english.err).toContain("Row 14: criterion 2.3 has a maximum of 6 but its sub-criteria add up to 5.5\n");
    expect(english.err).toContain("The criteria table has 5 error(s), so no file was written; correct the table and run again.");
  });

  it("exits 2 when the file cannot be used", async () => {
    const out = files.path("never.json");
    const noHeader = await runCli(["template", "import", files.write("ds.txt", "Xã A\nXã B\n"), "--out", out]);
    expect(noHeader.code).toBe(2);
    expect(noHeader.err).toContain("không dùng được: Không tìm thấy dòng tiêu đề của bảng tiêu chí");
    const book = await writeBook("one.xlsx", [largeTable()]);
    const wrongSheet = await runCli(["template", "import", book, "--sheet", "Phụ lục II", "--out", out]);
    expect(wrongSheet.err).toBe(`Tệp "${book}" không có trang "Phụ lục II"; các trang có: Phụ lục I.\n`);
    expect(wrongSheet.code).toBe(2);
    const xls = files.path("cu.xls");
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect((await runCli(["template", "import", xls, "--out", out])).err).toContain("tệp .xls cũ; mở bằng Excel và lưu thành .xlsx");
    expect((await runCli(["template", "import", book, "--out", out, "--id", "Hà Nội"])).code).toBe(2);
    expect((await runCli(["template", "import", book])).err).toContain("Thiếu tùy chọn --out");
    expect(existsSync(out)).toBe(false);
    const existing = files.write("existing.json", "{}");
    const refused = await runCli(["template", "import", book, "--out", existing]);
    expect(refused.code).toBe(2);
    expect(readFileSync(existing, "utf8")).toBe("{}");
    expect((await runCli(["template", "import", book, "--out", existing, "--force"])).code).toBe(0);
    expect((await runCli(["template", "frobnicate"])).err).toContain('Không có lệnh "template frobnicate"');
  });
});

describe("par-index template check and export", () => {
  it("check: 0 and the counts for a valid template, 1 and every problem for an invalid one", async () => {
    const book = await writeBook("check.xlsx", [skippingTable()]);
    const path = files.path("skip.json");
    await runCli(["template", "import", book, "--out", path, "--id", "bo-tieu-chi-thu"]);
    const valid = await runCli(["template", "check", path]);
    expect(valid.out).toBe('Bộ tiêu chí "bo-tieu-chi-thu" hợp lệ: 2 lĩnh vực, 4 tiêu chí, 2 tiêu chí thành phần, tổng 7 điểm.\n');
    expect(valid.code).toBe(0);
    const broken = json(path);
    broken.fields[0].max = 4;
    const invalid = await runCli(["template", "check", files.write("broken.json", broken)]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toContain("fields[0].max: điểm tối đa 4 khác tổng điểm tối đa của các tiêu chí con 3");
    expect((await runCli(["template", "check", files.path("missing.json")])).code).toBe(2);
  });

  it("round trip: import → init → export gives the same template, and the workbook's Tiêu chí sheet imports to the same tree", async () => {
    const book = await writeBook("round.xlsx", [largeTable()]);
    const imported = files.path("round.json");
    await runCli(["template", "import", book, "--out", imported, "--id", "vong-tron"]);
    const scoring = files.path("cham-diem.xlsx");
    const init = await runCli(["init", "--template", imported, "--units", files.write("xa.txt", "Xã A\nXã B\n"), "--out", scoring]);
    expect(init.code).toBe(0);
    const exported = files.path("exported.json");
    const run = await runCli(["template", "export", scoring, "--out", exported]);
    expect(run.out).toBe(`Đã ghi "${exported}": bộ tiêu chí "vong-tron", 8 lĩnh vực, 32 tiêu chí, 96 tiêu chí thành phần, tổng 100 điểm.\n`);
    expect(json(exported)).toEqual(json(imported));

    const again = files.path("again.json");
    const reread = await runCli(["template", "import", scoring, "--out", again, "--id", "vong-tron"]);
    expect(reread.out).toContain('từ trang "Tiêu chí": 8 lĩnh vực, 32 tiêu chí, 96 tiêu chí thành phần, tổng 100 điểm.');
    // The Tiêu chí sheet shows codes, not the decision's labels.
    const withoutLabels = (nodes: readonly Criterion[]): Criterion[] =>
      nodes.map((node) => {
        const copy: Criterion = { ...node, children: node.children && withoutLabels(node.children) };
        delete copy.label;
        if (!copy.children) delete copy.children;
        return copy;
      });
    expect(withoutLabels(json(again).fields)).toEqual(withoutLabels(json(imported).fields));
  });

  it("export refuses a workbook without a stored template", async () => {
    const book = await writeBook("plain.xlsx", [largeTable()]);
    const run = await runCli(["template", "export", book, "--out", files.path("none.json")]);
    expect(run.code).toBe(2);
    expect(run.err).toContain("không lưu bộ tiêu chí nào");
  });
});
