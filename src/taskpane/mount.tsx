/**
 * Puts the pane into a page: the production entry and the end-to-end test
 * page both start here.
 */
import { createRoot } from "react-dom/client";
import type { Root } from "react-dom/client";
import type { Lang } from "../core/messages";
import { App } from "./app";
import { loadDictionary } from "./i18n/language";
import type { TaskpaneServices } from "./services";

/** Renders once the dictionary of `lang` is loaded (English comes in a chunk of its own). */
export async function mountPane(container: HTMLElement, services: TaskpaneServices, lang: Lang): Promise<Root> {
  const dictionary = await loadDictionary(lang);
  const root = createRoot(container);
  root.render(<App services={services} dictionary={dictionary} />);
  return root;
}
