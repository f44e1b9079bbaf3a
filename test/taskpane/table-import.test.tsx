/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { renderPane, settle } from "./render-pane";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { faultyTable, mergedTable, bonusPenaltyTable, type AnnexTable } from "../core/import/annex-tables";
import { SHEET_NAMES } from "../../src/sheet/names";

// Rendering Fluent in jsdom and typing key by key is slow on a shared machine.
jest.setTimeout(60_000);

/** A workbook where the officer pasted a table (with its merges and bold) into a sheet of their own. */
function pasted(table: AnnexTable, at = "A1"): MemoryWorkbook {
  const book = new MemoryWorkbook();
  book.addUserSheet("Ghi chú", [["Bảng tiêu chí dán ở trang bên"]]);
  const offset = Number(at.slice(1)) - 1;
  book.addUserSheet(table.sheet, [...Array.from({ length: offset }, () => []), ...table.rows]);
  for (const row of table.bold ?? []) book.setCellLooks(table.sheet, `A${row + offset}:E${row + offset}`, { bold: true });
  for (const range of table.merges ?? []) book.mergeCells(table.sheet, range);
  return book;
}

const readButton = () => screen.getByRole("button", { name: "Đọc vùng đang chọn" });

describe("Nhập từ trang tính", () => {
  it("reads the selected table, shows every problem as a link that selects its row, and reads again after a fix", async () => {
    const workbook = pasted(faultyTable());
    const { user, platform } = await renderPane(workbook);
    platform.select("Có lỗi", "A1:C18");
    await user.click(readButton());
    const result = await screen.findByTestId("table-import-result");
    expect(result.textContent).toContain('Bảng trên trang "Có lỗi", dòng tiêu đề 3.');
    const links = within(result).getAllByRole("button", { name: /^Dòng/ });
    expect(links.map((link) => link.textContent)).toEqual([
      "Dòng 7: số thứ tự 1.2 trùng với dòng 6; sửa lại số thứ tự",
      'Dòng 9: điểm tối đa "một điểm" không phải là số; ghi điểm bằng số, ví dụ 1,5',
      "Dòng 14: tiêu chí 2.3 có điểm tối đa 6 nhưng các tiêu chí thành phần cộng lại 5,5",
      'Dòng 17: không xác định được cấp của dòng "Đánh giá mức độ hài lòng" (không có số thứ tự, không thụt lề hay in đậm khác dòng trên); thêm số thứ tự (ví dụ 2.1 hoặc a)) rồi đọc lại',
      "Dòng 18: dòng tổng cộng ghi 20 điểm nhưng các lĩnh vực cộng lại 16; sửa cho khớp",
    ]);
    expect(result.textContent).toContain("Bảng có 5 lỗi: sửa trên trang tính rồi bấm Đọc lại");
    expect(within(result).queryByRole("button", { name: "Dùng bộ tiêu chí này" })).toBeNull();

    await user.click(links[2]);
    await settle();
    expect(platform.selection).toEqual({ sheet: "Có lỗi", address: "A14:C14" });

    // The officer fixes the sheet: numbers, points, the missing number, the total.
    workbook.setCellValue("Có lỗi", "A7", "1.3");
    workbook.setCellValue("Có lỗi", "C9", 2);
    workbook.setCellValue("Có lỗi", "C14", 6.5);
    workbook.setCellValue("Có lỗi", "A17", "c)");
    workbook.setCellValue("Có lỗi", "C8", 10.5);
    workbook.setCellValue("Có lỗi", "C18", 16.5);
    // The selection is now the problem's row: Đọc lại reads the table read before, not the selection.
    await user.click(screen.getByRole("button", { name: "Đọc lại" }));
    await waitFor(() => expect(screen.getByTestId("table-import-result").textContent).toContain("Đã đọc được bộ tiêu chí"));
    expect(screen.getByTestId("table-import-result").textContent).toContain("2 lĩnh vực, 6 tiêu chí, 6 tiêu chí thành phần, tổng 16,5 điểm");
  });

  it("previews the tree of a merged table, uses it as the template and stores it in the workbook with the units", async () => {
    const workbook = pasted(mergedTable());
    const { user, platform } = await renderPane(workbook);
    platform.select("Bộ tiêu chí", "C3");
    await user.click(readButton());
    const result = await screen.findByTestId("table-import-result");
    expect(result.textContent).toContain("2 lĩnh vực, 4 tiêu chí, 0 tiêu chí thành phần, tổng 7 điểm");
    const tree = within(result).getByTestId("criteria-tree");
    expect(Array.from(tree.querySelectorAll("summary"), (s) => s.textContent)).toEqual([
      "I (1) CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH — 3 điểm",
      "II (2) CẢI CÁCH THỦ TỤC HÀNH CHÍNH — 4 điểm",
    ]);
    expect(tree.querySelectorAll("li")[0].textContent).toBe("I.1 (1.1) Kế hoạch cải cách hành chính — 1 điểm");
    expect(result.textContent).toContain("Dòng 8: các dòng dưới tiêu chí I.1 được đọc là các mức điểm (1; 0,5; 0)");

    await user.click(within(result).getByRole("button", { name: "Tải về (.json)" }));
    expect(platform.saved.map((file) => file.fileName)).toEqual(["bo-tieu-chi-danh-gia-cai-cach-hanh-chinh-xa-phuong-nam-2025.json"]);
    expect(JSON.parse(platform.saved[0].text).fields[0].children[0]).toMatchObject({ code: "1.1", label: "I.1", levels: [1, 0.5, 0] });

    await user.click(within(result).getByRole("button", { name: "Dùng bộ tiêu chí này" }));
    expect((screen.getByRole("combobox", { name: "Bộ tiêu chí chấm điểm" }) as HTMLSelectElement).value).toBe("imported");
    const units = screen.getByRole("textbox", { name: /Các đơn vị được chấm điểm/ });
    await user.click(units);
    await user.paste("Xã A\nXã B");
    await user.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    await screen.findByTestId("load-result");
    expect(workbook.storedState()?.template.fields[0].children?.[0]).toMatchObject({ code: "1.1", label: "I.1", levels: [1, 0.5, 0] });
    expect(workbook.sheet(SHEET_NAMES.scoring)).toBeDefined();
  });

  it("says so when the sheet is empty or has no criteria header, and shows bonus and penalty apart", async () => {
    const workbook = pasted(bonusPenaltyTable(), "A3");
    workbook.addUserSheet("Trống", []);
    const { user, platform } = await renderPane(workbook);
    platform.select("Trống", "A1");
    await user.click(readButton());
    expect((await screen.findByTestId("table-import-result")).textContent).toContain("Trang tính đang chọn chưa có dữ liệu");
    platform.select("Ghi chú", "A1");
    await user.click(readButton());
    await waitFor(() => expect(screen.getByTestId("table-import-result").textContent).toContain("Không tìm thấy dòng tiêu đề của bảng tiêu chí"));
    platform.select("Thưởng trừ", "A1");
    await user.click(readButton());
    await waitFor(() => expect(screen.getByTestId("table-import-result").textContent).toContain("Điểm thưởng (mục 3): tối đa 2 điểm, ngoài tổng điểm"));
    expect(screen.getByTestId("table-import-result").textContent).toContain("Điểm trừ (mục 4): tối đa 3 điểm, ngoài tổng điểm");
    expect(screen.getByTestId("table-import-result").textContent).toContain("dòng tiêu đề 3");
  });
});
