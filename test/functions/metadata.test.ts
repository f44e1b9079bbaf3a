/**
 * functions.json as the webpack build generates it (custom-functions-metadata,
 * which custom-functions-metadata-plugin runs): the public contract of ids
 * and argument order that saved workbooks depend on.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const FUNCTIONS_SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

interface ParameterMetadata {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: "scalar" | "matrix";
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
}

/** [name, optional, range] of every parameter, in order. */
const CONTRACT: Record<string, [string, boolean, boolean][]> = {
  SCORE: [
    ["scores", false, true],
    ["maxima", false, true],
    ["codes", false, true],
    ["prefix", true, false],
    ["kinds", true, true],
  ],
  MAX: [
    ["maxima", false, true],
    ["codes", false, true],
    ["prefix", true, false],
    ["scores", true, true],
    ["kinds", true, true],
  ],
  PERCENT: [
    ["scores", false, true],
    ["maxima", false, true],
    ["codes", false, true],
    ["prefix", true, false],
    ["decimals", true, false],
    ["kinds", true, true],
  ],
  CLASSIFY: [
    ["totalPercent", false, false],
    ["fieldPercents", false, true],
    ["rules", false, true],
    ["decimals", true, false],
  ],
  BAND: [
    ["totalPercent", false, false],
    ["bands", false, true],
    ["decimals", true, false],
  ],
  RANK: [
    ["value", false, false],
    ["values", false, true],
    ["decimals", true, false],
  ],
};

let generated: Awaited<ReturnType<typeof generateCustomFunctionsMetadata>>;
let functions: FunctionMetadata[];

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE, false);
  functions = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
}, 60_000);

describe("functions.json generated from the JSDoc of src/functions/functions.ts", () => {
  it("has no generation errors", () => {
    expect(generated.errors).toEqual([]);
  });

  it("lists exactly the six PAR functions, each named as its id", () => {
    expect(functions.map((fn) => fn.id)).toEqual(Object.keys(CONTRACT));
    for (const fn of functions) expect(fn.name).toBe(fn.id);
  });

  it.each(Object.entries(CONTRACT))("PAR.%s takes its parameters in the contract's order", (id, parameters) => {
    const fn = functions.find((candidate) => candidate.id === id)!;
    expect(fn.parameters.map((p) => [p.name, p.optional === true, p.dimensionality === "matrix"])).toEqual(parameters);
  });

  it("describes every function and parameter in Vietnamese", () => {
    const vietnamese = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;
    for (const fn of functions) {
      expect(fn.description).toMatch(vietnamese);
      for (const parameter of fn.parameters) expect(parameter.description).toMatch(vietnamese);
    }
  });

  it("associates each id with the function that the build registers", () => {
    expect(generated.associate.map(({ id, functionName }) => [id, functionName])).toEqual([
      ["SCORE", "score"],
      ["MAX", "max"],
      ["PERCENT", "percent"],
      ["CLASSIFY", "classify"],
      ["BAND", "band"],
      ["RANK", "rank"],
    ]);
  });
});
