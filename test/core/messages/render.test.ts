import { ISSUE_CODES, makeIssue, SEVERITY, type IssueCode, type IssueFields } from '../../../src/core/issues';
import { codeTitle, renderMessage, roleLabel, severityLabel } from '../../../src/core/messages';

const WHERE = { sheet: 'Phụ lục', row: 12, cell: 'H12' };

/** One sample per code and the values its message must name. Exhaustive: a new code fails to compile here. */
const SAMPLES: { [C in IssueCode]: { data: IssueFields[C]; names: string[] } } = {
  'header.not-found': { data: {}, names: ['tiêu đề'] },
  'column.missing': { data: { role: 'deadline' }, names: ['Thời gian thực hiện'] },
  'stt.duplicate': { data: { stt: '7', firstRow: 15 }, names: ['7', 'dòng 15'] },
  'stt.gap': { data: { expected: '2', found: '3' }, names: ['sau 1 là 3', 'thiếu 2'] },
  'stt.missing': { data: { expected: '5' }, names: ['5'] },
  'section.numbering': { data: { expected: 'III', found: 'IV' }, names: ['III', 'IV'] },
  'section.nonstandard': {
    data: { title: 'CẢI CÁCH TÀI CHÁNH CÔNG', standard: 'CẢI CÁCH TÀI CHÍNH CÔNG' },
    names: ['"CẢI CÁCH TÀI CHÁNH CÔNG"', '"CẢI CÁCH TÀI CHÍNH CÔNG"'],
  },
  'row.repeated-header': { data: {}, names: ['tiêu đề', 'xóa'] },
  'row.fragment': { data: { targetRow: 22 }, names: ['dòng 22'] },
  'deadline.missing': { data: {}, names: ['thời gian thực hiện'] },
  'deadline.invalid': { data: { text: 'Quý V/2024', reason: 'quarter' }, names: ['"Quý V/2024"', '4 quý'] },
  'deadline.year-mismatch': {
    data: { text: 'Quý I/2023', year: 2023, planYear: 2024 },
    names: ['Năm 2023 khác năm kế hoạch 2024', '"Quý I/2023"'],
  },
  'deadline.unrecognized': { data: { text: 'Sớm nhất có thể' }, names: ['"Sớm nhất có thể"'] },
  'deadline.nonstandard': {
    data: { text: 'Trước 15/01/2024', canonical: 'Trước ngày 15/01/2024' },
    names: ['"Trước 15/01/2024"', '"Trước ngày 15/01/2024"'],
  },
  'lead.missing': { data: {}, names: ['chủ trì'] },
  'partner.same-as-lead': { data: { unit: 'Văn phòng Sở' }, names: ['"Văn phòng Sở"', 'Phối hợp'] },
  'unit.unknown': { data: { name: 'Văn phỏng', nearest: 'Văn phòng' }, names: ['"Văn phỏng"', 'có phải "Văn phòng"?'] },
  'unit.nonstandard': {
    data: { name: 'Kế hoạch-Tài chính', canonical: 'Phòng Kế hoạch - Tài chính' },
    names: ['"Kế hoạch-Tài chính"', '"Phòng Kế hoạch - Tài chính"'],
  },
  'unit.obsolete': {
    data: { name: 'Phòng Nội vụ huyện', canonical: 'Phòng Nội vụ huyện', validUntil: '2025-06-30', successors: ['Phòng Văn hóa - Xã hội'] },
    names: ['"Phòng Nội vụ huyện"', '30/06/2025', 'thay bằng "Phòng Văn hóa - Xã hội"'],
  },
  'unit.unlisted': { data: { name: 'Tổ công nghệ số cộng đồng', count: 3 }, names: ['"Tổ công nghệ số cộng đồng"', '3 lần', 'Cài đặt'] },
  'funding.missing': { data: {}, names: ['kinh phí'] },
  'funding.unknown': { data: { text: 'Ngân sách xã', nearest: 'Ngân sách tỉnh' }, names: ['"Ngân sách xã"', '"Ngân sách tỉnh"'] },
  'funding.nonstandard': { data: { text: 'Thường xuyen', canonical: 'Thường xuyên' }, names: ['"Thường xuyen"', '"Thường xuyên"'] },
  'budget.line-mismatch': {
    data: { quantity: 12, rate: 500000, amount: 5000000, expected: 6000000 },
    names: ['5.000.000', '12 × 500.000 = 6.000.000'],
  },
  'budget.total-mismatch': { data: { total: 20000000, sum: 19500000 }, names: ['20.000.000', '19.500.000', 'lệch 500.000'] },
  'budget.savings-mismatch': { data: { percent: 10, amount: 1500000, expected: 2000000 }, names: ['10%', '1.500.000', '2.000.000'] },
  'budget.words-missing': {
    data: { total: 20000000, expectedWords: 'Hai mươi triệu đồng' },
    names: ['20.000.000', 'Hai mươi triệu đồng'],
  },
  'budget.words-mismatch': {
    data: { words: 'Mười chín triệu đồng', total: 20000000, wordsValue: 19000000, expectedWords: 'Hai mươi triệu đồng' },
    names: ['"Mười chín triệu đồng"', '19.000.000', '20.000.000', '"Hai mươi triệu đồng"'],
  },
  'budget.number-format': {
    data: { text: '6.000.000', value: 6000000 },
    names: ['Số tiền đang lưu dạng chữ "6.000.000"; Excel không cộng được — nên đổi thành số.'],
  },
  'cell.error-value': { data: { error: '#REF!' }, names: ['#REF!'] },
  'cell.not-computed': { data: { formula: 'SUM(F7:F9)' }, names: ['=SUM(F7:F9)', 'Excel'] },
  'status.unrecognized': { data: { text: 'Sắp xong' }, names: ['"Sắp xong"', 'Đã hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'] },
  'text.legacy-encoding': {
    data: { text: 'Phßng KÕ ho¹ch', encoding: 'TCVN3', decoded: 'Phòng Kế hoạch', font: '.VnTime' },
    names: ['"Phßng KÕ ho¹ch"', 'TCVN3', '"Phòng Kế hoạch"', '.VnTime', 'Times New Roman'],
  },
  'text.legacy-font': {
    data: { text: 'Văn phòng Sở', font: 'VNI-Times' },
    names: ['"Văn phòng Sở"', 'VNI-Times', 'Times New Roman', 'Unicode'],
  },
};

