/**
 * webpack.config.js loaded by plain Node, as webpack-cli loads it: a build
 * never touches the Office dev certificates (CI has none), and a production
 * build rewrites every manifest URL to PAR_ADDIN_URL, or warns and keeps them.
 */
import { execFileSync } from "child_process";
import { ROOT } from "./dist";

interface ConfigProbe {
  entries: Record<string, string>;
  devServer: unknown;
  devtool: unknown;
  certificatesLoaded: boolean;
  manifest: string;
  warnings: string[];
}

/** Loads the config in a fresh Node process and reports what it did. */
function probe(mode: "production" | "development", env: Record<string, string | undefined>): ConfigProbe {
  const script = `
    const warnings = [];
    console.warn = (message) => warnings.push(String(message));
    require("./webpack.config.js")({ WEBPACK_BUILD: true }, { mode: ${JSON.stringify(mode)} }).then((config) => {
      const copy = config.plugins.find((plugin) => plugin.constructor.name === "CopyPlugin");
      const manifest = copy.patterns.find((pattern) => pattern.from === "manifest.xml");
      const text = "<a DefaultValue=\\"https://localhost:3000/taskpane.html\\"/><b DefaultValue=\\"https://localhost:3000/functions.js\\"/>";
      process.stdout.write(JSON.stringify({
        entries: config.entry,
        devServer: config.devServer ?? null,
        devtool: config.devtool,
        certificatesLoaded: Object.keys(require.cache).some((file) => file.includes("office-addin-dev-certs")),
        manifest: String(manifest.transform(Buffer.from(text))),
        warnings,
      }));
    });`;
  const output = execFileSync(process.execPath, ["-e", script], {
    cwd: ROOT,
    env: { ...process.env, PAR_ADDIN_URL: undefined, ...env },
    encoding: "utf8",
  });
  return JSON.parse(output) as ConfigProbe;
}

describe("webpack.config.js", () => {
  it("builds the functions and the task pane without loading the dev certificates", () => {
    const config = probe("production", {});
    expect(config.entries).toEqual({ functions: "./src/functions/functions.ts", taskpane: "./src/taskpane/index.tsx" });
    expect(config.devServer).toBeNull();
    expect(config.devtool).toBe(false);
    expect(config.certificatesLoaded).toBe(false);
  });

  it("rewrites every manifest URL in production when PAR_ADDIN_URL is set", () => {
    const config = probe("production", { PAR_ADDIN_URL: "https://cchc.example.gov.vn/par/" });
    expect(config.manifest).toBe(
      '<a DefaultValue="https://cchc.example.gov.vn/par/taskpane.html"/><b DefaultValue="https://cchc.example.gov.vn/par/functions.js"/>',
    );
    expect(config.warnings).toEqual([]);
  });

  it("keeps localhost and warns when PAR_ADDIN_URL is unset, so that CI builds still work", () => {
    const config = probe("production", {});
    expect(config.manifest).toContain("https://localhost:3000/functions.js");
    expect(config.warnings).toEqual([
      "PAR_ADDIN_URL is not set: dist/manifest.xml keeps https://localhost:3000/. Set it to the https address the add-in is served from.",
    ]);
  });

  it("warns about an address that is not https", () => {
    expect(probe("production", { PAR_ADDIN_URL: "http://cchc.example.gov.vn" }).warnings).toEqual([
      "PAR_ADDIN_URL http://cchc.example.gov.vn is not https; Office loads add-ins over https only.",
    ]);
  });

  it("leaves the manifest on localhost in development, whatever PAR_ADDIN_URL says", () => {
    const config = probe("development", { PAR_ADDIN_URL: "https://cchc.example.gov.vn/par/" });
    expect(config.manifest).toContain("https://localhost:3000/taskpane.html");
    expect(config.devtool).toBe("source-map");
  });
});
