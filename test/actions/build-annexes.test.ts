import { buildAnnexes } from "../../src/actions/build-annexes";
import { loadTemplateIntoWorkbook } from "../../src/actions/load-template";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { findBuiltInTemplate } from "../../src/templates/registry";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { tuKyUnits } from "../core/tu-ky-fixture";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;

async function filledWorkbook(): Promise<MemoryWorkbook> {
  const book = new MemoryWorkbook();
  const result = await loadTemplateIntoWorkbook(
    book,
    haiDuong,
    tuKyUnits.map((unit) => unit.name),
    { year: 2022, scores: tuKyUnits },
  );
  if (!result.ok) throw new Error("load refused");
  return book;
}

describe("buildAnnexes", () => {
  it("writes PL1–PL3 and Báo cáo from the scores and returns classes and sentences", async () => {
    const book = await filledWorkbook();
    const steps: number[] = [];
    const result = await buildAnnexes(book, { onProgress: (done) => steps.push(done) });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(steps).toEqual([0, 1, 2, 3, 4]);
    expect(result.sheets).toEqual(["PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "Báo cáo"]);
    expect(result.classes.map((c) => c.count)).toEqual([1, 1, 3, 2]);
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Tiêu chí",
      "Chấm điểm",
      "Tự đánh giá",
      "Giải trình",
      "Cấu hình",
      "PL1 Xếp hạng",
      "PL2 Phân loại",
      "PL3 Lĩnh vực",
      "Báo cáo",
    ]);

    // PL1: headers, the first row (Quang Trung 97,50, rank 1) and Cộng Lạc's e-government 69,47.
    expect(book.cell("PL1 Xếp hạng", "B3")?.value).toBe("Đơn vị");
    expect(book.cell("PL1 Xếp hạng", "T3")?.value).toBe("Chỉ số (%)");
    expect(book.cell("PL1 Xếp hạng", "U3")?.value).toBe("Xếp hạng");
    expect(book.cell("PL1 Xếp hạng", "B5")?.value).toBe("Xã Quang Trung");
    expect(book.cell("PL1 Xếp hạng", "T5")?.value).toBe(97.5);
    expect(book.cell("PL1 Xếp hạng", "B7")?.value).toBe("Xã Cộng Lạc");
    expect(book.cell("PL1 Xếp hạng", "P7")?.value).toBe(69.47);
    expect(book.cell("PL1 Xếp hạng", "W7")?.value).toBe("tăng 3 bậc");
    const pl1 = book.sheet("PL1 Xếp hạng")?.plan;
    expect(pl1?.print).toEqual({ orientation: "landscape", paper: "A4", titleRows: "$1:$4", fitToWidth: true });
    expect(pl1?.charts[0]).toMatchObject({ type: "bar", categories: "B5:B11", values: "T5:T11" });

    // PL2: the class table and Cộng Lạc's reason.
    expect(book.cell("PL2 Phân loại", "A4")?.value).toBe("Xếp loại");
    expect(book.cell("PL2 Phân loại", "A7")?.value).toBe("Hoàn thành nhiệm vụ");
    expect(book.cell("PL2 Phân loại", "B7")?.value).toBe(3);
    const reportSheet = book.sheet("Báo cáo");
    expect(reportSheet?.cells[3]?.[0]?.value).toBe(
      "Nhóm đạt Chỉ số tổng hợp từ 90% trở lên số điểm so với điểm tối đa, có 1 đơn vị, gồm: UBND xã Quang Trung.",
    );
  });

  it("replaces its own annexes, never appends, and leaves a user's sheet alone", async () => {
    const book = await filledWorkbook();
    book.addUserSheet("Ghi chú", [["của tôi"]]);
    await buildAnnexes(book);
    book.setCellValue("Chấm điểm", "D4", 15); // Cộng Lạc's field 1 → 89,99
    const again = await buildAnnexes(book);
    expect(again.ok).toBe(true);
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Tiêu chí",
      "Chấm điểm",
      "Tự đánh giá",
      "Giải trình",
      "Cấu hình",
      "Ghi chú",
      "PL1 Xếp hạng",
      "PL2 Phân loại",
      "PL3 Lĩnh vực",
      "Báo cáo",
    ]);
    expect(book.cell("PL1 Xếp hạng", "B6")?.value).toBe("Xã Cộng Lạc");
    expect(book.cell("PL1 Xếp hạng", "T6")?.value).toBe(89.99);
    expect(book.cell("Ghi chú", "A1")?.value).toBe("của tôi");
  });

  it("refuses with the issues while a score is invalid, and when a user's sheet holds an annex name", async () => {
    const book = await filledWorkbook();
    book.setCellValue("Chấm điểm", "E5", 6); // Đại Sơn, field 2 (max 5)
    const refused = await buildAnnexes(book);
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.issues.map((i) => [i.address, i.unit, i.code, i.kind])).toEqual([["E5", "Xã Đại Sơn", "2", "aboveMax"]]);
    expect(refused.problems[0].vi).toBe("Còn 1 điểm không hợp lệ; hãy sửa trước khi lập phụ lục.");
    expect(book.sheets.some((s) => s.name.startsWith("PL"))).toBe(false);

    book.setCellValue("Chấm điểm", "E5", 5);
    book.addUserSheet("Báo cáo");
    const blocked = await buildAnnexes(book, { annexes: ["report"] });
    expect(blocked.ok).toBe(false);
    const ranking = await buildAnnexes(book, { annexes: ["ranking"], chart: false });
    expect(ranking.ok && ranking.sheets).toEqual(["PL1 Xếp hạng"]);
    expect(book.sheet("PL1 Xếp hạng")?.plan?.charts).toEqual([]);
  });
});
