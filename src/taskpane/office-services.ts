/**
 * The pane's services in Excel: the actions over the Office.js port, the
 * selection through Excel, the clipboard through the browser. The two
 * selection calls are the only Office.js calls outside src/workbook/office.ts:
 * they concern the user's selection, not the workbook port.
 */
import type { Lang } from "../core/messages";
import { OfficeWorkbook } from "../workbook/office";
import { copyToClipboard } from "./clipboard";
import { createPortServices } from "./port-services";
import type { PanePlatform } from "./port-services";
import type { TaskpaneServices } from "./services";

const officePlatform: PanePlatform = {
  // Only the selected cells inside the used range: a whole selected column would otherwise read a million rows.
  readSelection: () =>
    Excel.run(async (context) => {
      const selected = context.workbook.getSelectedRange();
      const used = selected.worksheet.getUsedRangeOrNullObject(true);
      used.load("address");
      await context.sync();
      if (used.isNullObject) return [];
      const range = selected.getIntersectionOrNullObject(used);
      range.load("values");
      await context.sync();
      return range.isNullObject ? [] : range.values;
    }),
  selectCell: (sheet, address) =>
    Excel.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    }),
  copyText: (text) => copyToClipboard(text),
};

export function createOfficeServices(lang: Lang): TaskpaneServices {
  return createPortServices(new OfficeWorkbook(), officePlatform, lang);
}
