/**
 * The end-to-end test page: the main webpack config's loaders and resolution,
 * with the test entry (task pane over the in-memory workbook) instead of the
 * add-in's entries, built into test-output/e2e-dist — never into dist/.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const mainConfig = require("../../webpack.config.js");

const root = path.resolve(__dirname, "../..");
const E2E_DIST = path.join(root, "test-output", "e2e-dist");

module.exports = async (env = {}, options = {}) => {
  const base = await mainConfig(env, { ...options, mode: "development" });
  return {
    mode: "development",
    devtool: false,
    context: root,
    entry: { e2e: path.join(__dirname, "entry.tsx") },
    output: { path: E2E_DIST, filename: "[name].js", clean: true },
    resolve: base.resolve,
    module: base.module,
    plugins: [new HtmlWebpackPlugin({ filename: "index.html", template: path.join(__dirname, "page.html") })],
    performance: { hints: false },
  };
};
module.exports.E2E_DIST = E2E_DIST;
