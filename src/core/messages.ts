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

const num = (value: unknown, lang: Lang): string =>
  typeof value === "number" ? (lang === "vi" ? formatDecimalVi(value) : String(value)) : (JSON.stringify(value) ?? String(value));

/**
 * A cell value as the user would recognise it: text as typed, an Excel error
 * object (CustomFunctions.Error and the like carry `code: "#N/A"`) by its code.
 */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const { type, basicValue } = value as { type?: unknown; basicValue?: unknown };
  if (type === "Error" && typeof basicValue === "string") return basicValue; // an error cell as Excel passes it
  const code = (value as { code?: unknown; errorCode?: unknown }).code ?? (value as { errorCode?: unknown }).errorCode;
  if (typeof code === "string") return code;
  return JSON.stringify(value) ?? String(value);
}

/** Issues about one score of one unit. */
export const scoreMessages = {
  aboveMax: (code: string, value: number, max: number): Bilingual => ({
    vi: `Tiêu chí ${code}: điểm ${num(value, "vi")} vượt điểm tối đa ${num(max, "vi")}`,
    en: `Criterion ${code}: score ${num(value, "en")} exceeds the maximum ${num(max, "en")}`,
  }),
  negative: (code: string, value: number): Bilingual => ({
    vi: `Tiêu chí ${code}: điểm ${num(value, "vi")} là số âm; điểm phải từ 0 trở lên`,
    en: `Criterion ${code}: score ${num(value, "en")} is negative; scores start at 0`,
  }),
  notALevel: (code: string, value: number, levels: readonly number[]): Bilingual => ({
    vi: `Tiêu chí ${code}: điểm ${num(value, "vi")} không thuộc các mức cho phép (${levels.map((l) => num(l, "vi")).join("; ")})`,
    en: `Criterion ${code}: score ${num(value, "en")} is not one of the allowed levels (${levels.map((l) => num(l, "en")).join(", ")})`,
  }),
  notANumber: (code: string, value: unknown): Bilingual => ({
    vi: `Tiêu chí ${code}: "${describeValue(value)}" là chữ, không phải số; hãy nhập lại điểm dưới dạng số`,
    en: `Criterion ${code}: "${describeValue(value)}" is text, not a number; enter the score as a number`,
  }),
  notALeaf: (code: string): Bilingual => ({
    vi: `Tiêu chí ${code} có tiêu chí thành phần; chỉ chấm điểm ở tiêu chí thành phần, điểm của ${code} được cộng tự động`,
    en: `Criterion ${code} has sub-criteria; score the sub-criteria, ${code} is their sum`,
  }),
  unknownCode: (code: string): Bilingual => ({
    vi: `Mã tiêu chí ${code} không có trong bộ tiêu chí; kiểm tra lại mã`,
    en: `Code ${code} is not in the criteria template; check the code`,
  }),
  missing: (code: string): Bilingual => ({
    vi: `Tiêu chí ${code} chưa có điểm; được tính là 0`,
    en: `Criterion ${code} has no score; counted as 0`,
  }),
  scoredAndNotAssessed: (code: string, value: unknown): Bilingual => ({
    vi: `Tiêu chí ${code} vừa có điểm ${typeof value === "number" ? num(value, "vi") : `"${describeValue(value)}"`} vừa được ghi là không đánh giá (KĐG); xóa điểm hoặc bỏ KĐG`,
    en: `Criterion ${code} has a score ${typeof value === "number" ? num(value, "en") : `"${describeValue(value)}"`} and is also marked not assessed (KĐG); remove one of them`,
  }),
  unknownNotAssessed: (code: string): Bilingual => ({
    vi: `Mã ${code} trong danh sách không đánh giá (KĐG) không có trong bộ tiêu chí; kiểm tra lại mã`,
    en: `Code ${code} in the not-assessed (KĐG) list is not in the criteria template; check the code`,
  }),
  clamped: (raw: number, to: number): Bilingual => ({
    vi: `Tổng điểm sau khi cộng điểm thưởng và trừ điểm trừ là ${num(raw, "vi")}, ngoài khoảng từ 0 đến điểm tối đa; được tính là ${num(to, "vi")}`,
    en: `The total after bonus and penalty points is ${num(raw, "en")}, outside 0 to the maximum; counted as ${num(to, "en")}`,
  }),
  nothingAssessed: (): Bilingual => ({
    vi: "Mọi tiêu chí đều được ghi là không đánh giá (KĐG); không tính được Chỉ số",
    en: "Every criterion is marked not assessed (KĐG); no index can be computed",
  }),
  duplicateUnit: (name: string, other: string): Bilingual => ({
    vi: `Đơn vị "${name}" trùng với "${other}" (khác nhau chỉ ở chữ hoa, khoảng trắng hoặc dạng Unicode); mỗi đơn vị chỉ được có một dòng`,
    en: `Unit "${name}" is the same as "${other}" (they differ only in case, spacing or Unicode form); give each unit once`,
  }),
  emptyUnitName: (index: number): Bilingual => ({
    vi: `Đơn vị thứ ${index + 1} không có tên`,
    en: `Unit ${index + 1} has no name`,
  }),
  // Hardening: a name holding a control or invisible character.
  hiddenCharacter: (name: string, label: string, position: number): Bilingual => ({
    vi: `Tên đơn vị "${name}" có ký tự ẩn hoặc ký tự điều khiển ${label} ở vị trí ${position} (thường do chép từ trang web, Word hay Zalo); hãy gõ lại tên đó`,
    en: `Unit name "${name}" holds the hidden or control character ${label} at position ${position} (often copied from a web page, Word or Zalo); type the name again`,
  }),
  // Hardening: a name longer than a cell and a sentence can carry.
  unitNameTooLong: (index: number, start: string, length: number, max: number): Bilingual => ({
    vi: `Tên đơn vị thứ ${index + 1} ("${start}…") dài ${length} ký tự, quá ${max} ký tự cho phép; hãy rút gọn tên (có thể đã dán nhầm cả đoạn văn vào ô tên)`,
    en: `Unit ${index + 1}'s name ("${start}…") is ${length} characters long, over the ${max} allowed; shorten it (a whole paragraph may have been pasted into the name)`,
  }),
};

