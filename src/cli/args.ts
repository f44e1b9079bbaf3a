/** Argument parsing on node:util's parseArgs, with our exit-2 error. */
import { parseArgs, ParseArgsConfig } from "node:util";
import type { Lang } from "../core/messages";
import { UnusableInput } from "./io";
import { cliText } from "./text";

type Options = NonNullable<ParseArgsConfig["options"]>;

export function parseCommandArgs<T extends Options>(args: string[], options: T, lang: Lang, positionals = false) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: positionals });
  } catch (error) {
    throw new UnusableInput(cliText[lang].badOption((error as Error).message));
  }
}

/** The value of a required string option. */
export function requireOption(value: string | boolean | undefined, name: string, lang: Lang): string {
  if (typeof value !== "string" || value === "") throw new UnusableInput(cliText[lang].missingOption(name));
  return value;
}
