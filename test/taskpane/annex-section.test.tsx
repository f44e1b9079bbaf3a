/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import { createSheetsThroughPane, isDisabled, reasonOf, renderPane, settle } from "./render-pane";
import { pasteScores, typeScore } from "../e2e/score-typing";
import { demoTemplate, demoUnits } from "../../src/demo/demo-scores";
import { unitsToText } from "../../src/taskpane/units-input";
import { SHEET_NAMES } from "../../src/sheet/names";
import { parseRange } from "../../src/sheet/a1";
import { scoringLayout } from "../../src/sheet/layout";
import { scoreCellAddress } from "../../src/sheet/scoring-read";

// Rendering Fluent in jsdom and typing key by key is slow on a shared machine.
jest.setTimeout(60_000);

const buildButton = () => screen.getByRole("button", { name: "Lập phụ lục" });
const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => Array.from(row.querySelectorAll("td"), (cell) => cell.textContent));

/** The demo province's 25 communes loaded through the pane, their scores typed into the sheet. */
async function demoPane() {
  const pane = await renderPane();
  const units = demoUnits();
  await createSheetsThroughPane(
    pane.user,
    "hai-duong-xa-2022",
    unitsToText(units.map((unit) => ({ name: unit.name, previousRank: unit.previousRank ?? null }))),
  );
  await act(async () => pasteScores(pane.workbook, demoTemplate(), units));
  await settle();
  await pane.user.click(screen.getByRole("tab", { name: "Phụ lục" }));
  return pane;
}

describe("Phụ lục", () => {
  it("cannot run before the sheets exist, nor with no annex chosen", async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole("tab", { name: "Phụ lục" }));
    expect(isDisabled(buildButton())).toBe(true);
    expect(reasonOf(buildButton())).toBe("Chưa có bảng chấm điểm: hãy tạo ở mục Bộ tiêu chí.");

    await user.click(screen.getByRole("tab", { name: "Bộ tiêu chí" }));
    await createSheetsThroughPane(user, "phu-yen-xa-2022", "Xã Mường Thải");
    await user.click(screen.getByRole("tab", { name: "Phụ lục" }));
    expect(reasonOf(buildButton())).toBeNull();
    for (const name of ["PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "PL4 So sánh tự chấm và thẩm định (khi có tự chấm)", "Báo cáo (các câu tổng hợp)"]) {
      await user.click(screen.getByRole("checkbox", { name }));
    }
    expect(reasonOf(buildButton())).toBe("Hãy chọn ít nhất một phụ lục.");
    expect((screen.getByRole("checkbox", { name: /Biểu đồ/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it("builds the annexes in one click and shows the count per class and per band and the report", async () => {
    const { user, workbook, platform } = await demoPane();
    expect(reasonOf(buildButton())).toBeNull();
    await user.click(buildButton());
    const result = await screen.findByTestId("annex-result");
    expect(result.textContent).toBe("Đã lập: PL1 Xếp hạng, PL2 Phân loại, PL3 Lĩnh vực, Báo cáo.");
    expect(rowsOf(screen.getByTestId("class-counts"))).toEqual([
      ["Hoàn thành xuất sắc nhiệm vụ", "3"],
      ["Hoàn thành tốt nhiệm vụ", "7"],
      ["Hoàn thành nhiệm vụ", "10"],
      ["Không hoàn thành nhiệm vụ", "5"],
    ]);
    expect(rowsOf(screen.getByTestId("band-counts"))).toEqual([
      ["Từ 90% trở lên", "5"],
      ["Từ 80% đến dưới 90%", "9"],
      ["Từ 65% đến dưới 80%", "8"],
      ["Dưới 65%", "3"],
    ]);
    const sentences = screen.getByTestId("report-sentences");
    expect(sentences.textContent).toContain("có 5 đơn vị");
    expect(workbook.sheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining([SHEET_NAMES["annex-ranking"], SHEET_NAMES["annex-classification"], SHEET_NAMES["annex-fields"], SHEET_NAMES["annex-report"]]),
    );

    await user.click(screen.getByRole("button", { name: "Sao chép" }));
    expect(await screen.findByText("Đã sao chép vào bộ nhớ tạm.")).toBeTruthy();
    const paragraphs = Array.from(sentences.querySelectorAll("p"), (p) => p.textContent);
    expect(platform.clipboard).toBe(paragraphs.join("\n"));
  });

  it("waits while a score is invalid and says how many, then builds once it is fixed", async () => {
    const { user, workbook } = await demoPane();
    const template = demoTemplate();
    await act(async () => {
      typeScore(workbook, template, 25, 3, "1", 16);
    });
    await settle();
    expect(isDisabled(buildButton())).toBe(true);
    expect(reasonOf(buildButton())).toBe("Còn 1 ô điểm không hợp lệ: hãy sửa ở mục Kiểm tra trước.");
    await act(async () => {
      typeScore(workbook, template, 25, 3, "1", demoUnits()[3].scores["1"] as number);
    });
    await settle();
    expect(reasonOf(buildButton())).toBeNull();
    await user.click(buildButton());
    expect((await screen.findByTestId("annex-result")).textContent).toContain("Đã lập:");
  });

  it("lists the invalid scores it refused on, when an edit reached the sheet without a change event", async () => {
    const { user, workbook, platform } = await demoPane();
    const template = demoTemplate();
    // Excel does not report every change (events off in another add-in, a macro): write the cell directly.
    const address = scoreCellAddress(template, scoringLayout(template, 25), 0, "3");
    const block = parseRange(address);
    const sheet = workbook.sheet(SHEET_NAMES.scoring);
    if (!block || !sheet) throw new Error("the scoring sheet exists");
    sheet.cells[block.row][block.column] = { value: 20, locked: false };
    expect(reasonOf(buildButton())).toBeNull();

    await user.click(buildButton());
    const result = await screen.findByTestId("annex-result");
    expect(result.textContent).toBe("Chưa lập được phụ lục vì còn 1 điểm không hợp lệ. Sửa các ô dưới đây rồi lập lại:");
    const issue = within(screen.getByTestId("issue-list")).getByRole("button");
    expect(issue.textContent).toBe(`${address}: Tiêu chí 3: điểm 20 vượt điểm tối đa 18,5`);
    expect(workbook.sheet(SHEET_NAMES["annex-ranking"])).toBeUndefined();
    await user.click(issue);
    await settle();
    expect(platform.selection).toEqual({ sheet: SHEET_NAMES.scoring, address });
  });
});
