/**
 * Every user-facing sentence of the core, in Vietnamese and English. Callers
 * pick a language; the Vietnamese text is the default everywhere.
 */
import { formatDecimalVi } from "./decimal";

export type Lang = "vi" | "en";

export interface Bilingual {
  vi: string;
  en: string;
}

/** A dictionary's entries as makers of both languages: a sentence maker gives a Bilingual, a phrase is one. */
type BilingualOf<Text> = {
  readonly [Key in keyof Text]: Text[Key] extends (...args: infer Args) => string ? (...args: Args) => Bilingual : Bilingual;
};

/**
 * The bilingual makers of two dictionaries of one shape (`vi` the reference,
 * `en` following it), for messages that travel as data in both languages.
 */
export function bilingual<Text extends { [Key in keyof Text]: string | ((...args: never[]) => string) }>(vi: Text, en: Text): BilingualOf<Text> {
  const both: Record<string, unknown> = {};
  for (const key of Object.keys(vi) as Array<keyof Text & string>) {
    const [inVi, inEn] = [vi[key], en[key]] as unknown[];
    both[key] =
      typeof inVi === "function" && typeof inEn === "function"
        ? (...args: unknown[]) => ({ vi: inVi(...args) as string, en: inEn(...args) as string })
        : { vi: inVi, en: inEn };
  }
  // The loop gives every key its maker; the mapped type says so, which TypeScript cannot infer from a loop.
  return both as BilingualOf<Text>;
}

const num = (value: unknown, lang: Lang): string =>
  typeof value === "number" ? (lang === "vi" ? formatDecimalVi(value) : String(value)) : (JSON.stringify(value) ?? String(value));

/**
 * A cell value as the user would recognise it: text as typed, an Excel error
 * object (CustomFunctions.Error and the like carry `code: "#N/A"`) by its code.
 */
function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const { type, basicValue } = value as { type?: unknown; basicValue?: unknown };
  if (type === "Error" && typeof basicValue === "string") return basicValue; // an error cell as Excel passes it
  const code = (value as { code?: unknown; errorCode?: unknown }).code ?? (value as { errorCode?: unknown }).errorCode;
  if (typeof code === "string") return code;
  return JSON.stringify(value) ?? String(value);
}

const typeNamesVi: Record<string, string> = {
  number: "một số",
  string: "một chuỗi ký tự",
  array: "một danh sách",
  object: "một đối tượng",
  boolean: "true hoặc false",
};
const typeNamesEn: Record<string, string> = {
  number: "a number",
  string: "a string",
  array: "a list",
  object: "an object",
  boolean: "true or false",
};

/** How a unit's rank moved since last year. */
interface RankChangeText {
  up: (places: number) => string;
  down: (places: number) => string;
  same: string;
}

const rankChangeWords: Readonly<Record<Lang, RankChangeText>> = {
  vi: { up: (places) => `tăng ${places} bậc`, down: (places) => `giảm ${places} bậc`, same: "giữ nguyên" },
  en: { up: (places) => `up ${places}`, down: (places) => `down ${places}`, same: "unchanged" },
};

/** "tăng 3 bậc" / "giảm 2 bậc" / "giữ nguyên"; empty when there is no previous rank. */
export function rankChangeText(change: number | null, lang: Lang): string {
  if (change === null) return "";
  const words = rankChangeWords[lang];
  return change > 0 ? words.up(change) : change < 0 ? words.down(-change) : words.same;
}

interface RangeSize {
  name: Bilingual;
  rows: number;
  columns: number;
}

/** Issues about one score of one unit. */
interface ScoreText {
  aboveMax: (code: string, value: number, max: number) => string;
  negative: (code: string, value: number) => string;
  notALevel: (code: string, value: number, levels: readonly number[]) => string;
  notANumber: (code: string, value: unknown) => string;
  notALeaf: (code: string) => string;
  unknownCode: (code: string) => string;
  missing: (code: string) => string;
  scoredAndNotAssessed: (code: string, value: unknown) => string;
  unknownNotAssessed: (code: string) => string;
  clamped: (raw: number, to: number) => string;
  nothingAssessed: () => string;
  duplicateUnit: (name: string, other: string) => string;
  emptyUnitName: (index: number) => string;
  // Hardening: a name holding a control or invisible character.
  hiddenCharacter: (name: string, label: string, position: number) => string;
  // Hardening: a name longer than a cell and a sentence can carry.
  unitNameTooLong: (index: number, start: string, length: number, max: number) => string;
}

