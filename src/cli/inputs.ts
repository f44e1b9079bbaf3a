/**
 * Reading the command line's inputs: a template by id or file, and the
 * scores file of `score`. Anything unusable becomes an UnusableInput with a
 * reason in the user's language.
 */
import { z } from "zod";
import { parseTemplateText } from "../core/template-validation";
import type { CompiledTemplate } from "../core/template-tree";
import type { UnitInput } from "../core/scoring";
import { findBuiltInTemplate, builtInTemplates } from "../templates/registry";
import type { Lang } from "../core/messages";
import { UnusableInput } from "./io";
import { cliText } from "./text";
import { readTextInput } from "./input-limits";

/** A text input (units list, scores, template): size-capped, UTF-8 or UTF-16, BOM dropped. */
export function readTextFile(path: string, lang: Lang): string {
  return readTextInput(path, lang);
}

/** A built-in id, or a path to a template JSON file. */
export function loadTemplate(reference: string, lang: Lang): CompiledTemplate {
  const builtIn = findBuiltInTemplate(reference);
  if (builtIn) return builtIn;
  if (!/[./\\]/.test(reference)) {
    throw new UnusableInput(
      cliText[lang].unknownTemplate(
        reference,
        builtInTemplates().map((t) => t.id),
      ),
    );
  }
  const result = parseTemplateText(readTextFile(reference, lang));
  if (!result.ok) {
    throw new UnusableInput(`${cliText[lang].badTemplate(reference)}\n${result.problems.map((p) => `  - ${p[lang]}`).join("\n")}`);
  }
  return result.template;
}

const unitsFileSchema = z.object({
  units: z.array(
    z.object({
      name: z.string(),
      scores: z.record(z.string(), z.unknown()).default({}),
      // Codes as text; a plain number (3) is read as its text, as a sheet's code cell is.
      notAssessed: z.array(z.union([z.string(), z.number()]).transform(String)).optional(),
      selfScores: z.record(z.string(), z.unknown()).optional(),
      previousRank: z.number().int().positive().nullable().optional(),
    }),
  ),
});

/** The `{ "units": [ … ] }` scores file. */
export function parseUnitsJson(text: string, source: string, lang: Lang): UnitInput[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UnusableInput(cliText[lang].notJson(source, (error as Error).message));
  }
  const parsed = unitsFileSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.map(String).join(".") || "(root)").join(", ");
    throw new UnusableInput(cliText[lang].badUnitsShape(source, where));
  }
  // zod copies a record by assignment, so a "__proto__" code would become the object's prototype and vanish;
  // the scores are taken from the JSON itself (own keys, defined as data) so that every code is reported.
  const raw = (json as { units: Array<{ scores?: Record<string, unknown> }> }).units;
  return parsed.data.units.map((unit, u) => ({ ...unit, scores: Object.fromEntries(Object.entries(raw[u].scores ?? {})) }));
}
