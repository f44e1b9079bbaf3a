import { OfficeWorkbook } from "../../../src/workbook/office/office";
import { FakeExcel } from "./fake-excel";

const SCORES = "Chấm điểm";
const UNITS = "Đơn vị";

/** Two sheets: an empty score sheet (first, so active at first) and a list of units with their totals in B2:C5. */
async function workbook(): Promise<{ excel: FakeExcel; port: OfficeWorkbook }> {
  const excel = new FakeExcel();
  excel.addSheet(SCORES);
  excel.addSheet(UNITS);
  await excel.userEdit(UNITS, "B2:C5", [
    ["Đơn vị", "Điểm"],
    ["Xã Phù Yên", 54],
    ["Hải Dương", 83.52],
    ["Xã Tứ Kỳ", 89.995],
  ]);
  return { excel, port: new OfficeWorkbook(excel.runner) };
}

async function counted<T>(excel: FakeExcel, action: () => Promise<T>): Promise<{ result: T; syncs: number; runs: number; response: number }> {
  const syncs = excel.syncs;
  const runs = excel.runs;
  const result = await action();
  return { result, syncs: excel.syncs - syncs, runs: excel.runs - runs, response: excel.responses.slice(syncs).reduce((a, b) => a + b, 0) };
}

describe("OfficeWorkbook.readSelection", () => {
  it("gives the values of a selection inside the used range, in one batch of 2 syncs", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "B3:C4");
    const read = await counted(excel, () => port.readSelection());
    expect(read.result).toEqual([
      ["Xã Phù Yên", 54],
      ["Hải Dương", 83.52],
    ]);
    expect(read.runs).toBe(1);
    expect(read.syncs).toBe(2);
  });

  it("reads only the used rows of a whole selected column", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "C:C");
    const read = await counted(excel, () => port.readSelection());
    expect(read.result).toEqual([["Điểm"], [54], [83.52], [89.995]]);
    expect(read.syncs).toBe(2);
    // Four cells come back, not 1,048,576 rows.
    expect(read.response).toBeLessThan(200);
  });

  it("reads only the used columns of whole selected rows, and the overlap of a selection that runs past the data", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "4:5");
    expect(await port.readSelection()).toEqual([
      ["Hải Dương", 83.52],
      ["Xã Tứ Kỳ", 89.995],
    ]);
    excel.userSelect(UNITS, "C4:F20");
    expect(await port.readSelection()).toEqual([[83.52], [89.995]]);
  });

  it("gives [] for a selection outside the used range (2 syncs) and on an empty sheet (1 sync)", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "E10:F12");
    const outside = await counted(excel, () => port.readSelection());
    expect(outside.result).toEqual([]);
    expect(outside.syncs).toBe(2);

    excel.userSelect(UNITS, "A:A");
    expect(await port.readSelection()).toEqual([]);

    excel.userSelect(SCORES, "A1:D30");
    const empty = await counted(excel, () => port.readSelection());
    expect(empty.result).toEqual([]);
    expect(empty.syncs).toBe(1);
  });

  it("reads the selection of the active sheet, not of the sheet selected before", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "B5");
    await excel.userEdit(SCORES, "E7", [[18.5]]);
    excel.userSelect(SCORES, "E7");
    expect(await port.readSelection()).toEqual([[18.5]]);
    excel.userSelect(UNITS, "B5");
    expect(await port.readSelection()).toEqual([["Xã Tứ Kỳ"]]);
  });
});

describe("OfficeWorkbook.selectCell", () => {
  it("activates the sheet and selects the cell there, in one batch of 1 sync", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "B2:C3");
    const select = await counted(excel, () => port.selectCell(SCORES, "E7"));
    expect(select.runs).toBe(1);
    expect(select.syncs).toBe(1);
    expect(excel.active().name).toBe(SCORES);
    expect(excel.sheet(SCORES)?.selection).toBe("E7");
    expect(excel.sheet(UNITS)?.selection).toBe("B2:C3");
  });

  it("moves from the score sheet to a cell of another sheet, which the next read then gives", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(SCORES, "A1");
    await port.selectCell(UNITS, "C5");
    expect(excel.active().name).toBe(UNITS);
    expect(excel.sheet(UNITS)?.selection).toBe("C5");
    expect(await port.readSelection()).toEqual([[89.995]]);
  });

  it("fails for a sheet that does not exist and leaves the selection as it was", async () => {
    const { excel, port } = await workbook();
    excel.userSelect(UNITS, "B3");
    await expect(port.selectCell("Không có", "A1")).rejects.toThrow("ItemNotFound");
    expect(excel.active().name).toBe(UNITS);
    expect(excel.sheet(UNITS)?.selection).toBe("B3");
  });
});
