/**
 * Labels of the annex sheets, one dictionary per language. The key headers
 * (Đơn vị, Chỉ số (%), Xếp hạng, Xếp loại) stay Vietnamese in both.
 */
import { formatDecimalVi } from "../core/decimal";
import type { Lang } from "../core/messages";

export interface AnnexText {
  rankingTitle: (year: number | null) => string;
  classificationTitle: (year: number | null) => string;
  fieldsTitle: (year: number | null) => string;
  reportTitle: (year: number | null) => string;
  stt: string;
  unit: string;
  field: (code: string) => string;
  score: string;
  percent: string;
  total: string;
  index: string;
  rank: string;
  previousRank: string;
  change: string;
  band: string;
  classLabel: string;
  count: string;
  members: string;
  weakestField: string;
  weakestPercent: string;
  reason: string;
  code: string;
  fieldTitle: string;
  max: string;
  best: string;
  worst: string;
  average: string;
  belowCount: (threshold: number) => string;
  belowUnits: (threshold: number) => string;
  fieldPercent: (code: string) => string;
  fieldRank: (code: string) => string;
  chartTitle: string;
  /** Scoring model: bonus and penalty columns, the applicable maximum, a field not assessed. */
  bonus: string;
  penalty: string;
  applicableMax: string;
  notAssessed: string;
  /** PL4, the self-assessment beside the appraisal. */
  comparisonTitle: (year: number | null) => string;
  selfTotal: string;
  selfIndex: string;
  appraisedTotal: string;
  appraisedIndex: string;
  difference: string;
  indexDifference: string;
  changedCount: string;
  largestDifferences: string;
  /** "1.2: tự chấm 3, thẩm định 1 (−2)" */
  criterionDifference: (code: string, self: number, appraised: number, difference: number) => string;
  explanation: (text: string) => string;
}

const year = (prefix: string, value: number | null): string => (value ? `${prefix} năm ${value}` : prefix);
const yearEn = (prefix: string, value: number | null): string => (value ? `${prefix} ${value}` : prefix);

const vi: AnnexText = {
  rankingTitle: (y) => year("Phụ lục 1: Kết quả xếp hạng Chỉ số cải cách hành chính", y),
  classificationTitle: (y) => year("Phụ lục 2: Kết quả xếp loại", y),
  fieldsTitle: (y) => year("Phụ lục 3: Chỉ số thành phần theo lĩnh vực", y),
  reportTitle: (y) => year("Báo cáo kết quả Chỉ số cải cách hành chính", y),
  stt: "STT",
  unit: "Đơn vị",
  field: (code) => `Lĩnh vực ${code}`,
  score: "Điểm",
  percent: "Tỷ lệ (%)",
  total: "Tổng điểm",
  index: "Chỉ số (%)",
  rank: "Xếp hạng",
  previousRank: "Xếp hạng năm trước",
  change: "Thay đổi",
  band: "Nhóm",
  classLabel: "Xếp loại",
  count: "Số đơn vị",
  members: "Các đơn vị",
  weakestField: "Lĩnh vực thấp nhất",
  weakestPercent: "Tỷ lệ lĩnh vực thấp nhất (%)",
  reason: "Lý do xếp loại thấp hơn",
  code: "Mã",
  fieldTitle: "Lĩnh vực",
  max: "Điểm tối đa",
  best: "Cao nhất (%)",
  worst: "Thấp nhất (%)",
  average: "Trung bình (%)",
  belowCount: (t) => `Số đơn vị dưới ${t}%`,
  belowUnits: (t) => `Các đơn vị dưới ${t}%`,
  fieldPercent: (code) => `LV ${code} (%)`,
  fieldRank: (code) => `LV ${code} – Xếp hạng`,
  chartTitle: "Chỉ số cải cách hành chính theo đơn vị (%)",
  bonus: "Điểm thưởng",
  penalty: "Điểm trừ",
  applicableMax: "Điểm tối đa áp dụng",
  notAssessed: "—",
  comparisonTitle: (y) => year("Phụ lục 4: So sánh điểm tự chấm và điểm thẩm định", y),
  selfTotal: "Tổng điểm tự chấm",
  selfIndex: "Chỉ số tự chấm (%)",
  appraisedTotal: "Tổng điểm thẩm định",
  appraisedIndex: "Chỉ số thẩm định (%)",
  difference: "Chênh lệch điểm (thẩm định − tự chấm)",
  indexDifference: "Chênh lệch chỉ số (%)",
  changedCount: "Số tiêu chí thay đổi",
  largestDifferences: "Tiêu chí chênh lệch nhiều nhất (giải trình của đơn vị)",
  criterionDifference: (code, self, appraised, difference) =>
    `${code}: tự chấm ${formatDecimalVi(self)}, thẩm định ${formatDecimalVi(appraised)} (${difference > 0 ? "+" : ""}${formatDecimalVi(difference)})`,
  explanation: (text) => `Giải trình: ${text}`,
};

const en: AnnexText = {
  rankingTitle: (y) => yearEn("Annex 1: Administrative Reform Index ranking", y),
  classificationTitle: (y) => yearEn("Annex 2: Classification", y),
  fieldsTitle: (y) => yearEn("Annex 3: Field indexes", y),
  reportTitle: (y) => yearEn("Administrative Reform Index report", y),
  stt: "No.",
  unit: "Đơn vị",
  field: (code) => `Field ${code}`,
  score: "Score",
  percent: "Percent (%)",
  total: "Total score",
  index: "Chỉ số (%)",
  rank: "Xếp hạng",
  previousRank: "Last year's rank",
  change: "Change",
  band: "Band",
  classLabel: "Xếp loại",
  count: "Units",
  members: "Members",
  weakestField: "Weakest field",
  weakestPercent: "Weakest field (%)",
  reason: "Why classed lower",
  code: "Mã",
  fieldTitle: "Field",
  max: "Maximum",
  best: "Best (%)",
  worst: "Worst (%)",
  average: "Average (%)",
  belowCount: (t) => `Units under ${t}%`,
  belowUnits: (t) => `Under ${t}%`,
  fieldPercent: (code) => `Field ${code} (%)`,
  fieldRank: (code) => `Field ${code} rank`,
  chartTitle: "Administrative Reform Index by unit (%)",
  bonus: "Bonus points",
  penalty: "Penalty points",
  applicableMax: "Applicable maximum",
  notAssessed: "—",
  comparisonTitle: (y) => yearEn("Annex 4: Self-assessment and appraisal compared", y),
  selfTotal: "Self-assessed total",
  selfIndex: "Self-assessed index (%)",
  appraisedTotal: "Appraised total",
  appraisedIndex: "Appraised index (%)",
  difference: "Difference (appraised − self)",
  indexDifference: "Index difference (%)",
  changedCount: "Criteria changed",
  largestDifferences: "Largest differences (the unit's explanation)",
  criterionDifference: (code, self, appraised, difference) => `${code}: self ${self}, appraised ${appraised} (${difference > 0 ? "+" : ""}${difference})`,
  explanation: (text) => `Explanation: ${text}`,
};

export const annexText: Record<Lang, AnnexText> = { vi, en };
