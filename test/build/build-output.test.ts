/**
 * What `npm run build` leaves in dist/: the task pane page that loads both
 * bundles (shared runtime), functions.js registering the six PAR functions,
 * functions.json as the metadata generator makes it, and the icons exactly
 * as scripts/make-icons.js draws them.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { ICON_SIZES, iconPath, iconPng } from "../../scripts/make-icons";
import { FLAGS } from "../../scripts/functions-metadata";
import { ROOT, distFiles, distPath, pngSize } from "./dist";

const PAR_IDS = ["SCORE", "MAX", "PERCENT", "CLASSIFY", "BAND", "RANK"];
const read = (relative: string): string => fs.readFileSync(distPath(relative), "utf8");

describe("dist/ after npm run build", () => {
  it("holds the page, both bundles, the metadata, the manifest and the icons", () => {
    expect(distFiles()).toEqual(
      expect.arrayContaining([
        "taskpane.html",
        "taskpane.js",
        "functions.js",
        "functions.json",
        "manifest.xml",
        ...ICON_SIZES.map((size) => `assets/icon-${size}.png`),
      ]),
    );
  });

  it("loads Office.js, then the functions, then the task pane in one page", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => match[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
  });

  it("runs: loaded as Excel loads it, functions.js registers working functions that return Excel errors", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string,
      ) {}
    }
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
      Error: RuntimeError,
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!" },
    };
    vm.runInNewContext(read("functions.js"), { CustomFunctions });
    expect([...registered.keys()]).toEqual(PAR_IDS);
    const codes = [["1"], ["1.1"], ["1.2"]];
    const maxima = [[null], [40], [30]];
    expect(registered.get("PERCENT")!([[null], [30], [24]], maxima, codes, null, null)).toBe(0.7714);
    expect(registered.get("SCORE")!([[null], [30], [1.5]], [[null], [40], [1]], codes, "1.2")).toEqual(
      new RuntimeError("#VALUE!", "Tiêu chí 1.2: điểm 1,5 vượt điểm tối đa 1"),
    );
    expect(registered.get("RANK")!(0.5, [[0.7]], null)).toMatchObject({ code: "#N/A" });
  });

  it("has the functions.json that the metadata generator makes from src/functions/functions.ts, with error cells allowed", async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"), false);
    const metadata = JSON.parse(read("functions.json"));
    // Without it Excel never calls a function whose range holds an error: one bad unit would break every rank.
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    expect(metadata).toEqual({ ...JSON.parse(generated.metadataJson), ...FLAGS });
  }, 60_000);

  it("keeps the functions bundle small: no zod, no React, no source maps inlined", () => {
    const bundle = read("functions.js");
    expect(bundle.length).toBeLessThan(40_000);
    expect(bundle).not.toContain("sourceMappingURL=data:");
  });
});

describe("the icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png is what scripts/make-icons.js draws, at its size", (size) => {
    const committed = fs.readFileSync(iconPath(size));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(committed.equals(iconPng(size))).toBe(true);
    expect(fs.readFileSync(distPath(`assets/icon-${size}.png`)).equals(committed)).toBe(true);
  });
});
