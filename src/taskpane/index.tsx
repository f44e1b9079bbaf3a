/**
 * The task pane's entry: once Office is ready, the pane in the user's
 * language over the Office.js workbook.
 */
import { paneLanguage } from "./i18n/language";
import { mountPane } from "./mount";
import { createOfficeServices } from "./office-services";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const lang = paneLanguage(Office.context?.displayLanguage);
  void mountPane(container, createOfficeServices(lang), lang);
});
