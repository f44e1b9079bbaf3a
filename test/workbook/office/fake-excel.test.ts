/**
 * The typed fake is as strict as Excel where the Office.js documentation
 * says how Excel behaves (see the sources cited in fake-excel.ts and
 * fake-model.ts); each test here shows one rule biting.
 */
import type { ExcelContextSlice } from "../../../src/workbook/office/office-api";
import { FAKE_ADDRESS_LIMIT, FAKE_CALL_OVERHEAD, FAKE_REQUEST_LIMIT, FakeExcel, type FakeSheet } from "./fake-excel";
import { conditionalFormatsAt, validationAt } from "./fake-model";

/** Runs one batch on the fake. */
const run = <T>(excel: FakeExcel, batch: (context: ExcelContextSlice) => Promise<T>): Promise<T> => excel.runner(batch);

function twoSheets(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Chấm điểm");
  excel.addSheet("Ghi chú");
  return excel;
}

describe("the fake applies calls at sync, as Excel does", () => {
  it("changes nothing until sync, then applies in order; loaded values keep what they were", async () => {
    const excel = twoSheets();
    await run(excel, async (context) => {
      const range = context.workbook.worksheets.getItem("Chấm điểm").getRange("A1:B1");
      range.formulas = [[1, "=A1*2"]];
      expect(excel.cell("Chấm điểm", "A1")).toBeUndefined();
      expect(() => range.values).toThrow("PropertyNotLoaded");
      range.load("values,formulas");
      await context.sync();
      expect(excel.cell("Chấm điểm", "B1")?.formula).toBe("=A1*2");
      expect(range.formulas).toEqual([[1, "=A1*2"]]);
      range.formulas = [[5, 6]];
      await context.sync();
      expect(range.formulas).toEqual([[1, "=A1*2"]]); // as loaded, until loaded again
    });
  });

  it("fails a request at the first bad call: the calls before it are done, the rest are not", async () => {
    const excel = twoSheets();
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Chấm điểm");
        sheet.getRange("A1").values = [["trước"]];
        sheet.getRange("A2:B2").values = [["một ô"]]; // 1×1 values for a 1×2 range
        sheet.getRange("A3").values = [["sau"]];
        await context.sync();
      }),
    ).rejects.toThrow("InvalidArgument: 1×1 for a 1×2 range");
    expect(excel.cell("Chấm điểm", "A1")?.value).toBe("trước");
    expect(excel.cell("Chấm điểm", "A3")).toBeUndefined();
  });

  it("sends what is still queued when the batch returns (Excel.run's closing sync)", async () => {
    const excel = twoSheets();
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Ghi chú").getRange("C3").values = [[7]];
    });
    expect(excel.syncs).toBe(1);
    expect(excel.cell("Ghi chú", "C3")?.value).toBe(7);
  });
});

describe("the fake counts requests as Excel on the web does", () => {
  it("counts each call's object path and action besides its values, in UTF-8 bytes", async () => {
    const excel = twoSheets();
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Chấm điểm").getRange("A1").values = [["Điểm"]];
      await context.sync();
    });
    // getItem, getRange, values: 3 calls; "Chấm điểm" and [["Điểm"]] in UTF-8 (ấ, ể and Đ take 3 or 2 bytes).
    const values = Buffer.byteLength('"Chấm điểm"') + Buffer.byteLength('"A1"') + Buffer.byteLength('[["Điểm"]]');
    expect(excel.requests).toEqual([3 * FAKE_CALL_OVERHEAD + values]);
    expect(FAKE_CALL_OVERHEAD).toBeGreaterThanOrEqual(400);
  });

  it("refuses a request over 5 MB whole", async () => {
    const excel = twoSheets();
    const big = [Array.from({ length: 1000 }, () => "x".repeat(1000)), Array.from({ length: 1000 }, () => "y".repeat(1000))];
    const rows = Array.from({ length: 4 }, () => big[0]);
    await expect(
      run(excel, async (context) => {
        const sheet = context.workbook.worksheets.getItem("Chấm điểm");
        sheet.getRange("A1:ALL4").values = rows;
        sheet.getRange("A5:ALL6").values = big;
        await context.sync();
      }),
    ).rejects.toThrow("RequestPayloadSizeLimitExceeded");
    expect(excel.requests[0]).toBeGreaterThan(FAKE_REQUEST_LIMIT);
    expect(excel.cell("Chấm điểm", "A1")).toBeUndefined();
  });
});