const scoreVi: ScoreText = {
  aboveMax: (code, value, max) => `Tiêu chí ${code}: điểm ${num(value, "vi")} vượt điểm tối đa ${num(max, "vi")}`,
  negative: (code, value) => `Tiêu chí ${code}: điểm ${num(value, "vi")} là số âm; điểm phải từ 0 trở lên`,
  notALevel: (code, value, levels) => `Tiêu chí ${code}: điểm ${num(value, "vi")} không thuộc các mức cho phép (${levels.map((l) => num(l, "vi")).join("; ")})`,
  notANumber: (code, value) => `Tiêu chí ${code}: "${describeValue(value)}" là chữ, không phải số; hãy nhập lại điểm dưới dạng số`,
  notALeaf: (code) => `Tiêu chí ${code} có tiêu chí thành phần; chỉ chấm điểm ở tiêu chí thành phần, điểm của ${code} được cộng tự động`,
  unknownCode: (code) => `Mã tiêu chí ${code} không có trong bộ tiêu chí; kiểm tra lại mã`,
  missing: (code) => `Tiêu chí ${code} chưa có điểm; được tính là 0`,
  scoredAndNotAssessed: (code, value) =>
    `Tiêu chí ${code} vừa có điểm ${typeof value === "number" ? num(value, "vi") : `"${describeValue(value)}"`} vừa được ghi là không đánh giá (KĐG); xóa điểm hoặc bỏ KĐG`,
  unknownNotAssessed: (code) => `Mã ${code} trong danh sách không đánh giá (KĐG) không có trong bộ tiêu chí; kiểm tra lại mã`,
  clamped: (raw, to) =>
    `Tổng điểm sau khi cộng điểm thưởng và trừ điểm trừ là ${num(raw, "vi")}, ngoài khoảng từ 0 đến điểm tối đa; được tính là ${num(to, "vi")}`,
  nothingAssessed: () => "Mọi tiêu chí đều được ghi là không đánh giá (KĐG); không tính được Chỉ số",
  duplicateUnit: (name, other) =>
    `Đơn vị "${name}" trùng với "${other}" (khác nhau chỉ ở chữ hoa, khoảng trắng hoặc dạng Unicode); mỗi đơn vị chỉ được có một dòng`,
  emptyUnitName: (index) => `Đơn vị thứ ${index + 1} không có tên`,
  // Hardening: a name holding a control or invisible character.
  hiddenCharacter: (name, label, position) =>
    `Tên đơn vị "${name}" có ký tự ẩn hoặc ký tự điều khiển ${label} ở vị trí ${position} (thường do chép từ trang web, Word hay Zalo); hãy gõ lại tên đó`,
  // Hardening: a name longer than a cell and a sentence can carry.
  unitNameTooLong: (index, start, length, max) =>
    `Tên đơn vị thứ ${index + 1} ("${start}…") dài ${length} ký tự, quá ${max} ký tự cho phép; hãy rút gọn tên (có thể đã dán nhầm cả đoạn văn vào ô tên)`,
};

