/**
 * Puts the pane into a page: the production entry and the end-to-end test
 * page both start here.
 */
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { Lang } from "../core/messages";
import { App } from "./app";
import { dictionaryFor } from "./i18n/language";
import type { TaskpaneServices } from "./services";

export function mountPane(container: HTMLElement, services: TaskpaneServices, lang: Lang): Root {
  const root = createRoot(container);
  root.render(<App services={services} dictionary={dictionaryFor(lang)} />);
  return root;
}
