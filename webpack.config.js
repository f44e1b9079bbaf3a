/**
 * Builds the add-in into dist/: the task pane page (taskpane.html) with both
 * bundles in it, functions.js and taskpane.js (shared runtime: one page runs the
 * task pane and the PAR.* functions), functions.json generated from the JSDoc of
 * src/functions/functions.ts, the manifest and the icons.
 *
 *   npm run build        production; manifest URLs rewritten to PAR_ADDIN_URL
 *   npm run build:dev    development; manifest left on https://localhost:3000/
 *   npm run dev-server   https://localhost:3000 with the Office dev certificates
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { DEV_URL, rewriteManifestUrls } = require("./scripts/manifest-urls");
const { FunctionsMetadataFlagsPlugin } = require("./scripts/functions-metadata");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";
const DEV_SERVER_PORT = 3000;

/** The manifest for this build: production URLs from PAR_ADDIN_URL, else unchanged. */
function manifestTransform(production) {
  const url = process.env.PAR_ADDIN_URL;
  if (!production) return (content) => content;
  if (!url) {
    console.warn(`PAR_ADDIN_URL is not set: dist/manifest.xml keeps ${DEV_URL}. Set it to the https address the add-in is served from.`);
    return (content) => content;
  }
  if (!url.startsWith("https://")) console.warn(`PAR_ADDIN_URL ${url} is not https; Office loads add-ins over https only.`);
  return (content) => rewriteManifestUrls(content.toString(), url);
}

/** Certificates are needed only to serve, so that a plain build (CI) never asks for them. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const production = options.mode !== "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  return {
    mode: production ? "production" : "development",
    devtool: production ? false : "source-map",
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked by `npm run typecheck`; ES modules let webpack drop unused code.
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: !production } },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      // Error cells reach the functions (the generator cannot write this flag).
      new FunctionsMetadataFlagsPlugin("functions.json"),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // The functions register first, so the task pane can write PAR formulas.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: manifestTransform(production) },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port) || DEV_SERVER_PORT,
        }
      : undefined,
  };
};
