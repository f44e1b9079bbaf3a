/**
 * The path without Excel: init → opened and saved in LibreOffice → check →
 * annexes → saved in LibreOffice again → annexes again. LibreOffice keeps the
 * stored state (a custom XML part) but drops the sheet marks (worksheet
 * custom properties); the sheets must still be known by their names.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { convertWithLibreOffice } from "../libreoffice/recalculate";
import { readOfficeParts } from "../../src/workbook/xlsx/xlsx-office-parts";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsx";
import { addinWorkbookBytes, fullScores } from "./hostile-workbooks";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());

/** The file opened and saved as .xlsx by headless LibreOffice. */
async function savedByLibreOffice(path: string, name: string): Promise<string> {
  const bytes = await convertWithLibreOffice(new Uint8Array(readFileSync(path)), "xlsx:Calc MS Excel 2007 XML", async (outdir, base) =>
    readFileSync(join(outdir, `${base}.xlsx`)),
  );
  const out = files.path(name);
  writeFileSync(out, bytes);
  return out;
}

const quiet = (text: string) => text.replace(/^(Đang|Building|Checking).*\n/gm, "");

describe("a workbook saved by LibreOffice", () => {
  it("is checked and annexed, and its annexes are replaced on the next run", async () => {
    const full = fullScores;
    const scores = files.write("scores.json", {
      units: [
        { name: "Xã Hòa An", scores: full, previousRank: 2 },
        { name: "Phường Ỷ La", scores: { ...full, "1": 12, "3": 17.25 }, previousRank: 1 },
        { name: "Thị trấn Ứng Hòa", scores: { ...full, "7": 6 } },
      ],
    });
    const book = files.path("book.xlsx");
    expect((await runCli(["init", "--template", "hai-duong-xa-2022", "--scores", scores, "--year", "2026", "--out", book])).code).toBe(0);

    const saved = await savedByLibreOffice(book, "saved.xlsx");
    const parts = await readOfficeParts(new Uint8Array(readFileSync(saved)));
    expect(parts.state?.units).toEqual(["Xã Hòa An", "Phường Ỷ La", "Thị trấn Ứng Hòa"]);
    // What LibreOffice did: no sheet keeps its mark in the file.
    const zip = await JSZip.loadAsync(readFileSync(saved));
    const sheetsXml = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/[^/]+\.xml$/.test(p))
        .map((p) => zip.file(p)?.async("string")),
    );
    expect(sheetsXml.some((xml) => xml?.includes("customPr"))).toBe(false);

    const check = await runCli(["check", saved]);
    expect([check.code, check.out]).toEqual([0, "Không có lỗi: 3 đơn vị, mọi điểm hợp lệ.\n"]);

    const result = files.path("result.xlsx");
    const annexes = await runCli(["annexes", saved, "--out", result]);
    expect([annexes.code, quiet(annexes.err)]).toEqual([0, ""]);
    expect(annexes.out).toContain("gồm các trang: PL1 Xếp hạng, PL2 Phân loại, PL3 Lĩnh vực, Báo cáo.");

    const savedAgain = await savedByLibreOffice(result, "saved-again.xlsx");
    const again = await runCli(["annexes", savedAgain, "--out", savedAgain]);
    expect([again.code, quiet(again.err)]).toEqual([0, ""]);
    // The annexes were replaced in place, not added beside LibreOffice's copies: the same sheets as the first result.
    const sheetNames = async (path: string) => {
      const xml = (await (await JSZip.loadAsync(readFileSync(path))).file("xl/workbook.xml")?.async("string")) ?? "";
      return [...xml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    };
    expect(await sheetNames(savedAgain)).toEqual(await sheetNames(result));
    expect(await sheetNames(result)).toEqual(expect.arrayContaining(["Chấm điểm", "PL1 Xếp hạng", "PL2 Phân loại", "PL3 Lĩnh vực", "Báo cáo"]));
    expect((await runCli(["check", savedAgain])).code).toBe(0);
  }, 240_000);

  it("made by the add-in keeps its PAR.* formulas as the check expects them (LibreOffice writes them in lower case)", async () => {
    const units = [
      { name: "Xã Hòa An", scores: fullScores },
      { name: "Phường Ỷ La", scores: { ...fullScores, "1": 12 } },
    ];
    const path = files.path("addin.xlsx");
    writeFileSync(path, await addinWorkbookBytes(units));
    const saved = await savedByLibreOffice(path, "addin-saved.xlsx");
    const formulas = await (await XlsxWorkbook.fromBuffer(readFileSync(saved))).read({ ranges: [{ sheet: "Chấm điểm", address: "D18", formulas: true }] });
    expect(formulas.ranges[0].formulas?.[0][0]).toBe('=par.percent(D$5:D$5,$C$5:$C$5,$A$5:$A$5,"2",2)');
    // Without the add-in LibreOffice caches errors for PAR.*: mismatches, but no formula reported as changed.
    expect(JSON.parse((await runCli(["check", saved, "--json"])).out).structure).toEqual([]);
  }, 240_000);
});
