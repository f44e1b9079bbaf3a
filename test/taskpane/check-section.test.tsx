/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { createSheetsThroughPane, isDisabled, reasonOf, renderPane, settle } from "./render-pane";
import { typeScore } from "../e2e/score-typing";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { SHEET_NAMES } from "../../src/sheet/names";

// Rendering Fluent in jsdom and typing key by key is slow on a shared machine.
jest.setTimeout(60_000);

const haiDuong = () => {
  const template = findBuiltInTemplate("hai-duong-xa-2022");
  if (!template) throw new Error("hai-duong-xa-2022 is built in");
  return template;
};
const checkButton = () => screen.getByRole("button", { name: "Kiểm tra toàn bộ" });
const liveCount = () => screen.getByTestId("live-count").textContent;

describe("Kiểm tra", () => {
  it("has nothing to check before the scoring sheets exist, and says so", async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(liveCount()).toBe("Chưa có bảng chấm điểm để theo dõi.");
    expect(isDisabled(checkButton())).toBe(true);
    expect(reasonOf(checkButton())).toBe("Chưa có bảng chấm điểm: hãy tạo ở mục Bộ tiêu chí.");
  });

  it("counts invalid entries as they are typed, lists them by unit and selects a problem's cell", async () => {
    const { user, workbook, platform } = await renderPane();
    await createSheetsThroughPane(user, "hai-duong-xa-2022", "Xã Cộng Lạc\nXã Tiên Động");
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(liveCount()).toBe("0Không có ô điểm nào không hợp lệ.");

    const template = haiDuong();
    let above = "";
    let text = "";
    await act(async () => {
      above = typeScore(workbook, template, 2, 0, "2", 6);
      text = typeScore(workbook, template, 2, 1, "4", "1,5");
    });
    await settle();
    expect(liveCount()).toBe("22 ô điểm không hợp lệ (được tô màu trên trang Chấm điểm).");

    await user.click(checkButton());
    const result = await screen.findByTestId("check-result");
    expect(result.textContent).toContain("Có 2 điểm không hợp lệ ở 2 đơn vị.");
    expect(result.textContent).toContain("18 ô chưa nhập điểm (được tính là 0).");
    const list = screen.getByTestId("issue-list");
    const congLac = within(list).getByRole("region", { name: "Xã Cộng Lạc" });
    expect(congLac.textContent).toBe(`Xã Cộng Lạc (1)${above}: Tiêu chí 2: điểm 6 vượt điểm tối đa 5`);
    const tienDong = within(list).getByRole("region", { name: "Xã Tiên Động" });
    expect(tienDong.textContent).toContain(`${text}: Tiêu chí 4: "1,5" là chữ, không phải số; hãy nhập lại điểm dưới dạng số`);

    await user.click(within(tienDong).getByRole("button"));
    await settle();
    expect(platform.selection).toEqual({ sheet: SHEET_NAMES.scoring, address: text });

    await act(async () => {
      typeScore(workbook, template, 2, 0, "2", 5);
    });
    await settle();
    expect(liveCount()).toBe("11 ô điểm không hợp lệ (được tô màu trên trang Chấm điểm).");
    await act(async () => {
      typeScore(workbook, template, 2, 1, "4", 1.5);
    });
    await settle();
    expect(liveCount()).toBe("0Không có ô điểm nào không hợp lệ.");

    await user.click(checkButton());
    await settle();
    expect(screen.getByTestId("check-result").textContent).toBe("Điểm của cả 2 đơn vị đều hợp lệ.18 ô chưa nhập điểm (được tính là 0).");
    expect(screen.queryByTestId("issue-list")).toBeNull();
  });

  it("lists criteria not assessed (KĐG) per unit as information, not as errors", async () => {
    const { user, workbook } = await renderPane();
    await createSheetsThroughPane(user, "hai-duong-xa-2022", "Xã Cộng Lạc\nXã Tiên Động");
    await user.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    const template = haiDuong();
    await act(async () => {
      typeScore(workbook, template, 2, 0, "3", "KĐG");
      typeScore(workbook, template, 2, 0, "8.3", "kdg");
    });
    await settle();
    expect(liveCount()).toBe("0Không có ô điểm nào không hợp lệ.");
    await user.click(checkButton());
    await settle();
    expect(screen.getByTestId("check-result").textContent).toBe("Điểm của cả 2 đơn vị đều hợp lệ.18 ô chưa nhập điểm (được tính là 0).");
    expect(screen.getByTestId("not-assessed").textContent).toBe(
      "1 đơn vị có tiêu chí không đánh giá (KĐG) – đây là thông tin, không phải lỗiXã Cộng Lạc: không đánh giá 3, 8.3; Chỉ số tính trên 71,5 điểm áp dụng.",
    );
    expect(screen.queryByTestId("issue-list")).toBeNull();
  });

  // Arrow keys between the tabs and the Tab order need layout: the end-to-end test checks them in Chromium.
  it("is keyboard-operable: Enter opens a section and runs the check", async () => {
    const { user } = await renderPane();
    await createSheetsThroughPane(user, "phu-yen-xa-2022", "Xã Mường Thải");
    const tab = screen.getByRole("tab", { name: "Kiểm tra" });
    tab.focus();
    await user.keyboard("{Enter}");
    expect(tab.getAttribute("aria-selected")).toBe("true");
    checkButton().focus();
    await user.keyboard("{Enter}");
    expect((await screen.findByTestId("check-result")).textContent).toContain("Điểm của cả 1 đơn vị đều hợp lệ.");
  });
});
