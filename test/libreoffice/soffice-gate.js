/**
 * Whether the LibreOffice suites (`*.soffice.test.ts`) run. They run whenever
 * `soffice` is on PATH. Without it they are not registered at all (jest.config.js
 * ignores them) and the global setup prints one line saying how many checks
 * were not run and why; with PAR_REQUIRE_SOFFICE=1 (as .ci/run sets) a
 * missing soffice fails the run instead.
 */
const { spawnSync } = require("node:child_process");
const { readdirSync, readFileSync } = require("node:fs");
const path = require("node:path");

const SOFFICE_SUITE = /\.soffice\.test\.ts$/;
const TEST_ROOT = path.join(__dirname, "..");

let found;
/** soffice answers `--version` (asked once per run). */
function sofficeFound() {
  if (found === undefined) {
    const probe = spawnSync("soffice", ["--version"], { encoding: "utf8" });
    found = !probe.error && probe.status === 0;
  }
  return found;
}

const required = () => process.env.PAR_REQUIRE_SOFFICE === "1";

/** Every LibreOffice suite under test/, relative to the project. */
function sofficeSuites(dir = TEST_ROOT) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sofficeSuites(full);
    return SOFFICE_SUITE.test(entry.name) ? [path.relative(path.join(TEST_ROOT, ".."), full)] : [];
  });
}

/** The checks a suite declares: each it(…) and each row of an it.each([…]) table. */
function countChecks(source) {
  let count = (source.match(/^\s*it\(/gm) ?? []).length;
  for (const [, table] of source.matchAll(/^\s*it\.each\(\[\n([\s\S]*?)\n\s*\]\)/gm)) {
    count += (table.match(/^\s*\[/gm) ?? []).length;
  }
  return count;
}

/** The patterns Jest ignores: the LibreOffice suites when they cannot run and are not required. */
function ignoredSuites() {
  return sofficeFound() || required() ? [] : [SOFFICE_SUITE.source];
}

/** Jest's global setup: the one line about LibreOffice, or the failure CI asks for. */
async function globalSetup() {
  if (sofficeFound()) return;
  const hint = "install LibreOffice (apt-get install libreoffice-calc-nogui) to run them";
  if (required()) throw new Error(`PAR_REQUIRE_SOFFICE=1 but LibreOffice (soffice) is not on PATH: ${hint}.`);
  const suites = sofficeSuites();
  const checks = suites.reduce((sum, file) => sum + countChecks(readFileSync(path.join(TEST_ROOT, "..", file), "utf8")), 0);
  console.log(`\nLibreOffice (soffice) not found on PATH: ${checks} checks in ${suites.length} suites (*.soffice.test.ts) not run; ${hint}.`);
}

module.exports = { sofficeFound, ignoredSuites, countChecks, sofficeSuites, globalSetup };
