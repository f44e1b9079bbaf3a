import { describeFailure } from "../../src/taskpane/failure";
import { vi } from "../../src/taskpane/i18n/vi";
import { en } from "../../src/taskpane/i18n/en";
import { loadDictionary, paneLanguage } from "../../src/taskpane/i18n/language";

/** An error shaped like OfficeExtension.Error: a message and a code. */
const officeError = (code: string) => Object.assign(new Error(`Excel error ${code}`), { code });

describe("describeFailure", () => {
  it("tells the user to leave cell editing when Excel is editing a cell", () => {
    expect(describeFailure(officeError("InvalidOperationInCellEditMode"), vi)).toEqual({
      what: "Excel đang ở chế độ sửa một ô.",
      todo: "Nhấn Enter hoặc Esc để rời ô đang sửa, rồi bấm lại.",
    });
  });

  it("names protection and sheet-name clashes", () => {
    expect(describeFailure(officeError("AccessDenied"), vi).todo).toContain("Bỏ bảo vệ trang tính");
    expect(describeFailure(officeError("ItemAlreadyExists"), vi).what).toBe("Đã có một trang tính trùng tên với trang cần tạo.");
    expect(describeFailure(officeError("ItemNotFound"), en).todo).toBe("Click Update under Criteria to recreate the scoring sheets; the scores are kept.");
    expect(describeFailure(officeError("RequestPayloadSizeLimitExceeded"), vi)).toBe(vi.failure.tooLarge);
    // The Office port's own refusals (WorkbookWriteRefused) carry a code too.
    expect(describeFailure(officeError("WorkbookStructureProtected"), vi).todo).toBe("Bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc), rồi bấm lại.");
    expect(describeFailure(officeError("UserSheetInTheWay"), en)).toBe(en.failure.sheetExists);
  });

  it("quotes the error's own text for anything else", () => {
    expect(describeFailure(new Error("mạng bị ngắt"), vi)).toEqual({
      what: "Đã xảy ra lỗi: mạng bị ngắt",
      todo: "Bấm lại. Nếu vẫn lỗi, hãy lưu tệp, đóng rồi mở lại Excel.",
    });
    expect(describeFailure("timeout", en).what).toBe("Something went wrong: timeout");
  });
});

describe("paneLanguage", () => {
  it("is Vietnamese for vi-VN and outside Office, English for any other display language", async () => {
    expect(paneLanguage("vi-VN")).toBe("vi");
    expect(paneLanguage("VI")).toBe("vi");
    expect(paneLanguage(undefined)).toBe("vi");
    expect(paneLanguage("")).toBe("vi");
    expect(paneLanguage("en-US")).toBe("en");
    expect(paneLanguage("fr-FR")).toBe("en");
    expect((await loadDictionary("en")).tabs.template).toBe("Criteria");
    expect((await loadDictionary("vi")).tabs).toEqual({ template: "Bộ tiêu chí", season: "Tự chấm", check: "Kiểm tra", annexes: "Phụ lục" });
  });
});
