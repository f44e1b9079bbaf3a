/**
 * Every string of the task pane in Vietnamese, the pane's default language.
 */
import { formatDecimalVi } from "../../core/decimal";
import type { Dictionary } from "./dictionary";

const n = (value: number): string => formatDecimalVi(value);
const pct = (value: number): string => `${formatDecimalVi(value)}%`;

export const vi: Dictionary = {
  lang: "vi",
  number: n,
  appTitle: "Chỉ số CCHC",
  appSubtitle: "Chấm điểm, xếp hạng và xếp loại cải cách hành chính",
  sectionsLabel: "Các bước thực hiện",
  tabs: { template: "Bộ tiêu chí", season: "Tự chấm", check: "Kiểm tra", annexes: "Phụ lục" },
  busy: "Đang xử lý…",
  progressOf: (done, total) => `${done}/${total}`,

  template: {
    chooseLabel: "Bộ tiêu chí chấm điểm",
    choosePlaceholder: "— Chọn bộ tiêu chí —",
    fromWorkbookOption: (name) => `${name} (đang dùng trong bảng tính)`,
    fromFileOption: (name) => `${name} (từ tệp)`,
    openFile: "Mở tệp bộ tiêu chí (.json)…",
    openFileHint: "Dùng khi tỉnh ban hành bộ tiêu chí riêng, đã được soạn thành tệp JSON.",
    fileLoaded: (fileName) => `Đã đọc bộ tiêu chí từ tệp ${fileName}.`,
    fileProblems: (fileName, count) => `Tệp ${fileName} chưa dùng được: có ${count} lỗi. Sửa các lỗi dưới đây trong tệp rồi mở lại.`,
    summaryCaption: (name) => `Các lĩnh vực của bộ tiêu chí ${name}`,
    sourceLabel: "Căn cứ",
    criteriaCount: (fields, leaves) => `${fields} lĩnh vực, ${leaves} tiêu chí chấm điểm`,
    columnCode: "Mã",
    columnField: "Lĩnh vực",
    columnMax: "Điểm tối đa",
    total: "Tổng điểm tối đa",
    notClassified: "không xét khi xếp loại",
    classesTitle: "Xếp loại",
    classRule: (minTotal, minField) => {
      if (minTotal === undefined && minField === undefined) return "các trường hợp còn lại";
      const parts: string[] = [];
      if (minTotal !== undefined) parts.push(`Chỉ số từ ${pct(minTotal)}`);
      if (minField !== undefined) parts.push(`mỗi lĩnh vực từ ${pct(minField)}`);
      return parts.join(", ");
    },
    bandsTitle: "Nhóm",
    bandRule: (min, nextMin) =>
      nextMin === undefined ? `từ ${pct(min)} trở lên` : min === 0 ? `dưới ${pct(nextMin)}` : `từ ${pct(min)} đến dưới ${pct(nextMin)}`,
    noClasses: "Bộ tiêu chí này không có quy định xếp loại.",
    yearLabel: "Năm đánh giá",
    yearHint: "Năm của Chỉ số, ví dụ 2024.",
    unitsLabel: "Các đơn vị được chấm điểm",
    unitsHint: "Mỗi dòng một đơn vị. Nếu biết thứ hạng năm trước, ghi sau tên, cách bởi dấu Tab (dán hai cột từ Excel) hoặc dấu chấm phẩy.",
    unitsPlaceholder: "UBND xã An Bình; 3\nUBND phường Quang Trung; 1",
    unitsCount: (count, withRanks) => (withRanks > 0 ? `${count} đơn vị, ${withRanks} đơn vị có thứ hạng năm trước` : `${count} đơn vị`),
    unitsProblems: {
      badRank: (line, text) => `Dòng ${line}: thứ hạng năm trước "${text}" phải là số nguyên dương (ví dụ 3) hoặc để trống.`,
      tooManyColumns: (line) => `Dòng ${line}: chỉ ghi tên đơn vị và thứ hạng năm trước (nếu có), cách nhau bởi dấu Tab hoặc dấu chấm phẩy.`,
    },
    fromSelection: "Lấy từ vùng đang chọn",
    selectionEmpty: "Vùng đang chọn không có tên đơn vị nào. Chọn cột tên đơn vị (có thể kèm cột thứ hạng năm trước) rồi bấm lại.",
    create: "Tạo bảng chấm điểm",
    update: "Cập nhật",
    updateNote: "Bảng tính đã có các trang chấm điểm. Cập nhật sẽ giữ nguyên mọi điểm đã nhập của các đơn vị và tiêu chí còn trong danh sách.",
    why: {
      noTemplate: "Hãy chọn một bộ tiêu chí trước.",
      noUnits: "Hãy nhập ít nhất một đơn vị.",
      unitProblems: "Hãy sửa các lỗi trong danh sách đơn vị.",
      badYear: "Năm đánh giá phải là một năm từ 2000 đến 2100.",
      busy: "Đang thực hiện một thao tác khác, vui lòng chờ.",
    },
    created: (units) => `Đã tạo các trang Tiêu chí, Chấm điểm, Tự đánh giá, Giải trình và Cấu hình cho ${units} đơn vị. Nhập điểm vào trang Chấm điểm.`,
    updated: (units, kept) => `Đã cập nhật bảng chấm điểm cho ${units} đơn vị; giữ nguyên ${kept} điểm đã nhập.`,
    orphansTitle: (count) => `${count} điểm đã nhập không còn chỗ trong bảng mới (đơn vị hoặc tiêu chí đã bỏ). Các điểm này được liệt kê để bạn đối chiếu:`,
    refused: "Chưa tạo được bảng chấm điểm:",
  },

  check: {
    liveLabel: "Ô điểm không hợp lệ",
    liveCount: (count) => `${count} ô điểm không hợp lệ (được tô màu trên trang Chấm điểm).`,
    liveNone: "Không có ô điểm nào không hợp lệ.",
    liveUnknown: "Chưa có bảng chấm điểm để theo dõi.",
    run: "Kiểm tra toàn bộ",
    why: {
      noSheets: "Chưa có bảng chấm điểm: hãy tạo ở mục Bộ tiêu chí.",
      busy: "Đang thực hiện một thao tác khác, vui lòng chờ.",
    },
    allValid: (units) => `Điểm của cả ${units} đơn vị đều hợp lệ.`,
    found: (errors, units) => `Có ${errors} điểm không hợp lệ ở ${units} đơn vị. Bấm vào từng lỗi để chuyển đến ô đó và sửa.`,
    warnings: (count) => `${count} ô chưa nhập điểm (được tính là 0).`,
    goTo: (address) => `Chuyển đến ô ${address}`,
    unitGroup: (unit, count) => `${unit} (${count})`,
    refused: "Chưa kiểm tra được:",
    notAssessedTitle: (units) => `${units} đơn vị có tiêu chí không đánh giá (KĐG) – đây là thông tin, không phải lỗi`,
    notAssessedUnit: (unit, codes, max) => `${unit}: không đánh giá ${codes}; Chỉ số tính trên ${max} điểm áp dụng.`,
    clamped: (count) => `${count} đơn vị có tổng điểm sau điểm thưởng, điểm trừ vượt ra ngoài khoảng 0 đến điểm tối đa và đã được giữ trong khoảng đó.`,
  },

  annexes: {
    optionsLabel: "Lập các phụ lục",
    ranking: "PL1 Xếp hạng",
    classification: "PL2 Phân loại",
    fields: "PL3 Lĩnh vực",
    report: "Báo cáo (các câu tổng hợp)",
    comparison: "PL4 So sánh tự chấm và thẩm định (khi có tự chấm)",
    chart: "Biểu đồ Chỉ số theo đơn vị (trên PL1)",
    build: "Lập phụ lục",
    why: {
      noSheets: "Chưa có bảng chấm điểm: hãy tạo ở mục Bộ tiêu chí.",
      noneChosen: "Hãy chọn ít nhất một phụ lục.",
      invalid: (count) => `Còn ${count} ô điểm không hợp lệ: hãy sửa ở mục Kiểm tra trước.`,
      busy: "Đang thực hiện một thao tác khác, vui lòng chờ.",
    },
    done: (sheets) => `Đã lập: ${sheets.join(", ")}.`,
    classesTitle: "Kết quả xếp loại",
    bandsTitle: "Số đơn vị theo nhóm",
    columnClass: "Loại",
    columnBand: "Nhóm",
    columnCount: "Số đơn vị",
    sentencesTitle: "Nội dung báo cáo",
    copy: "Sao chép",
    copied: "Đã sao chép vào bộ nhớ tạm.",
    copyFailed: "Không sao chép được. Hãy chọn đoạn văn rồi nhấn Ctrl+C.",
    refused: (count) => `Chưa lập được phụ lục vì còn ${count} điểm không hợp lệ. Sửa các ô dưới đây rồi lập lại:`,
    refusedOther: "Chưa lập được phụ lục:",
  },

  season: {
    work: {
      writing: "Đang tạo tệp tự chấm",
      zipping: "Đang nén các tệp",
      reading: "Đang đọc",
      unreadable: (detail) => `không đọc được tệp (${detail}); hãy nhờ đơn vị gửi lại tệp .xlsx`,
    },
    sendTitle: "Tạo file tự chấm cho từng đơn vị",
    sendHint:
      "Mỗi đơn vị một tệp Excel (trang Tự chấm) theo bộ tiêu chí, danh sách đơn vị và năm của bảng tính này. Các tệp được nén trong một tệp .zip để tải về và gửi cho từng đơn vị.",
    send: "Tạo file tự chấm (.zip)",
    why: {
      noSheets: "Hãy tạo bảng chấm điểm trước (mục Bộ tiêu chí).",
      busy: "Đang thực hiện một thao tác khác.",
      noFiles: "Hãy chọn các tệp tự chấm đơn vị gửi lại.",
    },
    sent: (count, fileName) => `Đã tạo ${count} tệp tự chấm, nén trong ${fileName}.`,
    collectTitle: "Gộp file tự chấm",
    collectHint:
      "Chọn các tệp tự chấm đơn vị gửi lại (chọn được nhiều tệp .xlsx một lúc). Tệp được đọc ngay trong máy, không gửi đi đâu. Tệp sai bộ tiêu chí, sai năm, bị sửa cấu trúc hoặc có điểm không hợp lệ sẽ không được gộp.",
    chooseFiles: "Chọn tệp tự chấm…",
    chosen: (names) => `Đã chọn ${names.length} tệp: ${names.join(", ")}`,
    collect: "Gộp vào bảng tính",
    summary: (collected, total) => `Đã gộp ${collected}/${total} tệp tự chấm vào trang Tự đánh giá và Giải trình.`,
    status: { added: "Đã gộp", unchanged: "Không đổi", replaced: "Đã thay", "needs-replace": "Chờ xác nhận", refused: "Từ chối" },
    cells: (count) => `${count} ô điểm và giải trình`,
    changes: (count) => `${count} ô sẽ thay đổi`,
    change: (address, code, what, before, after) => `${address} (${code}, ${what === "score" ? "điểm" : "giải trình"}): ${before} → ${after}`,
    confirmTitle: (units) => `${units} đơn vị đã có phần tự chấm khác trong bảng tính`,
    confirmText: "Gộp tệp mới sẽ thay các ô dưới đây. Thay, hay giữ nguyên phần đã có?",
    replace: (units) => `Thay phần tự chấm của ${units} đơn vị`,
    keep: "Giữ nguyên",
    refused: "Không gộp được vào bảng tính này:",
    appraisal: {
      title: "Thẩm định",
      hint: "Chép điểm tự chấm đã gộp sang trang Chấm điểm làm điểm thẩm định ban đầu, rồi chỉ sửa những ô thẩm định khác tự chấm. Ô đã có điểm thẩm định được giữ nguyên.",
      start: "Bắt đầu thẩm định từ tự chấm",
      overwrite: "Chép đè cả ô đã có điểm thẩm định",
      done: (copied, kept, units) =>
        `Đã chép ${copied} điểm tự chấm của ${units} đơn vị sang trang Chấm điểm.` +
        (kept > 0 ? ` Giữ nguyên ${kept} ô đã có điểm thẩm định khác điểm tự chấm.` : ""),
      nothing: (kept) =>
        kept > 0
          ? `Không có ô nào để chép; ${kept} ô đã có điểm thẩm định khác điểm tự chấm được giữ nguyên.`
          : "Không có ô nào để chép: trang Chấm điểm đã khớp với tự chấm.",
      noSelf: "Bảng tính chưa có phần tự chấm nào: hãy gộp file tự chấm của các đơn vị trước.",
    },
  },

  failure: {
    during: {
      readSelection: "Không đọc được vùng đang chọn.",
      status: "Không đọc được trạng thái bảng tính.",
      load: "Không tạo được bảng chấm điểm.",
      check: "Không kiểm tra được điểm.",
      select: "Không chuyển được đến ô.",
      annexes: "Không lập được phụ lục.",
      openFile: "Không đọc được tệp.",
      importTable: "Không đọc được bảng tiêu chí trên trang tính.",
      selfFiles: "Không tạo được tệp tự chấm.",
      collect: "Không gộp được tệp tự chấm.",
      appraise: "Không chép được điểm tự chấm sang trang Chấm điểm.",
    },
    cellEditMode: {
      what: "Excel đang ở chế độ sửa một ô.",
      todo: "Nhấn Enter hoặc Esc để rời ô đang sửa, rồi bấm lại.",
    },
    accessDenied: {
      what: "Excel không cho ghi vào bảng tính (trang tính đang được bảo vệ hoặc tệp chỉ được xem).",
      todo: "Bỏ bảo vệ trang tính (Xem lại → Bỏ bảo vệ trang tính) hoặc mở tệp ở chế độ chỉnh sửa, rồi bấm lại.",
    },
    sheetExists: {
      what: "Đã có một trang tính trùng tên với trang cần tạo.",
      todo: "Đổi tên trang tính đó (không phải do tiện ích tạo), rồi bấm lại.",
    },
    tooLarge: {
      what: "Lượng dữ liệu gửi cho Excel vượt giới hạn.",
      todo: "Thử lại trên Excel cài trên máy tính, hoặc chia danh sách đơn vị thành nhiều tệp.",
    },
    notSupported: {
      what: "Phiên bản Excel này chưa hỗ trợ chức năng cần dùng.",
      todo: "Cập nhật Excel (Microsoft 365 hoặc Excel 2021 trở lên), hoặc dùng Excel trên web.",
    },
    notFound: {
      what: "Không tìm thấy trang tính hoặc ô cần dùng (có thể đã bị xóa hay đổi tên).",
      todo: "Bấm Cập nhật ở mục Bộ tiêu chí để tạo lại các trang chấm điểm, điểm đã nhập được giữ nguyên.",
    },
    unexpected: (detail) => ({
      what: `Đã xảy ra lỗi: ${detail}`,
      todo: "Bấm lại. Nếu vẫn lỗi, hãy lưu tệp, đóng rồi mở lại Excel.",
    }),
    structureProtected: {
      what: "Cấu trúc sổ tính đang được bảo vệ nên tiện ích không thể thêm, xóa hay đổi tên trang tính.",
      todo: "Bỏ bảo vệ (Xem lại → Bảo vệ sổ làm việc), rồi bấm lại.",
    },
  },

  tableImport: {
    title: "Nhập từ trang tính",
    hint: "Dán bảng tiêu chí của quyết định (STT, Tiêu chí, Điểm tối đa, Hướng dẫn chấm…) vào một trang tính, chọn bảng (hoặc một ô để lấy cả trang) rồi bấm Đọc vùng đang chọn. Sửa trên trang tính rồi bấm Đọc lại để đọc lại đúng bảng đó.",
    read: "Đọc vùng đang chọn",
    reread: "Đọc lại",
    empty: "Trang tính đang chọn chưa có dữ liệu: hãy dán bảng tiêu chí vào rồi đọc lại.",
    readFrom: (sheet, headerRow) => `Bảng trên trang "${sheet}", dòng tiêu đề ${headerRow}.`,
    summary: (fields, criteria, subCriteria, total) =>
      `${fields} lĩnh vực, ${criteria} tiêu chí, ${subCriteria} tiêu chí thành phần, tổng ${formatDecimalVi(total)} điểm`,
    extra: (kind, code, max) => `${kind === "bonus" ? "Điểm thưởng" : "Điểm trừ"} (mục ${code}): tối đa ${formatDecimalVi(max)} điểm, ngoài tổng điểm`,
    errorsTitle: (count) => `Bảng có ${count} lỗi: sửa trên trang tính rồi bấm Đọc lại`,
    notesTitle: (count) => `${count} lưu ý`,
    goToRow: (row) => `Chọn dòng ${row} trên trang tính`,
    okTitle: "Đã đọc được bộ tiêu chí",
    treeLabel: "Cây tiêu chí",
    points: (max) => (max === null ? "? điểm" : `${formatDecimalVi(max)} điểm`),
    use: "Dùng bộ tiêu chí này",
    used: "Đã chọn bộ tiêu chí vừa nhập. Nhập danh sách đơn vị rồi bấm “Tạo bảng chấm điểm” để lưu bộ tiêu chí vào sổ.",
    download: "Tải về (.json)",
    downloaded: (fileName) => `Đã tải về ${fileName}: gửi tệp này cho cán bộ nơi khác để họ mở bằng nút “Mở tệp bộ tiêu chí (.json)…”.`,
    downloadFailed: "Không tải về được trong Excel này; hãy dùng lệnh par-index template import trên máy tính.",
    importedOption: (name) => `Từ bảng đã nhập: ${name}`,
  },
};