const scoreEn: ScoreText = {
  aboveMax: (code, value, max) => `Criterion ${code}: score ${num(value, "en")} exceeds the maximum ${num(max, "en")}`,
  negative: (code, value) => `Criterion ${code}: score ${num(value, "en")} is negative; scores start at 0`,
  notALevel: (code, value, levels) =>
    `Criterion ${code}: score ${num(value, "en")} is not one of the allowed levels (${levels.map((l) => num(l, "en")).join(", ")})`,
  notANumber: (code, value) => `Criterion ${code}: "${describeValue(value)}" is text, not a number; enter the score as a number`,
  notALeaf: (code) => `Criterion ${code} has sub-criteria; score the sub-criteria, ${code} is their sum`,
  unknownCode: (code) => `Code ${code} is not in the criteria template; check the code`,
  missing: (code) => `Criterion ${code} has no score; counted as 0`,
  scoredAndNotAssessed: (code, value) =>
    `Criterion ${code} has a score ${typeof value === "number" ? num(value, "en") : `"${describeValue(value)}"`} and is also marked not assessed (KĐG); remove one of them`,
  unknownNotAssessed: (code) => `Code ${code} in the not-assessed (KĐG) list is not in the criteria template; check the code`,
  clamped: (raw, to) => `The total after bonus and penalty points is ${num(raw, "en")}, outside 0 to the maximum; counted as ${num(to, "en")}`,
  nothingAssessed: () => "Every criterion is marked not assessed (KĐG); no index can be computed",
  duplicateUnit: (name, other) => `Unit "${name}" is the same as "${other}" (they differ only in case, spacing or Unicode form); give each unit once`,
  emptyUnitName: (index) => `Unit ${index + 1} has no name`,
  hiddenCharacter: (name, label, position) =>
    `Unit name "${name}" holds the hidden or control character ${label} at position ${position} (often copied from a web page, Word or Zalo); type the name again`,
  unitNameTooLong: (index, start, length, max) =>
    `Unit ${index + 1}'s name ("${start}…") is ${length} characters long, over the ${max} allowed; shorten it (a whole paragraph may have been pasted into the name)`,
};

export const scoreMessages = /*#__PURE__*/ bilingual(scoreVi, scoreEn);

/** Problems in a template file, each naming its path. */
interface TemplateText {
  required: (path: string) => string;
  wrongType: (path: string, expected: string) => string;
  badId: (path: string) => string;
  badCode: (path: string) => string;
  tooSmall: (path: string, min: number | string) => string;
  tooBig: (path: string, max: number | string) => string;
  notInteger: (path: string) => string;
  unknownKey: (path: string, keys: string[]) => string;
  invalid: (path: string) => string;
  // Hardening: a text longer than an Excel cell can take.
  textTooLong: (path: string, max: number) => string;
  duplicateCode: (path: string, code: string, other: string) => string;
  childCode: (path: string, code: string, parent: string) => string;
  fieldCode: (path: string, code: string) => string;
  maxSum: (path: string, max: number, sum: number) => string;
  levelRange: (path: string, level: number, max: number) => string;
  levelsOnParent: (path: string) => string;
  classifiedOnChild: (path: string) => string;
  kindOnChild: (path: string) => string;
  thresholdIncreases: (path: string, key: string, value: number, previous: number) => string;
  noLeaves: () => string;
  zeroTotal: () => string;
  notJson: (detail: string) => string;
  // Hardening: bounds of a template.
  tooDeep: (path: string, limit: number) => string;
}

