import { safeFileBase, uniqueFileNames } from "../../src/core/file-names";

describe("file names made from unit names", () => {
  it("keeps Vietnamese letters, in NFC", () => {
    expect(safeFileBase("Phường Đông Ngàn")).toBe("Phường Đông Ngàn");
    expect(safeFileBase("Xa\u0303 Ho\u0300a An")).toBe("Xã Hòa An");
  });

  it("replaces what Windows, macOS or Linux refuse, and trims dots and spaces", () => {
    expect(safeFileBase('Xã A/B: "thử" <1>|?*\\')).toBe("Xã A-B- -thử- -1-----");
    expect(safeFileBase("  Thị trấn Tứ Kỳ.  ")).toBe("Thị trấn Tứ Kỳ");
    expect(safeFileBase("..ẩn")).toBe("ẩn");
    expect(safeFileBase("Xã\tMột\nHai")).toBe("Xã Một Hai");
  });

  it("avoids the device names of Windows", () => {
    expect(safeFileBase("CON")).toBe("CON_");
    expect(safeFileBase("nul")).toBe("nul_");
    expect(safeFileBase("COM1.txt")).toBe("COM1.txt_");
    expect(safeFileBase("Console")).toBe("Console");
  });

  it("stays under 200 bytes of UTF-8 without cutting a letter", () => {
    const base = safeFileBase("Đ".repeat(150));
    expect(Buffer.byteLength(base, "utf8")).toBe(200);
    expect(base).toBe("Đ".repeat(100));
  });

  it("falls back to a name when nothing is left", () => {
    expect(safeFileBase("...")).toBe("don-vi");
  });

  it("makes names unique ignoring case, in the order given", () => {
    expect(uniqueFileNames(["Xã A/B", "Xã A-B", "xã a-b", "Xã C"], ".xlsx")).toEqual(["Xã A-B.xlsx", "Xã A-B (2).xlsx", "xã a-b (3).xlsx", "Xã C.xlsx"]);
  });
});