/** Problems in a template file, each naming its path. */
export const templateMessages = {
  required: (path: string): Bilingual => ({ vi: `${path}: bắt buộc nhưng đang thiếu`, en: `${path}: is required` }),
  wrongType: (path: string, expected: string): Bilingual => ({
    vi: `${path}: phải là ${typeNamesVi[expected] ?? expected}`,
    en: `${path}: must be ${typeNamesEn[expected] ?? expected}`,
  }),
  badId: (path: string): Bilingual => ({
    vi: `${path}: chỉ gồm chữ thường không dấu, chữ số và dấu "-" (ví dụ hai-duong-xa-2022)`,
    en: `${path}: use lowercase letters, digits and "-" only (e.g. hai-duong-xa-2022)`,
  }),
  badCode: (path: string): Bilingual => ({
    vi: `${path}: mã phải là các số cách nhau bởi dấu chấm (ví dụ 1.2.3)`,
    en: `${path}: a code is numbers separated by dots (e.g. 1.2.3)`,
  }),
  tooSmall: (path: string, min: number | string): Bilingual => ({
    vi: `${path}: phải từ ${min} trở lên (hoặc không được để trống)`,
    en: `${path}: must be at least ${min} (or must not be empty)`,
  }),
  tooBig: (path: string, max: number | string): Bilingual => ({
    vi: `${path}: không được lớn hơn ${max}`,
    en: `${path}: must be at most ${max}`,
  }),
  notInteger: (path: string): Bilingual => ({ vi: `${path}: phải là số nguyên`, en: `${path}: must be a whole number` }),
  unknownKey: (path: string, keys: string[]): Bilingual => ({
    vi: `${path}: khóa không được hỗ trợ: ${keys.join(", ")}`,
    en: `${path}: unsupported key(s): ${keys.join(", ")}`,
  }),
  invalid: (path: string): Bilingual => ({ vi: `${path}: giá trị không hợp lệ`, en: `${path}: invalid value` }),
  // Hardening: a text longer than an Excel cell can take.
  textTooLong: (path: string, max: number): Bilingual => ({
    vi: `${path}: dài quá ${max} ký tự, không ghi được vào một ô Excel; hãy rút gọn (để phần giải thích dài trong tài liệu riêng)`,
    en: `${path}: longer than ${max} characters, more than one Excel cell can hold; shorten it (keep long explanations in a separate document)`,
  }),
  duplicateCode: (path: string, code: string, other: string): Bilingual => ({
    vi: `${path}: mã ${code} bị trùng với ${other}`,
    en: `${path}: code ${code} is already used at ${other}`,
  }),
  childCode: (path: string, code: string, parent: string): Bilingual => ({
    vi: `${path}: mã ${code} phải có dạng ${parent}.<số> vì là tiêu chí con của ${parent}`,
    en: `${path}: code ${code} must be ${parent}.<number> as a child of ${parent}`,
  }),
  fieldCode: (path: string, code: string): Bilingual => ({
    vi: `${path}: mã lĩnh vực ${code} phải là một số (ví dụ 1, 2, 3)`,
    en: `${path}: field code ${code} must be a single number (e.g. 1, 2, 3)`,
  }),
  maxSum: (path: string, max: number, sum: number): Bilingual => ({
    vi: `${path}: điểm tối đa ${num(max, "vi")} khác tổng điểm tối đa của các tiêu chí con ${num(sum, "vi")}`,
    en: `${path}: maximum ${max} differs from the sum of its children's maxima ${sum}`,
  }),
  levelRange: (path: string, level: number, max: number): Bilingual => ({
    vi: `${path}: mức điểm ${num(level, "vi")} phải nằm trong khoảng 0 đến ${num(max, "vi")}`,
    en: `${path}: level ${level} must lie between 0 and ${max}`,
  }),
  levelsOnParent: (path: string): Bilingual => ({
    vi: `${path}: chỉ tiêu chí không có tiêu chí con mới được khai báo mức điểm`,
    en: `${path}: only criteria without children may list levels`,
  }),
  classifiedOnChild: (path: string): Bilingual => ({
    vi: `${path}: "classified" chỉ dùng cho lĩnh vực (cấp cao nhất)`,
    en: `${path}: "classified" applies to fields (top level) only`,
  }),
  kindOnChild: (path: string): Bilingual => ({
    vi: `${path}: "kind" (điểm thưởng, điểm trừ) chỉ dùng cho nội dung cấp cao nhất`,
    en: `${path}: "kind" (bonus or penalty points) applies to top-level nodes only`,
  }),
  thresholdIncreases: (path: string, key: string, value: number, previous: number): Bilingual => ({
    vi: `${path}.${key}: ngưỡng ${num(value, "vi")} lớn hơn ngưỡng ${num(previous, "vi")} của loại đứng trên; các ngưỡng phải giảm dần`,
    en: `${path}.${key}: threshold ${value} is above the ${previous} of the class before it; thresholds must not increase down the list`,
  }),
  noLeaves: (): Bilingual => ({
    vi: "fields: bộ tiêu chí không có tiêu chí nào để chấm điểm",
    en: "fields: the template has no criteria to score",
  }),
  zeroTotal: (): Bilingual => ({
    vi: "fields: tổng điểm tối đa (không kể điểm thưởng, điểm trừ) phải lớn hơn 0",
    en: "fields: the total maximum (without bonus and penalty points) must be greater than 0",
  }),
  notJson: (detail: string): Bilingual => ({
    vi: `Tệp bộ tiêu chí không phải JSON hợp lệ: ${detail}`,
    en: `The template file is not valid JSON: ${detail}`,
  }),
  // Hardening: bounds of a template.
  tooDeep: (path: string, limit: number): Bilingual => ({
    vi: `${path}: bộ tiêu chí lồng quá ${limit} cấp (lĩnh vực, tiêu chí, tiêu chí con…); hãy kiểm tra lại tệp`,
    en: `${path}: the template nests more than ${limit} levels (field, criterion, sub-criterion…); check the file`,
  }),
};

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

