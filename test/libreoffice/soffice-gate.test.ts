/** The count in the line printed when LibreOffice is missing, and which suites it covers. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
// soffice-gate.js is plain CommonJS, loaded by jest.config.js.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gate = require("./soffice-gate") as { countChecks: (source: string) => number; sofficeSuites: () => string[] };

describe("the LibreOffice gate", () => {
  it("counts each it(…) and each row of an it.each table", () => {
    const source = ['it("one", () => {});', "  it.each([", "    [1, 2],", "    [3, 4],", '  ])("%i", () => {});', '  it("two", () => {});'].join("\n");
    expect(gate.countChecks(source)).toBe(4);
  });

  it("covers every suite that runs soffice: no other suite calls LibreOffice", () => {
    expect(gate.sofficeSuites()).toEqual(
      expect.arrayContaining(["test/libreoffice/cli-workbooks.soffice.test.ts", "test/libreoffice/recalculate.soffice.test.ts"]),
    );
    const suites = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? suites(path.join(dir, entry.name)) : /\.test\.tsx?$/.test(entry.name) ? [path.join(dir, entry.name)] : [],
      );
    const callers = suites(path.join(__dirname, ".."))
      .filter((file) => /recalculateInLibreOffice\(|convertToOds\(|sofficePath\(/.test(readFileSync(file, "utf8")))
      .map((file) => path.relative(path.join(__dirname, "../.."), file).split(path.sep).join("/"));
    expect(callers.length).toBeGreaterThan(0);
    expect(callers.filter((file) => !gate.sofficeSuites().includes(file))).toEqual([]);
  });
});
