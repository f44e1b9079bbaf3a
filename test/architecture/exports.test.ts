/**
 * Every export of src/ is used outside its own file (by another module, a
 * test or a benchmark): what only its own file uses is not exported, so
 * that a module's exports are what it offers. The compiler resolves every
 * name, so renamed imports, `typeof import(…)` and dynamic imports count.
 */
import fs from "fs";
import path from "path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
/** src/ as the compiler writes file names (forward slashes). */
const SRC = `${path.join(ROOT, "src").split(path.sep).join("/")}/`;

/** Exports used from outside the TypeScript program: the bin script and the custom functions' registration. */
const USED_ELSEWHERE: Readonly<Record<string, readonly string[]>> = {
  // bin/par-index.cjs requires both.
  "cli/main.ts": ["main", "reportUncaught"],
  // The custom functions, which the metadata plugin and CustomFunctions.associate take from the module.
  "functions/functions.ts": ["score", "max", "percent", "classify", "band", "rank"],
};

function program(): ts.Program {
  const config = ts.readConfigFile(path.join(ROOT, "tsconfig.json"), ts.sys.readFile).config;
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
  return ts.createProgram(parsed.fileNames, { ...parsed.options, noEmit: true });
}

/** The declaring file of every symbol named somewhere other than in its own file. */
function usedOutside(program: ts.Program): Set<ts.Symbol> {
  const checker = program.getTypeChecker();
  const used = new Set<ts.Symbol>();
  /** `{ name }` taken apart from a value (a module a dynamic import gave): the property it names. */
  const destructured = (node: ts.Identifier): ts.Symbol | undefined => {
    const element = node.parent;
    if (!ts.isBindingElement(element) || !ts.isObjectBindingPattern(element.parent)) return undefined;
    if (element.propertyName !== undefined && element.propertyName !== node) return undefined;
    return checker.getTypeAtLocation(element.parent).getProperty(node.text);
  };
  for (const file of program.getSourceFiles()) {
    if (file.isDeclarationFile || file.fileName.includes("node_modules")) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        let symbol = destructured(node) ?? checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
        const declared = symbol?.declarations?.[0]?.getSourceFile().fileName;
        if (symbol && declared !== undefined && declared !== file.fileName) used.add(symbol);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return used;
}

describe("the exports of src/", () => {
  it("are each used outside their own file", () => {
    const built = program();
    const checker = built.getTypeChecker();
    const used = usedOutside(built);
    const unused: string[] = [];
    let checked = 0;
    for (const file of built.getSourceFiles()) {
      if (!file.fileName.startsWith(SRC)) continue;
      const module = checker.getSymbolAtLocation(file);
      const shown = file.fileName.slice(SRC.length);
      for (const exported of module ? checker.getExportsOfModule(module) : []) {
        checked++;
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (used.has(symbol) || USED_ELSEWHERE[shown]?.includes(exported.name)) continue;
        unused.push(`${shown}: ${exported.name}`);
      }
    }
    expect(unused).toEqual([]);
    expect(checked).toBeGreaterThan(400);
  }, 120_000);

  it("names in USED_ELSEWHERE only what the file exports", () => {
    for (const [file, names] of Object.entries(USED_ELSEWHERE)) {
      const text = fs.readFileSync(`${SRC}${file}`, "utf8");
      for (const name of names) expect([file, new RegExp(`export (async )?function ${name}\\b`).test(text)]).toEqual([file, true]);
    }
  });
});