/** "tăng 3 bậc" / "giảm 2 bậc" / "giữ nguyên"; empty when there is no previous rank. */
export function rankChangeText(change: number | null, lang: Lang): string {
  if (change === null) return "";
  if (change > 0) return lang === "vi" ? `tăng ${change} bậc` : `up ${change}`;
  if (change < 0) return lang === "vi" ? `giảm ${-change} bậc` : `down ${-change}`;
  return lang === "vi" ? "giữ nguyên" : "unchanged";
}

/** The ranges a PAR.* cell function reads, named in its messages. */
export const functionRangeNames = {
  scores: { vi: "điểm", en: "scores" },
  maxima: { vi: "điểm tối đa", en: "maxima" },
  codes: { vi: "mã tiêu chí", en: "codes" },
  prefix: { vi: "tiền tố mã", en: "code prefix" },
  rules: { vi: "bảng xếp loại", en: "class rules" },
  bands: { vi: "bảng nhóm", en: "bands" },
  totalPercent: { vi: "tỷ lệ tổng", en: "total percentage" },
  fieldPercents: { vi: "tỷ lệ lĩnh vực", en: "field percentages" },
  value: { vi: "giá trị", en: "value" },
  kinds: { vi: "loại (điểm thưởng, điểm trừ)", en: "kinds (bonus, penalty)" },
} satisfies Record<string, Bilingual>;

