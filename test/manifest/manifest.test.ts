/**
 * manifest.xml: the shared runtime, the PAR namespace, the one permission,
 * the icons, the Vietnamese names with English overrides, and every URL
 * pointing at a file that the webpack build puts in dist/.
 */
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import { XMLParser } from "fast-xml-parser";
import { DEV_URL, rewriteManifestUrls } from "../../scripts/manifest-urls";
import { ROOT, distFiles, distPath, pngSize } from "../build/dist";

const source = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  // Elements that may repeat are always lists, so that a lookup never depends on a count.
  isArray: (name) => ["Image", "Url", "String", "Set", "Runtime", "ExtensionPoint", "Control", "Group", "Override"].includes(name),
});
const app = (parser.parse(source) as { OfficeApp: Node }).OfficeApp;
const overrides = app.VersionOverrides as Node;
const host = (overrides.Hosts as Node).Host as Node;
const resources = overrides.Resources as Node;

/** A resource by id among bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings. */
function resource(id: string): Node {
  const lists: [string, string][] = [
    ["Images", "Image"],
    ["Urls", "Url"],
    ["ShortStrings", "String"],
    ["LongStrings", "String"],
  ];
  for (const [group, item] of lists) {
    const found = ((resources[group] as Node)[item] as Node[]).find((entry) => entry["@_id"] === id);
    if (found) return found;
  }
  throw new Error(`no resource ${id}`);
}
const resourceValue = (id: string): string => resource(id)["@_DefaultValue"] as string;

