import { parBand, parClassify, parMax, parPercent, parRank, parScore, parFunctions, isParError } from "../../src/functions/par-functions";
import { findBuiltInTemplate } from "../../src/templates/registry";
import { column, criteriaColumns } from "./criteria-columns";
import { haiDuongProvinceScores } from "../core/hai-duong-province-fixture";

const bnv = findBuiltInTemplate("bnv-tinh-2022")!;
const phuYen = findBuiltInTemplate("phu-yen-xa-2022")!;

const haiDuongProvince = haiDuongProvinceScores;

/** The Hải Dương commune classes (QĐ 3395), thresholds written as percents. */
const haiDuongRules = [
  ["Hoàn thành xuất sắc nhiệm vụ", 90, 80],
  ["Hoàn thành tốt nhiệm vụ", 80, 70],
  ["Hoàn thành nhiệm vụ", 65, 50],
  ["Không hoàn thành nhiệm vụ", null, null],
];
/** The same table as a sheet formatted in % stores it: fractions, blanks as "". */
const haiDuongRulesAsFractions = [
  ["Hoàn thành xuất sắc nhiệm vụ", 0.9, 0.8],
  ["Hoàn thành tốt nhiệm vụ", 0.8, 0.7],
  ["Hoàn thành nhiệm vụ", 0.65, 0.5],
  ["Không hoàn thành nhiệm vụ", "", ""],
];
const phuYenBands = [
  ["Nhóm A (từ 90% trở lên)", 90],
  ["Nhóm B (từ 70% đến dưới 90%)", 70],
  ["Nhóm C (từ 50% đến dưới 70%)", 50],
  ["Nhóm D (dưới 50%)", 0],
];

/** Seven classified fields of a Hải Dương commune with one weak field. */
const fieldsWith = (weak: number, position: number): number[][] => [Array.from({ length: 7 }, (_, i) => (i === position ? weak : 0.9))];

describe("PAR.SCORE, PAR.MAX and PAR.PERCENT on the domain's figures", () => {
  const sheet = criteriaColumns(bnv);
  const scores = sheet.scoresOf(haiDuongProvince, "=SUM(…)");

  it("Hải Dương province 2022: 83,516 of 100 points is 83,52% (0.8352)", () => {
    expect(parScore(scores, sheet.maxima, sheet.codes)).toBe(83.516);
    expect(parMax(sheet.maxima, sheet.codes)).toBe(100);
    expect(parPercent(scores, sheet.maxima, sheet.codes)).toBe(0.8352);
  });

  it("sums a field's leaves by prefix: SIPAS 9 is 8,42 of 10 (84,2%); field 1 is 92,84%", () => {
    expect(parScore(scores, sheet.maxima, sheet.codes, "9")).toBe(8.42);
    expect(parMax(sheet.maxima, sheet.codes, "9")).toBe(10);
    expect(parPercent(scores, sheet.maxima, sheet.codes, "9")).toBe(0.842);
    expect(parPercent(scores, sheet.maxima, sheet.codes, "1")).toBe(0.9284);
    expect(parPercent(scores, sheet.maxima, sheet.codes, 8)).toBe(0.3846);
    expect(parScore(scores, sheet.maxima, sheet.codes, "9.3")).toBe(2.07);
  });

  it("Phù Yên 2022: 54 of 70 points is 77,14% and 21 of 70 is 30%", () => {
    const phuYenSheet = criteriaColumns(phuYen);
    const leaves = phuYen.leaves.map((index) => phuYen.nodes[index]);
    const fill = (total: number): Record<string, number> => {
      // Fill leaves in order up to `total` points: a commune scoring exactly `total`.
      const result: Record<string, number> = {};
      let left = total;
      for (const leaf of leaves) {
        const score = Math.min(leaf.max, left);
        result[leaf.code] = score;
        left = Math.round((left - score) * 1000) / 1000;
      }
      return result;
    };
    expect(parMax(phuYenSheet.maxima, phuYenSheet.codes)).toBe(70);
    expect(parScore(phuYenSheet.scoresOf(fill(54)), phuYenSheet.maxima, phuYenSheet.codes)).toBe(54);
    expect(parPercent(phuYenSheet.scoresOf(fill(54)), phuYenSheet.maxima, phuYenSheet.codes)).toBe(0.7714);
    expect(parPercent(phuYenSheet.scoresOf(fill(21)), phuYenSheet.maxima, phuYenSheet.codes)).toBe(0.3);
  });

  it("rounds half up on the decimal value: 17,999 of 20 is 89,995% → 90,00%, not 89,99%", () => {
    const codes = column(["1", "1.1", "1.2"]);
    const maxima = column([20, 10, 10]);
    const scores = column([null, 10, 7.999]);
    expect(parPercent(scores, maxima, codes)).toBe(0.9);
    expect(parPercent(scores, maxima, codes, null, 3)).toBe(0.89995);
    expect(parPercent(scores, maxima, codes, null, 0)).toBe(0.9);
    expect(parPercent(column([null, 10, 7.89]), maxima, codes, null, 0)).toBe(0.89);
  });

  it("54 of 70 at every precision: 77%, 77,1%, 77,14%, 77,143%, 77,1429%", () => {
    const codes = column(["1"]);
    const maxima = column([70]);
    const scores = column([54]);
    expect([0, 1, 2, 3, 4].map((decimals) => parPercent(scores, maxima, codes, null, decimals))).toEqual([0.77, 0.771, 0.7714, 0.77143, 0.771429]);
  });
});