export interface RangeSize {
  name: Bilingual;
  rows: number;
  columns: number;
}

const sizeText = (range: RangeSize, lang: Lang): string =>
  lang === "vi" ? `${range.name.vi} ${range.rows} dòng × ${range.columns} cột` : `${range.name.en} ${range.rows} row(s) × ${range.columns} column(s)`;

/** Why a PAR.* cell function returns an error instead of a figure. */
export const functionMessages = {
  rangeSizes: (ranges: readonly RangeSize[]): Bilingual => ({
    vi: `Các vùng phải cùng kích thước: ${ranges.map((r) => sizeText(r, "vi")).join("; ")}`,
    en: `The ranges must have the same size: ${ranges.map((r) => sizeText(r, "en")).join("; ")}`,
  }),
  maxNotANumber: (code: string, value: unknown): Bilingual => ({
    vi: `Tiêu chí ${code}: điểm tối đa "${describeValue(value)}" không phải là số`,
    en: `Criterion ${code}: the maximum "${describeValue(value)}" is not a number`,
  }),
  negativeMax: (code: string, max: number): Bilingual => ({
    vi: `Tiêu chí ${code}: điểm tối đa ${num(max, "vi")} là số âm`,
    en: `Criterion ${code}: the maximum ${num(max, "en")} is negative`,
  }),
  duplicateCode: (code: string): Bilingual => ({
    vi: `Mã tiêu chí ${code} xuất hiện nhiều lần trong vùng mã; mỗi tiêu chí chỉ được một dòng`,
    en: `Code ${code} appears more than once in the codes; give each criterion one row`,
  }),
  noSuchCode: (prefix: string): Bilingual => ({
    vi: `Không có tiêu chí nào có mã ${prefix} hoặc bắt đầu bằng ${prefix}.`,
    en: `No criterion has the code ${prefix} or starts with ${prefix}.`,
  }),
  zeroMax: (prefix: string | null): Bilingual => ({
    vi: `Điểm tối đa ${prefix === null ? "của bộ tiêu chí" : `của ${prefix}`} bằng 0; không tính được tỷ lệ phần trăm`,
    en: `The maximum ${prefix === null ? "of the criteria" : `of ${prefix}`} is 0; no percentage can be computed`,
  }),
  badDecimals: (value: unknown): Bilingual => ({
    vi: `Số chữ số thập phân phải là số nguyên từ 0 đến 4, không phải "${describeValue(value)}"`,
    en: `The number of decimals must be a whole number from 0 to 4, not "${describeValue(value)}"`,
  }),
  notANumber: (name: Bilingual, value: unknown): Bilingual => ({
    vi: `Ô ${name.vi} "${describeValue(value)}" không phải là số`,
    en: `The ${name.en} "${describeValue(value)}" is not a number`,
  }),
  notASingleCell: (name: Bilingual): Bilingual => ({
    vi: `Ô ${name.vi} phải là một ô, không phải một vùng nhiều ô`,
    en: `The ${name.en} must be one cell, not a range`,
  }),
  tableColumns: (name: Bilingual, expected: number, actual: number): Bilingual => ({
    vi: `Vùng ${name.vi} phải có ${expected} cột, đang có ${actual} cột`,
    en: `The ${name.en} range must have ${expected} columns, not ${actual}`,
  }),
  emptyTable: (name: Bilingual): Bilingual => ({
    vi: `Vùng ${name.vi} không có dòng nào có nhãn`,
    en: `The ${name.en} range has no labelled row`,
  }),
  badThreshold: (name: Bilingual, label: string, value: unknown): Bilingual => ({
    vi: `Vùng ${name.vi}, dòng "${label}": ngưỡng "${describeValue(value)}" phải là số từ 0 đến 100 (hoặc tỷ lệ từ 0 đến 1)`,
    en: `The ${name.en} range, row "${label}": the threshold "${describeValue(value)}" must be a number from 0 to 100 (or a fraction from 0 to 1)`,
  }),
  unknownKind: (code: string, value: unknown): Bilingual => ({
    vi: `Tiêu chí ${code}: loại "${describeValue(value)}" không rõ; ghi "Điểm thưởng", "Điểm trừ" hoặc để trống`,
    en: `Criterion ${code}: the kind "${describeValue(value)}" is unknown; write "Điểm thưởng" (bonus), "Điểm trừ" (penalty) or leave it blank`,
  }),
  notRanked: (value: number): Bilingual => ({
    vi: `Giá trị ${num(value, "vi")} không có trong danh sách xếp hạng`,
    en: `The value ${num(value, "en")} is not in the list being ranked`,
  }),
  // Cells that show an error (Excel passes them since functions.json allows errors).
  errorCell: (name: Bilingual, error: string): Bilingual => ({
    vi: `Ô ${name.vi} đang báo lỗi ${error}; hãy sửa ô đó trước`,
    en: `The ${name.en} cell shows ${error}; correct that cell first`,
  }),
  scoreErrorCell: (code: string, error: string): Bilingual => ({
    vi: `Tiêu chí ${code}: ô điểm đang báo lỗi ${error}; hãy sửa ô đó trước`,
    en: `Criterion ${code}: the score cell shows ${error}; correct that cell first`,
  }),
};

