/**
 * The PAR.* custom functions as Excel sees them. Their JSDoc is the source of
 * `functions.json` (custom-functions-metadata-plugin); in the webpack build the
 * plugin appends `CustomFunctions.associate("<ID>", <function>)` for each of
 * them to this module, which the task pane page loads (shared runtime).
 * Each one calls the implementation in par-functions.ts and turns its
 * ParError into a `CustomFunctions.Error` with the Vietnamese message.
 *
 * The ids and the order of the arguments are a public contract: saved
 * workbooks call PAR.SCORE(scores, maxima, codes, [prefix]) forever; new
 * arguments only ever come last and optional.
 */
import { parBand, parClassify, parMax, parPercent, parRank, parScore } from "./par-functions";
import { ParErrorCode, ParResult, isParError } from "./par-error";

function errorCode(code: ParErrorCode): CustomFunctions.ErrorCode {
  switch (code) {
    case "#VALUE!":
      return CustomFunctions.ErrorCode.invalidValue;
    case "#N/A":
      return CustomFunctions.ErrorCode.notAvailable;
    case "#DIV/0!":
      return CustomFunctions.ErrorCode.divisionByZero;
  }
}

/** Excel shows a custom message with #VALUE! and #N/A only; it drops the message of #DIV/0!. */
const SHOWS_MESSAGE: ReadonlySet<ParErrorCode> = new Set(["#VALUE!", "#N/A"]);

/** The value for the cell: the figure, or Excel's error with the message in its tooltip where Excel shows one. */
function toCellValue<T>(result: ParResult<T>): T | CustomFunctions.Error {
  if (!isParError(result)) return result;
  return SHOWS_MESSAGE.has(result.error)
    ? new CustomFunctions.Error(errorCode(result.error), result.message)
    : new CustomFunctions.Error(errorCode(result.error));
}

/**
 * Tổng điểm các tiêu chí lá có mã bằng tiền tố hoặc bắt đầu bằng tiền tố và dấu chấm; bỏ trống tiền tố để cộng mọi tiêu chí lá. Ô KĐG không được tính; có cột loại thì cộng điểm thưởng, trừ điểm trừ.
 * @customfunction SCORE
 * @param scores Cột điểm chấm của đơn vị; ô trống được tính là 0, ô KĐG (không đánh giá) bị bỏ qua.
 * @param maxima Cột điểm tối đa, cùng số dòng với cột điểm.
 * @param codes Cột mã tiêu chí (1, 1.1, 1.1.2), ghi dạng văn bản, cùng số dòng.
 * @param prefix Mã lĩnh vực hoặc tiêu chí cần cộng (ví dụ "1" hoặc "1.2"); bỏ trống để lấy tổng chung.
 * @param kinds Cột loại, cùng số dòng: "Điểm thưởng" hoặc "Điểm trừ" ở dòng điểm thưởng, điểm trừ; tổng được giữ trong khoảng 0 đến điểm tối đa.
 * @returns Tổng điểm.
 */
export function score(scores: unknown[][], maxima: unknown[][], codes: unknown[][], prefix?: unknown, kinds?: unknown[][]): number | CustomFunctions.Error {
  return toCellValue(parScore(scores, maxima, codes, prefix ?? null, kinds ?? null));
}

/**
 * Tổng điểm tối đa của các tiêu chí lá có mã bằng tiền tố hoặc bắt đầu bằng tiền tố và dấu chấm; có cột điểm thì bỏ các tiêu chí KĐG (điểm tối đa áp dụng).
 * @customfunction MAX
 * @param maxima Cột điểm tối đa.
 * @param codes Cột mã tiêu chí (1, 1.1, 1.1.2), ghi dạng văn bản, cùng số dòng.
 * @param prefix Mã lĩnh vực hoặc tiêu chí (ví dụ "1"); bỏ trống để lấy tổng điểm tối đa của bộ tiêu chí.
 * @param scores Cột điểm của một đơn vị: tiêu chí ghi KĐG không tính vào điểm tối đa.
 * @param kinds Cột loại: dòng "Điểm thưởng", "Điểm trừ" không tính vào điểm tối đa.
 * @returns Tổng điểm tối đa.
 */
export function max(maxima: unknown[][], codes: unknown[][], prefix?: unknown, scores?: unknown[][], kinds?: unknown[][]): number | CustomFunctions.Error {
  return toCellValue(parMax(maxima, codes, prefix ?? null, scores ?? null, kinds ?? null));
}

