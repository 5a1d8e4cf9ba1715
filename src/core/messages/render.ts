/**
 * Every message the user reads about an issue, in one place. The switch is exhaustive over the
 * issue codes: a new code does not compile until it has a message and a title here.
 */
import { daysInMonth } from '../deadline';
import { viDate } from '../grid/date';
import type { ColumnRole, DeadlineInvalidReason, Issue, IssueCode, Severity } from '../issues';
import { formatAmount } from '../money';
import { legacyFontEncoding } from '../text';
import type { FixRefusal } from '../verify';

const SEVERITY_LABEL: { readonly [S in Severity]: string } = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
};

export function severityLabel(s: Severity): string {
  return SEVERITY_LABEL[s];
}

const ROLE_LABEL: { readonly [R in ColumnRole]: string } = {
  stt: 'STT',
  objective: 'Mục tiêu',
  task: 'Nhiệm vụ',
  activity: 'Hoạt động',
  product: 'Sản phẩm',
  lead: 'Chủ trì',
  partners: 'Phối hợp',
  deadline: 'Thời gian thực hiện',
  funding: 'Kinh phí',
  status: 'Tình hình thực hiện',
  item: 'Nội dung chi tiết',
  unit: 'Đơn vị tính',
  quantity: 'Số lượng',
  rate: 'Định mức',
  amount: 'Số tiền',
  words: 'Bằng chữ',
};

/** The usual header of a column role, as a clerk knows it. */
export function roleLabel(role: ColumnRole): string {
  return ROLE_LABEL[role];
}

const CODE_TITLE: { readonly [C in IssueCode]: string } = {
  'header.not-found': 'Không thấy tiêu đề bảng',
  'column.missing': 'Thiếu cột',
  'stt.duplicate': 'Số thứ tự trùng',
  'stt.gap': 'Số thứ tự bị nhảy',
  'stt.missing': 'Thiếu số thứ tự',
  'section.numbering': 'Số mục sai thứ tự',
  'section.nonstandard': 'Tên mục chưa chuẩn',
  'row.repeated-header': 'Tiêu đề bảng bị lặp',
  'row.fragment': 'Dòng bị ngắt trang',
  'deadline.missing': 'Thiếu thời hạn',
  'deadline.invalid': 'Thời hạn không hợp lệ',
  'deadline.year-mismatch': 'Thời hạn khác năm kế hoạch',
  'deadline.unrecognized': 'Thời hạn không rõ',
  'deadline.nonstandard': 'Thời hạn ghi chưa chuẩn',
  'lead.missing': 'Thiếu đơn vị chủ trì',
  'partner.same-as-lead': 'Phối hợp trùng chủ trì',
  'unit.unknown': 'Đơn vị không có trong danh mục',
  'unit.nonstandard': 'Tên đơn vị chưa chuẩn',
  'unit.obsolete': 'Đơn vị không còn tồn tại',
  'unit.unlisted': 'Đơn vị chưa có trong danh mục',
  'funding.missing': 'Thiếu kinh phí',
  'funding.unknown': 'Kinh phí không có trong danh mục',
  'funding.nonstandard': 'Kinh phí ghi chưa chuẩn',
  'budget.line-mismatch': 'Thành tiền sai',
  'budget.total-mismatch': 'Tổng cộng sai',
  'budget.savings-mismatch': 'Tiết kiệm chi sai',
  'budget.words-missing': 'Thiếu số tiền bằng chữ',
  'budget.words-mismatch': 'Số tiền bằng chữ sai',
  'budget.number-format': 'Số tiền lưu dạng chữ',
  // Excel's own word for #N/A and the like is *giá trị lỗi*; the issue itself is a warning.
  'cell.error-value': 'Ô có giá trị lỗi (#N/A…)',
  'status.unrecognized': 'Tình hình thực hiện không rõ',
  'cell.not-computed': 'Công thức chưa được tính',
  'text.legacy-encoding': 'Chữ ở bảng mã cũ',
  'text.legacy-font': 'Chữ Unicode ở phông cũ',
};

/** A short Vietnamese name for a kind of issue, for grouping in the pane and the CLI. */
export function codeTitle(code: IssueCode): string {
  return CODE_TITLE[code];
}

const MAX_QUOTE = 80;

/** A cell's text in quotes, on one line, cut when long so the message stays readable. */
function q(text: string): string {
  let t = text.replace(/\s*\r?\n\s*/g, '; ').trim();
  if (t.length > MAX_QUOTE) t = `${t.slice(0, MAX_QUOTE - 1).trimEnd()}…`;
  return `"${t}"`;
}

