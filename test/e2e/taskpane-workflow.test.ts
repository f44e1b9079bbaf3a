/**
 * End to end in real Chromium (the system's, else the one in the npm package
 * @sparticuz/chromium: see browser.ts): the task pane built by webpack, served on
 * 127.0.0.1 with office.js from @microsoft/office-js, over the in-memory
 * workbook, 320 px wide. The officer's whole job: pick a template → give the
 * units → create the sheets → enter scores with one invalid → the check
 * shows it → fix it → build the annexes → the class counts appear. A
 * screenshot of each step goes to test-output/e2e/.
 */
import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { readFile } from "node:fs/promises";
import path from "node:path";
import webpack from "webpack";
import type { Configuration } from "webpack";
import { chromium } from "playwright-core";
import type { Browser, Locator, Page } from "playwright-core";
import { demoUnits } from "../../src/demo/demo-scores";
import { unitsToText } from "../../src/taskpane/units-input";
import JSZip from "jszip";
import { fillSelfAssessment } from "../season/fill-self-assessment";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { writeSelfAssessmentWorkbook } from "../../src/actions/self-assessment-files";
import { findBuiltInTemplate } from "../../src/templates/registry";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { browserExecutable } from "./browser";
import { faultyTable } from "../core/import/annex-tables";
import "./entry-hook"; // the type of window.parE2E

// webpack.e2e.js is plain CommonJS like the main webpack config it extends.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const e2eConfig = require("./webpack.e2e.js") as ((env: object, options: object) => Promise<Configuration>) & { E2E_DIST: string };

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_JS_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const SCREENSHOTS = path.join(ROOT, "test-output", "e2e");
const PANE_WIDTH = 320;

jest.setTimeout(300_000);

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
};

async function buildPage(): Promise<void> {
  const config = await e2eConfig({}, { mode: "development" });
  await new Promise<void>((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) reject(error);
      else if (!stats || stats.hasErrors()) reject(new Error(stats?.toString("errors-only") ?? "webpack failed"));
      else resolve();
    });
  });
}

/** Files below `base` only; null for anything outside it. */
function inside(base: string, relative: string): string | null {
  const file = path.join(base, path.normalize(decodeURIComponent(relative)));
  return file.startsWith(base + path.sep) ? file : null;
}

function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = url.pathname.startsWith("/office-js/")
      ? inside(OFFICE_JS_DIST, url.pathname.slice("/office-js/".length))
      : inside(e2eConfig.E2E_DIST, url.pathname === "/" ? "index.html" : url.pathname.slice(1));
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "Content-Type": contentTypes[path.extname(file)] ?? "application/octet-stream" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

let server: Server | undefined;
let browser: Browser | undefined;
let page: Page;
let step = 0;

/**
 * A screenshot of the pane as the officer sees it (320 × 800), scrolled to
 * what the step produced, and no horizontal scrolling at 320 px.
 */
