/**
 * The end-to-end test page's entry: the real task pane over the in-memory
 * workbook, outside Excel. `window.parE2E` lets the test do what a user does
 * in the grid (type and paste scores, select a range) and look at the
 * workbook. Built only by test/e2e/webpack.e2e.js, never into dist/.
 */
import { parseTemplate } from "../../src/core/template-validation";
import type { CompiledTemplate } from "../../src/core/template-tree";
import { nameKey } from "../../src/core/names";
import { paneLanguage } from "../../src/taskpane/i18n/language";
import { createMemoryServices } from "../../src/taskpane/memory-services";
import { mountPane } from "../../src/taskpane/mount";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { pasteScores, typeScore } from "./score-typing";
import "./entry-hook";

const workbook = new MemoryWorkbook();

function loaded(): { template: CompiledTemplate; units: string[] } {
  const state = workbook.storedState();
  if (!state) throw new Error("No template loaded yet");
  const parsed = parseTemplate(state.template);
  if (!parsed.ok) throw new Error("Stored template is invalid");
  return { template: parsed.template, units: state.units };
}

void Office.onReady().then((info) => {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = paneLanguage(Office.context?.displayLanguage);
  const { services, platform } = createMemoryServices(workbook, lang);
  window.parE2E = {
    pasteScores(units) {
      const { template, units: names } = loaded();
      const byKey = new Map(units.map((unit) => [nameKey(unit.name), unit]));
      pasteScores(
        workbook,
        template,
        names.map((name) => byKey.get(nameKey(name)) ?? { name, scores: {} }),
      );
    },
    typeScore(unit, code, value) {
      const { template, units: names } = loaded();
      const index = names.findIndex((name) => nameKey(name) === nameKey(unit));
      if (index < 0) throw new Error(`No unit ${unit}`);
      return typeScore(workbook, template, names.length, index, code, value);
    },
    selection: () => platform.selection,
    pasteTable(sheet, rows, boldRows) {
      workbook.addUserSheet(sheet, rows);
      const width = Math.max(...rows.map((row) => row.length));
      for (const row of boldRows) workbook.setCellLooks(sheet, `A${row}:${String.fromCharCode(64 + width)}${row}`, { bold: true });
    },
    setCell: (sheet, address, value) => workbook.setCellValue(sheet, address, value),
    select: (sheet, address) => platform.select(sheet, address),
    sheetNames: () => workbook.sheets.map((sheet) => sheet.name),
    savedFiles: () =>
      platform.savedBytes.map(({ fileName, bytes }) => {
        let binary = "";
        for (const byte of bytes) binary += String.fromCharCode(byte);
        return { fileName, base64: btoa(binary) };
      }),
    values: async (sheet, address) => (await workbook.read({ ranges: [{ sheet, address }] })).ranges[0]?.values ?? [],
    host: info.host ? String(info.host) : null,
  };
  void mountPane(container, services, lang);
});
