import { loadTemplateIntoWorkbook } from "../../../src/actions/load-template";
import { checkWorkbook } from "../../../src/actions/check-workbook";
import { buildAnnexes } from "../../../src/actions/build-annexes";
import { checkChangedCells, prepareLiveCheck } from "../../../src/actions/live-check";
import { MemoryWorkbook } from "../../../src/workbook/memory";
import { OfficeWorkbook } from "../../../src/workbook/office/office";
import { REQUEST_BUDGET_BYTES } from "../../../src/workbook/office/office-program";
import { cellAddress } from "../../../src/sheet/a1";
import type { CellChangeEvent } from "../../../src/workbook/port";
import { FakeExcel, type FakeSheet } from "./fake-excel";
import { blockOf, conditionalFormatsAt, movedFormula, validationAt } from "./fake-model";
import { syntheticScores, syntheticTemplate, unitNames } from "../../sheet/synthetic";
import { findBuiltInTemplate } from "../../../src/templates/registry";
import type { CompiledTemplate } from "../../../src/core/template-tree";
import { tuKyUnits } from "../../core/tu-ky-fixture";

const FIVE_MB = 5 * 1024 * 1024;

/** The cells (0-based row, column) of a range. */
function cellsOf(range: string): Array<[number, number]> {
  const b = blockOf(range);
  return Array.from({ length: b.rows * b.columns }, (_, i) => [b.row + Math.floor(i / b.columns), b.column + (i % b.columns)]);
}
const haiDuong = findBuiltInTemplate("hai-duong-xa-2022") as CompiledTemplate;

interface Measure {
  syncs: number;
  runs: number;
  maxRequest: number;
  /** Bytes of all the action's requests together. */
  totalRequest: number;
  maxResponse: number;
}

async function measure(excel: FakeExcel, action: () => Promise<unknown>): Promise<Measure> {
  const syncs = excel.syncs;
  const runs = excel.runs;
  await action();
  return {
    syncs: excel.syncs - syncs,
    runs: excel.runs - runs,
    maxRequest: Math.max(...excel.requests.slice(syncs)),
    totalRequest: excel.requests.slice(syncs).reduce((acc, bytes) => acc + bytes, 0),
    maxResponse: Math.max(...excel.responses.slice(syncs)),
  };
}