function money(n: number): string {
  return formatAmount(n);
}

/** "nên ghi là ..." — unless only the Unicode form differs, which the clerk cannot see. */
function spelling(what: string, text: string, canonical: string): string {
  if (text.normalize('NFC').trim() === canonical) {
    return `${what} ${q(canonical)} đang ở dạng Unicode tổ hợp; nên gõ lại dạng dựng sẵn để tìm kiếm, lọc được.`;
  }
  return `${what} ${q(text)} nên ghi là ${q(canonical)}.`;
}

function nearest(name: string | undefined): string {
  return name === undefined ? '.' : `; có phải ${q(name)}?`;
}


/** ` và 4.680 tên khác trong ô`: a cell's many names of one kind, reported once. */
function andOthers(n: number | undefined): string {
  return n ? ` (và ${n.toLocaleString('vi-VN')} chỗ khác trong ô)` : '';
}

/** The same for messages that end in a sentence: one more sentence. */
function othersNote(n: number | undefined): string {
  return n ? ` Ô này còn ${n.toLocaleString('vi-VN')} chỗ khác như vậy; khi sửa, phuluc sửa cả những chỗ đó.` : '';
}

/** A unit that no longer exists, with who took over its work. */
function obsolete(name: string, until: string, successors: readonly string[]): string {
  const head = `Đơn vị ${q(name)} không còn tồn tại sau ngày ${viDate(until)}`;
  if (successors.length === 0) return `${head}; nên ghi đơn vị đang đảm nhận công việc này.`;
  if (successors.length === 1) return `${head}; nên thay bằng ${q(successors[0]!)}.`;
  return `${head}; công việc đã chuyển cho ${successors.map(q).join(', ')}: nên ghi đơn vị phù hợp.`;
}

/** The number before `expected` in the same scheme: 3 → 2, 3.2 → 3.1; none for 1. */
function previous(expected: string): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(expected.trim());
  if (!m) return undefined;
  const n = Number(m[2]);
  return n > 1 ? `${m[1]}${n - 1}` : undefined;
}

function sttGap(expected: string, found: string): string {
  const prev = previous(expected);
  const e = /(\d+)$/.exec(expected.trim());
  const f = /(\d+)$/.exec(found.trim());
  const head = prev === undefined ? `Số thứ tự bị nhảy: đáng lẽ là ${expected} nhưng ghi ${found}` : `Số thứ tự bị nhảy: sau ${prev} là ${found}`;
  if (prev !== undefined && e && f && Number(f[1]) > Number(e[1])) {
    const last = Number(f[1]) - 1;
    const missing = last === Number(e[1]) ? expected : `${expected} đến ${expected.replace(/\d+$/, String(last))}`;
    return `${head}, thiếu ${missing}.`;
  }
  return prev === undefined ? `${head}.` : `${head}, đáng lẽ là ${expected}.`;
}

/** Why a deadline cannot be, as concretely as its text allows ("tháng 2/2023 chỉ có 28 ngày"). */
function invalidDeadline(text: string, reason: DeadlineInvalidReason): string {
  const head = `Thời hạn ${q(text)} không hợp lệ: `;
  switch (reason) {
    case 'quarter':
      return `${head}năm chỉ có 4 quý.`;
    case 'month':
      return `${head}năm chỉ có 12 tháng.`;
    case 'day':
      return `${head}ngày phải từ 1 đến 31.`;
    case 'date': {
      // ISO year-month-day ("2025-02-30") first, else day/month[/year] ("30/02/2025").
      const iso = /(\d{4})\s*-\s*(\d{1,2})\s*-\s*\d{1,2}/.exec(text);
      const m = iso ? [iso[0], '', iso[2], iso[1]] : /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(text);
      const month = m ? Number(m[2]) : 0;
      if (m && month >= 1 && month <= 12) {
        const year = m[3] === undefined ? undefined : Number(m[3]);
        const where = year === undefined ? `tháng ${month}` : `tháng ${month}/${year}`;
        return `${head}${where} chỉ có ${daysInMonth(month, year)} ngày.`;
      }
      return `${head}tháng đó không có ngày này.`;
    }
    default: {
      const _exhaustive: never = reason;
      return `${head}${String(_exhaustive)}.`;
    }
  }
}