/** How a criteria table read from a sheet or a text file falls short; every message names the sheet row. */
export const importMessages = {
  maxSum: (row: number, depth: number, label: string, max: number, sum: number): Bilingual =>
    depth === 0
      ? {
          vi: `Dòng ${row}: lĩnh vực ${label} có điểm tối đa ${num(max, "vi")} nhưng các tiêu chí cộng lại ${num(sum, "vi")}`,
          en: `Row ${row}: field ${label} has a maximum of ${num(max, "en")} but its criteria add up to ${num(sum, "en")}`,
        }
      : {
          vi: `Dòng ${row}: tiêu chí ${label} có điểm tối đa ${num(max, "vi")} nhưng các tiêu chí thành phần cộng lại ${num(sum, "vi")}`,
          en: `Row ${row}: criterion ${label} has a maximum of ${num(max, "en")} but its sub-criteria add up to ${num(sum, "en")}`,
        },
  duplicateNumber: (row: number, label: string, firstRow: number): Bilingual => ({
    vi: `Dòng ${row}: số thứ tự ${label} trùng với dòng ${firstRow}; sửa lại số thứ tự`,
    en: `Row ${row}: number ${label} repeats row ${firstRow}; correct the numbering`,
  }),
  pointsNotANumber: (row: number, text: string): Bilingual => ({
    vi: `Dòng ${row}: điểm tối đa "${text}" không phải là số; ghi điểm bằng số, ví dụ 1,5`,
    en: `Row ${row}: the maximum "${text}" is not a number; write it as a number, e.g. 1.5`,
  }),
  undecidedLevel: (row: number, title: string): Bilingual => ({
    vi: `Dòng ${row}: không xác định được cấp của dòng "${title}" (không có số thứ tự, không thụt lề hay in đậm khác dòng trên); thêm số thứ tự (ví dụ 2.1 hoặc a)) rồi đọc lại`,
    en: `Row ${row}: cannot tell the level of "${title}" (no number, and no indent or bold that sets it apart); number it (e.g. 2.1 or a)) and read again`,
  }),
  wrongParent: (row: number, label: string, parentLabel: string, parentRow: number): Bilingual => ({
    vi: `Dòng ${row}: số ${label} không thuộc mục ${parentLabel} (dòng ${parentRow}) đứng trên; kiểm tra số thứ tự`,
    en: `Row ${row}: number ${label} does not belong under ${parentLabel} (row ${parentRow}) above it; check the numbering`,
  }),
  missingMax: (row: number, label: string): Bilingual => ({
    vi: `Dòng ${row}: tiêu chí ${label} chưa có điểm tối đa; ghi điểm vào cột điểm tối đa`,
    en: `Row ${row}: criterion ${label} has no maximum; write it in the maximum column`,
  }),
  missingTitle: (row: number, label: string): Bilingual => ({
    vi: `Dòng ${row}: mục ${label} chưa có nội dung; ghi tên tiêu chí vào cột nội dung`,
    en: `Row ${row}: item ${label} has no title; write the criterion in the title column`,
  }),
  footerSum: (row: number, footer: number, sum: number): Bilingual => ({
    vi: `Dòng ${row}: dòng tổng cộng ghi ${num(footer, "vi")} điểm nhưng các lĩnh vực cộng lại ${num(sum, "vi")}; sửa cho khớp`,
    en: `Row ${row}: the total row says ${num(footer, "en")} points but the fields add up to ${num(sum, "en")}; make them agree`,
  }),
  noHeader: (): Bilingual => ({
    vi: "Không tìm thấy dòng tiêu đề của bảng tiêu chí: cần một dòng có cột Tiêu chí (hoặc Nội dung) và cột Điểm tối đa (hoặc Điểm chuẩn, Thang điểm)",
    en: "No header row of a criteria table found: a row needs a Tiêu chí (or Nội dung) column and an Điểm tối đa (or Điểm chuẩn, Thang điểm) column",
  }),
  noCriteria: (row: number): Bilingual => ({
    vi: `Không có tiêu chí nào dưới dòng tiêu đề (dòng ${row}); dán bảng tiêu chí vào dưới dòng tiêu đề`,
    en: `No criteria under the header (row ${row}); paste the criteria table under the header`,
  }),
  derivedMax: (row: number, depth: number, label: string, sum: number): Bilingual => ({
    vi: `Dòng ${row}: ${depth === 0 ? "lĩnh vực" : "tiêu chí"} ${label} không ghi điểm tối đa; lấy tổng của các mục con: ${num(sum, "vi")}`,
    en: `Row ${row}: ${depth === 0 ? "field" : "criterion"} ${label} has no maximum; the sum of its items is used: ${num(sum, "en")}`,
  }),
  skippedNumber: (row: number, label: string, previous: string | null): Bilingual => ({
    vi: `Dòng ${row}: số thứ tự ${label} đứng sau ${previous ?? "một mục không đánh số"}, bỏ qua số ở giữa; mã giữ theo số của quyết định`,
    en: `Row ${row}: number ${label} follows ${previous ?? "an unnumbered item"}, skipping a number; the code keeps the decision's number`,
  }),
  levelRows: (row: number, label: string, levels: readonly number[]): Bilingual => ({
    vi: `Dòng ${row}: các dòng dưới tiêu chí ${label} được đọc là các mức điểm (${levels.map((l) => num(l, "vi")).join("; ")}), không phải tiêu chí thành phần`,
    en: `Row ${row}: the rows under criterion ${label} are read as its scoring levels (${levels.map((l) => num(l, "en")).join(", ")}), not as sub-criteria`,
  }),
  levelAboveMax: (row: number, level: number, max: number): Bilingual => ({
    vi: `Dòng ${row}: mức điểm ${num(level, "vi")} lớn hơn điểm tối đa ${num(max, "vi")} của tiêu chí; sửa mức điểm hoặc điểm tối đa`,
    en: `Row ${row}: the level ${num(level, "en")} is above the criterion's maximum ${num(max, "en")}; correct the level or the maximum`,
  }),
  splitBonusPenalty: (row: number, label: string, codes: readonly string[]): Bilingual => ({
    vi: `Dòng ${row}: mục ${label} gồm cả điểm thưởng và điểm trừ nên được tách thành các mục ${codes.join(", ")} (điểm thưởng, điểm trừ), nằm ngoài tổng điểm tối đa`,
    en: `Row ${row}: item ${label} holds both bonus and penalty points, so it is split into items ${codes.join(", ")} (bonus, penalty), outside the total maximum`,
  }),
  mixedBonusPenalty: (row: number, label: string): Bilingual => ({
    vi: `Dòng ${row}: mục ${label} gộp cả điểm thưởng và điểm trừ; tách thành hai mục con "Điểm thưởng" và "Điểm trừ", mỗi mục có điểm tối đa, rồi đọc lại`,
    en: `Row ${row}: item ${label} mixes bonus and penalty points; split it into two items "Điểm thưởng" and "Điểm trừ", each with its maximum, and read again`,
  }),
  signedPoints: (row: number, text: string): Bilingual => ({
    vi: `Dòng ${row}: điểm tối đa "${text}" có dấu; chỉ điểm thưởng, điểm trừ mới ghi dấu + hoặc -; ghi điểm tối đa là số dương`,
    en: `Row ${row}: the maximum "${text}" has a sign; only bonus and penalty points are written with + or -; write the maximum as a positive number`,
  }),
  badLevels: (row: number, text: string, max: number): Bilingual => ({
    vi: `Dòng ${row}: mức điểm cho phép "${text}" phải là các số từ 0 đến ${num(max, "vi")} cách nhau bởi dấu chấm phẩy, ví dụ 1; 0,5; 0`,
    en: `Row ${row}: the allowed levels "${text}" must be numbers from 0 to ${num(max, "en")} separated by semicolons, e.g. 1; 0.5; 0`,
  }),
  orphanText: (row: number, title: string): Bilingual => ({
    vi: `Dòng ${row}: dòng "${title}" không thuộc tiêu chí nào nên được bỏ qua`,
    en: `Row ${row}: "${title}" belongs to no criterion and is left out`,
  }),
};
