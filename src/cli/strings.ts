/**
 * Every sentence the command line writes (help, errors, the text and HTML reports, progress),
 * in Vietnamese, in one place. What an issue says and what a fix writes come from the engine
 * (src/core/messages); the .xlsx package's reasons from src/xlsx. Values are quoted "so".
 */
import { viDate } from '../core/grid/date';

const NUMBER = new Intl.NumberFormat('vi-VN');
const n = (x: number): string => NUMBER.format(x);

export const C = {
  /** Each option's placeholder, help and example, by name (args.ts lists the options). */
  options: {
    json: {
      help: '(check, report) In kết quả dạng JSON (một văn bản JSON duy nhất). (fix) In kết quả sửa dạng JSON: các ô đã sửa (địa chỉ trong tệp gốc và tệp mới, giá trị cũ, mới), các cách sửa không áp dụng, kèm mã lý do và lý do, các công thức và tên định nghĩa được cập nhật do xóa dòng, các lưu ý; khi không ghi được tệp: written false và lý do.',
      example: 'phuluc fix ke-hoach.xlsx --out da-sua.xlsx --json > ket-qua-sua.json',
    },
    html: { arg: 'TỆP', help: '(check) Ghi báo cáo HTML tự chứa (mở thẳng từ ổ đĩa): bảng tổng hợp mọi tệp và các vấn đề của từng tệp.', example: 'phuluc check thu-muc/ --html bao-cao.html' },
    xlsx: { arg: 'TỆP', help: '(check) Ghi danh sách vấn đề ra tệp Excel (mỗi vấn đề một dòng, có bộ lọc).', example: 'phuluc check thu-muc/ --xlsx danh-sach.xlsx' },
    year: { arg: 'NĂM', help: 'Năm kế hoạch (4 chữ số, từ 1990 đến 2100), thay cho năm đọc được từ tiêu đề; (new) năm của phụ lục mới, từ 2020 (Nghị định 30/2020/NĐ-CP) đến 5 năm sau năm nay.', example: 'phuluc check ke-hoach.xlsx --year 2024' },
    config: { arg: 'TỆP', help: 'Tệp JSON cài đặt (như tệp Xuất của mục Cài đặt trong Excel): danh mục có sẵn (directory), danh mục đơn vị (units), nguồn kinh phí (funding), mode "replace" (thay danh mục có sẵn) hoặc "extend" (thêm vào danh mục có sẵn), planYear (năm kế hoạch). (new) Các nhiệm vụ mẫu ghi đơn vị của tệp này: đơn vị có "roles" (ví dụ ["văn phòng"]) được ghi cho vai trò đó.', example: 'phuluc check ke-hoach.xlsx --config cai-dat.json' },
    period: { arg: 'KỲ', help: '(report) Kỳ báo cáo: "Quý I/2026" (đến Quý IV), "6 tháng/2026", "9 tháng/2026" hoặc "Năm 2026".', example: 'phuluc report ke-hoach.xlsx --period "Quý I/2026"' },
    date: { arg: 'NGÀY', help: '(report) Ngày tính số liệu, 2026-03-31 hoặc 31/03/2026 (mặc định: hôm nay).', example: 'phuluc report ke-hoach.xlsx --period "Quý I/2026" --date 31/03/2026' },
    body: { arg: 'TÊN', help: '(new) Cơ quan ban hành kế hoạch: Sở …, UBND (Ủy ban nhân dân) tỉnh, thành phố, xã, phường …, Đặc khu …, Văn phòng …, Ban ….', example: 'phuluc new --year 2027 --body "Sở Nội vụ" --out phu-luc-2027.xlsx' },
    tasks: { help: '(new) Điền sẵn các nhiệm vụ mẫu của năm.', example: 'phuluc new --year 2027 --body "Sở Nội vụ" --out phu-luc-2027.xlsx --tasks' },
    out: { arg: 'TỆP', help: '(fix) Tệp .xlsx đã sửa, không được trùng tệp gốc. (report) Tệp .xlsx ghi báo cáo thành trang tính, ngoài bản in ra màn hình. (new) Tệp .xlsx mới chứa phụ lục. Tệp gốc không bao giờ bị ghi đè; tệp khác đã có thì không bị ghi đè, trừ khi thêm --force.', example: 'phuluc fix ke-hoach.xlsx --out ke-hoach-da-sua.xlsx' },
    force: { help: 'Cho phép ghi đè tệp kết quả đã có (--out, --html, --xlsx); không bao giờ ghi đè tệp gốc, và --html, --xlsx phải là hai tệp khác nhau.', example: 'phuluc fix ke-hoach.xlsx --out da-sua.xlsx --force' },
    progress: { help: '(check) Luôn hiện tiến độ (số tệp đã kiểm tra) trên stderr, kể cả khi in --json ra ống dẫn hay tệp. Mặc định tiến độ chỉ hiện trên cửa sổ dòng lệnh, khi kiểm tra lâu hơn 1 giây, và không hiện khi --json in ra ống dẫn hay tệp.', example: 'phuluc check thu-muc/ --json --progress > ket-qua.json' },
    help: { help: 'Hiện hướng dẫn này.', example: 'phuluc --help' },
    version: { help: 'Hiện số phiên bản của phuluc.', example: 'phuluc --version' },
  },
  example: (example: string): string => `      Ví dụ: ${example}`,
  /** After a wrong command line: where the whole usage is (it is printed only for no arguments or --help). */
  seeHelp: 'Xem cách dùng và ví dụ: phuluc --help',
  usage: (options: string): string => `Cách dùng:
  phuluc check TỆP.xlsx|THƯ_MỤC... [--json] [--progress] [--html BÁO_CÁO.html] [--xlsx DANH_SÁCH.xlsx]
               [--year NĂM] [--config CÀI_ĐẶT.json] [--force]
      Kiểm tra phụ lục nhiệm vụ cải cách hành chính trong mọi trang tính của từng tệp.
      Một thư mục: mọi tệp .xlsx, .xlsm trong thư mục đó và các thư mục con (tệp .xls, .xlsb, .ods
      được liệt kê là không đọc được, kèm lý do).
      Ví dụ: phuluc check ke-hoach-2024.xlsx
             phuluc check "D:\\Phu luc 2024" --html bao-cao.html
  phuluc fix TỆP.xlsx --out TỆP_MỚI.xlsx [--json] [--force] [--year NĂM] [--config CÀI_ĐẶT.json]
      Áp dụng các cách sửa an toàn và ghi ra một tệp mới (tệp gốc giữ nguyên).
      Mã thoát: 0 đã ghi tệp mới (kể cả khi còn vấn đề không sửa được, xem kết quả); 2 không ghi được.
      Ví dụ: phuluc fix ke-hoach-2024.xlsx --out ke-hoach-2024-da-sua.xlsx
  phuluc report TỆP.xlsx --period "Quý I/2026" [--date 2026-03-31] [--out BÁO_CÁO.xlsx] [--json] [--force]
      Báo cáo tình hình thực hiện nhiệm vụ trong kỳ (Quý I–IV, 6 tháng, 9 tháng, năm).
      Ví dụ: phuluc report ke-hoach-2026.xlsx --period "Quý I/2026" --out bao-cao-quy-1.xlsx
  phuluc new --year 2027 --body "Sở Nội vụ" --out PHỤ_LỤC.xlsx [--tasks] [--force] [--config CÀI_ĐẶT.json]
      Tạo phụ lục nhiệm vụ mới theo thể thức Nghị định 30/2020/NĐ-CP, ghi vào tệp .xlsx mới --out
      (tệp đã có không bị ghi đè, trừ khi thêm --force). Từ ngữ theo cấp của cơ quan: UBND tỉnh,
      UBND thành phố (trực thuộc trung ương), UBND xã, phường, đặc khu; ngân sách cấp đó.
      --config: danh mục, đơn vị (đơn vị có "roles" được ghi cho vai trò đó), nguồn kinh phí của
      cơ quan, như tệp của lệnh check; planYear thay cho --year.
      Ví dụ: phuluc new --year 2027 --body "Sở Nội vụ" --out phu-luc-2027.xlsx --tasks
  phuluc help
      Hiện hướng dẫn này.

Tùy chọn:
${options}

Mã thoát: 0 không có lỗi; 1 có lỗi trong phụ lục; 2 không đọc được tệp, thư mục không có tệp bảng tính nào,
hoặc sai cú pháp lệnh.
`,
  args: {
    noCommand: 'Thiếu lệnh.',
    badCommand: (cmd: string): string => `Lệnh không hợp lệ: "${cmd}".`,
    badOption: (cmd: string, option: string): string => `Tùy chọn không hợp lệ cho lệnh ${cmd}: "${option}".`,
    noValue: (option: string): string => `Thiếu giá trị cho ${option}.`,
    takesNoValue: (option: string): string => `Tùy chọn ${option} không nhận giá trị.`,
    givenTwice: (option: string, first: string, second: string): string =>
      `Tùy chọn ${option} được ghi hai lần ("${first}", "${second}"); chỉ ghi một lần.`,
    /** `range`: the years the command takes (`new` says its own range later, in newAppendix.badYear). */
    badYear: (text: string, range?: { min: number; max: number }): string =>
      `Năm không hợp lệ: "${text}" (cần năm 4 chữ số${range ? `, từ ${range.min} đến ${range.max}` : ''}, ví dụ 2024).`,
    noFile: 'Thiếu tên tệp .xlsx cần xử lý.',
    oneFile: (cmd: string): string => `Lệnh ${cmd} chỉ nhận một tệp.`,
    fixNeedsOut: 'Lệnh fix cần --out TỆP_MỚI.xlsx.',
    reportNeedsPeriod: 'Lệnh report cần --period, ví dụ --period "Quý I/2026".',
    badDate: (text: string): string => `Ngày không hợp lệ: "${text}" (ví dụ 2026-03-31 hoặc 31/03/2026).`,
    newTakesNoFile: (file: string): string => `Lệnh new không nhận tên tệp "${file}"; dùng --out TỆP.xlsx.`,
    newNeedsYear: 'Lệnh new cần --year, ví dụ --year 2027.',
    newNeedsBody: 'Lệnh new cần --body, ví dụ --body "Sở Nội vụ".',
    newNeedsOut: 'Lệnh new cần --out TỆP.xlsx.',
  },
  check: {
    folderUnreadable: 'không mở được thư mục này (không có quyền đọc); các tệp trong đó chưa được kiểm tra.',
    noWorkbooks: (subfolders: number): string =>
      subfolders > 0
        ? `thư mục không có tệp bảng tính (.xlsx) nào, kể cả trong ${n(subfolders)} thư mục con.`
        : 'thư mục không có tệp bảng tính (.xlsx) nào.',
    /** Why a file found in a folder is not checked: one of phuluc's own outputs, not a plan. */
    skipped: {
      'issue-list': 'là danh sách vấn đề do phuluc tạo (phuluc check --xlsx), không phải phụ lục; không kiểm tra.',
      'period-report': 'là báo cáo tình hình thực hiện do phuluc tạo (phuluc report --out), không phải phụ lục; không kiểm tra.',
    },
    ownOutput: (option: string): string => `là tệp ${option} của chính lệnh này (sẽ được ghi lại), không phải phụ lục; không kiểm tra.`,
    htmlWritten: (file: string): string => `Đã ghi báo cáo HTML: ${file}\n`,
    xlsxWritten: (file: string): string => `Đã ghi danh sách vấn đề: ${file}\n`,
  },
  config: {
    missing: 'không tìm thấy tệp',
    folder: 'đây là một thư mục',
    denied: 'không có quyền đọc tệp',
    notAFile: 'đây là một thiết bị hoặc cổng kết nối, không phải tệp cài đặt trên đĩa',
    unreadable: (code: string | undefined): string => `không đọc được tệp (mã ${code ?? 'không rõ'} của hệ điều hành)`,
    error: (file: string, message: string): string => `Tệp cài đặt ${file}: ${message}`,
  },
  fix: {
    row: (row: number): string => `dòng ${row}`,
    where: (sheet: string, cell: string): string => `"${sheet}" ${cell}`,
    none: 'Không có vấn đề nào sửa tự động được.',
    applied: (count: number): string => `Đã sửa ${n(count)} vấn đề:`,
    /** The same heading when rows were deleted: the cells named are where they were in the input. */
    appliedBeforeDeletion: (count: number): string => `Đã sửa ${n(count)} vấn đề (địa chỉ ô theo tệp gốc, trước khi xóa dòng):`,
    /** How many formulas the deleted rows made phuluc rewrite, and on which sheets ("Phụ lục": 1, "Thống kê": 2). */
    formulasRewritten: (count: number, bySheet: readonly string[]): string =>
      `${n(count)} công thức được cập nhật do xóa dòng${bySheet.length > 0 ? ` (${bySheet.join(', ')})` : ''}.`,
    sheetCount: (sheet: string, count: number): string => `"${sheet}": ${n(count)}`,
    /** What else followed the deleted rows on one sheet: "2 vùng gộp ô, 1 quy tắc kiểm tra dữ liệu". */
    shifted: (sheet: string, moved: readonly string[], removed: readonly string[]): string =>
      `Trang "${sheet}" ${[moved.length > 0 ? `cũng dời theo dòng: ${moved.join(', ')}` : '', removed.length > 0 ? `bỏ cùng dòng đã xóa: ${removed.join(', ')}` : ''].filter((x) => x !== '').join('; ')}.`,
    /** A count of one kind of thing: "2 vùng gộp ô". */
    kinds: {
      mergeCells: (count: number): string => `${n(count)} vùng gộp ô`,
      dataValidations: (count: number): string => `${n(count)} quy tắc kiểm tra dữ liệu`,
      conditionalFormats: (count: number): string => `${n(count)} định dạng có điều kiện`,
      hyperlinks: (count: number): string => `${n(count)} liên kết`,
    },
    namesRewritten: (count: number): string => `${n(count)} tên định nghĩa (kể cả vùng in, tiêu đề in) được cập nhật do xóa dòng.`,
    details: 'Chi tiết từng ô (địa chỉ trong tệp gốc và tệp mới, công thức cũ và mới): phuluc fix --json.',
    refused: (count: number): string => `Không sửa ${n(count)} vấn đề để giữ nguyên tệp an toàn:`,
    manual: (count: number): string => `Còn ${n(count)} vấn đề có cách sửa nhưng cần người xem lại (chạy phuluc check để xem).`,
    note: (note: string): string => `Lưu ý: ${note}`,
  },
  written: (file: string): string => `Đã ghi tệp ${file}.`,
  unexpected: (detail: string): string =>
    `lỗi không mong đợi khi kiểm tra tệp này (${detail}); các tệp khác vẫn được kiểm tra. Xin gửi tệp này cho người phát triển.`,
  versionUnknown: 'không rõ',
  /** Why `phuluc new` refuses its arguments (new.ts). */
  newAppendix: {
    badYear: (year: number, first: number, last: number, ahead: number): string =>
      `Năm không hợp lệ cho phụ lục mới: ${year} (chỉ nhận từ ${first}, năm Nghị định 30/2020/NĐ-CP quy định thể thức văn bản, đến ${last}, tức ${ahead} năm sau năm nay).`,
    bodyTooLong: (length: number, max: number): string => `Tên cơ quan quá dài (${n(length)} ký tự, tối đa ${n(max)}).`,
    bodyCharacters: (body: string): string =>
      `Tên cơ quan "${body}" có ký tự không dùng trong tên cơ quan (chỉ nhận chữ, số, dấu cách và , . - ( ) / &).`,
    noYear: 'Lệnh new cần --year, hoặc planYear trong tệp --config.',
    notABody: (body: string): string =>
      `"${body}" không phải tên một cơ quan ban hành kế hoạch cải cách hành chính; hãy ghi tên đầy đủ, ví dụ "Sở Nội vụ", "UBND tỉnh Quảng Trị", "Ủy ban nhân dân xã Cam Lộ", "Văn phòng UBND tỉnh", "Ban Quản lý Khu kinh tế", "Đặc khu Côn Cỏ".`,
  },
  newCreated: (year: number, body: string, tasks: number, file: string): string =>
    `Đã tạo phụ lục năm ${year} của ${body} (${tasks > 0 ? `${n(tasks)} nhiệm vụ mẫu` : 'chưa có nhiệm vụ'}): ${file}\n`,
  /** Whose units the tasks name: the directory, the config's own list in its place (replace), or both (extend). */
  newDirectory: (name: string, list: 'directory' | 'own' | 'own-and-directory' = 'directory'): string =>
    (list === 'own'
      ? `Đơn vị theo danh sách đơn vị riêng trong cài đặt (dùng thay danh mục: ${name}).`
      : list === 'own-and-directory'
        ? `Đơn vị theo danh mục: ${name}, thêm danh sách đơn vị riêng trong cài đặt.`
        : `Đơn vị theo danh mục: ${name}.`) + '\n',
  report: {
    badPeriod: (period: string): string =>
      `phuluc: Kỳ báo cáo không hợp lệ: "${period}" (ví dụ "Quý I/2026", "6 tháng/2026", "9 tháng/2026", "Năm 2026").\n`,
    noTasks: (file: string): string =>
      `phuluc: ${file}: không tìm thấy bảng nhiệm vụ nào (dòng tiêu đề STT, Nhiệm vụ, Chủ trì, Thời gian thực hiện...).\n`,
    source: (sheet: string): string => `trang tính "${sheet}"`,
    /** --date before the period starts: allowed (a report prepared ahead), but said. */
    dateBeforePeriod: (asOf: string, label: string, start: string): string =>
      `phuluc: Lưu ý: ngày báo cáo ${viDate(asOf)} trước khi kỳ ${label} bắt đầu (${viDate(start)}); báo cáo vẫn được lập theo ngày này, hãy xem lại tùy chọn --date.\n`,
  },
  /** The text report (report/text.ts). */
  text: {
    /** A severity's heading with how many issues it holds: "Lỗi (3)" (the label is the engine's severityLabel). */
    severityGroup: (label: string, count: number): string => `${label} (${n(count)})`,
    kind: { tasks: 'bảng nhiệm vụ', budget: 'bảng dự toán kinh phí', none: 'không nhận ra bảng phụ lục' },
    yearSource: {
      override: 'theo tùy chọn --year hoặc tệp cài đặt',
      title: 'đọc từ tiêu đề',
      'sheet-name': 'đọc từ tên trang tính',
      deadlines: 'suy ra từ các thời hạn',
    },
    directorySource: {
      title: 'chọn theo cơ quan ban hành ở tiêu đề',
      cover: 'chọn theo cơ quan ban hành ở trang bìa hoặc trang tính khác',
      year: 'chọn theo năm kế hoạch',
      config: 'chọn trong tệp cài đặt',
    },
    custom: { replace: ', thay bằng danh mục riêng', extend: ', thêm danh mục riêng' },
    /** "10 vấn đề: 3 lỗi, 2 cảnh báo, 5 gợi ý" (or "Không có vấn đề nào"). */
    summary: (errors: number, warnings: number, infos: number): string =>
      errors + warnings + infos === 0
        ? 'Không có vấn đề nào'
        : `${n(errors + warnings + infos)} vấn đề: ${n(errors)} lỗi, ${n(warnings)} cảnh báo, ${n(infos)} gợi ý`,
    headerRows: (rows: readonly number[]): string => `dòng tiêu đề cột: ${rows.join(', ')}`,
    planYear: (year: number, source: string): string => `năm kế hoạch ${year}${source}`,
    directory: (name: string, how: string): string => `danh mục: ${name} (${how})`,
    sheet: (name: string): string => `Trang tính "${name}"`,
    suggestion: '→ Đề xuất:',
    file: (file: string): string => `Tệp ${file}`,
    noSheets: '  (không có trang tính nào)',
    skipped: '    (bỏ qua)',
    /** A sheet that is phuluc's own quarterly report, in place of its kind. */
    ownReport: 'báo cáo tiến độ do phuluc tạo, không phải phụ lục: không kiểm tra',
    noIssues: '    Không có vấn đề nào.',
    total: (files: number, summary: string, unreadable: number, skipped = 0): string =>
      `Tổng cộng đã đọc ${n(files)} tệp: ${summary}${unreadable > 0 ? `; ${n(unreadable)} tệp hoặc thư mục không đọc được` : ''}` +
      (skipped > 0 ? `; bỏ qua ${n(skipped)} tệp kết quả do phuluc tạo` : ''),
    skippedFile: (file: string, reason: string): string => `Bỏ qua ${file}: ${reason}`,
    /** "Thư mục D:\\Phu luc: 12 tệp bảng tính (tìm cả trong 3 thư mục con)." */
    folder: (folder: string, files: number, subfolders: number): string =>
      `Thư mục ${folder}: ${n(files)} tệp bảng tính${subfolders > 0 ? ` (tìm cả trong ${n(subfolders)} thư mục con)` : ''}.`,
  },
  /** The HTML report (report/html.ts); text the page inserts is escaped there. */
  html: {
    hasErrors: 'Có lỗi',
    noErrors: 'Không có lỗi',
    unreadable: 'Không đọc được:',
    noSheets: 'Tệp không có trang tính nào.',
    skipped: 'Bỏ qua.',
    noIssues: 'Không có vấn đề nào.',
    /** The summary table's columns around the three severities (the engine's severityLabel). */
    columnsBefore: ['Tệp', 'Cơ quan', 'Năm kế hoạch', 'Nhiệm vụ'],
    columnsAfter: ['Tình trạng'],
    /** A kind of issue with how many of it: "Thiếu thời hạn (3)". */
    group: (title: string, count: number): string => `${title} (${n(count)})`,
    count: (x: number): string => n(x),
    unreadableCount: (count: number): string => `; ${n(count)} tệp không đọc được`,
    skippedCount: (count: number): string => `; bỏ qua ${n(count)} tệp kết quả do phuluc tạo`,
    skippedRow: 'Bỏ qua:',
    title: (files: number): string => `Kết quả kiểm tra phụ lục CCHC (${n(files)} tệp)`,
    heading: 'Kết quả kiểm tra phụ lục cải cách hành chính',
    /** `read`: the files read and checked, counted as the text report's total line counts them. */
    lead: (read: number, summary: string, unreadable: string, at: string): string =>
      `Đã đọc ${n(read)} tệp: ${summary}${unreadable}. Lập lúc ${at} bằng phuluc.`,
    overview: 'Tổng hợp',
    sortHint: 'Bấm vào tên cột để sắp xếp (tệp không đọc được và tệp bỏ qua luôn ở cuối bảng); bấm tên tệp để xem các vấn đề của tệp đó.',
  },
  /** `phuluc report` as text (report/period-text.ts). */
  periodText: {
    noLead: '(chưa có đơn vị chủ trì)',
    row: (row: string): string => `Dòng ${row}`,
    title: (period: string, owner: string, file: string, sheet: string, asOf: string): string =>
      `Báo cáo ${period}${owner} (tệp ${file}, trang tính "${sheet}"), số liệu đến ngày ${asOf}`,
    due: (end: string, total: number): string => `  Nhiệm vụ đến hạn (đến hết ngày ${end}): ${n(total)}`,
    inProgress: (count: number): string => `    Đang thực hiện, chưa đến hạn: ${n(count)}`,
    notStarted: (count: number): string => `    Chưa thực hiện, chưa đến hạn: ${n(count)}`,
    ongoing: (total: number, done: number, inProgress: number, notStarted: number): string =>
      `  Nhiệm vụ thường xuyên, theo yêu cầu: ${n(total)} (đã hoàn thành ${n(done)}, đang thực hiện ${n(inProgress)}, chưa thực hiện ${n(notStarted)})`,
    later: (notYetDue: number, undated: number): string => `  Chưa đến hạn (sau kỳ báo cáo): ${n(notYetDue)}; chưa có thời hạn: ${n(undated)}`,
    overdue: '  Quá hạn, chưa hoàn thành:',
    /** One state's count under the tasks due: "    Hoàn thành đúng hạn: 1.234". */
    state: (label: string, count: number): string => `    ${label}: ${n(count)}`,
  },
  /** Reading an input file (xlsx/read.ts). */
  read: {
    folder: 'đây là một thư mục, không phải tệp bảng tính (.xlsx).',
    notAFile: 'đây là một thiết bị hoặc cổng kết nối, không phải tệp bảng tính (.xlsx) trên đĩa.',
    pipeTooLarge: (limit: string): string => `dữ liệu đọc qua ống dẫn vượt giới hạn ${limit} cho một tệp .xlsx; phuluc dừng đọc.`,
    tooLarge: (size: string, limit: string): string => `tệp quá lớn: ${size}, vượt giới hạn ${limit} cho một tệp .xlsx; phuluc dừng trước khi đọc.`,
    missing: 'không tìm thấy tệp.',
    /** A name with U+FFFD that names no file: almost always one whose bytes are not UTF-8 (TCVN3, CP1258), which the command line cannot pass on. */
    missingNotUtf8:
      'không tìm thấy tệp: tên có ký tự "\uFFFD", thường do tên tệp không phải Unicode (UTF-8) mà là mã cũ (TCVN3, Windows-1258) chép từ máy cũ hoặc tệp nén, nên dòng lệnh không chuyển đúng được tên. Hãy đổi tên tệp sang Unicode, hoặc kiểm tra cả thư mục chứa nó (phuluc check THƯ_MỤC): phuluc đọc được mọi tệp trong thư mục, tên mã gì cũng vậy.',
    denied: 'không có quyền đọc tệp.',
    over2GB: 'tệp quá lớn: hơn 2 GB, vượt giới hạn đọc của phuluc.',
    other: (code: string | undefined): string => `không đọc được tệp (${code ?? 'lỗi không rõ'}).`,
  },
  /** Writing an output file (xlsx/write.ts), by the system's error code. */
  write: {
    /** An output named on the command line with bytes that are not UTF-8 (main.ts). */
    nameNotUtf8: 'tên tệp ra có byte không phải Unicode (UTF-8), như tên mã TCVN3 hay Windows-1258; phuluc không ghi tệp với tên khác tên đã gõ. Hãy đặt tên bằng Unicode.',
    reasons: {
      ENOSPC: 'ổ đĩa đã đầy, không ghi được tệp; tệp cũ (nếu có) vẫn giữ nguyên.',
      EDQUOT: 'đã hết dung lượng được cấp trên ổ đĩa, không ghi được tệp; tệp cũ (nếu có) vẫn giữ nguyên.',
      EROFS: 'thư mục chỉ cho đọc (ổ đĩa chỉ đọc), không ghi được tệp.',
      EACCES: 'không có quyền ghi vào thư mục này.',
      EPERM: 'không có quyền ghi vào thư mục này.',
      ENOENT: 'thư mục chứa tệp không tồn tại.',
      ENOTDIR: 'đường dẫn có một phần không phải thư mục.',
      EISDIR: 'đây là một thư mục, không phải tên tệp.',
      ENAMETOOLONG: 'tên tệp quá dài.',
      EIO: 'lỗi đọc ghi của ổ đĩa; tệp cũ (nếu có) vẫn giữ nguyên.',
      EMFILE: 'hệ thống đang mở quá nhiều tệp, không ghi được.',
      ENFILE: 'hệ thống đang mở quá nhiều tệp, không ghi được.',
      EXDEV: 'không đổi tên được tệp tạm sang ổ đĩa khác.',
    },
    other: (code: string | undefined): string => `không ghi được tệp (${code ?? 'lỗi không rõ'}); tệp cũ (nếu có) vẫn giữ nguyên.`,
    /** An output that is an input, naming the option that gave it (--out, --html, --xlsx). */
    sameAsInput: (option: string): string =>
      `${option} là chính tệp gốc (cùng một tệp trên đĩa, kể cả qua liên kết); phuluc không ghi đè lên tệp gốc, hãy chọn tên khác cho ${option}.`,
    /** Two outputs of one command that are one file. */
    sameOutput: (option: string, first: string): string =>
      `${option} và ${first} là cùng một tệp (kể cả qua liên kết): tệp ghi sau sẽ xóa mất tệp ghi trước; hãy chọn tên khác cho ${option}.`,
    /** An output whose name does not end as its content needs. */
    badExtension: (option: string, want: string, ext: string): string =>
      `tên tệp cho ${option} phải có đuôi ${want}${want === '.xlsx' ? ' (phuluc ghi một bảng tính Excel)' : want === '.html' ? ' (phuluc ghi một trang HTML)' : ''}; ${ext ? `tên đã cho có đuôi "${ext}"` : 'tên đã cho không có đuôi'}.`,
    exists: 'tệp đã tồn tại; thêm --force để ghi đè.',
    /** An existing output that is a pipe or a device: --force would replace it with a file. */
    notAFile: 'đây là một thiết bị hoặc cổng kết nối, không phải tệp trên đĩa; phuluc không ghi vào đó, kể cả với --force.',
    /** stdout failed otherwise than by its reader going away (a full disk behind `>`). */
    stdoutFailed: (code: string): string => `phuluc: không ghi được kết quả ra đầu ra chuẩn (${code}); kết quả in ra bị thiếu.\n`,
    unknownCode: 'lỗi không rõ',
  },
  progress: (done: number, total: number): string => `Đang kiểm tra ${n(done)}/${n(total)} tệp: `,
} as const;