describe("reading the criteria columns", () => {
  const codes = column(["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.2"]);
  const maxima = column([6, 3, 2, 1, 3, 4, 2.5, 1.5]);

  it("counts leaves only: parent rows (sums, titles, anything) are ignored", () => {
    const scores = column(["Tổng", 999, 1.5, 0.75, 2.25, "x", 2, 1.25]);
    expect(parScore(scores, maxima, codes)).toBe(7.75);
    expect(parMax(maxima, codes)).toBe(10);
    expect(parScore(scores, maxima, codes, "1.1")).toBe(2.25);
    expect(parScore(scores, maxima, codes, "1")).toBe(4.5);
    expect(parScore(scores, maxima, codes, "2")).toBe(3.25);
  });

  it("a prefix is a whole code: 1 does not take 10 or 11", () => {
    const manyFields = column(["1", "10", "11", "1.1"]);
    expect(parScore(column([null, 4, 5, 1]), column([null, 5, 5, 2]), manyFields, 1)).toBe(1);
    expect(parScore(column([null, 4, 5, 1]), column([null, 5, 5, 2]), manyFields, "10")).toBe(4);
  });

  it('counts an empty cell as 0 whether it arrives as 0, null or ""', () => {
    const full = column([null, null, 1.5, 0.75, 2.25, null, 2, 1.25]);
    const withZero = column([null, null, 1.5, 0, 2.25, null, 2, 1.25]);
    const withNull = column([null, null, 1.5, null, 2.25, null, 2, 1.25]);
    const withEmpty = column([null, null, 1.5, "", 2.25, null, 2, 1.25]);
    expect(parScore(full, maxima, codes)).toBe(7.75);
    for (const scores of [withZero, withNull, withEmpty]) {
      expect(parScore(scores, maxima, codes)).toBe(7);
      expect(parPercent(scores, maxima, codes)).toBe(0.7);
    }
  });

  it("reads codes that Excel turned into numbers (3, 1.1) as text", () => {
    const numericCodes = column([1, 1.1, 1.2, 2, "2.1", "2.10"]);
    const scores = column([null, 1, 0.5, null, 2, 3]);
    const max = column([null, 1, 1, null, 2, 3]);
    expect(parScore(scores, max, numericCodes, 1)).toBe(1.5);
    expect(parScore(scores, max, numericCodes, "2")).toBe(5);
    expect(parScore(scores, max, numericCodes, 2.1)).toBe(2);
  });

  it("takes the omitted prefix as null or undefined, and skips rows without a code", () => {
    const withTitles = column(["", "1", null, "2"]);
    expect(parScore(column(["Lĩnh vực", 1, "ghi chú", 2]), column([null, 3, null, 4]), withTitles)).toBe(3);
    expect(parScore(column(["Lĩnh vực", 1, "ghi chú", 2]), column([null, 3, null, 4]), withTitles, undefined)).toBe(3);
    expect(parScore(column(["Lĩnh vực", 1, "ghi chú", 2]), column([null, 3, null, 4]), withTitles, "")).toBe(3);
  });

  it("sums decimals without binary drift: 0,1 + 0,2 is 0,3", () => {
    expect(parScore(column([0.1, 0.2]), column([1, 1]), column(["1", "2"]))).toBe(0.3);
  });
});