/** Every resid the manifest refers to. */
const resids = [...source.matchAll(/resid="([^"]+)"/g)].map((match) => match[1]);
/** Every URL in the manifest's values (the namespaces are names, not addresses). */
const urls = [...source.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"|>(https?:\/\/[^<]+)</g)].map((match) => match[1] ?? match[2]);

const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

describe("manifest.xml", () => {
  it("has a fixed GUID and a task pane on Excel workbooks", () => {
    expect(app.Id).toBe("c1c209c7-d6e4-425c-8849-0f70162f328b");
    expect(app["@_type"]).toBe("TaskPaneApp");
    expect((app.Hosts as Node).Host).toEqual({ "@_Name": "Workbook" });
    expect((app.DefaultSettings as Node).SourceLocation).toEqual({ "@_DefaultValue": `${DEV_URL}taskpane.html` });
  });

  it("is read by Office's own tooling (office-addin-manifest, as npm start uses it)", () => {
    // In plain Node: the package's ES-module dependencies do not load under Jest.
    const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile("manifest.xml")
      .then((info) => process.stdout.write(JSON.stringify(info)))`;
    const info: unknown = JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" }));
    expect(info).toMatchObject({
      id: "c1c209c7-d6e4-425c-8849-0f70162f328b",
      displayName: "Chỉ số CCHC",
      defaultLocale: "vi-VN",
      hosts: ["Workbook"],
      officeAppType: "TaskPaneApp",
      permissions: "ReadWriteDocument",
    });
  });

  it("asks for ReadWriteDocument and nothing more", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    expect(source.match(/<Permissions>/g)).toHaveLength(1);
  });

  it("requires the shared runtime and keeps one long-lived runtime on the task pane page", () => {
    const sets = (app.Requirements as Node).Sets as Node;
    // ExcelApi 1.12: worksheet custom properties mark the add-in's own sheets (src/workbook/office*.ts).
    // CustomFunctionsRuntime 1.2: the custom functions run in the shared runtime (declared beside SharedRuntime).
    expect(sets.Set).toEqual([
      { "@_Name": "SharedRuntime", "@_MinVersion": "1.1" },
      { "@_Name": "CustomFunctionsRuntime", "@_MinVersion": "1.2" },
      { "@_Name": "ExcelApi", "@_MinVersion": "1.12" },
    ]);
    expect((host.Runtimes as Node).Runtime).toEqual([{ "@_resid": "Taskpane.Url", "@_lifetime": "long" }]);
    expect(resourceValue("Taskpane.Url")).toBe(`${DEV_URL}taskpane.html`);
    expect(((host.DesktopFormFactor as Node).FunctionFile as Node)["@_resid"]).toBe("Taskpane.Url");
  });

  it("declares the custom functions in the PAR namespace, run by the task pane page", () => {
    const [point] = ((host.AllFormFactors as Node).ExtensionPoint as Node[]).filter((p) => p["@_type"] === "CustomFunctions");
    const location = (key: string) => ((point[key] as Node).SourceLocation as Node)["@_resid"] as string;
    expect(resourceValue((point.Namespace as Node)["@_resid"] as string)).toBe("PAR");
    expect(resourceValue(location("Script"))).toBe(`${DEV_URL}functions.js`);
    expect(resourceValue(location("Metadata"))).toBe(`${DEV_URL}functions.json`);
    expect(location("Page")).toBe("Taskpane.Url");
  });

  it("puts a button on the Home tab that opens the task pane", () => {
    const [ribbon] = (host.DesktopFormFactor as Node).ExtensionPoint as Node[];
    expect(ribbon["@_type"]).toBe("PrimaryCommandSurface");
    const tab = ribbon.OfficeTab as Node;
    expect(tab["@_id"]).toBe("TabHome");
    const [button] = (tab.Group as Node[])[0].Control as Node[];
    const action = button.Action as Node;
    expect(action["@_type"]).toBe("ShowTaskpane");
    // The shared runtime's one task pane: the runtime's page, with a TaskpaneId (the shared-runtime configuration
    // article: "any task pane without a <TaskpaneID> is considered a different task pane").
    expect(action.TaskpaneId).toBe("ParIndexTaskpane");
    expect((action.SourceLocation as Node)["@_resid"]).toBe("Taskpane.Url");
  });

  it("is Vietnamese by default with English overrides", () => {
    expect(app.DefaultLocale).toBe("vi-VN");
    for (const key of ["DisplayName", "Description"]) {
      const element = app[key] as Node;
      expect(element["@_DefaultValue"]).toMatch(vietnamese);
      expect((element.Override as Node[]).map((o) => o["@_Locale"])).toEqual(["en-US"]);
    }
    for (const id of ["TaskpaneButton.Label", "TaskpaneButton.Tooltip", "Group.Label", "GetStarted.Title", "GetStarted.Description"]) {
      expect(resourceValue(id)).toMatch(vietnamese);
      const [override] = resource(id).Override as Node[];
      expect(override["@_Locale"]).toBe("en-US");
      expect(override["@_Value"]).not.toMatch(vietnamese);
    }
  });

  it("defines every resource it refers to", () => {
    expect(resids.length).toBeGreaterThan(10);
    for (const id of resids) expect(() => resource(id)).not.toThrow();
  });

  it("has 16, 32, 64 and 80 px PNG icons in assets/ at the sizes their names say", () => {
    const icons = [...source.matchAll(/assets\/icon-(\d+)\.png/g)].map((match) => Number(match[1]));
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
    for (const size of icons) {
      expect(pngSize(fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`)))).toEqual({ width: size, height: size });
    }
    for (const image of (resources.Images as Node).Image as Node[]) {
      expect(image["@_DefaultValue"]).toMatch(new RegExp(`icon-${String(image["@_id"]).match(/(\d+)x/)![1]}\\.png$`));
    }
  });

  it("points every URL at a file the webpack build emits in dist/", () => {
    const emitted = distFiles();
    expect(urls).toHaveLength(10);
    for (const url of urls) {
      expect(url.startsWith(DEV_URL)).toBe(true);
      expect(emitted).toContain(url.slice(DEV_URL.length));
    }
  });

  it("is copied to dist/, its URLs rewritten only when PAR_ADDIN_URL is set", () => {
    const built = fs.readFileSync(distPath("manifest.xml"), "utf8");
    const url = process.env.PAR_ADDIN_URL;
    expect(built).toBe(url ? rewriteManifestUrls(source, url) : source);
  });
});

describe("rewriting the manifest for production", () => {
  it("rewrites every localhost URL, not just the first", () => {
    const rewritten = rewriteManifestUrls(source, "https://cchc.example.gov.vn/par-index");
    expect(rewritten).not.toContain(DEV_URL);
    expect(rewritten.match(/https:\/\/cchc\.example\.gov\.vn\/par-index\//g)).toHaveLength(urls.length);
    expect(rewritten).toContain('DefaultValue="https://cchc.example.gov.vn/par-index/functions.json"');
  });

  it("adds exactly one slash after the production address and takes '$' literally", () => {
    expect(rewriteManifestUrls(`${DEV_URL}a ${DEV_URL}b`, "https://x.vn//")).toBe("https://x.vn/a https://x.vn/b");
    expect(rewriteManifestUrls(`${DEV_URL}a`, "https://x.vn/$&")).toBe("https://x.vn/$&/a");
  });
});