/** The message for one issue: short, concrete, naming the values a clerk has to look at. */
export function renderMessage(issue: Issue): string {
  switch (issue.code) {
    case 'header.not-found':
      return 'Không tìm thấy dòng tiêu đề của bảng (STT, Nhiệm vụ, Chủ trì, Thời gian thực hiện...).';
    case 'column.missing':
      return `Bảng thiếu cột "${roleLabel(issue.data.role)}".`;
    case 'stt.duplicate':
      return `Số thứ tự ${issue.data.stt} bị trùng với dòng ${issue.data.firstRow}.`;
    case 'stt.gap':
      return sttGap(issue.data.expected, issue.data.found);
    case 'stt.missing':
      return issue.data.expected === undefined
        ? 'Dòng nhiệm vụ chưa có số thứ tự.'
        : `Dòng nhiệm vụ chưa có số thứ tự; đáng lẽ là ${issue.data.expected}.`;
    case 'section.numbering':
      return `Số mục ${issue.data.found} không đúng thứ tự; đáng lẽ là ${issue.data.expected}.`;
    case 'section.nonstandard':
      return `Tên mục ${q(issue.data.title)} khác tên chuẩn ${q(issue.data.standard)}.`;
    case 'row.repeated-header':
      return 'Dòng tiêu đề bảng bị lặp lại (thường do dán từ PDF, Word qua chỗ ngắt trang); nên xóa dòng này.';
    case 'row.fragment':
      return `Dòng này là phần bị ngắt trang của dòng ${issue.data.targetRow}; nên nối vào dòng ${issue.data.targetRow}.`;
    case 'deadline.missing':
      return 'Nhiệm vụ chưa có thời gian thực hiện.';
    case 'deadline.invalid':
      return invalidDeadline(issue.data.text, issue.data.reason);
    case 'deadline.year-mismatch':
      return `Năm ${issue.data.year} khác năm kế hoạch ${issue.data.planYear} (thời hạn ${q(issue.data.text)}).`;
    case 'deadline.unrecognized':
      return `Không hiểu thời hạn ${q(issue.data.text)}; nên ghi theo mẫu "Quý I/2024", "Tháng 01/2024", "Trước ngày 15/01/2024" hoặc "Thường xuyên".`;
    case 'deadline.nonstandard':
      return spelling('Thời hạn', issue.data.text, issue.data.canonical);
    case 'lead.missing':
      return 'Nhiệm vụ chưa có đơn vị chủ trì.';
    case 'partner.same-as-lead':
      return `${q(issue.data.unit)} vừa chủ trì vừa phối hợp; nên bỏ khỏi cột Phối hợp.`;
    case 'unit.unknown':
      return `Đơn vị ${q(issue.data.name)}${andOthers(issue.data.others)} không có trong danh mục${nearest(issue.data.nearest)}`;
    case 'unit.nonstandard':
      return spelling('Đơn vị', issue.data.name, issue.data.canonical) + othersNote(issue.data.others);
    case 'unit.obsolete':
      return obsolete(issue.data.name, issue.data.validUntil, issue.data.successors) + othersNote(issue.data.others);
    case 'unit.unlisted': {
      const times = issue.data.count > 1 ? `, dùng ${issue.data.count.toLocaleString('vi-VN')} lần trong bảng` : '';
      return `Đơn vị ${q(issue.data.name)} chưa có trong danh mục (tên hợp lệ${times}); có thể thêm vào danh mục trong Cài đặt.`;
    }
    case 'funding.missing':
      return 'Nhiệm vụ chưa ghi kinh phí.';
    case 'funding.unknown':
      return `Kinh phí ${q(issue.data.text)} không có trong danh mục${nearest(issue.data.nearest)}`;
    case 'funding.nonstandard':
      return spelling('Kinh phí', issue.data.text, issue.data.canonical);
    case 'budget.line-mismatch': {
      const d = issue.data;
      return `Số tiền ${money(d.amount)} không khớp: ${money(d.quantity)} × ${money(d.rate)} = ${money(d.expected)}.`;
    }
    case 'budget.total-mismatch': {
      const d = issue.data;
      return `Tổng cộng ghi ${money(d.total)} nhưng cộng các dòng được ${money(d.sum)} (lệch ${money(Math.abs(d.total - d.sum))}).`;
    }
    case 'budget.savings-mismatch': {
      const d = issue.data;
      return `Tiết kiệm chi ${money(d.percent)}% ghi ${money(d.amount)}, đáng lẽ là ${money(d.expected)}.`;
    }
    case 'budget.words-missing':
      return `Thiếu số tiền bằng chữ của tổng ${money(issue.data.total)}; nên ghi "(Bằng chữ: ${issue.data.expectedWords})".`;
    case 'budget.words-mismatch': {
      const d = issue.data;
      const read = d.wordsValue === undefined ? '' : ` (tức ${money(d.wordsValue)})`;
      return `Số tiền bằng chữ ${q(d.words)}${read} không khớp tổng ${money(d.total)}; nên ghi "${d.expectedWords}".`;
    }
    case 'budget.number-format':
      return `Số tiền đang lưu dạng chữ ${q(issue.data.text)}; Excel không cộng được — nên đổi thành số.`;
    case 'cell.error-value':
      return `Ô đang có giá trị lỗi ${issue.data.error}; nên sửa công thức hoặc nhập lại giá trị.`;
    case 'status.unrecognized':
      return `Không hiểu tình hình thực hiện ${q(issue.data.text)}; nên ghi "Đã hoàn thành", "Đang thực hiện" hoặc "Chưa thực hiện".`;
    case 'cell.not-computed': {
      const f = issue.data.formula === undefined ? 'công thức' : `công thức =${issue.data.formula}`;
      return `Ô có ${f} nhưng tệp không lưu kết quả tính và phuluc không tự tính được, nên chưa kiểm tra được số này; hãy mở tệp bằng Excel, lưu lại rồi kiểm tra lại.`;
    }
    case 'text.legacy-encoding': {
      // The cell's own font names the legacy font family when it is one of them (.VnTimeH, .VnArial).
      const own = issue.data.font !== undefined && legacyFontEncoding(issue.data.font) === issue.data.encoding ? issue.data.font.trim() : undefined;
      const font = issue.data.encoding === 'TCVN3' ? `TCVN3 (${own ?? '.VnTime'})` : own ? `VNI (${own})` : 'VNI';
      // Only a legacy font is changed (legacy/fontForWrite): Arial already shows Unicode.
      const fontNote = legacyFontEncoding(issue.data.font) ? ` (phông ${issue.data.font} đổi thành Times New Roman)` : '';
      return `Chữ ${q(issue.data.text)} đang ở bảng mã cũ ${font}, hiện thành ký tự lạ; chuyển sang Unicode: ${q(issue.data.decoded)}${fontNote}.`;
    }
    case 'text.legacy-font':
      return `Chữ ${q(issue.data.text)} đã là Unicode nhưng ô vẫn dùng phông cũ ${issue.data.font}, nên hiện và in ra thành ký tự lạ; đổi phông thành Times New Roman, giữ nguyên chữ.`;
    default: {
      const _exhaustive: never = issue;
      return String((_exhaustive as Issue).code);
    }
  }
}