const templateVi: TemplateText = {
  required: (path) => `${path}: bắt buộc nhưng đang thiếu`,
  wrongType: (path, expected) => `${path}: phải là ${typeNamesVi[expected] ?? expected}`,
  badId: (path) => `${path}: chỉ gồm chữ thường không dấu, chữ số và dấu "-" (ví dụ hai-duong-xa-2022)`,
  badCode: (path) => `${path}: mã phải là các số cách nhau bởi dấu chấm (ví dụ 1.2.3)`,
  tooSmall: (path, min) => `${path}: phải từ ${min} trở lên (hoặc không được để trống)`,
  tooBig: (path, max) => `${path}: không được lớn hơn ${max}`,
  notInteger: (path) => `${path}: phải là số nguyên`,
  unknownKey: (path, keys) => `${path}: khóa không được hỗ trợ: ${keys.join(", ")}`,
  invalid: (path) => `${path}: giá trị không hợp lệ`,
  // Hardening: a text longer than an Excel cell can take.
  textTooLong: (path, max) => `${path}: dài quá ${max} ký tự, không ghi được vào một ô Excel; hãy rút gọn (để phần giải thích dài trong tài liệu riêng)`,
  duplicateCode: (path, code, other) => `${path}: mã ${code} bị trùng với ${other}`,
  childCode: (path, code, parent) => `${path}: mã ${code} phải có dạng ${parent}.<số> vì là tiêu chí con của ${parent}`,
  fieldCode: (path, code) => `${path}: mã lĩnh vực ${code} phải là một số (ví dụ 1, 2, 3)`,
  maxSum: (path, max, sum) => `${path}: điểm tối đa ${num(max, "vi")} khác tổng điểm tối đa của các tiêu chí con ${num(sum, "vi")}`,
  levelRange: (path, level, max) => `${path}: mức điểm ${num(level, "vi")} phải nằm trong khoảng 0 đến ${num(max, "vi")}`,
  levelsOnParent: (path) => `${path}: chỉ tiêu chí không có tiêu chí con mới được khai báo mức điểm`,
  classifiedOnChild: (path) => `${path}: "classified" chỉ dùng cho lĩnh vực (cấp cao nhất)`,
  kindOnChild: (path) => `${path}: "kind" (điểm thưởng, điểm trừ) chỉ dùng cho nội dung cấp cao nhất`,
  thresholdIncreases: (path, key, value, previous) =>
    `${path}.${key}: ngưỡng ${num(value, "vi")} lớn hơn ngưỡng ${num(previous, "vi")} của loại đứng trên; các ngưỡng phải giảm dần`,
  noLeaves: () => "fields: bộ tiêu chí không có tiêu chí nào để chấm điểm",
  zeroTotal: () => "fields: tổng điểm tối đa (không kể điểm thưởng, điểm trừ) phải lớn hơn 0",
  notJson: (detail) => `Tệp bộ tiêu chí không phải JSON hợp lệ: ${detail}`,
  // Hardening: bounds of a template.
  tooDeep: (path, limit) => `${path}: bộ tiêu chí lồng quá ${limit} cấp (lĩnh vực, tiêu chí, tiêu chí con…); hãy kiểm tra lại tệp`,
};

const templateEn: TemplateText = {
  required: (path) => `${path}: is required`,
  wrongType: (path, expected) => `${path}: must be ${typeNamesEn[expected] ?? expected}`,
  badId: (path) => `${path}: use lowercase letters, digits and "-" only (e.g. hai-duong-xa-2022)`,
  badCode: (path) => `${path}: a code is numbers separated by dots (e.g. 1.2.3)`,
  tooSmall: (path, min) => `${path}: must be at least ${min} (or must not be empty)`,
  tooBig: (path, max) => `${path}: must be at most ${max}`,
  notInteger: (path) => `${path}: must be a whole number`,
  unknownKey: (path, keys) => `${path}: unsupported key(s): ${keys.join(", ")}`,
  invalid: (path) => `${path}: invalid value`,
  textTooLong: (path, max) =>
    `${path}: longer than ${max} characters, more than one Excel cell can hold; shorten it (keep long explanations in a separate document)`,
  duplicateCode: (path, code, other) => `${path}: code ${code} is already used at ${other}`,
  childCode: (path, code, parent) => `${path}: code ${code} must be ${parent}.<number> as a child of ${parent}`,
  fieldCode: (path, code) => `${path}: field code ${code} must be a single number (e.g. 1, 2, 3)`,
  maxSum: (path, max, sum) => `${path}: maximum ${max} differs from the sum of its children's maxima ${sum}`,
  levelRange: (path, level, max) => `${path}: level ${level} must lie between 0 and ${max}`,
  levelsOnParent: (path) => `${path}: only criteria without children may list levels`,
  classifiedOnChild: (path) => `${path}: "classified" applies to fields (top level) only`,
  kindOnChild: (path) => `${path}: "kind" (bonus or penalty points) applies to top-level nodes only`,
  thresholdIncreases: (path, key, value, previous) =>
    `${path}.${key}: threshold ${value} is above the ${previous} of the class before it; thresholds must not increase down the list`,
  noLeaves: () => "fields: the template has no criteria to score",
  zeroTotal: () => "fields: the total maximum (without bonus and penalty points) must be greater than 0",
  notJson: (detail) => `The template file is not valid JSON: ${detail}`,
  tooDeep: (path, limit) => `${path}: the template nests more than ${limit} levels (field, criterion, sub-criterion…); check the file`,
};

