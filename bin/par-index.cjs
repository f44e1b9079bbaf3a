#!/usr/bin/env node
// The par-index command runs the TypeScript sources directly through tsx,
// so `npx par-index` works right after `npm ci` with no build step.
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