describe("errors that explain themselves", () => {
  const codes = column(["1", "1.1", "1.1.1", "1.1.2", "1.2"]);
  const maxima = column([4, 2, 1, 1, 2]);

  it("a score above its maximum is #VALUE! naming the code, the score and the maximum", () => {
    const scores = column([null, null, 1, 1.5, 2]);
    const expected = { error: "#VALUE!", message: "Tiêu chí 1.1.2: điểm 1,5 vượt điểm tối đa 1", en: "Criterion 1.1.2: score 1.5 exceeds the maximum 1" };
    expect(parScore(scores, maxima, codes)).toEqual(expected);
    expect(parPercent(scores, maxima, codes, "1.1")).toEqual(expected);
  });

  it("only included leaves are checked: field 1.2 is fine while 1.1.2 is wrong", () => {
    const scores = column([null, null, 1, 1.5, 2]);
    expect(parScore(scores, maxima, codes, "1.2")).toBe(2);
  });

  it('a negative score or a text score such as "1,5" is #VALUE!', () => {
    expect(parScore(column([null, null, -0.5, 1, 2]), maxima, codes)).toMatchObject({
      error: "#VALUE!",
      message: "Tiêu chí 1.1.1: điểm -0,5 là số âm; điểm phải từ 0 trở lên",
    });
    expect(parScore(column([null, null, 1, "1,5", 2]), maxima, codes)).toMatchObject({
      error: "#VALUE!",
      message: 'Tiêu chí 1.1.2: "1,5" là chữ, không phải số; hãy nhập lại điểm dưới dạng số',
    });
    expect(parScore(column([null, null, 1, true, 2]), maxima, codes)).toMatchObject({ error: "#VALUE!" });
  });

  it("mismatched range sizes are #VALUE! saying so", () => {
    expect(parScore(column([1, 2]), maxima, codes)).toEqual({
      error: "#VALUE!",
      message: "Các vùng phải cùng kích thước: điểm 2 dòng × 1 cột; điểm tối đa 5 dòng × 1 cột; mã tiêu chí 5 dòng × 1 cột",
      en: "The ranges must have the same size: scores 2 row(s) × 1 column(s); maxima 5 row(s) × 1 column(s); codes 5 row(s) × 1 column(s)",
    });
    expect(parMax(column([1, 2, 3, 4]), codes)).toMatchObject({ error: "#VALUE!" });
    expect(parMax([[4, 2, 1, 1, 2]], codes)).toMatchObject({ error: "#VALUE!" });
  });

  it("a maximum that is text or negative is #VALUE!", () => {
    expect(parMax(column([4, 2, "một", 1, 2]), codes)).toMatchObject({
      error: "#VALUE!",
      message: 'Tiêu chí 1.1.1: điểm tối đa "một" không phải là số',
    });
    expect(parMax(column([4, 2, -1, 1, 2]), codes)).toMatchObject({ message: "Tiêu chí 1.1.1: điểm tối đa -1 là số âm" });
  });

  it("a leaf code given twice is #VALUE!, as it would be counted twice", () => {
    expect(parMax(column([1, 1]), column(["1.1", "1.1"]))).toMatchObject({
      error: "#VALUE!",
      message: "Mã tiêu chí 1.1 xuất hiện nhiều lần trong vùng mã; mỗi tiêu chí chỉ được một dòng",
    });
  });

  it("a prefix that matches no code is #N/A", () => {
    expect(parScore(column([null, null, 1, 1, 2]), maxima, codes, "3")).toEqual({
      error: "#N/A",
      message: "Không có tiêu chí nào có mã 3 hoặc bắt đầu bằng 3.",
      en: "No criterion has the code 3 or starts with 3.",
    });
  });

  it("a percentage of a zero maximum is #DIV/0!", () => {
    expect(parPercent(column([0]), column([0]), column(["8"]))).toMatchObject({
      error: "#DIV/0!",
      message: "Điểm tối đa của bộ tiêu chí bằng 0; không tính được tỷ lệ phần trăm",
    });
    expect(parPercent(column([0, 1]), column([0, 1]), column(["8", "9"]), "8")).toMatchObject({
      error: "#DIV/0!",
      message: "Điểm tối đa của 8 bằng 0; không tính được tỷ lệ phần trăm",
    });
  });

  it("decimals must be a whole number from 0 to 4", () => {
    for (const decimals of [5, -1, 1.5, "hai"]) {
      expect(parPercent(column([1]), column([2]), column(["1"]), null, decimals)).toMatchObject({ error: "#VALUE!" });
      expect(parRank(0.5, [[0.5]], decimals)).toMatchObject({ error: "#VALUE!" });
    }
    expect(parPercent(column([1]), column([3]), column(["1"]), null, 5)).toMatchObject({
      message: 'Số chữ số thập phân phải là số nguyên từ 0 đến 4, không phải "5"',
    });
  });
});

