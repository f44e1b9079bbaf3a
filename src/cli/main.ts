/**
 * par-index: the command line face of the engine.
 * Language: Vietnamese, or English with --lang en or PAR_LANG=en.
 */
import type { Command } from "./command";
import type { Lang } from "../core/messages";
import { CliIO, processIO, EXIT_BUG, EXIT_OK, EXIT_UNUSABLE, UnusableInput } from "./io";
import { cliText } from "./text";
import { templatesCommand } from "./templates-command";
import { scoreCommand } from "./score-command";
import { initCommand } from "./init-command";
import { checkCommand } from "./check-command";
import { annexesCommand } from "./annexes-command";
import { demoCommand } from "./demo-command";
import { templateCommand } from "./template-command";

export const commands: Command[] = [templatesCommand, templateCommand, scoreCommand, initCommand, checkCommand, annexesCommand, demoCommand];

function generalHelp(lang: Lang): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const list = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`).join("\n");
  return lang === "vi"
    ? `par-index – Chỉ số cải cách hành chính\n\nCách dùng: par-index <lệnh> [tùy chọn]\n\nCác lệnh:\n${list}\n\nTùy chọn chung: --help, --lang vi|en\nXem hướng dẫn từng lệnh: par-index <lệnh> --help`
    : `par-index – Administrative Reform Index\n\nUsage: par-index <command> [options]\n\nCommands:\n${list}\n\nCommon options: --help, --lang vi|en\nHelp for one command: par-index <command> --help`;
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
  const [name, ...args] = rest;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(generalHelp(lang));
    return name === undefined ? EXIT_UNUSABLE : EXIT_OK;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(cliText[lang].unknownCommand(name));
    return EXIT_UNUSABLE;
  }
  if (args.includes("--help") || args.includes("-h")) {
    io.out(command.help[lang]);
    return EXIT_OK;
  }
  try {
    return await command.run({ args, io, lang });
  } catch (error) {
    if (error instanceof UnusableInput) {
      io.err(error.message);
      return EXIT_UNUSABLE;
    }
    return reportBug(error, io, lang);
  }
}

/** An exception no input should cause: one line saying it is a bug and where to report it (the stack with PAR_DEBUG=1), exit 3. */
function reportBug(error: unknown, io: CliIO, lang: Lang): number {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.err(cliText[lang].bug(what.replace(/\s+/g, " ").slice(0, 300)));
  if (process.env.PAR_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT_BUG;
}
