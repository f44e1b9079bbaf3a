#!/usr/bin/env node
// The par-index command. It runs the JavaScript that `npm run build:cli` compiles
// into lib/ (the `prepare` step of `npm ci` and `npm install`, so `npx par-index`
// works right after), which starts in a fraction of the time tsx needs to compile
// the sources. When lib/ is missing or older than a file of src/ (sources edited
// since the last build), it runs the TypeScript sources through tsx instead.
const { existsSync, readdirSync, statSync } = require("node:fs");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const COMPILED = path.join(ROOT, "lib", "cli", "main.js");

/** The latest modification time of any file under dir. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

function loadMain() {
  if (existsSync(COMPILED) && statSync(COMPILED).mtimeMs >= newest(path.join(ROOT, "src"))) return require(COMPILED);
  require("tsx/cjs");
  return require("../src/cli/main.ts");
}

const cli = loadMain();
const argv = process.argv.slice(2);
// An exception outside the command's promise (a timer, a stream's event) is a bug too: a crash report and exit 3, not Node's stack and exit 1.
let crashing = false;
const onCrash = (error) => {
  if (crashing) return;
  crashing = true;
  cli.reportUncaught(error, argv).then(
    (code) => process.exit(code),
    () => process.exit(3),
  );
};
process.on("uncaughtException", onCrash);
process.on("unhandledRejection", onCrash);
cli.main(argv).then((code) => {
  process.exitCode = code;
});