async function roundTrips(units: number, leaves: number) {
  const template = syntheticTemplate(leaves, units);
  const names = unitNames(units);
  const scores = syntheticScores(template, units).map((s, i) => ({ name: names[i], scores: s }));
  const excel = new FakeExcel();
  const port = new OfficeWorkbook(excel.runner);
  const load = await measure(excel, async () => {
    const result = await loadTemplateIntoWorkbook(port, template, names, { year: 2026, scores });
    expect(result.ok).toBe(true);
  });
  const check = await measure(excel, async () => {
    const result = await checkWorkbook(port);
    expect(result.ok && result.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
  const annexes = await measure(excel, async () => {
    const result = await buildAnnexes(port);
    expect(result.ok).toBe(true);
  });
  const reload = await measure(excel, async () => {
    const result = await loadTemplateIntoWorkbook(port, template, names, { year: 2026 });
    expect(result.ok && result.kept).toBe(units * template.leaves.length);
  });
  return { load, check, annexes, reload, excel };
}

describe("OfficeWorkbook on the fake: fixed round trips, requests under 5 MB", () => {
  const figures: Record<string, unknown> = {};
  afterAll(() => {
    // The figures for the report: syncs per action and the largest request and response.
    console.log(JSON.stringify(figures, null, 1));
  });

  it("makes the same few syncs for 20 units × 40 criteria and for 500 units × 300 criteria", async () => {
    const small = await roundTrips(20, 40);
    const large = await roundTrips(500, 300);
    for (const [name, run] of Object.entries({ small, large })) {
      figures[name] = Object.fromEntries(Object.entries(run).filter(([k]) => k !== "excel"));
      // load, annexes and reload = one update each (2 syncs to look, 1 to write); check = read (2).
      expect(run.load).toMatchObject({ syncs: 3, runs: 1 });
      expect(run.check).toMatchObject({ syncs: 2, runs: 1 });
      expect(run.annexes).toMatchObject({ syncs: 3, runs: 1 });
      expect(run.reload).toMatchObject({ syncs: 3, runs: 1 });
      for (const step of [run.load, run.check, run.annexes, run.reload]) {
        expect(step.maxRequest).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
        expect(step.maxRequest).toBeLessThan(FIVE_MB);
        expect(step.maxResponse).toBeLessThan(FIVE_MB);
      }
    }
    // Blank cells are not sent, and looks and rules shared by many blocks go in one call over all their areas:
    // the 500 × 300 load was 6.62 MB (10,033 calls), then 4.24 MB in two write requests, now one request of
    // 2.09 MB (2,994 calls), well within the 4 MB budget, so that the sheets can grow without a fourth sync.
    for (const step of [large.load, large.reload]) {
      expect(step.maxRequest).toBeLessThan(REQUEST_BUDGET_BYTES * 0.6);
      expect(step.totalRequest).toBeLessThan(REQUEST_BUDGET_BYTES * 0.6);
    }
    // The request grows with the sheets up to the 4 MB budget.
    expect(large.load.maxRequest).toBeGreaterThan(small.load.maxRequest * 4);
  }, 120_000);
});

describe("OfficeWorkbook writes what the memory workbook holds", () => {
  it("gives the same cells, marks and state for load and annexes", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbook(excel.runner);
    const memory = new MemoryWorkbook();
    const names = tuKyUnits.map((u) => u.name);
    for (const port of [office, memory]) {
      await loadTemplateIntoWorkbook(port, haiDuong, names, { year: 2022, scores: tuKyUnits });
      await buildAnnexes(port);
    }
    expect(excel.sheets.map((s) => [s.name, s.properties.get("ParIndexSheet")])).toEqual(memory.sheets.map((s) => [s.name, s.owned]));
    for (const sheet of memory.sheets) {
      sheet.cells.forEach((line, row) =>
        line.forEach((cell, column) => {
          if (!cell) return;
          const fake = excel.cell(sheet.name, cellAddress(row, column));
          if (cell.formula) expect([sheet.name, row, column, fake?.formula]).toEqual([sheet.name, row, column, cell.formula]);
          else expect([sheet.name, row, column, fake?.value ?? null]).toEqual([sheet.name, row, column, cell.value === "" ? null : cell.value]);
          if (cell.numberFormat) expect(fake?.numberFormat ?? "General").toBe(cell.numberFormat);
          if (!cell.locked) expect(fake?.locked).toBe(false);
        }),
      );
    }
    const scoring = excel.sheet("Chấm điểm");
    expect(scoring?.frozen).toBe("A1:C3");
    expect(scoring?.protected).toBe(true);
    expect(scoring?.groups).toEqual(["12:14"]);
    expect(scoring?.validations.map((v) => [v.address, v.rule])).toEqual([
      // The two runs of criteria share one rule (one call over both areas), read from D4.
      ["D4:J10, D12:J14", { custom: { formula: '=OR(AND(ISNUMBER(D4),D4>=0,D4<=$C4),OR(TRIM(D4)="KĐG",TRIM(D4)="KDG",TRIM(D4)="không đánh giá"))' } }],
      ["D29:J29", { wholeNumber: { formula1: 1, formula2: 100000, operator: "Between" } }],
    ]);
    expect(scoring?.validations[0].prompt).toEqual({
      showPrompt: true,
      title: "Nhập điểm",
      message: "Nhập số từ 0 đến điểm tối đa (điểm tối đa ở cột C), hoặc KĐG nếu tiêu chí không đánh giá đối với đơn vị.",
    });
    expect(scoring?.conditionalFormats[0]).toEqual({
      address: "D4:J10, D12:J14",
      formula: '=AND(D4<>"",NOT(OR(TRIM(D4)="KĐG",TRIM(D4)="KDG",TRIM(D4)="không đánh giá")),OR(NOT(ISNUMBER(D4)),D4<0,D4>$C4))',
      fill: "#FFC7CE",
      font: "#9C0006",
    });
    // KĐG cells are greyed over the whole block of criteria.
    expect(scoring?.conditionalFormats.find((rule) => rule.fill === "#D9D9D9")).toMatchObject({ address: "D4:J14", fill: "#D9D9D9" });
    const pl1 = excel.sheet("PL1 Xếp hạng");
    expect(pl1?.page).toEqual({ orientation: "Landscape", paperSize: "A4", titleRows: "$1:$4", fitWidth: 1 });
    expect(pl1?.charts).toEqual([
      { type: "BarClustered", values: "T5:T11", categories: "B5:B11", title: "Chỉ số cải cách hành chính theo đơn vị (%)", from: "B13", to: "T28" },
    ]);
    expect(excel.parts).toHaveLength(1);
    expect(excel.parts[0].xml).toContain('<parIndexState xmlns="urn:par-index:state:v1">');
    const check = await checkWorkbook(office);
    expect(check.ok && check.report.units.map((u) => u.percent)).toEqual([88.99, 89, 87, 72, 72.5, 97.5, 83.5]);
  });

  it("sets on every cell the validation and conditional formats of the plan, though rules moved alike share one call over several areas", async () => {
    const template = syntheticTemplate(40, 20);
    const names = unitNames(20);
    const scores = syntheticScores(template, 20).map((s, i) => ({ name: names[i], scores: s }));
    for (const [loaded, units] of [
      [haiDuong, tuKyUnits],
      [template, scores],
    ] as const) {
      const excel = new FakeExcel();
      const memory = new MemoryWorkbook();
      for (const port of [new OfficeWorkbook(excel.runner), memory]) {
        await loadTemplateIntoWorkbook(
          port,
          loaded,
          units.map((u) => u.name),
          { year: 2026, scores: [...units] },
        );
        await buildAnnexes(port);
      }
      let shared = 0;
      for (const sheet of memory.sheets) {
        const fake = excel.sheet(sheet.name) as FakeSheet;
        const plan = sheet.plan;
        if (!plan) continue;
        shared += fake.validations.filter((v) => v.address.includes(",")).length + fake.conditionalFormats.filter((f) => f.address.includes(",")).length;
        expect(fake.validations.length).toBeLessThanOrEqual(plan.validations.length);
        for (const rule of plan.validations) {
          const corner = blockOf(rule.range);
          for (const [row, column] of cellsOf(rule.range)) {
            const moved = (formula: string) => movedFormula(formula, column - corner.column, row - corner.row);
            const found = validationAt(fake, row, column);
            const expected =
              rule.kind === "custom"
                ? { custom: { formula: moved(rule.formula) } }
                : rule.kind === "list"
                  ? { list: { inCellDropDown: true, source: moved(rule.source) } }
                  : expect.anything();
            expect([sheet.name, row, column, found?.rule]).toEqual([sheet.name, row, column, expected]);
            expect(found?.prompt).toMatchObject(rule.prompt);
            expect(found?.errorAlert).toMatchObject({ ...rule.error, style: "Stop" });
          }
        }
        const covered = new Set(plan.conditionalFormats.flatMap((rule) => cellsOf(rule.range).map(([r, c]) => `${r},${c}`)));
        for (const cell of covered) {
          const [row, column] = cell.split(",").map(Number);
          const expected = plan.conditionalFormats
            .filter((rule) => cellsOf(rule.range).some(([r, c]) => r === row && c === column))
            .map((rule) => {
              const corner = blockOf(rule.range);
              return { formula: movedFormula(rule.formula, column - corner.column, row - corner.row), fill: rule.fill, font: rule.fontColor };
            });
          expect([sheet.name, row, column, conditionalFormatsAt(fake, row, column)]).toEqual([sheet.name, row, column, expected]);
        }
      }
      expect(shared).toBeGreaterThan(0);
    }
  });

  it("keeps codes and names that look like numbers or formulas as text", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbook(excel.runner);
    await loadTemplateIntoWorkbook(office, haiDuong, ["=Xã A", "+1", "-Xã C", "@Xã D", "2022"]);
    expect(["D3", "E3", "F3", "G3", "H3"].map((a) => excel.cell("Chấm điểm", a))).toEqual(
      [{ value: "=Xã A" }, { value: "+1" }, { value: "-Xã C" }, { value: "@Xã D" }, { value: "2022" }].map((c) => expect.objectContaining(c)),
    );
    expect(excel.cell("Chấm điểm", "A12")?.value).toBe("8.1");
    const read = await office.read({ ranges: [{ sheet: "Chấm điểm", address: "D3:H3" }] });
    expect(read.ranges[0].values).toEqual([["=Xã A", "+1", "-Xã C", "@Xã D", "2022"]]);
  });
});

describe("OfficeWorkbook leaves the workbook as it was", () => {
  it("restores the old sheets when writing fails midway", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbook(excel.runner);
    await loadTemplateIntoWorkbook(office, haiDuong, ["Xã A", "Xã B"], { scores: [{ name: "Xã A", scores: { "1": 12 } }] });
    excel.addSheet("Ghi chú");
    const before = excel.sheets.map((s) => s.name);
    const stateBefore = excel.parts.map((p) => p.xml);
    // Writing the new Cấu hình fails: Tiêu chí and Chấm điểm are new by then and the old ones stand aside.
    excel.failWhen = (payload) => JSON.stringify(payload ?? "").includes("Mã bộ tiêu chí");
    await expect(loadTemplateIntoWorkbook(office, haiDuong, ["Xã A", "Xã C"])).rejects.toThrow("injected");
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.parts.map((p) => p.xml)).toEqual(stateBefore);
    expect(excel.cell("Chấm điểm", "D4")?.value).toBe(12);
    expect(excel.cell("Chấm điểm", "E3")?.value).toBe("Xã B");
    expect(excel.enableEvents).toBe(true);

    // A failure when the sync itself fails (all calls made) on a first load leaves no half sheets either.
    const fresh = new FakeExcel();
    fresh.addSheet("Trang tính 1");
    fresh.failAtSync = 3;
    await expect(loadTemplateIntoWorkbook(new OfficeWorkbook(fresh.runner), haiDuong, ["Xã A"])).rejects.toThrow("injected");
    expect(fresh.sheets.map((s) => s.name)).toEqual(["Trang tính 1"]);
    expect(fresh.parts).toEqual([]);
  });

  it("refuses to replace a sheet the user made", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbook(excel.runner);
    excel.addSheet("PL1 Xếp hạng").cells.set("0,0", { value: "của tôi" });
    await loadTemplateIntoWorkbook(
      office,
      haiDuong,
      tuKyUnits.map((u) => u.name),
      { scores: tuKyUnits },
    );
    // The action sees the user's sheet first and refuses with a problem…
    const refused = await buildAnnexes(office, { annexes: ["ranking"] });
    expect(refused.ok).toBe(false);
    // …and the port itself refuses too.
    await expect(office.apply({ sheets: [], remove: ["PL1 Xếp hạng"] })).rejects.toThrow("belongs to the user");
    expect(excel.cell("PL1 Xếp hạng", "A1")?.value).toBe("của tôi");
  });
});

