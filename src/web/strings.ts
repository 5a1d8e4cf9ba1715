/**
 * Every sentence the web pages show (the checker and the demo), in Vietnamese, in one place.
 * The pane they host speaks through src/taskpane/strings.ts, issues and fixes through
 * src/core/messages; the .xlsx package's reasons still come from src/xlsx. Values are quoted "so".
 */
const NUMBER = new Intl.NumberFormat('vi-VN');
const n = (x: number): string => NUMBER.format(x);

export const W = {
  samples: {
    quangTri: { name: 'Phụ lục CCHC Quảng Trị 2024.xlsx', label: 'Phụ lục Quảng Trị 2024' },
    binhDinh: { name: 'Dự trù kinh phí Bình Định 2022.xlsx', label: 'Dự trù kinh phí Bình Định 2022' },
  },
  unexpected: (detail: string): string => `lỗi không mong đợi khi đọc tệp này (${detail}). Xin gửi tệp này cho người phát triển.`,
  unreadable: 'không đọc được tệp từ máy (tệp đã bị di chuyển hoặc không có quyền đọc).',
  sampleFailed: 'Không tải được tệp mẫu. Hãy kiểm tra kết nối mạng rồi thử lại.',
  notSaved: 'Chưa tải được tệp đã sửa, vì có thay đổi không ghi được vào tệp .xlsx:',
  unchanged: (name: string): string => `Chưa có ô nào được sửa: "${name}" giống hệt tệp gốc.`,
  saved: (name: string, edits: number): string => `Đã tạo "${name}" (${n(edits)} thay đổi). Tệp gốc trên máy của bạn giữ nguyên.`,
  saveFailed: (reason: string): string => `Không tạo được tệp đã sửa: ${reason}`,
  title: 'phuluc — Kiểm tra phụ lục CCHC',
  open: 'Mở tệp .xlsx…',
  download: 'Tải tệp đã sửa',
  privacy: 'Tệp được mở ngay trong trình duyệt trên máy của bạn, không tải lên đâu cả.',
  filesLabel: 'Các tệp đã mở',
  files: 'Tệp đã mở',
  noFiles: 'Chưa có tệp nào. Bấm "Mở tệp .xlsx…" hoặc kéo thả tệp vào trang.',
  trySamples: 'Dùng thử với tệp mẫu',
  orSee: 'Hoặc xem',
  demoLink: 'bản dùng thử',
  demoRows: 'với trang tính mẫu 20.000 dòng.',
  formulaNotMovable: (address: string, sheet: string, formula: string): string =>
    `Chưa sửa: công thức ở ô ${address} trang "${sheet}" (=${formula}) có tham chiếu phuluc chưa dời được khi thêm hoặc xóa dòng. Không có gì bị thay đổi; hãy sửa trong Excel.`,
  richTextLost: (cells: string, sheet: string): string =>
    `Chưa sửa: ô ${cells} trang "${sheet}" có chữ định dạng từng phần (đậm, nghiêng, phông riêng…); ghi chữ mới sẽ làm mất định dạng đó nên phuluc không ghi. Không có gì bị thay đổi; hãy sửa tay.`,
  demoNeedsNetwork: 'Bản dùng thử với trang tính mẫu 20.000 dòng cần kết nối mạng (máy này chưa lưu nó để dùng khi mất mạng).',
  reading: 'Đang đọc tệp…',
  paneLabel: 'Ngăn tác vụ phuluc',
  welcomeTitle: 'Kiểm tra phụ lục nhiệm vụ CCHC ngay trên trình duyệt',
  welcomeBefore:
    'Mở tệp Excel (.xlsx) của phụ lục: phuluc đọc bảng, chỉ ra từng vấn đề (số thứ tự, thời hạn, đơn vị chủ trì, kinh phí…), sửa những vấn đề sửa được và cho tải về một bản',
  edited: '(đã sửa)',
  welcomeAfter: '. Tệp gốc giữ nguyên.',
  browsers:
    'Dùng được với mọi máy có Chrome, Edge, Firefox hoặc Safari, kể cả khi không có Excel mới; sau lần mở đầu tiên, trang dùng được cả khi mất mạng.',

  // The demo page (src/demo): the pane over the Excel emulator.
  demo: {
    quangTri: 'Phụ lục Quảng Trị 2024 (73 dòng)',
    budget: 'Dự trù kinh phí Bình Định 2022',
    large: 'Phụ lục mẫu 20.000 dòng',
    title: 'phuluc — bản dùng thử không cần Excel',
    sheet: 'Trang tính:',
    nameBox: 'Ô đang chọn',
    grid: (sheet: string): string => `Trang tính ${sheet}`,
  },

  // The download (download.ts) and the in-memory workbook (memory-adapter.ts).
  unwritableCell: (sheet: string, cell: string): string => `trang "${sheet}", ô ${cell}: giá trị không ghi được`,
  onSheet: (sheet: string, reason: string): string => `trang "${sheet}": ${reason}`,
  editedName: (stem: string, ext: string): string => `${stem || 'Phụ lục'} (đã sửa)${ext}`,
  highlightLabel: 'Tô màu các ô có vấn đề',
  listsNotWritten: 'Danh sách chọn chưa ghi được vào tệp tải về từ trang này; hãy dùng phuluc trong Excel.',
} as const;
