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
    throw new UnusableInput(cliText[lang].badOption(argumentProblem(error as NodeJS.ErrnoException, lang)));
  }
}

/** parseArgs's English message in the user's language, by its error code; the quoted argument is kept. */
function argumentProblem(error: NodeJS.ErrnoException, lang: Lang): string {
  const quoted = /'([^']*)'/.exec(error.message)?.[1] ?? "";
  const text = cliText[lang].argumentProblems;
  switch (error.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return text.unknownOption(quoted);
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
      return text.unexpectedArgument(quoted);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return /argument missing/.test(error.message) ? text.missingValue(quoted.replace(/ <value>$/, "")) : text.noValue(quoted);
    default:
      return text.other(quoted);
  }
}

/** The value of a required string option. */
export function requireOption(value: string | boolean | undefined, name: string, lang: Lang): string {
  if (typeof value !== "string" || value === "") throw new UnusableInput(cliText[lang].missingOption(name));
  return value;
}
