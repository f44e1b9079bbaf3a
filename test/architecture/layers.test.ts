/**
 * The layering of src/ stays true: every import (type-only ones included)
 * goes to the same room or to a lower layer, and no import circle exists
 * between modules. The layers are those of docs/architecture.md.
 */
import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const SRC = path.resolve(__dirname, "../../src");

/** The rooms of src/ by layer: a room may import its own files and any lower layer's. */
const LAYERS: Record<string, number> = {
  core: 0,
  templates: 1,
  sheet: 2,
  functions: 2,
  demo: 2,
  workbook: 3,
  actions: 4,
  cli: 5,
  taskpane: 5,
};

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [full] : [];
  });
}

/** The file a relative specifier names, or null for a package or a non-source file (JSON, HTML). */
function resolveSource(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), specifier);
  const found = [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")].find((file) => fs.existsSync(file));
  return found ?? null;
}

/** Every module's imports within src/, type-only and dynamic ones included. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const targets = info.importedFiles.map((imported) => resolveSource(file, imported.fileName)).filter((target): target is string => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

const room = (file: string): string => path.relative(SRC, file).split(path.sep)[0];
const shown = (file: string): string => path.relative(SRC, file).split(path.sep).join("/");

/** "a → b → … → a" for every circle found (each reported once, from its first file in sorted order). */
function circles(graph: Map<string, string[]>): string[] {
  const found: string[] = [];
  const done = new Set<string>();
  const onPath: string[] = [];
  const visit = (file: string): void => {
    const at = onPath.indexOf(file);
    if (at >= 0) {
      found.push([...onPath.slice(at), file].map(shown).join(" → "));
      return;
    }
    if (done.has(file)) return;
    onPath.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    onPath.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return found;
}

describe("the layers of src/", () => {
  const graph = importGraph();

  it("reads the whole tree, and every room has a layer", () => {
    expect(graph.size).toBeGreaterThan(100);
    const rooms = new Set([...graph.keys()].map(room));
    expect([...rooms].filter((name) => !(name in LAYERS))).toEqual([]);
  });

  it("imports only from the same room or a lower layer", () => {
    const upward: string[] = [];
    for (const [file, targets] of graph) {
      for (const target of targets) {
        const from = room(file);
        const to = room(target);
        if (from !== to && LAYERS[to] >= LAYERS[from]) upward.push(`${shown(file)} → ${shown(target)}`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import circle", () => {
    expect(circles(graph)).toEqual([]);
  });

  it("keeps the workbook's implementations apart: office/ and xlsx/ use the port's room, never each other", () => {
    const crossing: string[] = [];
    for (const [file, targets] of graph) {
      const [top, sub] = shown(file).split("/");
      if (top !== "workbook") continue;
      for (const target of targets) {
        const [targetTop, targetSub] = shown(target).split("/");
        const implementation = (name: string | undefined) => name === "office" || name === "xlsx";
        const intoOther = targetTop === "workbook" && implementation(targetSub) && targetSub !== sub;
        if (intoOther) crossing.push(`${shown(file)} → ${shown(target)}`);
      }
    }
    expect(crossing).toEqual([]);
  });
});
