/**
 * Reads a template: the zod schema for its shape, then the rules that tie
 * its numbers together. Every problem names its path (fields[2].children[0].max)
 * in Vietnamese and English.
 */
import type * as z from "zod/mini";
import { Bilingual, templateMessages as m } from "./messages";
import { templateSchema, Template, Criterion, MAX_TEMPLATE_DEPTH } from "./template";
import { toMicro } from "./decimal";
import { THRESHOLDS } from "./classification";
import { compileTemplate, CompiledTemplate } from "./template-tree";

export type TemplateResult = { ok: true; template: CompiledTemplate } | { ok: false; problems: Bilingual[] };

/** `fields[2].children[0].max` from zod's path array. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(gốc)" : out;
}

function zodProblem(issue: z.core.$ZodIssue): Bilingual {
  const path = formatPath(issue.path);
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? m.required(path) : m.wrongType(path, issue.expected);
    case "invalid_format":
      return last === "id" ? m.badId(path) : last === "code" ? m.badCode(path) : m.invalid(path);
    case "too_small":
      return path === "fields" ? m.noLeaves() : m.tooSmall(path, Number(issue.minimum));
    case "too_big":
      return issue.origin === "string" ? m.textTooLong(path, Number(issue.maximum)) : m.tooBig(path, Number(issue.maximum));
    case "unrecognized_keys":
      return m.unknownKey(path, issue.keys);
    default:
      if (issue.code === "invalid_value" || issue.code === "custom") return m.invalid(path);
      if (issue.message.includes("int")) return m.notInteger(path);
      return m.invalid(path);
  }
}

function checkCriteria(
  criteria: readonly Criterion[],
  basePath: string,
  parent: Criterion | undefined,
  seen: Map<string, string>,
  problems: Bilingual[],
): void {
  criteria.forEach((criterion, index) => {
    const path = `${basePath}[${index}]`;
    const other = seen.get(criterion.code);
    if (other !== undefined) problems.push(m.duplicateCode(`${path}.code`, criterion.code, other));
    else seen.set(criterion.code, path);
    if (parent) {
      const prefix = `${parent.code}.`;
      if (!criterion.code.startsWith(prefix) || !/^\d+$/.test(criterion.code.slice(prefix.length))) {
        problems.push(m.childCode(`${path}.code`, criterion.code, parent.code));
      }
      if (criterion.classified !== undefined) problems.push(m.classifiedOnChild(`${path}.classified`));
      if (criterion.kind !== undefined) problems.push(m.kindOnChild(`${path}.kind`));
    } else if (!/^\d+$/.test(criterion.code)) {
      problems.push(m.fieldCode(`${path}.code`, criterion.code));
    }
    if (criterion.children) {
      if (criterion.levels) problems.push(m.levelsOnParent(`${path}.levels`));
      const sum = criterion.children.reduce((acc, child) => acc + toMicro(child.max), 0);
      if (sum !== toMicro(criterion.max)) problems.push(m.maxSum(`${path}.max`, criterion.max, sum / 1e6));
      checkCriteria(criterion.children, `${path}.children`, criterion, seen, problems);
    } else if (criterion.levels) {
      criterion.levels.forEach((level, levelIndex) => {
        if (level < 0 || toMicro(level) > toMicro(criterion.max)) {
          problems.push(m.levelRange(`${path}.levels[${levelIndex}]`, level, criterion.max));
        }
      });
    }
  });
}

function checkThresholds(template: Template, problems: Bilingual[]): void {
  const rules = template.classification ?? [];
  for (const { key } of THRESHOLDS.classes) {
    let previous: number | undefined;
    rules.forEach((rule, index) => {
      const value = rule[key];
      if (value === undefined) return;
      if (previous !== undefined && value > previous) {
        problems.push(m.thresholdIncreases(`classification[${index}]`, key, value, previous));
      }
      previous = value;
    });
  }
}

/** The path of the first criterion nested deeper than MAX_TEMPLATE_DEPTH, found without recursion (a hostile file may nest thousands deep). */
function tooDeepAt(input: unknown): string | null {
  const fields = (input as { fields?: unknown } | null)?.fields;
  const stack: Array<{ nodes: unknown; path: string; depth: number }> = [{ nodes: fields, path: "fields", depth: 1 }];
  while (stack.length > 0) {
    const { nodes, path, depth } = stack.pop() as { nodes: unknown; path: string; depth: number };
    if (!Array.isArray(nodes)) continue;
    if (depth > MAX_TEMPLATE_DEPTH) return path;
    nodes.forEach((node, index) =>
      stack.push({ nodes: (node as { children?: unknown } | null)?.children, path: `${path}[${index}].children`, depth: depth + 1 }),
    );
  }
  return null;
}

/** Validates a parsed JSON value as a template and compiles it for scoring. */
export function parseTemplate(input: unknown): TemplateResult {
  const deep = typeof input === "object" && input !== null ? tooDeepAt(input) : null;
  if (deep) return { ok: false, problems: [m.tooDeep(deep, MAX_TEMPLATE_DEPTH)] };
  const parsed = templateSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(zodProblem) };
  const { $schema: _schema, ...template } = parsed.data;
  void _schema;
  const problems: Bilingual[] = [];
  checkCriteria(template.fields, "fields", undefined, new Map(), problems);
  checkThresholds(template, problems);
  const ordinary = template.fields.filter((field) => field.kind === undefined);
  if (problems.length === 0 && ordinary.reduce((acc, f) => acc + toMicro(f.max), 0) <= 0) {
    problems.push(m.zeroTotal());
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template: compileTemplate(template) };
}

/** Reads template JSON text; a syntax error is a problem, not an exception. */
export function parseTemplateText(text: string): TemplateResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [m.notJson((error as Error).message)] };
  }
  return parseTemplate(json);
}