export const templateMessages = /*#__PURE__*/ bilingual(templateVi, templateEn);

/** The ranges a PAR.* cell function reads, named in its messages. */
interface RangeNamesText {
  scores: string;
  maxima: string;
  codes: string;
  prefix: string;
  rules: string;
  bands: string;
  totalPercent: string;
  fieldPercents: string;
  value: string;
  kinds: string;
}

const rangeNamesVi: RangeNamesText = {
  scores: "điểm",
  maxima: "điểm tối đa",
  codes: "mã tiêu chí",
  prefix: "tiền tố mã",
  rules: "bảng xếp loại",
  bands: "bảng nhóm",
  totalPercent: "tỷ lệ tổng",
  fieldPercents: "tỷ lệ lĩnh vực",
  value: "giá trị",
  kinds: "loại (điểm thưởng, điểm trừ)",
};

const rangeNamesEn: RangeNamesText = {
  scores: "scores",
  maxima: "maxima",
  codes: "codes",
  prefix: "code prefix",
  rules: "class rules",
  bands: "bands",
  totalPercent: "total percentage",
  fieldPercents: "field percentages",
  value: "value",
  kinds: "kinds (bonus, penalty)",
};

export const functionRangeNames = /*#__PURE__*/ bilingual(rangeNamesVi, rangeNamesEn);

/** Why a PAR.* cell function returns an error instead of a figure. */
interface FunctionsText {
  rangeSizes: (ranges: readonly RangeSize[]) => string;
  maxNotANumber: (code: string, value: unknown) => string;
  negativeMax: (code: string, max: number) => string;
  duplicateCode: (code: string) => string;
  noSuchCode: (prefix: string) => string;
  zeroMax: (prefix: string | null) => string;
  badDecimals: (value: unknown) => string;
  notANumber: (name: Bilingual, value: unknown) => string;
  notASingleCell: (name: Bilingual) => string;
  tableColumns: (name: Bilingual, expected: number, actual: number) => string;
  emptyTable: (name: Bilingual) => string;
  badThreshold: (name: Bilingual, label: string, value: unknown) => string;
  unknownKind: (code: string, value: unknown) => string;
  notRanked: (value: number) => string;
  // Cells that show an error (Excel passes them since functions.json allows errors).
  errorCell: (name: Bilingual, error: string) => string;
  scoreErrorCell: (code: string, error: string) => string;
}

const functionsVi: FunctionsText = {
  rangeSizes: (ranges) => `Các vùng phải cùng kích thước: ${ranges.map((r) => `${r.name.vi} ${r.rows} dòng × ${r.columns} cột`).join("; ")}`,
  maxNotANumber: (code, value) => `Tiêu chí ${code}: điểm tối đa "${describeValue(value)}" không phải là số`,
  negativeMax: (code, max) => `Tiêu chí ${code}: điểm tối đa ${num(max, "vi")} là số âm`,
  duplicateCode: (code) => `Mã tiêu chí ${code} xuất hiện nhiều lần trong vùng mã; mỗi tiêu chí chỉ được một dòng`,
  noSuchCode: (prefix) => `Không có tiêu chí nào có mã ${prefix} hoặc bắt đầu bằng ${prefix}.`,
  zeroMax: (prefix) => `Điểm tối đa ${prefix === null ? "của bộ tiêu chí" : `của ${prefix}`} bằng 0; không tính được tỷ lệ phần trăm`,
  badDecimals: (value) => `Số chữ số thập phân phải là số nguyên từ 0 đến 4, không phải "${describeValue(value)}"`,
  notANumber: (name, value) => `Ô ${name.vi} "${describeValue(value)}" không phải là số`,
  notASingleCell: (name) => `Ô ${name.vi} phải là một ô, không phải một vùng nhiều ô`,
  tableColumns: (name, expected, actual) => `Vùng ${name.vi} phải có ${expected} cột, đang có ${actual} cột`,
  emptyTable: (name) => `Vùng ${name.vi} không có dòng nào có nhãn`,
  badThreshold: (name, label, value) => `Vùng ${name.vi}, dòng "${label}": ngưỡng "${describeValue(value)}" phải là số từ 0 đến 100 (hoặc tỷ lệ từ 0 đến 1)`,
  unknownKind: (code, value) => `Tiêu chí ${code}: loại "${describeValue(value)}" không rõ; ghi "Điểm thưởng", "Điểm trừ" hoặc để trống`,
  notRanked: (value) => `Giá trị ${num(value, "vi")} không có trong danh sách xếp hạng`,
  // Cells that show an error (Excel passes them since functions.json allows errors).
  errorCell: (name, error) => `Ô ${name.vi} đang báo lỗi ${error}; hãy sửa ô đó trước`,
  scoreErrorCell: (code, error) => `Tiêu chí ${code}: ô điểm đang báo lỗi ${error}; hãy sửa ô đó trước`,
};

