import { InvalidCells } from "../../src/actions/invalid-cells";
import type { WorkbookIssue } from "../../src/actions/types";

const issue = (address: string, severity: "error" | "warning" = "error"): WorkbookIssue => ({
  unit: "Xã Hòa An",
  code: "3",
  sheet: "Chấm điểm",
  address,
  value: 19,
  severity,
  kind: severity === "error" ? "aboveMax" : "missing",
  message: { vi: "", en: "" },
});

describe("InvalidCells", () => {
  it("counts the error cells of a full check, not the warnings", () => {
    const cells = new InvalidCells();
    cells.replaceAll([issue("D6"), issue("E6"), issue("F7", "warning"), issue("")]);
    expect(cells.count).toBe(2);
  });

  it("replaces the cells of a re-checked block, leaving the others", () => {
    const cells = new InvalidCells();
    cells.replaceAll([issue("D6"), issue("E6"), issue("H20")]);
    cells.replaceBlock("Chấm điểm", "D5:F9", [issue("F9")]);
    expect(cells.count).toBe(2); // H20 kept, D6 and E6 fixed, F9 new
    cells.replaceBlock("Chấm điểm", "$H$20", []);
    expect(cells.count).toBe(1);
    cells.replaceBlock("Tiêu chí", "F9", []);
    expect(cells.count).toBe(1); // another sheet's F9 is another cell
  });

  it("replaces the cells inside a change of several areas or of whole columns and rows", () => {
    const cells = new InvalidCells();
    cells.replaceAll([issue("D6"), issue("E6"), issue("H20"), issue("J30")]);
    cells.replaceBlock("Chấm điểm", "D6,H20:H21", []);
    expect(cells.count).toBe(2); // E6 and J30 left
    cells.replaceBlock("Chấm điểm", "E:E", [issue("E9")]);
    expect(cells.count).toBe(2); // E6 fixed, E9 new, J30 left
    cells.replaceBlock("Chấm điểm", "30:30", []);
    expect(cells.count).toBe(1);
  });
});
