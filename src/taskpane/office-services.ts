/**
 * The pane's services in Excel: the actions, the selection and the cell
 * selection over the Office.js workbook (src/workbook/office.ts, the only
 * place the Excel API is called), the clipboard through the browser.
 */
import type { Lang } from "../core/messages";
import { OfficeWorkbook } from "../workbook/office/office";
import { copyToClipboard } from "./clipboard";
import { downloadBytes, downloadText } from "./download";
import { createPortServices } from "./port-services";
import type { PanePlatform } from "./port-services";
import type { TaskpaneServices } from "./services";

export function createOfficeServices(lang: Lang): TaskpaneServices {
  const workbook = new OfficeWorkbook();
  const platform: PanePlatform = {
    readSelection: () => workbook.readSelection(),
    selectCell: (sheet, address) => workbook.selectCell(sheet, address),
    copyText: (text) => copyToClipboard(text),
    readTablePlace: () => workbook.readTablePlace(),
    saveFile: async (fileName, text) => downloadText(fileName, text),
    saveBytes: async (fileName, bytes, type) => downloadBytes(fileName, bytes, type),
  };
  return createPortServices(workbook, platform, lang);
}