const functionsEn: FunctionsText = {
  rangeSizes: (ranges) => `The ranges must have the same size: ${ranges.map((r) => `${r.name.en} ${r.rows} row(s) × ${r.columns} column(s)`).join("; ")}`,
  maxNotANumber: (code, value) => `Criterion ${code}: the maximum "${describeValue(value)}" is not a number`,
  negativeMax: (code, max) => `Criterion ${code}: the maximum ${num(max, "en")} is negative`,
  duplicateCode: (code) => `Code ${code} appears more than once in the codes; give each criterion one row`,
  noSuchCode: (prefix) => `No criterion has the code ${prefix} or starts with ${prefix}.`,
  zeroMax: (prefix) => `The maximum ${prefix === null ? "of the criteria" : `of ${prefix}`} is 0; no percentage can be computed`,
  badDecimals: (value) => `The number of decimals must be a whole number from 0 to 4, not "${describeValue(value)}"`,
  notANumber: (name, value) => `The ${name.en} "${describeValue(value)}" is not a number`,
  notASingleCell: (name) => `The ${name.en} must be one cell, not a range`,
  tableColumns: (name, expected, actual) => `The ${name.en} range must have ${expected} columns, not ${actual}`,
  emptyTable: (name) => `The ${name.en} range has no labelled row`,
  badThreshold: (name, label, value) =>
    `The ${name.en} range, row "${label}": the threshold "${describeValue(value)}" must be a number from 0 to 100 (or a fraction from 0 to 1)`,
  unknownKind: (code, value) =>
    `Criterion ${code}: the kind "${describeValue(value)}" is unknown; write "Điểm thưởng" (bonus), "Điểm trừ" (penalty) or leave it blank`,
  notRanked: (value) => `The value ${num(value, "en")} is not in the list being ranked`,
  errorCell: (name, error) => `The ${name.en} cell shows ${error}; correct that cell first`,
  scoreErrorCell: (code, error) => `Criterion ${code}: the score cell shows ${error}; correct that cell first`,
};

export const functionMessages = /*#__PURE__*/ bilingual(functionsVi, functionsEn);

/** How a criteria table read from a sheet or a text file falls short; every message names the sheet row. */
interface ImportText {
  maxSum: (row: number, depth: number, label: string, max: number, sum: number) => string;
  duplicateNumber: (row: number, label: string, firstRow: number) => string;
  pointsNotANumber: (row: number, text: string) => string;
  undecidedLevel: (row: number, title: string) => string;
  wrongParent: (row: number, label: string, parentLabel: string, parentRow: number) => string;
  missingMax: (row: number, label: string) => string;
  missingTitle: (row: number, label: string) => string;
  footerSum: (row: number, footer: number, sum: number) => string;
  noHeader: () => string;
  noCriteria: (row: number) => string;
  derivedMax: (row: number, depth: number, label: string, sum: number) => string;
  skippedNumber: (row: number, label: string, previous: string | null) => string;
  levelRows: (row: number, label: string, levels: readonly number[]) => string;
  levelAboveMax: (row: number, level: number, max: number) => string;
  splitBonusPenalty: (row: number, label: string, codes: readonly string[]) => string;
  mixedBonusPenalty: (row: number, label: string) => string;
  signedPoints: (row: number, text: string) => string;
  badLevels: (row: number, text: string, max: number) => string;
  orphanText: (row: number, title: string) => string;
}

