import { MemoryWorkbook } from "../../src/workbook/memory";
import type { SheetPlan } from "../../src/sheet/plan";
import { newSheetPlan, PlanGrid } from "../../src/sheet/plan-grid";
import type { CellChangeEvent } from "../../src/workbook/port";

function plan(name: string, kind: SheetPlan["kind"], fill: (grid: PlanGrid) => void): SheetPlan {
  const grid = new PlanGrid();
  fill(grid);
  return newSheetPlan(name, kind, grid);
}

const state = {
  version: 1 as const,
  template: { id: "a", name: "A", fields: [{ code: "1", title: "X", max: 1 }] },
  units: ["Xã A"],
  year: 2026,
  lang: "vi" as const,
  dialect: "par" as const,
};

describe("MemoryWorkbook", () => {
  it("stores formulas without evaluating them and reads values, formulas and blocks", async () => {
    const book = new MemoryWorkbook();
    await book.apply({
      sheets: [
        plan("Chấm điểm", "scoring", (grid) => {
          grid.text(0, 0, "1.1");
          grid.set(1, 1, { value: 2.5, locked: false });
          grid.set(2, 1, { formula: "=SUM(B2)", value: 2.5 });
          grid.set(3, 1, { formula: "=PAR.SCORE(B2:B2,C2:C2,A2:A2)" });
        }),
      ],
      state,
    });
    const snapshot = await book.read({ ranges: [{ sheet: "Chấm điểm", formulas: true }, { sheet: "Chấm điểm", address: "B2:B3" }, { sheet: "Không có" }] });
    expect(snapshot.sheets).toEqual([{ name: "Chấm điểm", position: 0, owned: "scoring" }]);
    expect(snapshot.state).toEqual(state);
    expect(snapshot.ranges[0]).toEqual({
      sheet: "Chấm điểm",
      found: true,
      row: 0,
      column: 0,
      values: [
        ["1.1", null],
        [null, 2.5],
        [null, 2.5],
        [null, null],
      ],
      formulas: [
        [null, null],
        [null, null],
        [null, "=SUM(B2)"],
        [null, "=PAR.SCORE(B2:B2,C2:C2,A2:A2)"],
      ],
    });
    expect(snapshot.ranges[1]).toEqual({ sheet: "Chấm điểm", found: true, row: 1, column: 1, values: [[2.5], [2.5]] });
    expect(snapshot.ranges[2]).toEqual({ sheet: "Không có", found: false, row: 0, column: 0, values: [] });
  });

  it("changes nothing when a plan is broken or a user's sheet is in the way", async () => {
    const book = new MemoryWorkbook();
    await book.apply({ sheets: [plan("PL1 Xếp hạng", "annex-ranking", (grid) => grid.text(0, 0, "cũ"))] });
    const broken = plan("PL1 Xếp hạng", "annex-ranking", (grid) => grid.text(0, 0, "mới"));
    broken.conditionalFormats.push({ range: "không phải ô", formula: "=A1>1", fill: "#FFFFFF", fontColor: "#000000" });
    await expect(book.apply({ sheets: [broken], state })).rejects.toThrow("not an A1 range");
    expect(book.cell("PL1 Xếp hạng", "A1")?.value).toBe("cũ");
    expect(book.storedState()).toBeNull();
    book.addUserSheet("Ghi chú", [["của tôi"]]);
    await expect(book.apply({ sheets: [], remove: ["Ghi chú"] })).rejects.toThrow("belongs to the user");
    expect(book.sheets.map((s) => s.name)).toEqual(["PL1 Xếp hạng", "Ghi chú"]);
  });

  it("tells the user's edits from its own writes", async () => {
    const book = new MemoryWorkbook();
    const events: CellChangeEvent[] = [];
    const stop = await book.onCellsChanged("Chấm điểm", (event) => events.push(event));
    await book.apply({ sheets: [plan("Chấm điểm", "scoring", (grid) => grid.set(1, 1, { value: 1, locked: false }))] });
    book.setCellValue("Chấm điểm", "B2", "=1+1");
    await stop();
    book.setCellValue("Chấm điểm", "B2", 3);
    expect(events).toEqual([
      { sheet: "Chấm điểm", address: "A1:B2", origin: "addin" },
      { sheet: "Chấm điểm", address: "B2", origin: "user" },
    ]);
    expect(book.cell("Chấm điểm", "B2")).toEqual({ value: 3, locked: false });
  });
});
