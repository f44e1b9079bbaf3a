/**
 * Every label the sheet plans write, one dictionary per language. Sheet
 * names and the key column headers (Mã, Đơn vị, Chỉ số (%), Xếp hạng, Xếp
 * loại) are the same in both: formulas and readers rely on them.
 */
import type { Lang } from "../core/messages";

interface SheetText {
  criteriaTitle: string;
  scoringTitle: (year: number | null) => string;
  selfTitle: (year: number | null) => string;
  explanationsTitle: (year: number | null) => string;
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
  /** Scoring model: criteria not assessed (KĐG), bonus and penalty rows. */
  scoringModel: {
    applicableMax: string;
    totalWithExtras: string;
    kind: string;
  };
  /** A unit's self-assessment file (`Tự chấm`). */
  selfAssessment: {
    title: (year: number | null) => string;
    unit: string;
    template: string;
    year: string;
    identity: string;
    note: string;
    content: string;
    max: string;
    guidance: string;
    applicableMax: string;
    levels: string;
    total: string;
    applicableTotal: string;
    index: string;
    inputPrompt: { title: string; message: string };
    inputError: { title: string; message: string };
    levelPrompt: { title: string; message: string };
    levelError: { title: string; message: string };
  };
}

const vi: SheetText = {
  criteriaTitle: "Bộ tiêu chí xác định Chỉ số cải cách hành chính",
  scoringTitle: (year) => (year ? `Chấm điểm Chỉ số cải cách hành chính năm ${year}` : "Chấm điểm Chỉ số cải cách hành chính"),
  configTitle: "Cấu hình bộ tiêu chí, xếp loại và nhóm",
  selfTitle: (year) => (year ? `Điểm tự đánh giá của các đơn vị năm ${year}` : "Điểm tự đánh giá của các đơn vị"),
  explanationsTitle: (year) => (year ? `Giải trình, tài liệu kiểm chứng của các đơn vị năm ${year}` : "Giải trình, tài liệu kiểm chứng của các đơn vị"),
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
  inputPrompt: (max) => ({
    title: "Nhập điểm",
    message: `Nhập số từ 0 đến ${max} (điểm tối đa ở cột C), hoặc KĐG nếu tiêu chí không đánh giá đối với đơn vị.`,
  }),
  inputError: (max) => ({ title: "Điểm không hợp lệ", message: `Điểm phải là số từ 0 đến ${max} (điểm tối đa ở cột C), hoặc KĐG.` }),
  levelPrompt: { title: "Chọn mức điểm", message: "Chọn một trong các mức điểm cho phép, hoặc KĐG nếu tiêu chí không đánh giá đối với đơn vị." },
  levelError: { title: "Mức điểm không hợp lệ", message: "Điểm phải là một trong các mức cho phép (xem trang Cấu hình), hoặc KĐG." },
  rankPrompt: { title: "Xếp hạng năm trước", message: "Nhập thứ hạng năm trước (số nguyên từ 1), có thể để trống." },
  rankError: { title: "Thứ hạng không hợp lệ", message: "Thứ hạng năm trước phải là số nguyên từ 1 trở lên." },
  selfAssessment: {
    title: (year) => (year ? `Tự chấm điểm Chỉ số cải cách hành chính năm ${year}` : "Tự chấm điểm Chỉ số cải cách hành chính"),
    unit: "Đơn vị",
    template: "Bộ tiêu chí",
    year: "Năm đánh giá",
    identity: "Nhận dạng bộ tiêu chí",
    note: "Nhập điểm vào các ô màu vàng của cột Điểm tự chấm: một số từ 0 đến điểm tối đa (hoặc một mức điểm cho phép), hoặc KĐG nếu tiêu chí không đánh giá đối với đơn vị. Ghi giải trình và tài liệu kiểm chứng ở cột bên cạnh. Không thêm, xóa, di chuyển dòng và không sửa mã: tệp được gộp vào sổ chấm điểm theo đúng bố cục này.",
    content: "Nội dung",
    max: "Điểm tối đa",
    guidance: "Hướng dẫn chấm điểm",
    applicableMax: "Điểm tối đa áp dụng",
    levels: "Mức điểm cho phép",
    total: "Tổng điểm tự chấm",
    applicableTotal: "Tổng điểm tối đa áp dụng (không kể tiêu chí KĐG)",
    index: "Chỉ số tự chấm (%)",
    inputPrompt: { title: "Điểm tự chấm", message: "Nhập số từ 0 đến điểm tối đa (cột C), hoặc KĐG nếu tiêu chí không đánh giá đối với đơn vị." },
    inputError: { title: "Điểm không hợp lệ", message: "Điểm phải là số từ 0 đến điểm tối đa (cột C), hoặc KĐG." },
    levelPrompt: { title: "Chọn mức điểm", message: "Chọn một mức điểm cho phép (bên phải bảng), hoặc KĐG nếu tiêu chí không đánh giá đối với đơn vị." },
    levelError: { title: "Mức điểm không hợp lệ", message: "Điểm phải là một trong các mức cho phép (bên phải bảng), hoặc KĐG." },
  },
  scoringModel: {
    applicableMax: "Điểm tối đa áp dụng (bỏ tiêu chí KĐG)",
    totalWithExtras: "Tổng điểm (đã cộng điểm thưởng, trừ điểm trừ)",
    kind: "Loại",
  },
};