function sample<C extends IssueCode>(code: C, data?: IssueFields[C]) {
  return makeIssue(code, WHERE, data ?? SAMPLES[code].data);
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

describe('renderMessage', () => {
  test.each(ISSUE_CODES)('%s: Vietnamese, naming its values', (code) => {
    const msg = renderMessage(sample(code));
    expect(msg).toMatch(VIETNAMESE);
    expect(msg).not.toMatch(/undefined|NaN|\[object|null/);
    expect(msg.length).toBeLessThan(220);
    for (const name of SAMPLES[code].names) expect(msg).toContain(name);
  });

  test('every code has a sample (and the samples name only codes that exist)', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...ISSUE_CODES].sort());
  });

  test.each([
    [{ expected: '2', found: '3' }, 'Số thứ tự bị nhảy: sau 1 là 3, thiếu 2.'],
    [{ expected: '2', found: '5' }, 'Số thứ tự bị nhảy: sau 1 là 5, thiếu 2 đến 4.'],
    [{ expected: '3.2', found: '3.3' }, 'Số thứ tự bị nhảy: sau 3.1 là 3.3, thiếu 3.2.'],
    [{ expected: '1', found: '3' }, 'Số thứ tự bị nhảy: đáng lẽ là 1 nhưng ghi 3.'],
    [{ expected: '4', found: '2' }, 'Số thứ tự bị nhảy: sau 3 là 2, đáng lẽ là 4.'],
    [{ expected: 'a', found: 'c' }, 'Số thứ tự bị nhảy: đáng lẽ là a nhưng ghi c.'],
  ])('stt.gap %j', (data, expected) => {
    expect(renderMessage(sample('stt.gap', data))).toBe(expected);
  });

  test.each([
    ['Quý V/2024', 'quarter', 'Thời hạn "Quý V/2024" không hợp lệ: năm chỉ có 4 quý.'],
    ['Tháng 13/2024', 'month', 'Thời hạn "Tháng 13/2024" không hợp lệ: năm chỉ có 12 tháng.'],
    ['32/01/2024', 'day', 'Thời hạn "32/01/2024" không hợp lệ: ngày phải từ 1 đến 31.'],
    ['31/4/2024', 'date', 'Thời hạn "31/4/2024" không hợp lệ: tháng 4/2024 chỉ có 30 ngày.'],
    ['29/02/2023', 'date', 'Thời hạn "29/02/2023" không hợp lệ: tháng 2/2023 chỉ có 28 ngày.'],
    ['30/02', 'date', 'Thời hạn "30/02" không hợp lệ: tháng 2 chỉ có 29 ngày.'],
    // ISO dates typed as text: the year comes first, not a day
    ['2025-02-30', 'date', 'Thời hạn "2025-02-30" không hợp lệ: tháng 2/2025 chỉ có 28 ngày.'],
    ['Trước ngày 2024-04-31', 'date', 'Thời hạn "Trước ngày 2024-04-31" không hợp lệ: tháng 4/2024 chỉ có 30 ngày.'],
    ['1900-02-29', 'date', 'Thời hạn "1900-02-29" không hợp lệ: tháng 2/1900 chỉ có 28 ngày.'],
    ['Trước ngày 31 tháng 6', 'date', 'Thời hạn "Trước ngày 31 tháng 6" không hợp lệ: tháng đó không có ngày này.'],
  ] as const)('deadline.invalid %s', (text, reason, expected) => {
    expect(renderMessage(sample('deadline.invalid', { text, reason }))).toBe(expected);
  });

  test('a nearest name is offered only when there is one', () => {
    expect(renderMessage(sample('unit.unknown', { name: 'Phòng X' }))).toBe('Đơn vị "Phòng X" không có trong danh mục.');
    expect(renderMessage(sample('funding.unknown', { text: 'Quỹ Y' }))).toBe('Kinh phí "Quỹ Y" không có trong danh mục.');
  });

  test('a spelling that differs only in Unicode form says so instead of repeating the same text', () => {
    const msg = renderMessage(
      sample('deadline.nonstandard', { text: 'Quý I/2024'.normalize('NFD'), canonical: 'Quý I/2024' }),
    );
    expect(msg).toContain('Unicode tổ hợp');
    expect(msg).not.toContain('nên ghi là');
  });

  test('multi-line and long texts are quoted on one line, cut short', () => {
    const two = renderMessage(sample('deadline.unrecognized', { text: '- Tổng kết\n- Gửi báo cáo' }));
    expect(two).toContain('"- Tổng kết; - Gửi báo cáo"');
    const long = renderMessage(sample('deadline.unrecognized', { text: 'x'.repeat(500) }));
    expect(long).toContain('…"');
    expect(long.length).toBeLessThan(250);
  });

  test('money is written the Vietnamese way, decimals with a comma', () => {
    const msg = renderMessage(sample('budget.line-mismatch', { quantity: 1.5, rate: 1234567, amount: 1, expected: 1851850.5 }));
    expect(msg).toBe('Số tiền 1 không khớp: 1,5 × 1.234.567 = 1.851.850,5.');
  });

  test('words-mismatch without a read value still names the total', () => {
    const msg = renderMessage(
      sample('budget.words-mismatch', { words: 'abc', total: 105000, expectedWords: 'Một trăm linh năm nghìn đồng' }),
    );
    expect(msg).toBe('Số tiền bằng chữ "abc" không khớp tổng 105.000; nên ghi "Một trăm linh năm nghìn đồng".');
  });
});

