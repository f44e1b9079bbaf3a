/**
 * A criterion with 300 sub-criteria: its sum has more arguments than the 255
 * Excel's SUM takes (LibreOffice shows Err:512), so it is written in chunks,
 * and LibreOffice computes the same figures as the core.
 */
import { readFileSync } from "node:fs";
import { runCli, scratchFolder } from "../cli/cli-harness";
import { dropCachedValues, errorCells, recalculateInLibreOffice } from "../libreoffice/recalculate";
import { MAX_FUNCTION_ARGUMENTS, sumOf } from "../../src/sheet/sum-formula";

// Each test runs the command line on real files; a loaded machine needs more than jest's 5 s.
jest.setTimeout(120_000);
const files = scratchFolder();
afterAll(() => files.remove());

describe("sumOf", () => {
  it("keeps every SUM within 255 arguments, nesting chunks", () => {
    const refs = Array.from({ length: 600 }, (_, i) => `D${i + 4}`);
    const chunk = (from: number, to: number) => `SUM(${refs.slice(from, to).join(",")})`;
    expect(MAX_FUNCTION_ARGUMENTS).toBe(255);
    expect(sumOf(refs)).toBe(`SUM(${chunk(0, 255)},${chunk(255, 510)},${chunk(510, 600)})`);
    expect(sumOf(refs.slice(0, 255))).toBe(chunk(0, 255));
    expect(sumOf(["D4", "D5"])).toBe("SUM(D4,D5)");
  });
});

describe("a node with 300 children", () => {
  it("is summed by LibreOffice without Err:512, to the core's figure", async () => {
    const leaves = Array.from({ length: 300 }, (_, i) => ({ code: `1.${i + 1}`, title: `Tiêu chí 1.${i + 1}`, max: 0.1 }));
    const template = files.write("wide.json", {
      id: "rong",
      name: "Bộ tiêu chí rộng",
      fields: [
        { code: "1", title: "Lĩnh vực rộng", max: 30, children: leaves },
        { code: "2", title: "Lĩnh vực hẹp", max: 70 },
      ],
    });
    const scores = files.write("wide-scores.json", {
      units: [
        { name: "Xã A", scores: { ...Object.fromEntries(leaves.map((leaf) => [leaf.code, 0.1])), "2": 50 } },
        { name: "Xã B", scores: { ...Object.fromEntries(leaves.map((leaf, i) => [leaf.code, i < 150 ? 0.1 : 0])), "2": 60 } },
      ],
    });
    const book = files.path("wide.xlsx");
    const run = await runCli(["init", "--template", template, "--scores", scores, "--out", book]);
    expect(run.code).toBe(0);
    const { file } = await dropCachedValues(new Uint8Array(readFileSync(book)));
    const sheets = await recalculateInLibreOffice(file);
    expect(errorCells(sheets)).toEqual([]);
    const scoring = sheets.get("Chấm điểm") as string[][];
    // Row 4 is field 1; row 305 is field 2; the total follows the 302 node rows.
    expect([scoring[3][3], scoring[3][4]]).toEqual(["30", "15"]);
    const total = scoring.find((row) => row[1] === "Tổng điểm") as string[];
    expect([total[3], total[4]]).toEqual(["80", "75"]);
  }, 180_000);
});
