/**
 * The Excel-facing functions with a small typed stand-in for the
 * `CustomFunctions` global of the Office runtime (its real error codes),
 * installed before functions.ts is loaded.
 */
import { findBuiltInTemplate } from "../../src/templates/registry";
import { criteriaColumns, column } from "./criteria-columns";

/** The ErrorCode values of @types/custom-functions-runtime, which Excel shows in the cell. */
const errorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const satisfies { [K in keyof typeof CustomFunctions.ErrorCode]: `${(typeof CustomFunctions.ErrorCode)[K]}` };

class StubError {
  constructor(
    readonly code: CustomFunctions.ErrorCode,
    readonly message?: string,
  ) {}
}

const associations = new Map<string, unknown>();
const stub = {
  Error: StubError,
  ErrorCode: errorCodes,
  associate: (id: string, fn: unknown) => associations.set(id, fn),
};
(globalThis as unknown as { CustomFunctions: typeof stub }).CustomFunctions = stub;

// Loaded after the stub is in place, as Excel loads functions.js after its runtime.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const functions = require("../../src/functions/functions") as typeof import("../../src/functions/functions");

const phuYen = findBuiltInTemplate("phu-yen-xa-2022")!;
const sheet = criteriaColumns(phuYen);
const fullMarks = sheet.scoresOf(Object.fromEntries(phuYen.nodes.map((node) => [node.code, node.max])));

describe("the PAR.* functions registered in Excel", () => {
  it("return the figures of the implementations; an omitted optional argument may be null or undefined", () => {
    expect(functions.score(fullMarks, sheet.maxima, sheet.codes)).toBe(70);
    expect(functions.score(fullMarks, sheet.maxima, sheet.codes, null)).toBe(70);
    expect(functions.max(sheet.maxima, sheet.codes, "8")).toBe(4);
    expect(functions.percent(fullMarks, sheet.maxima, sheet.codes, undefined, undefined)).toBe(1);
    expect(functions.percent(column([54]), column([70]), column(["1"]), null, null)).toBe(0.7714);
    expect(
      functions.classify(
        0.7714,
        [[0.8, 0.7]],
        [
          ["Tốt", 70, 60],
          ["Chưa tốt", null, null],
        ],
      ),
    ).toBe("Tốt");
    expect(
      functions.band(0.7714, [
        ["A", 90],
        ["B", 70],
      ]),
    ).toBe("B");
    expect(functions.rank(0.7714, [[0.9], [0.7714], [0.3]], null)).toBe(2);
  });

  it("turn a bad score into #VALUE! with the Vietnamese message", () => {
    const result = functions.score(column([1.5]), column([1]), column(["1.1.2"]));
    expect(result).toBeInstanceOf(StubError);
    expect(result).toEqual(new StubError(errorCodes.invalidValue as CustomFunctions.ErrorCode, "Tiêu chí 1.1.2: điểm 1,5 vượt điểm tối đa 1"));
  });

  it("turn a missing code into #N/A and a zero maximum into #DIV/0!", () => {
    expect(functions.max(sheet.maxima, sheet.codes, "9")).toMatchObject({ code: "#N/A" });
    expect(functions.rank(0.5, [[0.7]])).toMatchObject({ code: "#N/A", message: "Giá trị 0,5 không có trong danh sách xếp hạng" });
    expect(functions.percent(column([0]), column([0]), column(["1"]))).toMatchObject({ code: "#DIV/0!" });
  });

  it("give #DIV/0! without a message, as Excel would drop it (only #VALUE! and #N/A show one)", () => {
    expect(functions.percent(column([0]), column([0]), column(["1"]))).toEqual(new StubError(errorCodes.divisionByZero as CustomFunctions.ErrorCode));
  });

  it("take error cells as Excel passes them (allowErrorForDataTypeAny): one unit's error leaves the others ranked", () => {
    const divided = { type: "Error", basicValue: "#DIV/0!", errorType: "Div0" };
    const percents = [[0.9, divided, 0.8, 0.8, 0.7]];
    expect(percents[0].map((value) => functions.rank(value, percents))).toEqual([
      1,
      new StubError(errorCodes.invalidValue as CustomFunctions.ErrorCode, "Ô giá trị đang báo lỗi #DIV/0!; hãy sửa ô đó trước"),
      2,
      2,
      4,
    ]);
  });

  it("turn a bad table into #VALUE!", () => {
    expect(functions.classify(0.5, [[0.5]], [["Tốt", 70]])).toMatchObject({ code: "#VALUE!" });
    expect(functions.band("cao", [["A", 90]])).toMatchObject({ code: "#VALUE!" });
  });

  it("do not register themselves in the source: the metadata plugin appends the associations in the build", () => {
    expect(associations.size).toBe(0);
  });
});
