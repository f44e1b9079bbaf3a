/**
 * What real Excel would refuse or break and the strict fake now catches:
 * references to the scoring sheet across a reload, calculation left
 * suspended, requests over budget, sheet names in another case, a protected
 * workbook structure, the protection options, multi-area selections and
 * whole-column or multi-area changes in the live check.
 */
import { loadTemplateIntoWorkbook } from "../../../src/actions/load-template";
import { buildAnnexes } from "../../../src/actions/build-annexes";
import { checkChangedCells, prepareLiveCheck } from "../../../src/actions/live-check";
import type { CompiledTemplate } from "../../../src/core/template-tree";
import { findBuiltInTemplate } from "../../../src/templates/registry";
import { OfficeWorkbook } from "../../../src/workbook/office/office";
import { PROTECTION } from "../../../src/workbook/office/office-setup";
import { sheetProblems } from "../../../src/actions/problems";
import { tuKyUnits } from "../../core/tu-ky-fixture";
import { syntheticScores, syntheticTemplate, unitNames } from "../../sheet/synthetic";
import { FakeExcel } from "./fake-excel";

const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;
const names = tuKyUnits.map((unit) => unit.name);

async function loaded(): Promise<{ excel: FakeExcel; office: OfficeWorkbook }> {
  const excel = new FakeExcel();
  excel.addSheet("Trang tính 1");
  const office = new OfficeWorkbook(excel.runner);
  const result = await loadTemplateIntoWorkbook(office, haiDuong, names, { year: 2022, scores: tuKyUnits });
  expect(result.ok).toBe(true);
  return { excel, office };
}

describe("reloading a template rebuilds the owned sheets in place", () => {
  it("keeps the user's formulas that refer to Chấm điểm, and the sheet itself", async () => {
    const { excel, office } = await loaded();
    await excel.userEdit("Trang tính 1", "A1:B1", [["='Chấm điểm'!D4", "=SUM('Chấm điểm'!D4:J4)"]]);
    const scoringId = excel.sheet("Chấm điểm")?.id;
    await buildAnnexes(office);
    const again = await loadTemplateIntoWorkbook(office, haiDuong, names, { year: 2022 });
    const entered = tuKyUnits.reduce((count, unit) => count + Object.values(unit.scores).filter((score) => score !== null).length, 0);
    expect(again.ok && again.kept).toBe(entered);
    expect(excel.sheet("Chấm điểm")?.id).toBe(scoringId);
    expect(excel.cell("Trang tính 1", "A1")?.formula).toBe("='Chấm điểm'!D4");
    expect(excel.cell("Trang tính 1", "B1")?.formula).toBe("=SUM('Chấm điểm'!D4:J4)");
    // The sheet is written afresh: same cells as a first load, protected again, no copy left aside.
    expect(excel.cell("Chấm điểm", "D4")?.value).toBe(tuKyUnits[0].scores["1"]);
    expect(excel.sheet("Chấm điểm")?.protected).toBe(true);
    expect(excel.sheet("Chấm điểm")?.groups).toEqual(["12:14"]);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Trang tính 1", "Tiêu chí", "Chấm điểm", "Tự đánh giá", "Giải trình", "Cấu hình"]);
  });

  it("leaves each rebuilt sheet as a first write makes it: no second chart, merge, rule or group", async () => {
    const { excel, office } = await loaded();
    await buildAnnexes(office);
    const looks = () =>
      excel.sheets.map((sheet) => ({
        name: sheet.name,
        charts: sheet.charts.length,
        merges: [...sheet.merges],
        groups: [...sheet.groups],
        validations: sheet.validations.map((v) => v.address),
        formats: sheet.conditionalFormats.map((f) => f.address),
        frozen: sheet.frozen,
        protected: sheet.protected,
        cells: sheet.cells.size,
      }));
    const first = looks();
    expect(first.find((sheet) => sheet.name === "PL1 Xếp hạng")?.charts).toBe(1);
    await buildAnnexes(office);
    expect(looks()).toEqual(first);
  });
});