describe("PAR.CLASSIFY on the Hải Dương classes", () => {
  it("a strong unit with every field at least 80% is 'Hoàn thành xuất sắc nhiệm vụ'", () => {
    expect(parClassify(0.9215, fieldsWith(0.8, 3), haiDuongRules)).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it("Tứ Kỳ 2022: Cộng Lạc, over 80% with e-government at 69,47%, is demoted to 'Hoàn thành nhiệm vụ'", () => {
    expect(parClassify(0.8125, fieldsWith(0.6947, 6), haiDuongRules)).toBe("Hoàn thành nhiệm vụ");
  });

  it("Tứ Kỳ 2022: Đại Sơn (organisation 66,67%) and Tứ Kỳ town (public finance 50%) are 'Hoàn thành nhiệm vụ'", () => {
    expect(parClassify(0.8233, fieldsWith(0.6667, 3), haiDuongRules)).toBe("Hoàn thành nhiệm vụ");
    expect(parClassify(0.8041, fieldsWith(0.5, 5), haiDuongRules)).toBe("Hoàn thành nhiệm vụ");
  });

  it("Tứ Kỳ 2022: Tiên Động (finance 35,71%) and Quang Phục (42,86%) are 'Không hoàn thành nhiệm vụ'", () => {
    expect(parClassify(0.7512, fieldsWith(0.3571, 5), haiDuongRules)).toBe("Không hoàn thành nhiệm vụ");
    expect(parClassify(0.7033, fieldsWith(0.4286, 5), haiDuongRules)).toBe("Không hoàn thành nhiệm vụ");
  });

  it("rounds before comparing: 89,995% is 90,00% and a field at 79,995% is 80,00%", () => {
    expect(parClassify(0.89995, fieldsWith(0.79995, 0), haiDuongRules)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(parClassify(0.89994, fieldsWith(0.9, 0), haiDuongRules)).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("compares at the template's precision when given: 89,9996% is below 90 at 4 decimals", () => {
    expect(parClassify(0.899996, fieldsWith(0.9, 0), haiDuongRules, 4)).toBe("Hoàn thành tốt nhiệm vụ");
    expect(parClassify(0.899996, fieldsWith(0.9, 0), haiDuongRules)).toBe("Hoàn thành xuất sắc nhiệm vụ");
    expect(
      parBand(
        0.899996,
        [
          ["Từ 90%", 90],
          ["Dưới 90%", 0],
        ],
        4,
      ),
    ).toBe("Dưới 90%");
    expect(
      parBand(0.899996, [
        ["Từ 90%", 90],
        ["Dưới 90%", 0],
      ]),
    ).toBe("Từ 90%");
    expect(parClassify(0.9, fieldsWith(0.9, 0), haiDuongRules, 7)).toMatchObject({ error: "#VALUE!" });
  });

  it("reads thresholds written as fractions (0,9) the same as percents (90)", () => {
    const cases = [
      [0.95, 0.85],
      [0.95, 0.75],
      [0.85, 0.69],
      [0.66, 0.5],
      [0.64, 0.9],
    ];
    const expected = ["Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ"];
    expect(cases.map(([total, weak]) => parClassify(total, fieldsWith(weak, 2), haiDuongRules))).toEqual(expected);
    expect(cases.map(([total, weak]) => parClassify(total, fieldsWith(weak, 2), haiDuongRulesAsFractions))).toEqual(expected);
  });

  it("takes the field percentages as a column or a row, blank as 0", () => {
    expect(parClassify(0.95, [[0.9], [0.85], [null]], haiDuongRules)).toBe("Không hoàn thành nhiệm vụ");
    expect(parClassify(0.95, [[0.9], [0.85]], haiDuongRules)).toBe("Hoàn thành xuất sắc nhiệm vụ");
  });

  it('skips rows without a label and gives "" when no class applies', () => {
    const withSpareRows = [["", null, null], ...haiDuongRules.slice(0, 3), ["", null, null]];
    expect(parClassify(0.5, fieldsWith(0.9, 0), withSpareRows)).toBe("");
    expect(parClassify(0.7, fieldsWith(0.9, 0), withSpareRows)).toBe("Hoàn thành nhiệm vụ");
  });

  it("explains a bad table or a bad percentage", () => {
    expect(
      parClassify(
        0.9,
        fieldsWith(0.9, 0),
        haiDuongRules.map((row) => row.slice(0, 2)),
      ),
    ).toMatchObject({
      error: "#VALUE!",
      message: "Vùng bảng xếp loại phải có 3 cột, đang có 2 cột",
    });
    expect(parClassify(0.9, fieldsWith(0.9, 0), [["Tốt", "chín mươi", 80]])).toMatchObject({
      message: 'Vùng bảng xếp loại, dòng "Tốt": ngưỡng "chín mươi" phải là số từ 0 đến 100 (hoặc tỷ lệ từ 0 đến 1)',
    });
    expect(parClassify(0.9, fieldsWith(0.9, 0), [["Tốt", 190, 80]])).toMatchObject({ error: "#VALUE!" });
    expect(parClassify(0.9, fieldsWith(0.9, 0), [["", 90, 80]])).toMatchObject({ message: "Vùng bảng xếp loại không có dòng nào có nhãn" });
    expect(parClassify("85%", fieldsWith(0.9, 0), haiDuongRules)).toMatchObject({ message: 'Ô tỷ lệ tổng "85%" không phải là số' });
    expect(parClassify(0.9, [[0.9, "#N/A"]], haiDuongRules)).toMatchObject({ message: 'Ô tỷ lệ lĩnh vực "#N/A" không phải là số' });
    expect(parClassify([[0.9, 0.8]], fieldsWith(0.9, 0), haiDuongRules)).toMatchObject({
      message: "Ô tỷ lệ tổng phải là một ô, không phải một vùng nhiều ô",
    });
  });
});

describe("PAR.BAND", () => {
  it("Phù Yên 2022: 77,14% is band B and 30% band D; 90% is A", () => {
    expect(parBand(0.7714, phuYenBands)).toBe("Nhóm B (từ 70% đến dưới 90%)");
    expect(parBand(0.3, phuYenBands)).toBe("Nhóm D (dưới 50%)");
    expect(parBand(0.9, phuYenBands)).toBe("Nhóm A (từ 90% trở lên)");
  });

  it("rounds first: 89,995% is band A, 89,994% band B; a 1×1 range is a value", () => {
    expect(parBand(0.89995, phuYenBands)).toBe("Nhóm A (từ 90% trở lên)");
    expect(parBand([[0.89994]], phuYenBands)).toBe("Nhóm B (từ 70% đến dưới 90%)");
  });

  it('reads minima as fractions or percents, a blank minimum as 0, and gives "" below every band', () => {
    const bands = [
      ["Từ 80% đến dưới 90%", 0.8],
      ["Từ 65% đến dưới 80%", 65],
      ["Dưới 65%", ""],
    ];
    expect(parBand(0.85, bands)).toBe("Từ 80% đến dưới 90%");
    expect(parBand(0.7, bands)).toBe("Từ 65% đến dưới 80%");
    expect(parBand(0.1, bands)).toBe("Dưới 65%");
    expect(parBand(0.6, bands.slice(0, 2))).toBe("");
    expect(parBand(0.6, [["A", 90, "x"]])).toMatchObject({ message: "Vùng bảng nhóm phải có 2 cột, đang có 3 cột" });
  });
});

describe("PAR.RANK", () => {
  it("gives competition ranks like RANK.EQ: 1, 2, 2, 4", () => {
    const values = [[0.9], [0.7714], [0.7714], [0.3]];
    expect(values.map(([value]) => parRank(value, values))).toEqual([1, 2, 2, 4]);
  });

  it("ties figures that print the same: 89,995% and 90,00% share rank 1 at 2 decimals, not at 3", () => {
    const values = [[0.89995], [0.9], [0.8]];
    expect(values.map(([value]) => parRank(value, values))).toEqual([1, 1, 3]);
    expect(values.map(([value]) => parRank(value, values, 3))).toEqual([2, 1, 3]);
  });

  it("leaves out text and error cells, counts blanks as 0, and gives #N/A for a value not in the list", () => {
    const values = [[0.5], ["#VALUE!"], [null], [0.7]];
    expect(parRank(0.5, values)).toBe(2);
    expect(parRank(0, values)).toBe(3);
    expect(parRank(0.6, values)).toEqual({
      error: "#N/A",
      message: "Giá trị 0,6 không có trong danh sách xếp hạng",
      en: "The value 0.6 is not in the list being ranked",
    });
    expect(parRank("x", values)).toMatchObject({ error: "#VALUE!", message: 'Ô giá trị "x" không phải là số' });
  });
});

describe("the implementations by id", () => {
  it("lists the six PAR functions of the contract in order", () => {
    expect(Object.keys(parFunctions)).toEqual(["SCORE", "MAX", "PERCENT", "CLASSIFY", "BAND", "RANK"]);
    expect(parFunctions.SCORE).toBe(parScore);
  });

  it("recognises its error values and nothing else", () => {
    expect(isParError(parMax(column(["x"]), column(["1"])))).toBe(true);
    expect(isParError(0)).toBe(false);
    expect(isParError(null)).toBe(false);
    expect(isParError({ error: 1 })).toBe(false);
  });
});

describe("cells holding an Excel error", () => {
  it("name the error by its code, not as an object", () => {
    const errorCell = { code: "#N/A", message: "" }; // how a CustomFunctions.Error-like value looks
    expect(parScore([[errorCell]], [[1]], [["1"]])).toMatchObject({
      error: "#VALUE!",
      message: "Tiêu chí 1: ô điểm đang báo lỗi #N/A; hãy sửa ô đó trước",
    });
    expect(parClassify(errorCell, [[0.9]], [["Tốt", 80, 70]])).toMatchObject({ message: "Ô tỷ lệ tổng đang báo lỗi #N/A; hãy sửa ô đó trước" });
  });
});

describe("cells as real Excel passes them", () => {
  const reference = { type: "Error", basicValue: "#REF!", errorType: "Ref" };

  it("an error cell among the scores is #VALUE! naming the criterion and the error", () => {
    expect(parScore(column([1, reference]), column([1, 2]), column(["1.1", "1.2"]))).toEqual({
      error: "#VALUE!",
      message: "Tiêu chí 1.2: ô điểm đang báo lỗi #REF!; hãy sửa ô đó trước",
      en: "Criterion 1.2: the score cell shows #REF!; correct that cell first",
    });
    // Outside the prefix it is not read.
    expect(parScore(column([1, reference]), column([1, 2]), column(["1.1", "1.2"]), "1.1")).toBe(1);
  });

  it("an error as a percentage, a field percentage or a prefix says which cell shows it", () => {
    const na = { code: "#N/A" }; // a CustomFunctions.Error
    expect(parBand(reference, phuYenBands)).toMatchObject({ error: "#VALUE!", message: "Ô tỷ lệ tổng đang báo lỗi #REF!; hãy sửa ô đó trước" });
    expect(parClassify(0.9, [[0.9, na]], haiDuongRules)).toMatchObject({ error: "#VALUE!", message: "Ô tỷ lệ lĩnh vực đang báo lỗi #N/A; hãy sửa ô đó trước" });
    expect(parMax(column([1]), column(["1"]), reference)).toMatchObject({ error: "#VALUE!", message: "Ô tiền tố mã đang báo lỗi #REF!; hãy sửa ô đó trước" });
  });

  it("PAR.RANK leaves error cells out of the values", () => {
    expect(parRank(0.8, [[0.9, reference, 0.8, { code: "#VALUE!" }, 0.7]])).toBe(2);
  });

  it("a 0 in the codes is a blank cell of desktop Excel: spare rows are skipped, not a code 0 given twice", () => {
    const codes = column(["1.1", "1.2", 0, 0]);
    expect(parScore(column([1, 2, 0, 0]), column([1, 2, 0, 0]), codes)).toBe(3);
    expect(parPercent(column([1, 2, 0, 0]), column([1, 2, 0, 0]), codes)).toBe(1);
    expect(parMax(column([1, 2, 0, 0]), codes, 0)).toBe(3);
    // Written as text, "0" is still a code.
    expect(parMax(column([1, 2]), column(["0", "1"]), "0")).toBe(1);
  });

  it('a 0 label is a blank row of the tables: PAR.CLASSIFY and PAR.BAND give "" below every row, never "0"', () => {
    expect(
      parBand(0.5, [
        ["Nhóm A", 90],
        ["Nhóm B", 70],
        [0, 0],
        [0, 0],
      ]),
    ).toBe("");
    expect(
      parClassify(
        0.5,
        [[0.5]],
        [
          ["Tốt", 80, 70],
          [0, 0, 0],
          [0, 0, 0],
        ],
      ),
    ).toBe("");
    expect(
      parBand(0.75, [
        ["Nhóm A", 90],
        ["Nhóm B", 70],
        [0, 0],
      ]),
    ).toBe("Nhóm B");
  });
});

describe("criteria not assessed (KĐG) in the cells", () => {
  const haiDuong = findBuiltInTemplate("hai-duong-xa-2022")!;
  const sheet = criteriaColumns(haiDuong);
  // Field 3 (18,5) not assessed, 70 points in all.
  const scores = sheet.scoresOf({ "1": 15, "2": 5, "3": "KĐG", "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 12.5, "8.3": 0 });

  it("Hải Dương: 70 points of an applicable 81,5 is 85,89%; PAR.MAX with the scores gives 81,5", () => {
    expect(parScore(scores, sheet.maxima, sheet.codes)).toBe(70);
    expect(parMax(sheet.maxima, sheet.codes)).toBe(100);
    expect(parMax(sheet.maxima, sheet.codes, null, scores)).toBe(81.5);
    expect(parPercent(scores, sheet.maxima, sheet.codes)).toBe(0.8589);
  });

  it("a field wholly not assessed shows KĐG and PAR.CLASSIFY leaves it out", () => {
    expect(parPercent(scores, sheet.maxima, sheet.codes, "3")).toBe("KĐG");
    expect(parMax(sheet.maxima, sheet.codes, "3", scores)).toBe(0);
    expect(parScore(scores, sheet.maxima, sheet.codes, "3")).toBe(0);
    expect(parClassify(0.8589, [[1, 1, "KĐG", 1, 1, 1, 1]], haiDuongRules)).toBe("Hoàn thành tốt nhiệm vụ");
  });

  it("reads KDG and 'không đánh giá' in any case; a parent's maximum shrinks by its KĐG leaves", () => {
    const partial = sheet.scoresOf({ "1": 15, "2": 5, "3": 18.5, "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 7, "8.3": "không đánh giá" });
    expect(parMax(sheet.maxima, sheet.codes, "8", partial)).toBe(16);
    expect(parPercent(partial, sheet.maxima, sheet.codes, "8")).toBe(0.5625);
    expect(parPercent(partial, sheet.maxima, sheet.codes)).toBe(0.9222);
    const lower = sheet.scoresOf({ "1": 15, "2": 5, "3": "kdg", "4": 6, "5": 11, "6": 7, "7": 11.5, "8.1": 2, "8.2": 12.5, "8.3": 0 });
    expect(parPercent(lower, sheet.maxima, sheet.codes)).toBe(0.8589);
  });

  it("Thanh Hóa 2023: 68,32 points of an applicable 84 is 81,33%", () => {
    const bnvSheet = criteriaColumns(bnv);
    const thanhHoa = bnvSheet.scoresOf({
      "1": "KĐG",
      "2": 9,
      "3": 11,
      "4": 8,
      "5": 12,
      "6": 10,
      "7": 10,
      "8": "KĐG",
      "9.1": 1.5,
      "9.2": 1.5,
      "9.3": 2,
      "9.4": 2,
      "9.5": 1.32,
    });
    expect(parScore(thanhHoa, bnvSheet.maxima, bnvSheet.codes)).toBe(68.32);
    expect(parMax(bnvSheet.maxima, bnvSheet.codes, null, thanhHoa)).toBe(84);
    expect(parPercent(thanhHoa, bnvSheet.maxima, bnvSheet.codes)).toBe(0.8133);
  });
});

describe("bonus and penalty rows (kinds column)", () => {
  const set = findBuiltInTemplate("minh-hoa-xa-2025")!;
  const sheet = criteriaColumns(set);
  const full: Record<string, unknown> = {};
  for (const leaf of set.leaves) if (set.fields[set.nodes[leaf].field].kind === "ordinary") full[set.nodes[leaf].code] = set.nodes[leaf].max;

  it("adds bonus and takes penalty off outside the maximum of 100, kept within 0 and 100", () => {
    const unit = sheet.scoresOf({ ...full, "3.2.1": 2, "8.2": 6.5, "9.1": 1.5, "10.3": 0.5 }); // 100 − 2 − 3,5 + 1,5 − 0,5
    expect(parScore(unit, sheet.maxima, sheet.codes, null, sheet.kinds)).toBe(95.5);
    expect(parMax(sheet.maxima, sheet.codes, null, null, sheet.kinds)).toBe(100);
    expect(parPercent(unit, sheet.maxima, sheet.codes, null, null, sheet.kinds)).toBe(0.955);
    expect(parScore(unit, sheet.maxima, sheet.codes, "9", sheet.kinds)).toBe(1.5);
    expect(parMax(sheet.maxima, sheet.codes, "10", null, sheet.kinds)).toBe(5);
    expect(parScore(unit, sheet.maxima, sheet.codes, "10", sheet.kinds)).toBe(0.5);
    const top = sheet.scoresOf({ ...full, "9.2": 1 });
    expect(parScore(top, sheet.maxima, sheet.codes, null, sheet.kinds)).toBe(100);
  });

  it("without the kinds column every row is ordinary (the sum of all leaves)", () => {
    const unit = sheet.scoresOf({ ...full, "9.1": 1.5, "10.3": 0.5 });
    expect(parScore(unit, sheet.maxima, sheet.codes)).toBe(102);
    expect(parMax(sheet.maxima, sheet.codes)).toBe(108);
  });

  it("a mark on the field row covers its sub-criteria; English words and any case are read; other text is #VALUE!", () => {
    const kinds = sheet.kinds.map(([cell]) => [cell === "Điểm thưởng" ? "BONUS" : cell === "Điểm trừ" ? "trừ" : cell]);
    const unit = sheet.scoresOf({ ...full, "9.1": 1.5, "10.3": 0.5, "1.1.1": 0.5 });
    expect(parScore(unit, sheet.maxima, sheet.codes, null, kinds)).toBe(100);
    const wrong = sheet.kinds.map(([cell]) => [cell === "Điểm thưởng" ? "cộng" : cell]);
    expect(parScore(unit, sheet.maxima, sheet.codes, null, wrong)).toMatchObject({
      error: "#VALUE!",
      message: 'Tiêu chí 9: loại "cộng" không rõ; ghi "Điểm thưởng", "Điểm trừ" hoặc để trống',
    });
  });
});
