/**
 * Every label the sheet plans write, one dictionary per language. Sheet
 * names and the key column headers (Mã, Đơn vị, Chỉ số (%), Xếp hạng, Xếp
 * loại) are the same in both: formulas and readers rely on them.
 */
import type { Lang } from "../core/messages";

export interface SheetText {
  criteriaTitle: string;
  scoringTitle: (year: number | null) => string;
  configTitle: string;
  code: string;
  content: string;
  max: string;
  levels: string;
  guidance: string;
  total: string;
  fieldPercent: (code: string, title: string) => string;
  index: string;
  band: string;
  classLabel: string;
  rank: string;
  previousRank: string;
  templateId: string;
  templateName: string;
  templateSource: string;
  year: string;
  precision: string;
  totalMax: string;
  classTable: string;
  minTotal: string;
  minField: string;
  bandTable: string;
  bandMin: string;
  levelsTable: string;
  inputPrompt: (max: string) => { title: string; message: string };
  inputError: (max: string) => { title: string; message: string };
  levelPrompt: { title: string; message: string };
  levelError: { title: string; message: string };
  rankPrompt: { title: string; message: string };
  rankError: { title: string; message: string };
}

const vi: SheetText = {
  criteriaTitle: "Bộ tiêu chí xác định Chỉ số cải cách hành chính",
  scoringTitle: (year) => (year ? `Chấm điểm Chỉ số cải cách hành chính năm ${year}` : "Chấm điểm Chỉ số cải cách hành chính"),
  configTitle: "Cấu hình bộ tiêu chí, xếp loại và nhóm",
  code: "Mã",
  content: "Nội dung",
  max: "Điểm tối đa",
  levels: "Mức điểm cho phép",
  guidance: "Hướng dẫn chấm điểm",
  total: "Tổng điểm",
  fieldPercent: (code, title) => `Tỷ lệ lĩnh vực ${code}: ${title}`,
  index: "Chỉ số (%)",
  band: "Nhóm",
  classLabel: "Xếp loại",
  rank: "Xếp hạng",
  previousRank: "Xếp hạng năm trước",
  templateId: "Mã bộ tiêu chí",
  templateName: "Tên bộ tiêu chí",
  templateSource: "Căn cứ",
  year: "Năm đánh giá",
  precision: "Số chữ số thập phân của tỷ lệ",
  totalMax: "Tổng điểm tối đa",
  classTable: "Xếp loại",
  minTotal: "Chỉ số tối thiểu (%)",
  minField: "Mỗi lĩnh vực tối thiểu (%)",
  bandTable: "Nhóm",
  bandMin: "Từ (%)",
  levelsTable: "Mức điểm cho phép theo tiêu chí",
  inputPrompt: (max) => ({ title: "Nhập điểm", message: `Nhập số từ 0 đến ${max} (điểm tối đa ở cột C).` }),
  inputError: (max) => ({ title: "Điểm không hợp lệ", message: `Điểm phải là số từ 0 đến ${max} (điểm tối đa ở cột C).` }),
  levelPrompt: { title: "Chọn mức điểm", message: "Chỉ được chọn một trong các mức điểm cho phép." },
  levelError: { title: "Mức điểm không hợp lệ", message: "Điểm phải là một trong các mức cho phép (xem trang Cấu hình)." },
  rankPrompt: { title: "Xếp hạng năm trước", message: "Nhập thứ hạng năm trước (số nguyên từ 1), có thể để trống." },
  rankError: { title: "Thứ hạng không hợp lệ", message: "Thứ hạng năm trước phải là số nguyên từ 1 trở lên." },
};

const en: SheetText = {
  criteriaTitle: "Criteria of the Administrative Reform Index",
  scoringTitle: (year) => (year ? `Administrative Reform Index scores ${year}` : "Administrative Reform Index scores"),
  configTitle: "Template, classes and bands",
  code: "Mã",
  content: "Criterion",
  max: "Maximum",
  levels: "Allowed levels",
  guidance: "Scoring guidance",
  total: "Total score",
  fieldPercent: (code, title) => `Field ${code} percentage: ${title}`,
  index: "Chỉ số (%)",
  band: "Band",
  classLabel: "Xếp loại",
  rank: "Xếp hạng",
  previousRank: "Last year's rank",
  templateId: "Template id",
  templateName: "Template name",
  templateSource: "Source",
  year: "Year",
  precision: "Decimals of percentages",
  totalMax: "Total maximum",
  classTable: "Xếp loại",
  minTotal: "Minimum index (%)",
  minField: "Minimum for every field (%)",
  bandTable: "Band",
  bandMin: "From (%)",
  levelsTable: "Allowed levels by criterion",
  inputPrompt: (max) => ({ title: "Score", message: `Enter a number from 0 to ${max} (maximum in column C).` }),
  inputError: (max) => ({ title: "Invalid score", message: `The score must be a number from 0 to ${max} (maximum in column C).` }),
  levelPrompt: { title: "Choose a level", message: "Choose one of the allowed levels." },
  levelError: { title: "Invalid level", message: "The score must be one of the allowed levels (see the Cấu hình sheet)." },
  rankPrompt: { title: "Last year's rank", message: "Enter last year's rank (a whole number from 1), or leave empty." },
  rankError: { title: "Invalid rank", message: "Last year's rank must be a whole number from 1." },
};

export const sheetText: Record<Lang, SheetText> = { vi, en };
