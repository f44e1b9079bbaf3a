/**
 * The pane's services in Excel: the actions over the Office.js port, the
 * selection through Excel, the clipboard through the browser.
 */
import type { Lang } from "../core/messages";
import { OfficeWorkbook } from "../workbook/office";
import { copyToClipboard } from "./clipboard";
import { createPortServices } from "./port-services";
import type { PanePlatform } from "./port-services";
import type { TaskpaneServices } from "./services";

const officePlatform: PanePlatform = {
  readSelection: () =>
    Excel.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("values");
      await context.sync();
      return range.values;
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