describe("the fake keeps Excel's rules for sheets", () => {
  it("refuses names over 31 characters, with \\ / ? * [ ] :, blank or quoted, and names taken in another case", async () => {
    const excel = twoSheets();
    for (const name of ["Bảng tổng hợp điểm các xã năm 2025", "PL1/PL2", "Điểm?", "[1]", "a:b", " ", "'Ghi chú'", "History"]) {
      await expect(run(excel, async (context) => void context.workbook.worksheets.add(name))).rejects.toThrow("InvalidArgument");
    }
    await expect(run(excel, async (context) => void context.workbook.worksheets.add("CHẤM ĐIỂM"))).rejects.toThrow("ItemAlreadyExists");
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("ghi CHÚ").name = "chấm điểm";
      }),
    ).rejects.toThrow("ItemAlreadyExists");
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Chấm điểm", "Ghi chú"]);
  });

  it("keeps one visible sheet: the last one cannot be deleted", async () => {
    const excel = twoSheets();
    excel.sheet("Ghi chú")!.visibility = "Hidden";
    await expect(run(excel, async (context) => context.workbook.worksheets.getItem("Chấm điểm").delete())).rejects.toThrow("InvalidOperation");
    await run(excel, async (context) => context.workbook.worksheets.getItem("Ghi chú").delete());
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(["Chấm điểm"]);
  });

  it("follows a rename in the formulas that refer to the sheet, and turns them into #REF! when it is deleted", async () => {
    const excel = twoSheets();
    await excel.userEdit("Ghi chú", "A1:B1", [["='Chấm điểm'!D5", "=SUM('Chấm điểm'!D5:D9)&\"Chấm điểm!\""]]);
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Chấm điểm").name = "Điểm 2025";
    });
    expect(excel.cell("Ghi chú", "A1")?.formula).toBe("='Điểm 2025'!D5");
    expect(excel.cell("Ghi chú", "B1")?.formula).toBe("=SUM('Điểm 2025'!D5:D9)&\"Chấm điểm!\"");
    await run(excel, async (context) => context.workbook.worksheets.getItem("Điểm 2025").delete());
    expect(excel.cell("Ghi chú", "A1")?.formula).toBe("=#REF!D5");
  });

  it("refuses writes to locked cells of a protected sheet, and a second protect", async () => {
    const excel = twoSheets();
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Chấm điểm");
      sheet.getRange("D5:D6").format.protection.locked = false;
      sheet.protection.protect({ allowFormatRows: true });
    });
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Chấm điểm").getRange("D5:D6").values = [[1], [2]];
    });
    expect(excel.cell("Chấm điểm", "D6")?.value).toBe(2);
    await expect(run(excel, async (context) => void (context.workbook.worksheets.getItem("Chấm điểm").getRange("D6:D7").values = [[1], [2]]))).rejects.toThrow(
      "AccessDenied",
    );
    await expect(run(excel, async (context) => context.workbook.worksheets.getItem("Chấm điểm").protection.protect())).rejects.toThrow("already protected");
    await expect(excel.userEdit("Chấm điểm", "A1", [["x"]])).rejects.toThrow("AccessDenied");
  });
});

describe("the fake's selection and paste", () => {
  it("throws on getSelectedRange for a multi-area selection, and gives the areas through getSelectedRanges", async () => {
    const excel = twoSheets();
    excel.userSelect("Ghi chú", "B3:B4,D7");
    await expect(
      run(excel, async (context) => {
        context.workbook.getSelectedRange().load("address");
        await context.sync();
      }),
    ).rejects.toThrow("InvalidSelection");
    const addresses = await run(excel, async (context) => {
      const areas = context.workbook.getSelectedRanges().areas;
      areas.load("items/address");
      await context.sync();
      return areas.items.length;
    });
    expect(addresses).toBe(2);
  });

  it("pastes from a Range object only (the port passes one), moving relative columns", async () => {
    const excel = twoSheets();
    await excel.userEdit("Ghi chú", "A1:B1", [[2, "=A1*$A$1"]]);
    await run(excel, async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ghi chú");
      sheet.getRange("C1:D1").copyFrom(sheet.getRange("B1"), "All");
    });
    expect([excel.cell("Ghi chú", "C1")?.formula, excel.cell("Ghi chú", "D1")?.formula]).toEqual(["=B1*$A$1", "=C1*$A$1"]);
    await expect(run(excel, async (context) => context.workbook.worksheets.getItem("Ghi chú").getRange("E1").copyFrom("B1"))).rejects.toThrow("Range object");
  });
});

