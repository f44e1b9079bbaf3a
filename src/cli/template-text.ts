/** Sentences of `par-index template` (import, check, export), Vietnamese first. */
import type { Lang } from "../core/messages";
import { formatDecimalVi } from "../core/decimal";
import type { ImportSummary } from "../core/import/import-result";

interface TemplateText {
  summary: (s: ImportSummary) => string;
  imported: (out: string, sheet: string | null, summary: string) => string;
  refused: (errors: number) => string;
  note: (text: string) => string;
  noSheet: (path: string, sheet: string, sheets: string[]) => string;
  noTable: (path: string, why: string) => string;
  badId: (id: string) => string;
  missingFile: (usage: string) => string;
  unknownAction: (action: string) => string;
  valid: (id: string, summary: string) => string;
  invalid: (path: string, count: number) => string;
  noStoredTemplate: (path: string) => string;
  exported: (out: string, id: string, summary: string) => string;
  /** Why an .xls criteria table cannot be read. */
  oldXls: string;
}

const vi: TemplateText = {
  summary: (s) =>
    `${s.fields} lĩnh vực, ${s.criteria} tiêu chí, ${s.subCriteria} tiêu chí thành phần, tổng ${formatDecimalVi(s.total)} điểm` +
    s.extras.map((e) => `; ${e.kind === "bonus" ? "điểm thưởng" : "điểm trừ"} (mục ${e.code}) tối đa ${formatDecimalVi(e.max)} điểm`).join(""),
  imported: (out, sheet, summary) => `Đã ghi "${out}"${sheet === null ? "" : ` từ trang "${sheet}"`}: ${summary}.`,
  refused: (errors) => `Bảng tiêu chí có ${errors} lỗi nên chưa ghi tệp nào; sửa bảng rồi chạy lại.`,
  note: (text) => `Lưu ý: ${text}`,
  noSheet: (path, sheet, sheets) => `Tệp "${path}" không có trang "${sheet}"; các trang có: ${sheets.join(", ")}.`,
  noTable: (path, why) => `Tệp "${path}" không dùng được: ${why}`,
  badId: (id) => `--id "${id}" chỉ gồm chữ thường không dấu, chữ số và dấu "-" (ví dụ ha-noi-xa-2025).`,
  missingFile: (usage) => `Thiếu tệp: ${usage}. Xem "par-index template --help".`,
  unknownAction: (action) => `Không có lệnh "template ${action}"; dùng import, check hoặc export. Xem "par-index template --help".`,
  valid: (id, summary) => `Bộ tiêu chí "${id}" hợp lệ: ${summary}.`,
  invalid: (path, count) => `Bộ tiêu chí "${path}" có ${count} lỗi:`,
  noStoredTemplate: (path) => `Sổ "${path}" không lưu bộ tiêu chí nào; chỉ xuất được từ sổ do "par-index init" hoặc phần bổ trợ Excel tạo ra.`,
  exported: (out, id, summary) => `Đã ghi "${out}": bộ tiêu chí "${id}", ${summary}.`,
  oldXls: "tệp .xls cũ; mở bằng Excel và lưu thành .xlsx",
};

const en: TemplateText = {
  summary: (s) =>
    `${s.fields} field(s), ${s.criteria} criteria, ${s.subCriteria} sub-criteria, ${s.total} points in all` +
    s.extras.map((e) => `; ${e.kind === "bonus" ? "bonus" : "penalty"} points (item ${e.code}) up to ${e.max}`).join(""),
  imported: (out, sheet, summary) => `Wrote "${out}"${sheet === null ? "" : ` from sheet "${sheet}"`}: ${summary}.`,
  refused: (errors) => `The criteria table has ${errors} error(s), so no file was written; correct the table and run again.`,
  note: (text) => `Note: ${text}`,
  noSheet: (path, sheet, sheets) => `"${path}" has no sheet "${sheet}"; its sheets: ${sheets.join(", ")}.`,
  noTable: (path, why) => `"${path}" cannot be used: ${why}`,
  badId: (id) => `--id "${id}" must use lowercase letters, digits and "-" only (e.g. ha-noi-xa-2025).`,
  missingFile: (usage) => `Missing file: ${usage}. See "par-index template --help".`,
  unknownAction: (action) => `No command "template ${action}"; use import, check or export. See "par-index template --help".`,
  valid: (id, summary) => `Template "${id}" is valid: ${summary}.`,
  invalid: (path, count) => `Template "${path}" has ${count} error(s):`,
  noStoredTemplate: (path) => `"${path}" holds no template; export works on workbooks made by "par-index init" or the Excel add-in.`,
  exported: (out, id, summary) => `Wrote "${out}": template "${id}", ${summary}.`,
  oldXls: "an old .xls file; open it in Excel and save it as .xlsx",
};

export const templateText: Record<Lang, TemplateText> = { vi, en };
