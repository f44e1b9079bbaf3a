/**
 * Criteria tables of our own, in the styles of provincial decisions' annexes
 * (none is an official set): each can be given to the importer as a grid,
 * written as an .xlsx sheet (annex-xlsx.ts: merges, bold, indent) or pasted
 * as tab-separated text. Row numbers in the tests are the sheets' row numbers.
 */
import type { CriteriaGrid, GridValue } from "../../../src/core/import/grid";
import { parseRange } from "../../../src/sheet/a1";

export interface AnnexTable {
  sheet: string;
  rows: GridValue[][];
  /** A1 ranges of merged blocks. */
  merges?: string[];
  /** 1-based rows whose cells are bold. */
  bold?: number[];
  /** 1-based row → indent level of its cells. */
  indent?: Record<number, number>;
}

function shape<T>(table: AnnexTable, cell: (row: number) => T): T[][] {
  const width = Math.max(...table.rows.map((row) => row.length));
  return table.rows.map((_, index) => Array.from({ length: width }, () => cell(index + 1)));
}

/** The table as the importer's grid, with formats only when `formats` (a sheet has them, pasted text does not). */
export function gridOf(table: AnnexTable, formats = true): CriteriaGrid {
  const grid: CriteriaGrid = { values: table.rows.map((row) => [...row]) };
  if (!formats) return grid;
  grid.merged = (table.merges ?? []).map((address) => {
    const block = parseRange(address);
    if (!block) throw new Error(`bad range ${address}`);
    return { row: block.row, column: block.column, rowCount: block.rows, columnCount: block.columns };
  });
  grid.bold = shape(table, (row) => (table.bold ?? []).includes(row));
  grid.indent = shape(table, (row) => table.indent?.[row] ?? 0);
  return grid;
}

