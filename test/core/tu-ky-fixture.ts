/**
 * Seven communes on the Hải Dương 2022 set, shaped after the Tứ Kỳ 2022
 * report: Cộng Lạc over 80% with e-government at 69,47%, Đại Sơn with
 * organisation at 66,67%, Tứ Kỳ town with public finance at 50%, Tiên Động
 * (finance 35,71%) and Quang Phục (42,86%) in 65–80%.
 */
import type { UnitInput } from "../../src/core/scoring";

const unit = (name: string, s: number[], previousRank: number | null = null): UnitInput => ({
  name,
  previousRank,
  scores: { "1": s[0], "2": s[1], "3": s[2], "4": s[3], "5": s[4], "6": s[5], "7": s[6], "8.1": s[7], "8.2": s[8], "8.3": s[9] },
});

export const tuKyUnits: UnitInput[] = [
  unit("Xã Cộng Lạc", [14, 5, 17, 5.5, 10, 6.5, 7.989, 2, 12.5, 8.5], 6),
  unit("Xã Đại Sơn", [14, 5, 17, 4, 10, 6.5, 10, 2, 12, 8.5]),
  unit("Thị trấn Tứ Kỳ", [14, 5, 17, 5.5, 10, 3.5, 10, 2, 12, 8]),
  unit("Xã Tiên Động", [12, 4, 14, 5, 8, 2.5, 8, 1.5, 10, 7], 5),
  unit("Xã Quang Phục", [12, 4, 14, 5, 8, 3, 8, 1.5, 10, 7]),
  unit("Xã Quang Trung", [15, 5, 18, 6, 11, 7, 11, 2, 13, 9.5], 1),
  unit("Xã Ngọc Kỳ", [13, 4.5, 16, 5, 9, 6, 9, 2, 11, 8]),
];
