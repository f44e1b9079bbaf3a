/**
 * manifest.xml and the built dist/manifest.xml against the add-in manifest
 * XSDs (test/manifest/xsd, see its README), offline, with libxml2 compiled
 * to WebAssembly; and three broken copies that the schemas must refuse, so
 * that the check is known to bite.
 */
import fs from "fs";
import path from "path";
import { validateXML } from "xmllint-wasm";
import { ROOT, distPath } from "../build/dist";

const XSD = path.join(__dirname, "xsd");
const MAIN = "OfficeAppManifestV1_1.xsd";
const schemaFiles = fs.readdirSync(XSD).filter((name) => name.endsWith(".xsd"));
const read = (name: string) => ({ fileName: name, contents: fs.readFileSync(path.join(XSD, name), "utf8") });

async function validate(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [read(MAIN)],
    preload: schemaFiles.filter((name) => name !== MAIN).map(read),
  });
  return { valid: result.valid, errors: result.errors.map((error) => error.rawMessage) };
}

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

/** Replaces `from` in the manifest, checking that it was there. */
function broken(from: string | RegExp, to: string): string {
  const out = source.replace(from, to);
  expect(out).not.toBe(source);
  return out;
}

describe("manifest.xml against the add-in manifest schemas", () => {
  it("validates as written", async () => {
    expect(await validate(source)).toEqual({ valid: true, errors: [] });
  });

  it("validates as built into dist/", async () => {
    expect(await validate(fs.readFileSync(distPath("manifest.xml"), "utf8"))).toEqual({ valid: true, errors: [] });
  });

  it("refuses a resid longer than 32 characters", async () => {
    const long = "Taskpane.Url.Longer.Than.Thirty.Two";
    expect(long.length).toBeGreaterThan(32);
    const result = await validate(broken(/"Taskpane\.Url"/g, `"${long}"`));
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/resid.*maxLength/);
  });

  it("refuses Requirements before Hosts", async () => {
    const hosts = / {2}<Hosts>\n {4}<Host Name="Workbook" \/>\n {2}<\/Hosts>\n/;
    const requirements = / {2}<Requirements>[\s\S]*?<\/Requirements>\n/.exec(source)?.[0] ?? "";
    const swapped = broken(requirements, "").replace(hosts, (match) => requirements + match);
    const result = await validate(swapped);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Hosts.*not expected/);
  });

  it("refuses Runtimes after AllFormFactors", async () => {
    const runtimes = / {8}<Runtimes>[\s\S]*?<\/Runtimes>\n/.exec(source)?.[0] ?? "";
    const moved = broken(runtimes, "").replace("        </AllFormFactors>\n", (match) => match + runtimes);
    const result = await validate(moved);
    expect(result.valid).toBe(false);
    expect(result.errors.join("\n")).toMatch(/Runtimes.*not expected/);
  });
});
