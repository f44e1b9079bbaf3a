/**
 * The dictionary of the pane's language, available to every component.
 */
import { createContext, useContext } from "react";
import type { Dictionary } from "./dictionary";
import { vi } from "./vi";

export const TextContext = createContext<Dictionary>(vi);

export function useText(): Dictionary {
  return useContext(TextContext);
}