async function screenshot(name: string, focus?: Locator): Promise<void> {
  step += 1;
  await focus?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${String(step).padStart(2, "0")}-${name}.png`) });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE_WIDTH);
}

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await buildPage();
  server = await serve();
  const executable = browserExecutable();
  console.log(`Chromium (${executable.source}): ${executable.executablePath}`);
  browser = await chromium.launch({
    executablePath: executable.executablePath,
    env: executable.env,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-quic",
      "--no-first-run",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 800 }, locale: "vi-VN" });
  const { port } = server.address() as AddressInfo;
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.getByRole("heading", { name: "Chỉ số CCHC" }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe("the task pane in Chromium, outside Excel", () => {
  const units = demoUnits();
  /** The units' files from the zip, by file name. */
  const returned = new Map<string, Uint8Array>();

  it("starts outside Office with office.js and no host", async () => {
    expect(await page.evaluate(() => window.parE2E?.host)).toBeNull();
    await screenshot("mo-ngan-tac-vu");
  });

  it("picks a template and shows its fields", async () => {
    await page.getByRole("combobox", { name: "Bộ tiêu chí chấm điểm" }).selectOption("builtin:hai-duong-xa-2022");
    const summary = page.getByTestId("template-summary");
    await summary.waitFor();
    expect(await summary.locator("tr").last().textContent()).toBe("Tổng điểm tối đa100");
    await screenshot("chon-bo-tieu-chi");
  });

  it("takes the units with last year's ranks", async () => {
    await page.getByRole("textbox", { name: "Năm đánh giá" }).fill("2026");
    const text = unitsToText(units.map((unit) => ({ name: unit.name, previousRank: unit.previousRank ?? null })));
    await page.getByRole("textbox", { name: /Các đơn vị được chấm điểm/ }).fill(text);
    // The demo province ranked 24 of its 25 communes last year.
    const count = page.getByText("25 đơn vị, 24 đơn vị có thứ hạng năm trước");
    await count.waitFor();
    await screenshot("nhap-don-vi", page.getByRole("button", { name: "Tạo bảng chấm điểm" }));
  });

  it("creates the scoring sheets", async () => {
    await page.getByRole("button", { name: "Tạo bảng chấm điểm" }).click();
    await page.getByText("Đã tạo các trang Tiêu chí, Chấm điểm, Tự đánh giá, Giải trình và Cấu hình cho 25 đơn vị.", { exact: false }).waitFor();
    expect(await page.evaluate(() => window.parE2E?.sheetNames())).toEqual(["Tiêu chí", "Chấm điểm", "Tự đánh giá", "Giải trình", "Cấu hình"]);
    await page.getByRole("button", { name: "Cập nhật" }).waitFor();
    await screenshot("tao-bang-cham-diem", page.getByTestId("load-result"));
  });

  it("counts the one invalid score as it is entered", async () => {
    await page.evaluate((scores) => window.parE2E?.pasteScores(scores), units);
    const address = await page.evaluate(() => window.parE2E?.typeScore("Xã Hòa An", "3", 19));
    expect(address).toMatch(/^[A-Z]+\d+$/);
    // To the Kiểm tra section by keyboard: arrow past Tự chấm to the tab, Enter, then Tab to its button.
    await page.getByRole("tab", { name: "Bộ tiêu chí" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("tab", { name: "Kiểm tra" }).getAttribute("aria-selected")).toBe("true");
    await page.getByText("1 ô điểm không hợp lệ (được tô màu trên trang Chấm điểm).").waitFor();
    await screenshot("mot-diem-khong-hop-le");
  });

  it("lists the invalid score in the full check and selects its cell", async () => {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Kiểm tra toàn bộ");
    await page.keyboard.press("Enter");
    await page.getByText("Có 1 điểm không hợp lệ ở 1 đơn vị.", { exact: false }).waitFor();
    const issue = page.getByTestId("issue-list").getByRole("button");
    expect(await issue.textContent()).toMatch(/^[A-Z]+\d+: Tiêu chí 3: điểm 19 vượt điểm tối đa 18,5$/);
    await issue.click();
    const selection = await page.evaluate(() => window.parE2E?.selection());
    expect(selection?.sheet).toBe("Chấm điểm");
    expect((await issue.textContent())?.startsWith(`${selection?.address}:`)).toBe(true);
    await screenshot("kiem-tra-toan-bo");
  });

  it("sees the count drop to zero once the score is fixed", async () => {
    await page.evaluate(() => window.parE2E?.typeScore("Xã Hòa An", "3", 18.5));
    await page.getByText("Không có ô điểm nào không hợp lệ.").waitFor();
    await page.getByRole("button", { name: "Kiểm tra toàn bộ" }).click();
    await page.getByText("Điểm của cả 25 đơn vị đều hợp lệ.").waitFor();
    await screenshot("da-sua-diem");
  });

  it("builds the annexes and shows the count per class", async () => {
    await page.getByRole("tab", { name: "Phụ lục" }).click();
    await page.getByRole("button", { name: "Lập phụ lục" }).click();
    const classes = page.getByTestId("class-counts");
    await classes.waitFor();
    const rows = await classes.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => Array.from(tr.children, (td) => td.textContent)));
    expect(rows).toEqual([
      ["Hoàn thành xuất sắc nhiệm vụ", "3"],
      ["Hoàn thành tốt nhiệm vụ", "7"],
      ["Hoàn thành nhiệm vụ", "10"],
      ["Không hoàn thành nhiệm vụ", "5"],
    ]);
    expect(await page.evaluate(() => window.parE2E?.sheetNames())).toEqual(
      expect.arrayContaining(["PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "Báo cáo"]),
    );
    await screenshot("lap-phu-luc", page.getByTestId("band-counts"));
  });

  it("makes every unit's self-assessment file, zipped for download", async () => {
    await page.getByRole("tab", { name: "Tự chấm" }).click();
    await page.getByRole("button", { name: "Tạo file tự chấm (.zip)" }).click();
    await page.getByTestId("self-files-sent").waitFor();
    const saved = (await page.evaluate(() => window.parE2E?.savedFiles())) ?? [];
    expect(saved.map((file) => file.fileName)).toEqual(["tu-cham-2026.zip"]);
    const zip = await JSZip.loadAsync(Buffer.from(saved[0].base64, "base64"));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(25);
    expect(names).toContain("Xã Hòa An.xlsx");
    for (const name of names) returned.set(name, await (zip.file(name) as JSZip.JSZipObject).async("uint8array"));
    await screenshot("tao-file-tu-cham", page.getByTestId("self-files-sent"));
  });

  it("collects returned files given to the file input, refusing an invalid and a wrong-template file", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "par-index-e2e-returned-"));
    const file = (name: string, bytes: Uint8Array) => {
      const at = path.join(folder, name);
      writeFileSync(at, bytes);
      return at;
    };
    const other = XlsxWorkbook.create();
    await writeSelfAssessmentWorkbook(other, findBuiltInTemplate("phu-yen-xa-2022") as CompiledTemplate, "Xã Song Mai", { year: 2026, lang: "vi" });
    const paths = [
      file(
        "Xã Hòa An.xlsx",
        await fillSelfAssessment(returned.get("Xã Hòa An.xlsx") as Uint8Array, { scores: { "1": 14, "2": 4.5 }, texts: { "1": "Kế hoạch 12/KH-UBND" } }),
      ),
      file("Xã Yên Đức.xlsx", await fillSelfAssessment(returned.get("Xã Yên Đức.xlsx") as Uint8Array, { scores: { "3": 19 } })),
      file("Xã Song Mai.xlsx", await other.toBuffer()),
    ];
    await page.getByTestId("self-files").setInputFiles(paths);
    await page.getByRole("button", { name: "Gộp vào bảng tính" }).click();
    const summary = page.getByTestId("collect-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toBe("Đã gộp 1/3 tệp tự chấm vào trang Tự đánh giá và Giải trình.");
    const statuses = await page.getByTestId("collect-outcome").evaluateAll((items) => items.map((item) => item.getAttribute("data-status")));
    expect(statuses).toEqual(["added", "refused", "refused"]);
    expect(await page.getByTestId("collect-outcome").nth(1).textContent()).toContain("Tự chấm!D10: Tiêu chí 3: điểm 19 vượt điểm tối đa 18,5");
    expect(await page.getByTestId("collect-outcome").nth(2).textContent()).toContain("khác bộ tiêu chí");
    expect(await page.evaluate(() => window.parE2E?.values("Tự đánh giá", "D4:D5"))).toEqual([[14], [4.5]]);
    await screenshot("gop-file-tu-cham", page.getByTestId("collect-outcomes"));
  });

  it("asks before replacing a unit's self-assessment already collected", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "par-index-e2e-again-"));
    const again = path.join(folder, "Xã Hòa An.xlsx");
    writeFileSync(
      again,
      await fillSelfAssessment(returned.get("Xã Hòa An.xlsx") as Uint8Array, { scores: { "1": 13.5, "2": 4.5 }, texts: { "1": "Kế hoạch 12/KH-UBND" } }),
    );
    await page.getByTestId("self-files").setInputFiles([again]);
    await page.getByRole("button", { name: "Gộp vào bảng tính" }).click();
    const confirm = page.getByTestId("collect-confirm");
    await confirm.waitFor();
    expect(await page.getByTestId("collect-outcome").textContent()).toContain("Tự đánh giá!D4 (1, điểm): 14 → 13,5");
    await screenshot("xac-nhan-thay", confirm);
    await confirm.getByRole("button", { name: "Thay phần tự chấm của 1 đơn vị" }).click();
    await page.getByText("Đã gộp 1/1 tệp tự chấm", { exact: false }).waitFor();
    expect(await page.evaluate(() => window.parE2E?.values("Tự đánh giá", "D4"))).toEqual([[13.5]]);
  });

  it("starts the appraisal from the collected self scores, overwriting appraised cells only when asked", async () => {
    const start = page.getByRole("button", { name: "Bắt đầu thẩm định từ tự chấm" });
    const result = page.getByTestId("appraisal-result");
    await start.click();
    await result.waitFor();
    // The demo's Xã Hòa An is already appraised (14,75 and 4,75): kept unless the officer ticks the box.
    expect(await result.textContent()).toBe("Không có ô nào để chép; 2 ô đã có điểm thẩm định khác điểm tự chấm được giữ nguyên.");
    expect(await page.evaluate(() => window.parE2E?.values("Chấm điểm", "D4:D5"))).toEqual([[14.75], [4.75]]);
    await page.getByRole("checkbox", { name: "Chép đè cả ô đã có điểm thẩm định" }).check();
    await start.click();
    await page.getByText("Đã chép 2 điểm tự chấm của 1 đơn vị sang trang Chấm điểm.").waitFor();
    expect(await page.evaluate(() => window.parE2E?.values("Chấm điểm", "D4:D5"))).toEqual([[13.5], [4.5]]);
    await screenshot("bat-dau-tham-dinh", result);
  });

  it("imports a criteria table pasted into a sheet: the preview shows each problem with its row, and reads again after a fix", async () => {
    await page.getByRole("tab", { name: "Bộ tiêu chí" }).click();
    const table = faultyTable();
    await page.evaluate(({ rows, bold }) => window.parE2E?.pasteTable("Phụ lục dán vào", rows, bold), { rows: table.rows, bold: [3] });
    await page.evaluate(() => window.parE2E?.select("Phụ lục dán vào", "A1:C18"));
    await page.getByRole("button", { name: "Đọc vùng đang chọn", exact: true }).click();
    const result = page.getByTestId("table-import-result");
    await result.getByText("Bảng có 5 lỗi: sửa trên trang tính rồi bấm Đọc lại").waitFor();
    const wrongSum = result.getByRole("button", { name: /^Dòng 14: tiêu chí 2.3 có điểm tối đa 6 nhưng các tiêu chí thành phần cộng lại 5,5$/ });
    await wrongSum.click();
    expect(await page.evaluate(() => window.parE2E?.selection())).toEqual({ sheet: "Phụ lục dán vào", address: "A14:C14" });
    await screenshot("nhap-tu-trang-tinh-co-loi", page.getByTestId("table-import"));

    for (const [address, value] of [
      ["A7", "1.3"],
      ["C9", 2],
      ["C14", 6.5],
      ["A17", "c)"],
      ["C8", 10.5],
      ["C18", 16.5],
    ] as const) {
      await page.evaluate(({ address: a, value: v }) => window.parE2E?.setCell("Phụ lục dán vào", a, v), { address, value });
    }
    await page.getByRole("button", { name: "Đọc lại", exact: true }).click();
    await result.getByText("Đã đọc được bộ tiêu chí").waitFor();
    expect(await result.textContent()).toContain("2 lĩnh vực, 6 tiêu chí, 6 tiêu chí thành phần, tổng 16,5 điểm");
    await result.getByRole("button", { name: "Dùng bộ tiêu chí này" }).click();
    expect(await page.getByRole("combobox", { name: "Bộ tiêu chí chấm điểm" }).inputValue()).toBe("imported");
    await screenshot("nhap-tu-trang-tinh-da-sua", result);
  });
});
