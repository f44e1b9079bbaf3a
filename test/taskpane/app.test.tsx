/** @jest-environment jsdom */
import { act, screen, waitFor } from "@testing-library/react";
import { isDisabled, reasonOf, renderPane } from "./render-pane";
import { MemoryWorkbook } from "../../src/workbook/memory";
import type { ProgressCallback, WorkbookChange } from "../../src/workbook/port";

// Rendering Fluent in jsdom and typing key by key is slow on a shared machine.
jest.setTimeout(60_000);

/** A workbook that answers slowly: writes wait until the test lets them through, as Excel on the web may. */
class SlowWorkbook extends MemoryWorkbook {
  private release: (() => void) | null = null;
  writeStarted = false;

  override async apply(change: WorkbookChange, onProgress?: ProgressCallback): Promise<void> {
    this.writeStarted = true;
    await new Promise<void>((resolve) => (this.release = resolve));
    return super.apply(change, onProgress);
  }

  finishWrite(): void {
    this.release?.();
  }
}

/** Excel refusing a write because the user is typing in a cell (OfficeExtension.Error code). */
class CellEditingWorkbook extends MemoryWorkbook {
  override async apply(): Promise<void> {
    throw Object.assign(new Error("The operation is not allowed in cell edit mode"), { code: "InvalidOperationInCellEditMode" });
  }
}

async function fillTemplateSection(user: Awaited<ReturnType<typeof renderPane>>["user"], units: string, lang: "vi" | "en" = "vi") {
  const label = lang === "vi" ? "Bộ tiêu chí chấm điểm" : "Criteria set to score with";
  await user.selectOptions(screen.getByRole("combobox", { name: label }), "builtin:hai-duong-xa-2022");
  await user.type(screen.getByRole("textbox", { name: lang === "vi" ? /Các đơn vị/ : /Units to score/ }), units);
}

describe("the pane", () => {
  it("speaks English when Office's display language is not Vietnamese", async () => {
    const { user, workbook } = await renderPane(new MemoryWorkbook(), "en");
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Criteria", "Self-assessment", "Check", "Annexes"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    const create = screen.getByRole("button", { name: "Create the scoring sheets" });
    expect(reasonOf(create)).toBe("Choose a criteria set first.");
    await fillTemplateSection(user, "Xã Hòa An", "en");
    expect(screen.getByText("1 unit")).toBeTruthy();
    await user.click(create);
    expect((await screen.findByTestId("load-result")).textContent).toContain(
      "Created the Tiêu chí, Chấm điểm, Tự đánh giá, Giải trình and Cấu hình sheets for 1 unit.",
    );
    expect(workbook.storedState()?.lang).toBe("en");
  });

  it("shows the progress of a long write and keeps every other action waiting until it ends", async () => {
    const workbook = new SlowWorkbook();
    const { user } = await renderPane(workbook);
    await fillTemplateSection(user, "Xã Hòa An\nXã Yên Đức");
    await user.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    await waitFor(() => expect(workbook.writeStarted).toBe(true));
    const progress = screen.getByTestId("progress");
    expect(progress.textContent).toBe("Ghi các trang (2/3)");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe(String(2 / 3));
    const fromSelection = screen.getByRole("button", { name: "Lấy từ vùng đang chọn" });
    expect(isDisabled(fromSelection)).toBe(true);
    expect(reasonOf(screen.getByRole("button", { name: "Kiểm tra toàn bộ", hidden: true }))).toBe("Đang thực hiện một thao tác khác, vui lòng chờ.");

    await act(async () => workbook.finishWrite());
    expect((await screen.findByTestId("load-result")).textContent).toContain("cho 2 đơn vị");
    expect(screen.queryByTestId("progress")).toBeNull();
    expect(isDisabled(fromSelection)).toBe(false);
  });

  it("says what happened and what to do when Excel refuses the write", async () => {
    const { user, workbook } = await renderPane(new CellEditingWorkbook());
    await fillTemplateSection(user, "Xã Hòa An");
    await user.click(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe("Không tạo được bảng chấm điểm. Excel đang ở chế độ sửa một ô. Nhấn Enter hoặc Esc để rời ô đang sửa, rồi bấm lại.");
    expect(workbook.sheets).toEqual([]);
    expect(isDisabled(screen.getByRole("button", { name: "Tạo bảng chấm điểm" }))).toBe(false);
  });
});