function quoted(value: GridValue, separator: string): string {
  if (value === null) return "";
  const text = String(value);
  return text.includes(separator) || /[\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as Excel puts it on the clipboard (tab-separated, quoted where a cell holds a line break), or as CSV with ";". */
export function tsvOf(table: AnnexTable, separator = "\t"): string {
  return table.rows.map((row) => row.map((value) => quoted(value, separator)).join(separator)).join("\r\n") + "\r\n";
}

const TITLE_BLOCK: GridValue[][] = [
  ["PHỤ LỤC I"],
  ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CẤP XÃ (VÍ DỤ)"],
  ["(Kèm theo Quyết định số 99/QĐ-UBND ngày 01/12/2025 của UBND tỉnh Ví Dụ)"],
  [],
];

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
const FIELD_TITLES = [
  "Công tác chỉ đạo, điều hành cải cách hành chính",
  "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
  "Cải cách thủ tục hành chính",
  "Cải cách tổ chức bộ máy hành chính",
  "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức",
  "Cải cách tài chính công",
  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
  "Tác động của cải cách hành chính đến phát triển kinh tế - xã hội",
];
export const ON_TIME = "Ban hành đúng hạn: 1 điểm; chậm: 0,5 điểm; không ban hành: 0 điểm";
export const RATE = "Đạt 100%: 1,5 điểm; từ 80% đến dưới 100%: 1 điểm; dưới 80%: 0 điểm";

/**
 * 1. A three-level set of 136 criteria rows: eight fields in roman numerals,
 * four criteria numbered 1–4 in each, three lettered sub-criteria a), b), c)
 * under each criterion; 12,5 points a field, 100 in all, "Tổng cộng" 100.
 * Rows: title block 1–4, header 5, column numbers 6, data 7–142, total 143.
 */
export function largeTable(): AnnexTable {
  const rows: GridValue[][] = [
    ...TITLE_BLOCK,
    ["STT", "Lĩnh vực, tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Hướng dẫn chấm điểm", "Tài liệu kiểm chứng"],
    ["(1)", "(2)", "(3)", "(4)", "(5)"],
  ];
  ROMAN.forEach((roman, f) => {
    rows.push([roman, FIELD_TITLES[f].toUpperCase(), 12.5, null, null]);
    for (let c = 1; c <= 4; c++) {
      rows.push([c, `Tiêu chí ${c} của lĩnh vực ${roman}`, c === 4 ? 3.5 : 3, null, null]);
      rows.push(["a)", `Nội dung a của tiêu chí ${roman}.${c}`, c === 4 ? 1.5 : 1, c === 4 ? RATE : ON_TIME, "Văn bản, báo cáo"]);
      rows.push(["b)", `Nội dung b của tiêu chí ${roman}.${c}`, 1, null, null]);
      rows.push(["c)", `Nội dung c của tiêu chí ${roman}.${c}`, 1, null, null]);
    }
  });
  rows.push([null, "Tổng cộng", 100, null, null]);
  return { sheet: "Phụ lục I", rows, bold: [5, 143, ...ROMAN.map((_, f) => 7 + 17 * f)] };
}

/**
 * 2. Merged title cells and a title block: the block merged across A:E, a
 * two-row header ("Điểm" merged over "Tối đa | Tự chấm"), field titles merged
 * across B:E with no maximum (the sum is taken), and a criterion merged down
 * three rows with one level per row.
 */
export function mergedTable(): AnnexTable {
  return {
    sheet: "Bộ tiêu chí",
    rows: [
      ["PHỤ LỤC", null, null, null, null],
      ["BỘ TIÊU CHÍ ĐÁNH GIÁ CẢI CÁCH HÀNH CHÍNH XÃ, PHƯỜNG NĂM 2025", null, null, null, null],
      ["(Kèm theo Quyết định số 1234/QĐ-UBND ngày 08/9/2025)", null, null, null, null],
      ["STT", "Nội dung", "Điểm", null, "Hướng dẫn chấm"],
      [null, null, "Tối đa", "Tự chấm", null],
      ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", null, null, null],
      ["1", "Kế hoạch cải cách hành chính", 1, null, "Ban hành đúng hạn"],
      [null, null, 0.5, null, "Ban hành chậm"],
      [null, null, 0, null, "Không ban hành"],
      ["2", "Báo cáo cải cách hành chính", 2, null, null],
      ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", null, null, null],
      ["1", "Công khai thủ tục hành chính", 1.5, null, "Công khai đầy đủ, đúng quy định"],
      ["2", "Giải quyết hồ sơ đúng hạn", 2.5, null, null],
    ],
    merges: ["A1:E1", "A2:E2", "A3:E3", "A4:A5", "B4:B5", "C4:D4", "E4:E5", "B6:E6", "A7:A9", "B7:B9", "B11:E11"],
    bold: [1, 2, 4, 5, 6, 11],
  };
}

/**
 * 3. Points written as text ("1,5 điểm", "0,25 điểm", "01", " 2 ", "1.5",
 * "2đ"), no STT column (the numbering opens the content: "1.", "1.1.", "a)",
 * "+", "-"), a "1)" level, and the header repeated where a Word table broke
 * across pages. Header "Tiêu chí | Thang điểm | Cách chấm".
 */
export function textPointsTable(): AnnexTable {
  return {
    sheet: "Dán từ Word",
    rows: [
      ["Tiêu chí", "Thang điểm", "Cách chấm"],
      ["1. Thể chế", "4,5 điểm", null],
      ["1.1. Ban hành văn bản", " 2 ", null],
      ["a) Đúng thẩm quyền", "1,5 điểm", null],
      ["b) Đúng trình tự", "0,25 điểm", null],
      ["c) Công khai", "0,25đ", null],
      ["1.2. Kiểm tra văn bản", "2.5", null],
      ["+ Kế hoạch kiểm tra", "1.5", null],
      ["+ Xử lý sau kiểm tra", "01", null],
      ["Tiêu chí", "Thang điểm", "Cách chấm"],
      ["2. Tổ chức bộ máy", "3", null],
      ["2.1. Sắp xếp bộ máy", "3 điểm", null],
      ["1) Đúng quy định", "2đ", null],
      ["2) Đúng thời hạn", "1", "Hoàn thành trước 30/6: 1 điểm; sau 30/6: 0 điểm"],
    ],
  };
}

/** 4. Numbering that skips (1.1, 1.3; 2.2.1, 2.2.3): the codes keep the decision's numbers. Header "TT | Nội dung tiêu chí | Điểm chuẩn". */
export function skippingTable(): AnnexTable {
  return {
    sheet: "Tiêu chí 2025",
    rows: [
      ["TT", "Nội dung tiêu chí", "Điểm chuẩn"],
      ["1", "Chỉ đạo, điều hành", 3],
      ["1.1", "Kế hoạch năm", 1],
      ["1.3", "Kiểm tra", 2],
      [null, null, null],
      ["2", "Thủ tục hành chính", 4],
      ["2.1", "Công khai", 1],
      ["2.2", "Giải quyết hồ sơ", 3],
      ["2.2.1", "Đúng hạn", 2],
      ["2.2.3", "Xin lỗi khi trễ hạn", 1],
    ],
  };
}

/**
 * 5. A table with faults, each on a known row: 2.3's maximum 6 but its items
 * add up to 5,5 (row 14); 1.2 twice (rows 6, 7); "một điểm" (row 9); a row
 * without number, indent or bold (row 17); a total of 20 for fields of 16.
 */
export function faultyTable(): AnnexTable {
  return {
    sheet: "Có lỗi",
    rows: [
      ["BỘ TIÊU CHÍ (BẢN THỬ CÓ LỖI)"],
      [],
      ["STT", "Tiêu chí", "Điểm tối đa"],
      ["1", "Chỉ đạo, điều hành", 6],
      ["1.1", "Kế hoạch", 2],
      ["1.2", "Báo cáo", 2],
      ["1.2", "Kiểm tra", 2],
      ["2", "Thủ tục hành chính", 10],
      ["2.1", "Công khai", "một điểm"],
      ["2.2", "Một cửa", 2],
      ["a)", "Bố trí bộ phận một cửa", 1],
      ["b)", "Niêm yết", 0.5],
      ["c)", "Số hóa hồ sơ", 0.5],
      ["2.3", "Dịch vụ công trực tuyến", 6],
      ["a)", "Tỷ lệ hồ sơ trực tuyến", 3],
      ["b)", "Thanh toán trực tuyến", 2.5],
      [null, "Đánh giá mức độ hài lòng", 1],
      [null, "Tổng cộng", 20],
    ],
  };
}

/**
 * 6. Levels from guidance: in the guidance cell (levels found), in bullet
 * lines under a criterion (found), in bullet rows with points under a
 * criterion (the rows are its levels), and in text that counts per item
 * (no levels). Header "Số thứ tự | Tiêu chí đánh giá | Điểm tối đa | Hướng dẫn".
 */
export function guidanceTable(): AnnexTable {
  return {
    sheet: "Hướng dẫn",
    rows: [
      ["Số thứ tự", "Tiêu chí đánh giá", "Điểm tối đa", "Hướng dẫn"],
      ["1", "Công tác chỉ đạo", 5],
      ["1.1", "Ban hành kế hoạch", 1, ON_TIME],
      ["1.2", "Báo cáo định kỳ", 1],
      [null, "- Đầy đủ, đúng hạn: 1 điểm"],
      [null, "- Chậm: 0,5 điểm"],
      [null, "- Không báo cáo: 0 điểm"],
      ["1.3", "Tuyên truyền", 2],
      [null, "- Thực hiện đầy đủ", 2],
      [null, "- Thực hiện một phần", 1],
      [null, "- Không thực hiện", 0],
      ["1.4", "Xử lý văn bản", 1, "Mỗi văn bản xử lý chậm trừ 0,25 điểm"],
    ],
  };
}

/**
 * 7. No numbering at all: fields bold, criteria indented once, sub-criteria
 * twice (a sheet carries the looks, pasted text does not); row 9 is neither
 * bold nor indented, like no row above it, and cannot be placed.
 */
export function indentTable(): AnnexTable {
  return {
    sheet: "Thụt lề",
    rows: [
      ["Nội dung", "Điểm tối đa"],
      ["Chỉ đạo, điều hành", 3],
      ["Kế hoạch", 2],
      ["Ban hành", 1],
      ["Thực hiện", 1],
      ["Báo cáo", 1],
      ["Thể chế", 2],
      ["Rà soát văn bản", 2],
      ["Kiểm tra văn bản", 1],
    ],
    bold: [1, 2, 7],
    indent: { 3: 1, 4: 2, 5: 2, 6: 1, 8: 1 },
  };
}

/**
 * 8. A 2025-style set (illustrative): contents I–II on 10 points and a
 * content "Điểm thưởng, điểm trừ" holding a bonus part (+2) and a penalty
 * part (-3), split into two top-level nodes.
 */
export function bonusPenaltyTable(): AnnexTable {
  return {
    sheet: "Thưởng trừ",
    rows: [
      ["STT", "Nội dung", "Điểm tối đa"],
      ["I", "Chỉ đạo, điều hành", 4],
      ["1", "Kế hoạch", 4],
      ["II", "Thể chế", 6],
      ["1", "Văn bản", 6],
      ["III", "ĐIỂM THƯỞNG, ĐIỂM TRỪ", null],
      ["1", "Điểm thưởng", "+2"],
      ["a)", "Sáng kiến được công nhận", 1],
      ["b)", "Giải thưởng cải cách hành chính", 1],
      ["2", "Điểm trừ", "-3"],
      ["a)", "Vi phạm kỷ luật", 3],
      [null, "Tổng cộng", 10],
    ],
  };
}
