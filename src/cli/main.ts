/**
 * par-index: the command line face of the engine.
 * Language: Vietnamese, or English with --lang en or PAR_LANG=en.
 */
import type { Command } from "./command";
import type { Lang } from "../core/messages";
import { CliIO, processIO, EXIT_BUG, EXIT_OK, EXIT_UNUSABLE, UnusableInput } from "./io";
import { cliText } from "./text";
import { writeCrashReport } from "./crash-report";

/**
 * A command by name, its module loaded only when it runs or prints help, so
 * that `par-index templates` starts without reading ExcelJS and JSZip.
 */
interface CommandEntry {
  name: string;
  load: () => Command;
}

/*
 * require(), not import(): the compiled lib/ is CommonJS anyway, and tsx/cjs
 * (how bin/par-index.cjs runs the sources) would leave an import() native,
 * which cannot resolve an extensionless TypeScript path.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
export const commands: CommandEntry[] = [
  { name: "templates", load: () => (require("./templates-command") as typeof import("./templates-command")).templatesCommand },
  { name: "template", load: () => (require("./template-command") as typeof import("./template-command")).templateCommand },
  { name: "score", load: () => (require("./score-command") as typeof import("./score-command")).scoreCommand },
  { name: "init", load: () => (require("./init-command") as typeof import("./init-command")).initCommand },
  { name: "collect", load: () => (require("./collect-command") as typeof import("./collect-command")).collectCommand },
  { name: "check", load: () => (require("./check-command") as typeof import("./check-command")).checkCommand },
  { name: "annexes", load: () => (require("./annexes-command") as typeof import("./annexes-command")).annexesCommand },
  { name: "demo", load: () => (require("./demo-command") as typeof import("./demo-command")).demoCommand },
  { name: "appraise", load: () => (require("./appraise-command") as typeof import("./appraise-command")).appraiseCommand },
  { name: "export", load: () => (require("./export-command") as typeof import("./export-command")).exportCommand },
];
/* eslint-enable @typescript-eslint/no-require-imports */

function generalHelp(lang: Lang): string {
  const loaded = commands.map((entry) => entry.load());
  const width = Math.max(...loaded.map((c) => c.name.length));
  const list = loaded.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`).join("\n");
  return cliText[lang].generalHelp(list);
}

/** Takes --lang out of the arguments. */
function pickLanguage(argv: string[]): { lang: Lang; rest: string[] } {
  let lang: Lang = process.env.PAR_LANG === "en" ? "en" : "vi";
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--lang" && (argv[i + 1] === "vi" || argv[i + 1] === "en")) lang = argv[++i] as Lang;
    else if (arg === "--lang=vi" || arg === "--lang=en") lang = arg.slice(7) as Lang;
    else rest.push(arg);
  }
  return { lang, rest };
}

export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const { lang, rest } = pickLanguage(argv);
  try {
    return await dispatch(rest, io, lang);
  } catch (error) {
    if (error instanceof UnusableInput) {
      io.err(error.message);
      return EXIT_UNUSABLE;
    }
    return reportBug(error, argv, io, lang);
  }
}

/** The command named first, with its arguments (loading it, printing help or running it). */
async function dispatch(rest: string[], io: CliIO, lang: Lang): Promise<number> {
  const [name, ...args] = rest;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(generalHelp(lang));
    return name === undefined ? EXIT_UNUSABLE : EXIT_OK;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.err(cliText[lang].unknownCommand(name));
    return EXIT_UNUSABLE;
  }
  const command = entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.help[lang]);
    return EXIT_OK;
  }
  return command.run({ args, io, lang });
}

/**
 * An exception that escaped every command's promise (thrown in a timer or an
 * event handler): reported as a bug like any other, for bin/par-index.cjs's
 * uncaughtException and unhandledRejection handlers; returns the exit code, 3.
 */
export function reportUncaught(error: unknown, argv: string[], io: CliIO = processIO): Promise<number> {
  return reportBug(error, argv, io, pickLanguage(argv).lang);
}

/**
 * An exception no input should cause: a crash report file for whoever
 * supports the tool, and one line saying it is a bug and to send them that
 * file (the stack on stderr too with PAR_DEBUG=1); exit 3.
 */
async function reportBug(error: unknown, argv: string[], io: CliIO, lang: Lang): Promise<number> {
  const what = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).replace(/\s+/g, " ").slice(0, 300);
  const report = await writeCrashReport(error, argv, io.reportFolder).then(
    (path) => ({ path }),
    // The file system's code (ENOENT, EACCES…) when it has one; its errors may come from another realm, so no instanceof.
    (failure: unknown) => ({ failure: String((failure as NodeJS.ErrnoException | null)?.code ?? failure) }),
  );
  io.err("path" in report ? cliText[lang].bug(what, report.path) : cliText[lang].bugUnreported(what, report.failure));
  if (process.env.PAR_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT_BUG;
}
