/** What every par-index command looks like. */
import type { Lang } from "../core/messages";
import type { CliIO } from "./io";

export interface CommandContext {
  /** Arguments after the command name. */
  args: string[];
  io: CliIO;
  lang: Lang;
}

export interface Command {
  name: string;
  /** One line for the list of commands. */
  summary: Record<Lang, string>;
  /** The whole `--help` text. */
  help: Record<Lang, string>;
  /** Returns the exit code; throws UnusableInput for exit 2. */
  run(context: CommandContext): Promise<number>;
}
