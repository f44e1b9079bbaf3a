import type { Command } from "./command";
import { builtInTemplates } from "../templates/registry";
import { renderTable } from "./score-output";
import { cliText } from "./text";
import { EXIT_OK } from "./io";
import { parseCommandArgs } from "./args";

export const templatesCommand: Command = {
  name: "templates",
  summary: { vi: "liệt kê các bộ tiêu chí có sẵn", en: "list the built-in templates" },
  help: {
    vi: "par-index templates [--json]\n\nLiệt kê mã và tên các bộ tiêu chí có sẵn.\n  --json   in ra dạng JSON",
    en: "par-index templates [--json]\n\nLists the ids and names of the built-in templates.\n  --json   print JSON",
  },
  async run({ args, io, lang }) {
    const { values } = parseCommandArgs(args, { json: { type: "boolean" } }, lang);
    const templates = builtInTemplates().map((t) => ({ id: t.id, name: t.name, total: t.totalMax, fields: t.fields.length }));
    if (values.json) io.out(JSON.stringify(templates, null, 2));
    else
      io.out(
        renderTable(
          cliText[lang].templatesHeader,
          templates.map((t) => [t.id, t.name]),
        ),
      );
    return EXIT_OK;
  },
};