describe("every write ends with calculation on", () => {
  it("asks for a recalculation in the closing request and leaves nothing suspended", async () => {
    const { excel, office } = await loaded();
    await buildAnnexes(office);
    expect(excel.runsEndedSuspended.every((suspended) => !suspended)).toBe(true);
    expect(excel.recalculated[excel.recalculated.length - 1]).toBe(true);
  });

  it("cuts a large write into requests within the budget, suspending calculation in all but the last", async () => {
    const units = 100;
    const template = syntheticTemplate(120, units);
    const unitList = unitNames(units);
    const scores = syntheticScores(template, units).map((values, i) => ({ name: unitList[i], scores: values }));
    const excel = new FakeExcel();
    const budget = 300_000;
    const office = new OfficeWorkbook(excel.runner, { requestBudget: budget });
    const result = await loadTemplateIntoWorkbook(office, template, unitList, { scores });
    expect(result.ok).toBe(true);
    const writes = excel.requests.slice(2);
    expect(writes.length).toBeGreaterThan(2);
    // The port counts at least what the fake measures: every request within the budget.
    expect(Math.max(...writes)).toBeLessThanOrEqual(budget);
    expect(excel.suspended.slice(2)).toEqual([...writes.slice(1).map(() => true), false]);
    expect(excel.recalculated[excel.recalculated.length - 1]).toBe(true);
    expect(excel.runsEndedSuspended).toEqual([false]);
  });
});

describe("sheet names without regard to case, protected structure, protection options", () => {
  it("sees a user's sheet named in another case as in the way, and refuses with a problem", async () => {
    const excel = new FakeExcel();
    excel.addSheet("CHẤM ĐIỂM");
    const result = await loadTemplateIntoWorkbook(new OfficeWorkbook(excel.runner), haiDuong, names);
    expect(result).toEqual({ ok: false, problems: [sheetProblems.userSheetInTheWay("Chấm điểm")] });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["CHẤM ĐIỂM"]);
  });

  it("rebuilds an owned sheet whose name the user recased, instead of adding a second one", async () => {
    const { excel, office } = await loaded();
    excel.sheet("Chấm điểm")!.name = "chấm ĐIỂM";
    const again = await loadTemplateIntoWorkbook(office, haiDuong, names);
    expect(again.ok).toBe(true);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Trang tính 1", "Tiêu chí", "chấm ĐIỂM", "Tự đánh giá", "Giải trình", "Cấu hình"]);
  });

  it("says in Vietnamese that the workbook structure is protected, and the port refuses too", async () => {
    const { excel, office } = await loaded();
    excel.structureProtected = true;
    const result = await buildAnnexes(office);
    expect(result).toEqual({ ok: false, issues: [], problems: [sheetProblems.structureProtected()] });
    expect(sheetProblems.structureProtected().vi).toContain("Bảo vệ sổ làm việc");
    await expect(office.apply({ sheets: [] })).rejects.toMatchObject({ code: "WorkbookStructureProtected" });
  });

  it("protects owned sheets with formatting of rows and columns allowed (rows can be hidden to fold criteria)", async () => {
    const { excel } = await loaded();
    expect(excel.sheet("Chấm điểm")?.protectionOptions).toEqual(PROTECTION);
    expect(PROTECTION).toMatchObject({ allowFormatRows: true, allowFormatColumns: true });
  });
});

describe("selections and changes of several areas, whole rows or columns", () => {
  it("reads a multi-area selection area by area", async () => {
    const { excel, office } = await loaded();
    excel.userSelect("Chấm điểm", "D3:E3,G3");
    expect(await office.readSelection()).toEqual([[names[0], names[1]], [names[3]]]);
  });

  it("checks a whole changed column and each area of a multi-area change, in one read", async () => {
    const { excel, office } = await loaded();
    const live = await prepareLiveCheck(office);
    if (!live) throw new Error("no template");
    await excel.userEdit("Chấm điểm", "E5:E6", [[6], [-1]]);
    const column = await checkChangedCells(office, { sheet: "Chấm điểm", address: "E:E", origin: "user" }, live);
    expect(column.map((issue) => [issue.address, issue.kind])).toEqual([
      ["E5", "aboveMax"],
      ["E6", "negative"],
    ]);
    const syncs = excel.syncs;
    const areas = await checkChangedCells(office, { sheet: "Chấm điểm", address: "D5,E6:F6,A1", origin: "user" }, live);
    expect(areas.map((issue) => issue.address)).toEqual(["E6"]);
    expect(excel.syncs - syncs).toBe(2);
  });
});