describe("the fake's RangeAreas (Worksheet.getRanges) does what Excel's does, and no more", () => {
  it("sets a look on every area and one validation and one conditional format over all the areas, in one call each", async () => {
    const excel = twoSheets();
    await run(excel, async (context) => {
      const areas = context.workbook.worksheets.getItem("Chấm điểm").getRanges("B2:C3, E5, 7:7");
      areas.format.font.bold = true;
      areas.format.protection.locked = false;
      areas.dataValidation.rule = { custom: { formula: "=B2>0" } };
      areas.conditionalFormats.add("Custom").custom.rule.formula = "=B2<0";
      await context.sync();
    });
    // The sheet, its areas, two looks, one rule, one format added and its formula: seven calls, whatever the number of areas.
    expect(excel.callCounts[0]).toBe(7);
    const sheet = excel.sheet("Chấm điểm") as FakeSheet;
    expect(["B2", "C3", "E5", "A7"].map((a) => [excel.cell("Chấm điểm", a)?.bold, excel.cell("Chấm điểm", a)?.locked])).toEqual(
      new Array(4).fill([true, false]),
    );
    expect(excel.cell("Chấm điểm", "D4")).toBeUndefined();
    expect(sheet.validations.map((v) => v.address)).toEqual(["B2:C3, E5, 7:7"]);
    expect(sheet.conditionalFormats.map((f) => f.address)).toEqual(["B2:C3, E5, 7:7"]);
    // Relative references are read from the first area's top-left cell.
    expect(validationAt(sheet, 4, 4)?.rule).toEqual({ custom: { formula: "=E5>0" } });
    expect(conditionalFormatsAt(sheet, 6, 2)).toEqual([{ formula: "=C7<0", fill: "", font: "" }]);
    expect(validationAt(sheet, 3, 3)).toBeNull();
  });

  it("has no values, formulas, number formats, outline or merge: setting one throws instead of being silently kept", async () => {
    const excel = twoSheets();
    await run(excel, async (context) => {
      const areas = context.workbook.worksheets.getItem("Chấm điểm").getRanges("A1:B2, D4") as unknown as Record<string, unknown>;
      for (const name of ["values", "formulas", "numberFormat"]) expect(() => (areas[name] = [[1]])).toThrow(TypeError);
      for (const name of ["group", "merge", "copyFrom", "clear"]) expect(areas[name]).toBeUndefined();
      await context.sync();
    });
  });

  it("refuses an address over 8,192 characters (Excel would cut it) or one that is not areas of the sheet", async () => {
    const excel = twoSheets();
    const areas = Array.from({ length: 1000 }, (_, i) => `A${i * 2 + 1}:B${i * 2 + 1}`).join(", ");
    expect(areas.length).toBeGreaterThan(FAKE_ADDRESS_LIMIT);
    const cut = areas.slice(0, areas.lastIndexOf(", ", FAKE_ADDRESS_LIMIT));
    await run(excel, async (context) => {
      context.workbook.worksheets.getItem("Chấm điểm").getRanges(cut).format.font.bold = true;
      await context.sync();
    });
    for (const address of [areas, "'Ghi chú'!A1, B2", "A1, ?"]) {
      await expect(
        run(excel, async (context) => {
          context.workbook.worksheets.getItem("Chấm điểm").getRanges(address).format.font.bold = true;
          await context.sync();
        }),
      ).rejects.toThrow("InvalidArgument");
    }
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Chấm điểm").getRange(`A1:${"B".repeat(8200)}`).values = [[1]];
        await context.sync();
      }),
    ).rejects.toThrow("InvalidArgument");
  });

  it("refuses looks and rules on the locked cells of a protected sheet, area by area", async () => {
    const excel = twoSheets();
    const sheet = excel.sheet("Ghi chú") as FakeSheet;
    sheet.protected = true;
    sheet.protectionOptions = { allowFormatCells: false };
    await expect(
      run(excel, async (context) => {
        context.workbook.worksheets.getItem("Ghi chú").getRanges("A1, C3:D4").dataValidation.rule = { custom: { formula: "=A1>0" } };
        await context.sync();
      }),
    ).rejects.toThrow("AccessDenied");
    expect(sheet.validations).toEqual([]);
  });
});
