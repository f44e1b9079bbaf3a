/**
 * The demo's fictional province: 25 communes scored on the Hải Dương commune
 * template. Each commune is described by what it should show (its total and
 * its weak fields); `demo-scores.ts` turns the description into leaf scores.
 * The names are ordinary Vietnamese place names; the province and its
 * figures are invented.
 */

export const DEMO_TEMPLATE_ID = "hai-duong-xa-2022";
export const DEMO_YEAR = 2026;
export const DEMO_SEED = 20260601;

export interface CommuneProfile {
  name: string;
  /** The total score out of 100 the commune must reach exactly. */
  total: number;
  /** Share of the maximum scored on the fields that are not pinned (0–1). */
  level: number;
  /** Field code → exact score, for the weak fields that decide a demotion. */
  pinned?: Readonly<Record<string, number>>;
  /** Last year's rank; null for a commune that was not ranked last year. */
  previousRank: number | null;
  /** What the commune is there to show, for the reader of this file. */
  shows: string;
}

export const communeProfiles: readonly CommuneProfile[] = [
  { name: "Xã Hòa An", total: 95.25, level: 0.95, pinned: { "3": 18.5 }, previousRank: 2, shows: "Hoàn thành xuất sắc, hạng 1, đủ 18,5 điểm lĩnh vực 3" },
  { name: "Xã Yên Đức", total: 92.375, level: 0.92, previousRank: 1, shows: "Hoàn thành xuất sắc" },
  {
    name: "Xã Thạch Khôi",
    total: 89.995,
    level: 0.9,
    previousRank: 6,
    shows: "89,995 điểm làm tròn lên 90,00%: nhóm từ 90%, Hoàn thành xuất sắc",
  },
  {
    name: "Xã Kim Sơn",
    total: 92.5,
    level: 0.95,
    pinned: { "4": 4.5 },
    previousRank: 3,
    shows: "trên 90% nhưng lĩnh vực 4 chỉ 75,00%: Hoàn thành tốt",
  },
  {
    name: "Xã Song Mai",
    total: 90.5,
    level: 0.96,
    pinned: { "7": 7.75 },
    previousRank: 4,
    shows: "trên 90% nhưng lĩnh vực 7 chỉ 67,39%: Hoàn thành nhiệm vụ",
  },
  { name: "Xã Tân Lập", total: 87.25, level: 0.87, previousRank: 9, shows: "Hoàn thành tốt" },
  { name: "Xã Quảng Đức", total: 84.125, level: 0.84, previousRank: 5, shows: "Hoàn thành tốt" },
  { name: "Xã Đông Hưng", total: 82.5, level: 0.82, previousRank: 12, shows: "Hoàn thành tốt" },
  {
    name: "Xã Ân Phú",
    total: 85.5,
    level: 0.85,
    previousRank: 8,
    shows: "đồng hạng với Xã Bình Minh; Â xếp trước B theo thứ tự tiếng Việt",
  },
  { name: "Xã Bình Minh", total: 85.5, level: 0.86, previousRank: 7, shows: "đồng hạng với Xã Ân Phú" },
  { name: "Xã Cẩm Vân", total: 80, level: 0.8, previousRank: 14, shows: "đúng 80,00%: nhóm từ 80% đến dưới 90%, Hoàn thành tốt" },
  {
    name: "Xã Văn Hội",
    total: 83.25,
    level: 0.87,
    pinned: { "7": 8 },
    previousRank: 10,
    shows: "trên 80% nhưng lĩnh vực 7 chỉ 69,57%: Hoàn thành nhiệm vụ",
  },
  {
    name: "Xã Đắc Sơn",
    total: 81.75,
    level: 0.86,
    pinned: { "6": 3.5 },
    previousRank: 11,
    shows: "trên 80% nhưng lĩnh vực 6 đúng 50,00%: Hoàn thành nhiệm vụ",
  },
  {
    name: "Xã Trường Xuân",
    total: 80.625,
    level: 0.83,
    pinned: { "4": 4 },
    previousRank: 13,
    shows: "trên 80% nhưng lĩnh vực 4 chỉ 66,67%: Hoàn thành nhiệm vụ",
  },
  { name: "Xã Dương Liễu", total: 76.5, level: 0.76, previousRank: 15, shows: "Hoàn thành nhiệm vụ; D xếp trước Đ" },
  { name: "Xã Mỹ Lộc", total: 72.875, level: 0.73, previousRank: 18, shows: "Hoàn thành nhiệm vụ" },
  { name: "Xã Phúc Thành", total: 68.25, level: 0.68, previousRank: 16, shows: "Hoàn thành nhiệm vụ" },
  {
    name: "Xã Đại Đồng",
    total: 70.25,
    level: 0.7,
    previousRank: 17,
    shows: "đồng hạng với Xã Hà Thanh; Đ xếp trước H theo thứ tự tiếng Việt",
  },
  { name: "Xã Hà Thanh", total: 70.25, level: 0.71, previousRank: 20, shows: "đồng hạng với Xã Đại Đồng" },
  { name: "Xã Nghĩa Đàn", total: 65, level: 0.65, previousRank: 19, shows: "đúng 65,00%: nhóm từ 65% đến dưới 80%, Hoàn thành nhiệm vụ" },
  {
    name: "Xã Quang Khải",
    total: 74.5,
    level: 0.78,
    pinned: { "6": 2.5 },
    previousRank: 21,
    shows: "từ 65% đến dưới 80% nhưng lĩnh vực 6 chỉ 35,71%: Không hoàn thành nhiệm vụ",
  },
  {
    name: "Thị trấn Minh Sơn",
    total: 70.125,
    level: 0.74,
    pinned: { "6": 3 },
    previousRank: 22,
    shows: "từ 65% đến dưới 80% nhưng lĩnh vực 6 chỉ 42,86%: Không hoàn thành nhiệm vụ",
  },
  { name: "Xã Lâm Hà", total: 62.125, level: 0.62, previousRank: 23, shows: "dưới 65%: Không hoàn thành nhiệm vụ" },
  { name: "Xã An Lạc", total: 58.5, level: 0.58, previousRank: 24, shows: "dưới 65%: Không hoàn thành nhiệm vụ" },
  { name: "Xã Hợp Tiến", total: 55.75, level: 0.56, previousRank: null, shows: "dưới 65%; năm trước chưa xếp hạng (mới sáp nhập)" },
];