const en: SheetText = {
  criteriaTitle: "Criteria of the Administrative Reform Index",
  scoringTitle: (year) => (year ? `Administrative Reform Index scores ${year}` : "Administrative Reform Index scores"),
  configTitle: "Template, classes and bands",
  selfTitle: (year) => (year ? `Units' self-assessment ${year}` : "Units' self-assessment"),
  explanationsTitle: (year) => (year ? `Units' explanations and evidence ${year}` : "Units' explanations and evidence"),
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
  inputPrompt: (max) => ({
    title: "Score",
    message: `Enter a number from 0 to ${max} (maximum in column C), or KĐG when the criterion is not assessed for the unit.`,
  }),
  inputError: (max) => ({ title: "Invalid score", message: `The score must be a number from 0 to ${max} (maximum in column C), or KĐG.` }),
  levelPrompt: { title: "Choose a level", message: "Choose one of the allowed levels, or KĐG when the criterion is not assessed for the unit." },
  levelError: { title: "Invalid level", message: "The score must be one of the allowed levels (see the Cấu hình sheet), or KĐG." },
  rankPrompt: { title: "Last year's rank", message: "Enter last year's rank (a whole number from 1), or leave empty." },
  rankError: { title: "Invalid rank", message: "Last year's rank must be a whole number from 1." },
  selfAssessment: {
    title: (year) => (year ? `Self-assessment of the Administrative Reform Index ${year}` : "Self-assessment of the Administrative Reform Index"),
    unit: "Unit",
    template: "Criteria template",
    year: "Year",
    identity: "Template identity",
    note: "Type scores in the yellow cells of the Điểm tự chấm column: a number from 0 to the maximum (or one of the allowed levels), or KĐG when the criterion is not assessed for the unit. Write the explanation and the evidence in the next column. Do not insert, delete or move rows, nor edit codes: the file is collected into the scoring workbook by this layout.",
    content: "Criterion",
    max: "Maximum",
    guidance: "Scoring guidance",
    applicableMax: "Applicable maximum",
    levels: "Allowed levels",
    total: "Self-assessed total",
    applicableTotal: "Applicable total maximum (without KĐG criteria)",
    index: "Self-assessed index (%)",
    inputPrompt: {
      title: "Self-assessed score",
      message: "Enter a number from 0 to the maximum (column C), or KĐG when the criterion is not assessed for the unit.",
    },
    inputError: { title: "Invalid score", message: "The score must be a number from 0 to the maximum (column C), or KĐG." },
    levelPrompt: {
      title: "Choose a level",
      message: "Choose one of the allowed levels (right of the table), or KĐG when the criterion is not assessed for the unit.",
    },
    levelError: { title: "Invalid level", message: "The score must be one of the allowed levels (right of the table), or KĐG." },
  },
  scoringModel: {
    applicableMax: "Applicable maximum (without KĐG criteria)",
    totalWithExtras: "Total (bonus added, penalty taken off)",
    kind: "Kind",
  },
};

export const sheetText: Record<Lang, SheetText> = { vi, en };