/**
 * Tỷ lệ điểm đạt trên điểm tối đa áp dụng (bỏ tiêu chí KĐG), làm tròn nửa lên; định dạng ô 0.00% (54/70 cho 77,14%).
 * @customfunction PERCENT
 * @param scores Cột điểm chấm của đơn vị; ô trống được tính là 0, ô KĐG bị bỏ khỏi cả điểm và điểm tối đa.
 * @param maxima Cột điểm tối đa, cùng số dòng với cột điểm.
 * @param codes Cột mã tiêu chí (1, 1.1, 1.1.2), ghi dạng văn bản, cùng số dòng.
 * @param prefix Mã lĩnh vực hoặc tiêu chí (ví dụ "1"); bỏ trống để tính Chỉ số tổng hợp.
 * @param decimals Số chữ số thập phân của tỷ lệ phần trăm, từ 0 đến 4 (mặc định 2).
 * @param kinds Cột loại: dòng "Điểm thưởng" được cộng, dòng "Điểm trừ" bị trừ, ngoài điểm tối đa.
 * @returns Tỷ lệ dạng phân số (0,7714 là 77,14%); KĐG khi mọi tiêu chí đều không đánh giá.
 */
export function percent(
  scores: unknown[][],
  maxima: unknown[][],
  codes: unknown[][],
  prefix?: unknown,
  decimals?: unknown,
  kinds?: unknown[][],
): number | string | CustomFunctions.Error {
  return toCellValue(parPercent(scores, maxima, codes, prefix ?? null, decimals ?? null, kinds ?? null));
}

/**
 * Xếp loại theo Chỉ số tổng hợp và tỷ lệ của từng lĩnh vực (loại đầu tiên thỏa mọi ngưỡng).
 * @customfunction CLASSIFY
 * @param totalPercent Chỉ số tổng hợp dạng tỷ lệ (0,853 là 85,3%).
 * @param fieldPercents Tỷ lệ của các lĩnh vực dùng để xếp loại; ô KĐG (lĩnh vực không đánh giá) được bỏ qua.
 * @param rules Bảng xếp loại, mỗi dòng: tên loại | ngưỡng chỉ số | ngưỡng mỗi lĩnh vực (90 hoặc 0,9).
 * @param decimals Số chữ số thập phân của tỷ lệ phần trăm khi so sánh, từ 0 đến 4 (mặc định 2).
 * @returns Tên loại; rỗng khi không loại nào phù hợp.
 */
export function classify(totalPercent: unknown, fieldPercents: unknown[][], rules: unknown[][], decimals?: unknown): string | CustomFunctions.Error {
  return toCellValue(parClassify(totalPercent, fieldPercents, rules, decimals ?? null));
}

/**
 * Nhóm của đơn vị theo Chỉ số tổng hợp (nhóm có ngưỡng cao nhất không vượt chỉ số).
 * @customfunction BAND
 * @param totalPercent Chỉ số tổng hợp dạng tỷ lệ (0,853 là 85,3%).
 * @param bands Bảng nhóm, mỗi dòng: tên nhóm | ngưỡng tối thiểu (80 hoặc 0,8).
 * @param decimals Số chữ số thập phân của tỷ lệ phần trăm khi so sánh, từ 0 đến 4 (mặc định 2).
 * @returns Tên nhóm; rỗng khi không nhóm nào phù hợp.
 */
export function band(totalPercent: unknown, bands: unknown[][], decimals?: unknown): string | CustomFunctions.Error {
  return toCellValue(parBand(totalPercent, bands, decimals ?? null));
}

/**
 * Thứ hạng (cao nhất là 1, bằng nhau cùng hạng: 1, 2, 2, 4) sau khi làm tròn tỷ lệ như khi in.
 * @customfunction RANK
 * @param value Tỷ lệ của đơn vị cần xếp hạng.
 * @param values Tỷ lệ của mọi đơn vị.
 * @param decimals Số chữ số thập phân của tỷ lệ phần trăm khi so sánh, từ 0 đến 4 (mặc định 2).
 * @returns Thứ hạng.
 */
export function rank(value: unknown, values: unknown[][], decimals?: unknown): number | CustomFunctions.Error {
  return toCellValue(parRank(value, values, decimals ?? null));
}