describe('labels', () => {
  test('severityLabel', () => {
    expect([severityLabel('error'), severityLabel('warning'), severityLabel('info')]).toEqual(['Lỗi', 'Cảnh báo', 'Gợi ý']);
  });

  test('every code has a distinct Vietnamese title', () => {
    const titles = ISSUE_CODES.map(codeTitle);
    for (const t of titles) expect(t).toMatch(VIETNAMESE);
    expect(new Set(titles).size).toBe(ISSUE_CODES.length);
    expect(codeTitle('deadline.invalid')).toBe('Thời hạn không hợp lệ');
    expect(codeTitle('stt.gap')).toBe('Số thứ tự bị nhảy');
  });

  test('every code has a severity and a label for it', () => {
    for (const code of ISSUE_CODES) expect(severityLabel(SEVERITY[code])).toMatch(VIETNAMESE);
  });

  test('roleLabel names the usual header', () => {
    expect(roleLabel('lead')).toBe('Chủ trì');
    expect(roleLabel('amount')).toBe('Số tiền');
  });
});

describe('text.legacy-encoding names the legacy font the cell is in', () => {
  const message = (encoding: 'TCVN3' | 'VNI', font?: string) =>
    renderMessage(sample('text.legacy-encoding', { text: 'x', encoding, decoded: 'y', ...(font !== undefined && { font }) }));
  test.each<['TCVN3' | 'VNI', string | undefined, string]>([
    ['TCVN3', '.VnTime', 'bảng mã cũ TCVN3 (.VnTime),'],
    ['TCVN3', '.VnTimeH', 'bảng mã cũ TCVN3 (.VnTimeH),'],
    ['TCVN3', '.VnArial', 'bảng mã cũ TCVN3 (.VnArial),'],
    ['VNI', 'VNI-Times', 'bảng mã cũ VNI (VNI-Times),'],
    // no font, or a font of the other family or none (detected from the text alone): the family only
    ['TCVN3', undefined, 'bảng mã cũ TCVN3 (.VnTime),'],
    ['TCVN3', 'Arial', 'bảng mã cũ TCVN3 (.VnTime),'],
    ['TCVN3', 'VNI-Times', 'bảng mã cũ TCVN3 (.VnTime),'],
    ['VNI', undefined, 'bảng mã cũ VNI,'],
    ['VNI', '.VnTimeH', 'bảng mã cũ VNI,'],
    ['VNI', 'Times New Roman', 'bảng mã cũ VNI,'],
  ])('%s in %s: "%s"', (encoding, font, says) => expect(message(encoding, font)).toContain(says));
});