describe("OfficeWorkbook onChanged", () => {
  it("reports the user's edits, none of the add-in's writes, and the live check flags them", async () => {
    const excel = new FakeExcel();
    const office = new OfficeWorkbook(excel.runner);
    await loadTemplateIntoWorkbook(office, haiDuong, ["Xã A", "Xã B"]);
    const events: CellChangeEvent[] = [];
    const unsubscribe = await office.onCellsChanged("Chấm điểm", (event) => events.push(event));
    const live = await prepareLiveCheck(office);
    if (!live) throw new Error("no template");
    await buildAnnexes(office, { annexes: ["report"] });
    // Reloading replaces Chấm điểm; the subscription still hears the new sheet.
    await loadTemplateIntoWorkbook(office, haiDuong, ["Xã A", "Xã B"]);
    excel.addSheet("Ghi chú");
    const runs = excel.runs;
    await excel.userEdit("Ghi chú", "A1", [["x"]]); // another sheet: not reported
    await excel.userEdit("Chấm điểm", "E5", [[6]]);
    await excel.userEdit("Ghi chú", "A2", [["y"]]);
    expect(events).toEqual([{ sheet: "Chấm điểm", address: "E5", origin: "user" }]);
    // One batch finds the listened sheet's id again after the add-in's write; the changes themselves cost none.
    expect(excel.runs - runs).toBe(1);
    const issues = await checkChangedCells(office, events[0], live);
    expect(issues.map((i) => [i.address, i.unit, i.code, i.kind, i.message.vi])).toEqual([
      ["E5", "Xã B", "2", "aboveMax", "Tiêu chí 2: điểm 6 vượt điểm tối đa 5"],
    ]);
    await unsubscribe();
    await excel.userEdit("Chấm điểm", "E5", [[5]]);
    expect(events).toHaveLength(1);
  });
});
