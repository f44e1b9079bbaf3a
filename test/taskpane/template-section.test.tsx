/** @jest-environment jsdom */
import { screen, waitFor, within } from "@testing-library/react";
import { isDisabled, reasonOf, renderPane } from "./render-pane";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { SHEET_NAMES } from "../../src/sheet/names";

// Rendering Fluent in jsdom and typing key by key is slow on a shared machine.
jest.setTimeout(60_000);

const createButton = () => screen.getByRole("button", { name: "Tạo bảng chấm điểm" });

describe("Bộ tiêu chí", () => {
  it("says why the sheets cannot be created yet, step by step", async () => {
    const { user } = await renderPane();
    expect(isDisabled(createButton())).toBe(true);
    expect(reasonOf(createButton())).toBe("Hãy chọn một bộ tiêu chí trước.");

    await user.selectOptions(screen.getByRole("combobox", { name: "Bộ tiêu chí chấm điểm" }), "builtin:hai-duong-xa-2022");
    expect(reasonOf(createButton())).toBe("Hãy nhập ít nhất một đơn vị.");

    const units = screen.getByRole("textbox", { name: /Các đơn vị được chấm điểm/ });
    await user.type(units, "Xã Tiên Động{enter}xã tiên  động");
    expect(reasonOf(createButton())).toBe("Hãy sửa các lỗi trong danh sách đơn vị.");
    expect(screen.getByTestId("units-problems").textContent).toContain('Đơn vị "xã tiên động" trùng với "Xã Tiên Động"');

    await user.clear(units);
    await user.type(units, "Xã Tiên Động");
    const year = screen.getByRole("textbox", { name: /Năm đánh giá/ });
    await user.clear(year);
    await user.type(year, "22");
    expect(reasonOf(createButton())).toBe("Năm đánh giá phải là một năm từ 2000 đến 2100.");
    await user.clear(year);
    await user.type(year, "2022");
    expect(isDisabled(createButton())).toBe(false);
    expect(reasonOf(createButton())).toBeNull();
  });

  it("shows the chosen template's fields with their maxima, the total, the classes and the bands", async () => {
    const { user } = await renderPane();
    await user.selectOptions(screen.getByRole("combobox"), "builtin:hai-duong-xa-2022");
    const summary = screen.getByTestId("template-summary");
    expect(summary.querySelector("details")?.open).toBe(true);
    const rows = within(summary)
      .getAllByRole("row")
      .map((row) => Array.from(row.querySelectorAll("th,td"), (cell) => cell.textContent));
    expect(rows[0]).toEqual(["Mã", "Lĩnh vực", "Điểm tối đa"]);
    expect(rows.map((row) => row[row.length - 1]).slice(1)).toEqual(["15", "5", "18,5", "6", "11", "7", "11,5", "26", "100"]);
    expect(rows[rows.length - 1]).toEqual(["Tổng điểm tối đa", "100"]);
    expect(rows[8][1]).toContain("không xét khi xếp loại");
    expect(summary.textContent).toContain("Hoàn thành xuất sắc nhiệm vụ: Chỉ số từ 90%, mỗi lĩnh vực từ 80%");
    expect(summary.textContent).toContain("Hoàn thành tốt nhiệm vụ: Chỉ số từ 80%, mỗi lĩnh vực từ 70%");
    const bands = (list: HTMLElement) => Array.from(list.querySelectorAll("ul li"), (item) => item.textContent);
    expect(bands(summary)).toEqual(["Từ 90% trở lên", "Từ 80% đến dưới 90%", "Từ 65% đến dưới 80%", "Dưới 65%"]);

    await user.selectOptions(screen.getByRole("combobox"), "builtin:phu-yen-xa-2022");
    const phuYen = screen.getByTestId("template-summary");
    expect(within(phuYen).getAllByRole("row").at(-1)?.textContent).toBe("Tổng điểm tối đa70");
    expect(phuYen.textContent).toContain("Bộ tiêu chí này không có quy định xếp loại.");
    expect(bands(phuYen)).toEqual(["Nhóm A (từ 90% trở lên)", "Nhóm B (từ 70% đến dưới 90%)", "Nhóm C (từ 50% đến dưới 70%)", "Nhóm D (dưới 50%)"]);
  });

  it("creates the sheets with the units and last year's ranks, then offers Cập nhật", async () => {
    const { user, workbook } = await renderPane();
    await user.selectOptions(screen.getByRole("combobox"), "builtin:hai-duong-xa-2022");
    await user.type(screen.getByRole("textbox", { name: /Các đơn vị/ }), "Xã Cộng Lạc;4{enter}Xã Đại Sơn{enter}=Xã lạ");
    expect(screen.getByText("3 đơn vị, 1 đơn vị có thứ hạng năm trước")).toBeTruthy();
    await user.click(createButton());
    await waitFor(() =>
      expect(screen.getByTestId("load-result").textContent).toContain(
        "Đã tạo các trang Tiêu chí, Chấm điểm, Tự đánh giá, Giải trình và Cấu hình cho 3 đơn vị.",
      ),
    );
    expect(workbook.sheets.map((sheet) => [sheet.name, sheet.owned])).toEqual([
      [SHEET_NAMES.criteria, "criteria"],
      [SHEET_NAMES.scoring, "scoring"],
      [SHEET_NAMES["self-assessment"], "self-assessment"],
      [SHEET_NAMES.explanations, "explanations"],
      [SHEET_NAMES.config, "config"],
    ]);
    expect(workbook.storedState()?.units).toEqual(["Xã Cộng Lạc", "Xã Đại Sơn", "=Xã lạ"]);
    expect(workbook.storedState()?.template.id).toBe("hai-duong-xa-2022");
    await waitFor(() => expect(screen.getByRole("button", { name: "Cập nhật" })).toBeTruthy());
  });

  it("fills the form from a workbook that already has sheets, and lists the scores an update cannot keep", async () => {
    const first = await renderPane();
    await first.user.selectOptions(screen.getByRole("combobox"), "builtin:phu-yen-xa-2022");
    await first.user.type(screen.getByRole("textbox", { name: /Các đơn vị/ }), "Xã Mường Thải;2{enter}Xã Tân Lang");
    await first.user.click(createButton());
    await waitFor(() => expect(screen.getByTestId("load-result")).toBeTruthy());
    const template = (await first.services.builtInTemplates()).find((t) => t.id === "phu-yen-xa-2022");
    if (!template) throw new Error("phu-yen-xa-2022 is built in");
    const { typeScore } = await import("../e2e/score-typing");
    const leaf = template.nodes[template.leaves[0]];
    typeScore(first.workbook, template, 2, 1, leaf.code, leaf.max);
    first.view.unmount();

    const { user } = await renderPane(first.workbook);
    const units = screen.getByRole("textbox", { name: /Các đơn vị/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(units.value).toBe("Xã Mường Thải\t2\nXã Tân Lang"));
    expect((screen.getByRole("combobox") as HTMLSelectElement).value).toBe("workbook");
    // The workbook's own template was seen when it was loaded: its details start folded.
    expect(screen.getByTestId("template-summary").querySelector("details")?.open).toBe(false);
    expect(screen.getByText(/Bảng tính đã có các trang chấm điểm/)).toBeTruthy();
    await user.clear(units);
    await user.type(units, "Xã Mường Thải;2");
    await user.click(screen.getByRole("button", { name: "Cập nhật" }));
    const result = await screen.findByTestId("load-result");
    expect(result.textContent).toContain("Đã cập nhật bảng chấm điểm cho 1 đơn vị");
    expect(result.textContent).toContain("1 điểm đã nhập không còn chỗ trong bảng mới");
    expect(result.textContent).toContain("Xã Tân Lang");
  });

  it("takes the units from the selected range", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet("Danh sách", [
      ["Đơn vị", "Hạng 2021"],
      ["Xã Hòa An", 2],
      ["Xã Yên Đức", 1],
    ]);
    const { user, platform } = await renderPane(workbook);
    platform.select("Danh sách", "A1:B3");
    await user.click(screen.getByRole("button", { name: "Lấy từ vùng đang chọn" }));
    const units = screen.getByRole("textbox", { name: /Các đơn vị/ }) as HTMLTextAreaElement;
    await waitFor(() => expect(units.value).toBe("Xã Hòa An\t2\nXã Yên Đức\t1"));

    platform.select("Danh sách", "D1:D3");
    await user.click(screen.getByRole("button", { name: "Lấy từ vùng đang chọn" }));
    expect(await screen.findByText(/Vùng đang chọn không có tên đơn vị nào/)).toBeTruthy();
    expect(units.value).toBe("Xã Hòa An\t2\nXã Yên Đức\t1");
  });

  it("opens a template file, and lists a broken file's problems by path", async () => {
    const { user } = await renderPane();
    const input = screen.getByTestId("template-file") as HTMLInputElement;
    const broken = new File([JSON.stringify({ id: "Tỉnh X", name: "X", fields: [] })], "tinh-x.json", { type: "application/json" });
    await user.upload(input, broken);
    expect(await screen.findByText(/Tệp tinh-x.json chưa dùng được: có 2 lỗi/)).toBeTruthy();
    expect(screen.getByText(/^id: chỉ gồm chữ thường không dấu/)).toBeTruthy();

    const good = {
      id: "tinh-x-2024",
      name: "Tỉnh X 2024",
      fields: [
        { code: "1", title: "Chỉ đạo", max: 6, children: [{ code: "1.1", title: "Kế hoạch", max: 6, levels: [0, 3, 6] }] },
        { code: "2", title: "Thể chế", max: 4 },
      ],
      classification: [{ label: "Tốt", minTotal: 80 }, { label: "Chưa tốt" }],
    };
    await user.upload(input, new File([JSON.stringify(good)], "tinh-x.json", { type: "application/json" }));
    expect(await screen.findByText("Đã đọc bộ tiêu chí từ tệp tinh-x.json.")).toBeTruthy();
    expect((screen.getByRole("combobox") as HTMLSelectElement).value).toBe("file");
    expect(screen.getByTestId("template-summary").textContent).toContain("Tốt: Chỉ số từ 80%");
    expect(screen.getByTestId("template-summary").textContent).toContain("2 lĩnh vực, 2 tiêu chí chấm điểm");
  });

  it("refuses when a sheet the user made has the name of a scoring sheet", async () => {
    const workbook = new MemoryWorkbook();
    workbook.addUserSheet(SHEET_NAMES.scoring, [["của tôi"]]);
    const { user } = await renderPane(workbook);
    await user.selectOptions(screen.getByRole("combobox"), "builtin:bnv-tinh-2022");
    await user.type(screen.getByRole("textbox", { name: /Các đơn vị/ }), "Tỉnh Hải Dương");
    await user.click(createButton());
    const result = await screen.findByTestId("load-result");
    expect(result.textContent).toContain("Chưa tạo được bảng chấm điểm:");
    expect(result.textContent).toContain(SHEET_NAMES.scoring);
    expect(workbook.sheet(SHEET_NAMES.scoring)?.owned).toBeNull();
  });
});
