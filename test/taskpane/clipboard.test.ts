/** @jest-environment jsdom */
import { copyToClipboard } from "../../src/taskpane/clipboard";

function withClipboard(writeText: (text: string) => Promise<void>): void {
  Object.defineProperty(window.navigator, "clipboard", { value: { writeText }, configurable: true });
}

describe("copyToClipboard", () => {
  it("uses the Clipboard API when the frame may", async () => {
    const written: string[] = [];
    withClipboard(async (text) => {
      written.push(text);
    });
    expect(await copyToClipboard("Nhóm đạt Chỉ số từ 90% trở lên, có 5 đơn vị")).toBe(true);
    expect(written).toEqual(["Nhóm đạt Chỉ số từ 90% trở lên, có 5 đơn vị"]);
  });

  it("falls back to a selected textarea and copy command when the API is denied, and cleans up", async () => {
    withClipboard(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    const copied: string[] = [];
    document.execCommand = (command: string) => {
      const area = document.activeElement as HTMLTextAreaElement | null;
      if (command === "copy" && area instanceof HTMLTextAreaElement) copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
      return command === "copy";
    };
    expect(await copyToClipboard("giảm 2 bậc")).toBe(true);
    expect(copied).toEqual(["giảm 2 bậc"]);
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("says it could not copy when neither way works", async () => {
    withClipboard(() => Promise.reject(new Error("denied")));
    document.execCommand = () => false;
    expect(await copyToClipboard("x")).toBe(false);
  });
});