/**
 * Why phuluc does not offer a fix for an issue (verify.ts), for the pane and the CLI:
 * "Không tự sửa được: ..." in Vietnamese.
 */
export function renderRefusal(refusal: FixRefusal): string {
  switch (refusal.reason) {
    case 'keeps-issue':
      return 'Không tự sửa được: cách sửa tự động không hết vấn đề này; cần sửa tay.';
    case 'creates-issues': {
      const what = refusal.issues.map((i) => `${codeTitle(i.code).toLowerCase()} ở ô ${i.cell}`).join('; ');
      return `Không tự sửa được: sửa tự động sẽ gây vấn đề mới (${what}); cần sửa tay.`;
    }
    case 'text-over-date':
      return `Không tự sửa được: sẽ ghi chữ đè lên ngày tháng thật ở ô ${refusal.cells.join(', ')}; cần sửa tay.`;
    case 'value-over-formula':
      return `Không tự sửa được: ô ${refusal.cells.slice(0, 5).join(', ')}${refusal.cells.length > 5 ? '…' : ''} chứa công thức; phuluc không ghi đè công thức bằng giá trị; cần sửa tay.`;
    case 'rich-text-unsupported':
      return `Không tự sửa được ở đây: ô ${refusal.cells.slice(0, 5).join(', ')}${refusal.cells.length > 5 ? '…' : ''} có thể có chữ định dạng từng phần (đậm, nghiêng, phông riêng…) mà phiên bản Excel này không đọc và ghi được từng phần, nên ghi chữ mới sẽ làm mất định dạng đó. Hãy sửa tay, hoặc dùng Excel cho Microsoft 365, trang kiểm tra trên web hay lệnh phuluc fix.`;
  }
}
