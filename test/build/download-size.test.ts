/**
 * What the task pane downloads before it shows anything: the scripts
 * taskpane.html loads (functions.js and taskpane.js; office.js is
 * Microsoft's, from its CDN), gzipped as a web server sends them. Writing
 * the sheets, building the annexes and the Office port's write path come in
 * chunks of their own, loaded when first used.
 */
import fs from "fs";
import { gzipSync } from "zlib";
import { distFiles, distPath } from "./dist";

/** The budget in bytes, gzipped (the official React template's hello world is 168.9 KB). */
const INITIAL_BUDGET = 170_000;

const html = () => fs.readFileSync(distPath("taskpane.html"), "utf8");
const ownScripts = (): string[] => [...html().matchAll(/<script[^>]*\bsrc="?([^"\s>]+)/g)].map((match) => match[1]).filter((src) => !/^https?:/.test(src));
const gzipped = (file: string): number => gzipSync(fs.readFileSync(distPath(file))).length;

describe("the task pane's download", () => {
  it(`is at most ${INITIAL_BUDGET.toLocaleString("en")} bytes gzipped before the pane shows`, () => {
    const scripts = ownScripts();
    expect(scripts).toEqual(["functions.js", "taskpane.js"]);
    const total = scripts.reduce((sum, file) => sum + gzipped(file), 0);
    expect(total).toBeLessThanOrEqual(INITIAL_BUDGET);
  });

  it("loads writing the sheets and building the annexes on demand, in chunks of their own", () => {
    const chunks = distFiles().filter((file) => file.endsWith(".js") && !ownScripts().includes(file));
    expect(chunks).toEqual(expect.arrayContaining(["load-template.js", "build-annexes.js"]));
    // The formulas of Chấm điểm are written by a chunk loaded on demand (load-template's own, or one it shares
    // with build-annexes, which reads the self-assessment sheets for PL4), not by the initial bundle.
    expect(chunks.filter((file) => fs.readFileSync(distPath(file), "utf8").includes("=PAR.PERCENT(")).length).toBeGreaterThan(0);
    expect(fs.readFileSync(distPath("taskpane.js"), "utf8")).not.toContain("=PAR.PERCENT(");
    // The Office port's sheet writers (rules and looks over several areas with Worksheet.getRanges) come with its first write.
    expect(chunks).toContain("office-write.js");
    expect(fs.readFileSync(distPath("office-write.js"), "utf8")).toContain(".getRanges(");
    expect(fs.readFileSync(distPath("taskpane.js"), "utf8")).not.toContain(".getRanges(");
  });
});