const importVi: ImportText = {
  maxSum: (row, depth, label, max, sum) =>
    depth === 0
      ? `Dòng ${row}: lĩnh vực ${label} có điểm tối đa ${num(max, "vi")} nhưng các tiêu chí cộng lại ${num(sum, "vi")}`
      : `Dòng ${row}: tiêu chí ${label} có điểm tối đa ${num(max, "vi")} nhưng các tiêu chí thành phần cộng lại ${num(sum, "vi")}`,
  duplicateNumber: (row, label, firstRow) => `Dòng ${row}: số thứ tự ${label} trùng với dòng ${firstRow}; sửa lại số thứ tự`,
  pointsNotANumber: (row, text) => `Dòng ${row}: điểm tối đa "${text}" không phải là số; ghi điểm bằng số, ví dụ 1,5`,
  undecidedLevel: (row, title) =>
    `Dòng ${row}: không xác định được cấp của dòng "${title}" (không có số thứ tự, không thụt lề hay in đậm khác dòng trên); thêm số thứ tự (ví dụ 2.1 hoặc a)) rồi đọc lại`,
  wrongParent: (row, label, parentLabel, parentRow) =>
    `Dòng ${row}: số ${label} không thuộc mục ${parentLabel} (dòng ${parentRow}) đứng trên; kiểm tra số thứ tự`,
  missingMax: (row, label) => `Dòng ${row}: tiêu chí ${label} chưa có điểm tối đa; ghi điểm vào cột điểm tối đa`,
  missingTitle: (row, label) => `Dòng ${row}: mục ${label} chưa có nội dung; ghi tên tiêu chí vào cột nội dung`,
  footerSum: (row, footer, sum) => `Dòng ${row}: dòng tổng cộng ghi ${num(footer, "vi")} điểm nhưng các lĩnh vực cộng lại ${num(sum, "vi")}; sửa cho khớp`,
  noHeader: () =>
    "Không tìm thấy dòng tiêu đề của bảng tiêu chí: cần một dòng có cột Tiêu chí (hoặc Nội dung) và cột Điểm tối đa (hoặc Điểm chuẩn, Thang điểm)",
  noCriteria: (row) => `Không có tiêu chí nào dưới dòng tiêu đề (dòng ${row}); dán bảng tiêu chí vào dưới dòng tiêu đề`,
  derivedMax: (row, depth, label, sum) =>
    `Dòng ${row}: ${depth === 0 ? "lĩnh vực" : "tiêu chí"} ${label} không ghi điểm tối đa; lấy tổng của các mục con: ${num(sum, "vi")}`,
  skippedNumber: (row, label, previous) =>
    `Dòng ${row}: số thứ tự ${label} đứng sau ${previous ?? "một mục không đánh số"}, bỏ qua số ở giữa; mã giữ theo số của quyết định`,
  levelRows: (row, label, levels) =>
    `Dòng ${row}: các dòng dưới tiêu chí ${label} được đọc là các mức điểm (${levels.map((l) => num(l, "vi")).join("; ")}), không phải tiêu chí thành phần`,
  levelAboveMax: (row, level, max) =>
    `Dòng ${row}: mức điểm ${num(level, "vi")} lớn hơn điểm tối đa ${num(max, "vi")} của tiêu chí; sửa mức điểm hoặc điểm tối đa`,
  splitBonusPenalty: (row, label, codes) =>
    `Dòng ${row}: mục ${label} gồm cả điểm thưởng và điểm trừ nên được tách thành các mục ${codes.join(", ")} (điểm thưởng, điểm trừ), nằm ngoài tổng điểm tối đa`,
  mixedBonusPenalty: (row, label) =>
    `Dòng ${row}: mục ${label} gộp cả điểm thưởng và điểm trừ; tách thành hai mục con "Điểm thưởng" và "Điểm trừ", mỗi mục có điểm tối đa, rồi đọc lại`,
  signedPoints: (row, text) => `Dòng ${row}: điểm tối đa "${text}" có dấu; chỉ điểm thưởng, điểm trừ mới ghi dấu + hoặc -; ghi điểm tối đa là số dương`,
  badLevels: (row, text, max) =>
    `Dòng ${row}: mức điểm cho phép "${text}" phải là các số từ 0 đến ${num(max, "vi")} cách nhau bởi dấu chấm phẩy, ví dụ 1; 0,5; 0`,
  orphanText: (row, title) => `Dòng ${row}: dòng "${title}" không thuộc tiêu chí nào nên được bỏ qua`,
};

