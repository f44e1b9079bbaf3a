/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The node export conditions: ExcelJS's dependencies ship browser builds as ES modules that Jest cannot load.
/**
 * Section "Tự chấm" over a real in-memory workbook: the units' files zipped
 * and saved, then returned files chosen in the picker (real .xlsx bytes, one
 * of them refused), a report per file, and a confirmation before replacing.
 */
import { screen, within } from "@testing-library/react";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import { createSheetsThroughPane, isDisabled, reasonOf, renderPane, settle } from "./render-pane";
import { fillSelfAssessment } from "../season/fill-self-assessment";
import { SHEET_NAMES } from "../../src/sheet/names";

jest.setTimeout(90_000);

const sendButton = () => screen.getByRole("button", { name: "Tạo file tự chấm (.zip)" });
const collectButton = () => screen.getByRole("button", { name: "Gộp vào bảng tính" });

async function paneWithUnits() {
  const pane = await renderPane();
  await createSheetsThroughPane(pane.user, "hai-duong-xa-2022", "Xã Hòa An\nPhường Đông Ngàn\nThị trấn Tứ Kỳ");
  await pane.user.click(screen.getByRole("tab", { name: "Tự chấm" }));
  return pane;
}

async function zippedFiles(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).sort()) files.set(name, await (zip.file(name) as JSZip.JSZipObject).async("uint8array"));
  return files;
}