const importEn: ImportText = {
  maxSum: (row, depth, label, max, sum) =>
    depth === 0
      ? `Row ${row}: field ${label} has a maximum of ${num(max, "en")} but its criteria add up to ${num(sum, "en")}`
      : `Row ${row}: criterion ${label} has a maximum of ${num(max, "en")} but its sub-criteria add up to ${num(sum, "en")}`,
  duplicateNumber: (row, label, firstRow) => `Row ${row}: number ${label} repeats row ${firstRow}; correct the numbering`,
  pointsNotANumber: (row, text) => `Row ${row}: the maximum "${text}" is not a number; write it as a number, e.g. 1.5`,
  undecidedLevel: (row, title) =>
    `Row ${row}: cannot tell the level of "${title}" (no number, and no indent or bold that sets it apart); number it (e.g. 2.1 or a)) and read again`,
  wrongParent: (row, label, parentLabel, parentRow) =>
    `Row ${row}: number ${label} does not belong under ${parentLabel} (row ${parentRow}) above it; check the numbering`,
  missingMax: (row, label) => `Row ${row}: criterion ${label} has no maximum; write it in the maximum column`,
  missingTitle: (row, label) => `Row ${row}: item ${label} has no title; write the criterion in the title column`,
  footerSum: (row, footer, sum) => `Row ${row}: the total row says ${num(footer, "en")} points but the fields add up to ${num(sum, "en")}; make them agree`,
  noHeader: () => "No header row of a criteria table found: a row needs a Tiêu chí (or Nội dung) column and an Điểm tối đa (or Điểm chuẩn, Thang điểm) column",
  noCriteria: (row) => `No criteria under the header (row ${row}); paste the criteria table under the header`,
  derivedMax: (row, depth, label, sum) =>
    `Row ${row}: ${depth === 0 ? "field" : "criterion"} ${label} has no maximum; the sum of its items is used: ${num(sum, "en")}`,
  skippedNumber: (row, label, previous) =>
    `Row ${row}: number ${label} follows ${previous ?? "an unnumbered item"}, skipping a number; the code keeps the decision's number`,
  levelRows: (row, label, levels) =>
    `Row ${row}: the rows under criterion ${label} are read as its scoring levels (${levels.map((l) => num(l, "en")).join(", ")}), not as sub-criteria`,
  levelAboveMax: (row, level, max) =>
    `Row ${row}: the level ${num(level, "en")} is above the criterion's maximum ${num(max, "en")}; correct the level or the maximum`,
  splitBonusPenalty: (row, label, codes) =>
    `Row ${row}: item ${label} holds both bonus and penalty points, so it is split into items ${codes.join(", ")} (bonus, penalty), outside the total maximum`,
  mixedBonusPenalty: (row, label) =>
    `Row ${row}: item ${label} mixes bonus and penalty points; split it into two items "Điểm thưởng" and "Điểm trừ", each with its maximum, and read again`,
  signedPoints: (row, text) =>
    `Row ${row}: the maximum "${text}" has a sign; only bonus and penalty points are written with + or -; write the maximum as a positive number`,
  badLevels: (row, text, max) => `Row ${row}: the allowed levels "${text}" must be numbers from 0 to ${num(max, "en")} separated by semicolons, e.g. 1; 0.5; 0`,
  orphanText: (row, title) => `Row ${row}: "${title}" belongs to no criterion and is left out`,
};

export const importMessages = /*#__PURE__*/ bilingual(importVi, importEn);