const asFile = (name: string, bytes: Uint8Array) =>
  new File([bytes.slice().buffer as ArrayBuffer], name, { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

describe("Tự chấm", () => {
  it("cannot make files or collect before the scoring sheets exist", async () => {
    const { user } = await renderPane();
    await user.click(screen.getByRole("tab", { name: "Tự chấm" }));
    expect(isDisabled(sendButton())).toBe(true);
    expect(reasonOf(sendButton())).toBe("Hãy tạo bảng chấm điểm trước (mục Bộ tiêu chí).");
    expect(reasonOf(collectButton())).toBe("Hãy tạo bảng chấm điểm trước (mục Bộ tiêu chí).");
  });

  it("saves one self-assessment file per unit in a zip", async () => {
    const { user, platform } = await paneWithUnits();
    await user.click(sendButton());
    const sent = await screen.findByTestId("self-files-sent");
    expect(platform.savedBytes).toHaveLength(1);
    const { fileName, type, bytes } = platform.savedBytes[0];
    expect(sent.textContent).toBe(`Đã tạo 3 tệp tự chấm, nén trong ${fileName}.`);
    expect(fileName).toMatch(/^tu-cham-\d{4}\.zip$/);
    expect(type).toBe("application/zip");
    const files = await zippedFiles(bytes);
    expect([...files.keys()]).toEqual(["Phường Đông Ngàn.xlsx", "Thị trấn Tứ Kỳ.xlsx", "Xã Hòa An.xlsx"]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(files.get("Xã Hòa An.xlsx") as unknown as ExcelJS.Buffer);
    expect(workbook.getWorksheet("Tự chấm")?.getCell("B2").value).toBe("Xã Hòa An");
  });

  it("collects the chosen files, reports each, and asks before replacing", async () => {
    const { user, platform, workbook } = await paneWithUnits();
    await user.click(sendButton());
    await screen.findByTestId("self-files-sent");
    const files = await zippedFiles(platform.savedBytes[0].bytes);
    const hoaAn = await fillSelfAssessment(files.get("Xã Hòa An.xlsx") as Uint8Array, {
      scores: { "1": 14, "2": 4.5 },
      texts: { "1": "Kế hoạch số 5/KH-UBND" },
    });
    const tuKy = await fillSelfAssessment(files.get("Thị trấn Tứ Kỳ.xlsx") as Uint8Array, { scores: { "1": 16 } });
    const input = screen.getByTestId("self-files") as HTMLInputElement;
    expect(isDisabled(collectButton())).toBe(true);
    expect(reasonOf(collectButton())).toBe("Hãy chọn các tệp tự chấm đơn vị gửi lại.");
    await user.upload(input, [asFile("Xã Hòa An.xlsx", hoaAn), asFile("Thị trấn Tứ Kỳ.xlsx", tuKy)]);
    await user.click(collectButton());
    const summary = await screen.findByTestId("collect-summary");
    expect(summary.textContent).toBe("Đã gộp 1/2 tệp tự chấm vào trang Tự đánh giá và Giải trình.");
    const outcomes = within(screen.getByTestId("collect-outcomes")).getAllByTestId("collect-outcome");
    expect(outcomes.map((item) => item.getAttribute("data-status"))).toEqual(["added", "refused"]);
    expect(outcomes[1].textContent).toContain("Tự chấm!D8: Tiêu chí 1: điểm 16 vượt điểm tối đa 15");
    const self = await workbook.read({ ranges: [{ sheet: SHEET_NAMES["self-assessment"], address: "D4:F4" }] });
    expect(self.ranges[0].values).toEqual([[14, null, null]]);

    // The same unit again with another score: listed, written only after confirming.
    const again = await fillSelfAssessment(files.get("Xã Hòa An.xlsx") as Uint8Array, {
      scores: { "1": 13.5, "2": 4.5 },
      texts: { "1": "Kế hoạch số 5/KH-UBND" },
    });
    await user.upload(input, [asFile("Xã Hòa An.xlsx", again)]);
    await user.click(collectButton());
    const confirm = await screen.findByTestId("collect-confirm");
    expect(confirm.textContent).toContain("1 đơn vị đã có phần tự chấm khác trong bảng tính");
    expect(screen.getByTestId("collect-outcome").textContent).toContain("Tự đánh giá!D4 (1, điểm): 14 → 13,5");
    expect((await workbook.read({ ranges: [{ sheet: SHEET_NAMES["self-assessment"], address: "D4" }] })).ranges[0].values).toEqual([[14]]);
    await user.click(within(confirm).getByRole("button", { name: "Thay phần tự chấm của 1 đơn vị" }));
    await settle();
    expect((await screen.findByTestId("collect-summary")).textContent).toBe("Đã gộp 1/1 tệp tự chấm vào trang Tự đánh giá và Giải trình.");
    expect(screen.getByTestId("collect-outcome").getAttribute("data-status")).toBe("replaced");
    expect((await workbook.read({ ranges: [{ sheet: SHEET_NAMES["self-assessment"], address: "D4" }] })).ranges[0].values).toEqual([[13.5]]);
  });

  it("starts the appraisal from the collected self scores, keeping appraised cells unless asked", async () => {
    const { user, platform, workbook } = await paneWithUnits();
    const startButton = () => screen.getByRole("button", { name: "Bắt đầu thẩm định từ tự chấm" });
    await user.click(startButton());
    expect((await screen.findByTestId("appraisal-result")).textContent).toBe("Bảng tính chưa có phần tự chấm nào: hãy gộp file tự chấm của các đơn vị trước.");
    await user.click(sendButton());
    await screen.findByTestId("self-files-sent");
    const files = await zippedFiles(platform.savedBytes[0].bytes);
    const hoaAn = await fillSelfAssessment(files.get("Xã Hòa An.xlsx") as Uint8Array, { scores: { "1": 14, "2": 4.5 } });
    await user.upload(screen.getByTestId("self-files") as HTMLInputElement, [asFile("Xã Hòa An.xlsx", hoaAn)]);
    await user.click(collectButton());
    await screen.findByTestId("collect-summary");
    // The officer has already appraised criterion 2 of Xã Hòa An at 4: that cell is kept.
    const scoring = (address: string) => ({ ranges: [{ sheet: SHEET_NAMES.scoring, address }] });
    workbook.setCellValue(SHEET_NAMES.scoring, "D5", 4);
    await user.click(startButton());
    await settle();
    expect(screen.getByTestId("appraisal-result").textContent).toBe(
      "Đã chép 1 điểm tự chấm của 1 đơn vị sang trang Chấm điểm. Giữ nguyên 1 ô đã có điểm thẩm định khác điểm tự chấm.",
    );
    expect((await workbook.read(scoring("D4:D5"))).ranges[0].values).toEqual([[14], [4]]);
    await user.click(screen.getByRole("checkbox", { name: "Chép đè cả ô đã có điểm thẩm định" }));
    await user.click(startButton());
    await settle();
    expect(screen.getByTestId("appraisal-result").textContent).toBe("Đã chép 1 điểm tự chấm của 1 đơn vị sang trang Chấm điểm.");
    expect((await workbook.read(scoring("D4:D5"))).ranges[0].values).toEqual([[14], [4.5]]);
  });
});
