/**
 * Whether a cell holds legacy bytes is decided by its text; the font is only a hint. A clerk who
 * converted a sheet to Unicode (Unikey) but kept the .VnTime font must not have it garbled.
 */
import { checkSheet, renderMessage, type Cell, type Grid } from '../../../src/core';
import { legacyVerdict, type LegacyEncoding, type LegacyReason } from '../../../src/core/text';
import { gridOf } from '../../helpers/grid';
import { encodeTCVN3 as T, encodeVNI as V } from '../../helpers/legacy';

interface Row {
  name: string;
  text: string;
  font?: string;
  sheet?: LegacyEncoding | null;
  encoding: LegacyEncoding | null;
  reason: LegacyReason;
}

const cases: Row[] = [
  // Unicode kept in a legacy font: never decoded (bad inputs for a font-only rule)
  { name: 'Unicode in .VnTime', text: 'Văn phòng Sở', font: '.VnTime', encoding: null, reason: 'unicode-letters' },
  { name: 'Unicode header in .VnTimeH', text: 'Đơn vị chủ trì', font: '.VnTimeH', encoding: null, reason: 'unicode-letters' },
  { name: 'Unicode capitals in .VnTimeH', text: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', font: '.VnTimeH', encoding: null, reason: 'unicode-letters' },
  { name: 'Unicode in .VnTime even on a TCVN3 sheet', text: 'Thường xuyên', font: '.VnTime', sheet: 'TCVN3', encoding: null, reason: 'unicode-letters' },
  { name: 'decomposed (NFD) Unicode in .VnTime', text: 'Phòng Kế hoạch'.normalize('NFD'), font: '.VnTime', encoding: null, reason: 'unicode-letters' },
  { name: 'Unicode in VNI-Times', text: 'Văn phòng Sở', font: 'VNI-Times', encoding: null, reason: 'unicode-letters' },
  { name: 'Unicode in VNI-Times, Latin-1 letters only', text: 'Kinh phí', font: 'VNI-Times', encoding: null, reason: 'ambiguous' },
  // Latin-1-only Unicode in .VnTime: decoding would make "Kinh phỡ", "Phũng" — as Vietnamese-like; left alone
  { name: 'Latin-1-only Unicode in .VnTime, no TCVN3 elsewhere', text: 'Kinh phí', font: '.VnTime', encoding: null, reason: 'common-as-is' },
  { name: 'Latin-1-only Unicode in .VnTime, nothing common either way', text: 'Hé', font: '.VnTime', encoding: null, reason: 'ambiguous' },
  { name: 'Unicode that reads worse decoded', text: 'Tây Ninh', font: '.VnTime', encoding: null, reason: 'reads-better-as-is' },
  { name: 'Unicode that reads worse decoded, on a TCVN3 sheet', text: 'cây xanh', font: '.VnTime', sheet: 'TCVN3', encoding: null, reason: 'reads-better-as-is' },
  { name: 'a cell mixing Unicode and TCVN3', text: `Sở Nội vụ, ${T('Phòng Tư pháp')}`, font: '.VnTime', encoding: null, reason: 'unicode-letters' },
  { name: 'a cell mixing Unicode and VNI', text: `Sở Nội vụ, ${V('Văn phòng')}`, font: 'VNI-Times', encoding: null, reason: 'unicode-letters' },
  { name: 'ASCII only in .VnTime', text: 'Quy I/2026 - UBND tinh', font: '.VnTime', encoding: null, reason: 'no-legacy-bytes' },
  { name: 'ASCII only, no font', text: 'Thuong xuyen', encoding: null, reason: 'no-legacy-bytes' },
  { name: 'Unicode, no font', text: 'Phòng Tư pháp', encoding: null, reason: 'unicode-letters' },
  // legacy bytes: decoded (good inputs)
  { name: 'TCVN3 in .VnTime', text: T('Văn phòng Sở'), font: '.VnTime', encoding: 'TCVN3', reason: 'decodes-better' },
  { name: 'TCVN3 in .VnTimeH', text: T('đơn vị chủ trì'), font: '.VnTimeH', encoding: 'TCVN3', reason: 'decodes-better' },
  { name: 'short TCVN3 in .VnTime', text: T('Sở'), font: '.VnTime', encoding: 'TCVN3', reason: 'decodes-better' },
  { name: 'TCVN3 "Kinh phí" in .VnTime on a TCVN3 sheet', text: T('Kinh phí'), font: '.VnTime', sheet: 'TCVN3', encoding: 'TCVN3', reason: 'decodes-better' },
  { name: 'TCVN3 in Arial', text: T('Phòng Kế hoạch - Tài chính'), font: 'Arial', encoding: 'TCVN3', reason: 'detected' },
  { name: 'TCVN3, no font', text: T('Thường xuyên'), encoding: 'TCVN3', reason: 'detected' },
  { name: 'VNI in VNI-Times', text: V('Văn phòng Sở'), font: 'VNI-Times', encoding: 'VNI', reason: 'decodes-better' },
  { name: 'VNI in VNI-Helve', text: V('Đơn vị phối hợp'), font: 'VNI-Helve', encoding: 'VNI', reason: 'decodes-better' },
  { name: 'VNI, no font', text: V('Rà soát thủ tục hành chính'), encoding: 'VNI', reason: 'detected' },
  { name: 'short TCVN3, no font, on a TCVN3 sheet', text: T('Sở'), sheet: 'TCVN3', encoding: 'TCVN3', reason: 'detected' },
  { name: 'short TCVN3, no font, nothing else', text: T('Sở'), encoding: null, reason: 'not-detected' },
];

describe('legacyVerdict: the text decides, the font is a hint', () => {
  test('the table has as many cells left alone as decoded, or more', () => {
    expect(cases.filter((c) => c.encoding === null).length).toBeGreaterThanOrEqual(cases.filter((c) => c.encoding !== null).length);
  });
  test.each(cases)('$name', ({ text, font, sheet, encoding, reason }) => {
    expect(legacyVerdict(text, font, sheet ?? null)).toEqual({ encoding, reason });
  });
});

/**
 * Latin-1-only cells in .VnTime read as many valid syllables stored as decoded; the reading with
 * more common syllables (COMMON_SYLLABLES) decides, even on a TCVN3 sheet (issue 11).
 */
describe('legacyVerdict: a tie is broken by common syllables', () => {
  // Unicode typed with Latin-1 letters only: decoding would give "Cụng tỏc thụng tin", "Kinh phớ"
  const unicode = [
    'Công tác thông tin',
    'Kinh phí',
    'Thông báo',
    'Báo cáo tháng',
    'Hành chính',
    'Phòng Tài chính',
    'Các xã',
    'Hàng tháng',
    'Công khai',
    'Chính sách',
    'Thông tin báo chí',
    'Tài chính công',
  ];
  // TCVN3 whose bytes are valid Unicode syllables too ("Bé mét sè"), and other real TCVN3 cells
  const tcvn3: [string, LegacyReason][] = [
    ['Bộ một số', 'common-decoded'],
    ['Một số', 'common-decoded'],
    ['một số', 'common-decoded'],
    ['Bộ', 'common-decoded'],
    ['Số', 'common-decoded'],
    ['Bộ số', 'common-decoded'],
    ['Số hộ', 'common-decoded'],
    ['Số 12', 'common-decoded'],
    ['Bộ phận một cửa', 'decodes-better'],
    ['Tổng số', 'decodes-better'],
    ['Hồ sơ', 'decodes-better'],
    ['Sở Tư pháp', 'decodes-better'],
  ];
  const sheets: (LegacyEncoding | null)[] = ['TCVN3', null];
  test.each(sheets.flatMap((sheet) => unicode.map((text) => [text, sheet] as const)))('Unicode "%s" stays, sheet %s', (text, sheet) => {
    expect(legacyVerdict(text, '.VnTime', sheet)).toEqual({ encoding: null, reason: 'common-as-is' });
  });
  test.each(sheets.flatMap((sheet) => tcvn3.map(([text, reason]) => [text, T(text), reason, sheet] as const)))(
    'TCVN3 "%s" (stored "%s") decodes: %s, sheet %s',
    (_text, stored, reason, sheet) => {
      expect(legacyVerdict(stored, '.VnTime', sheet)).toEqual({ encoding: 'TCVN3', reason });
    },
  );
  test('"Bé mét sè" is TCVN3 for "Bộ một số"', () => {
    expect(T('Bộ một số')).toBe('Bé mét sè');
  });
});

describe('a sheet converted to Unicode that kept its .VnTime fonts', () => {
  const c = (value: string | number, font = '.VnTime'): Cell => (typeof value === 'number' ? { value } : { value, font });
  const H = (s: string) => c(s, '.VnTimeH');
  function sheet(enc: (s: string) => string, caps: (s: string) => string): Grid {
    return gridOf(
      'Phụ lục',
      [
        [H(caps('Phụ lục'))],
        [H(caps('Các nhiệm vụ cải cách hành chính năm 2026 của Sở Nội vụ'))],
        [],
        [c('STT'), c(enc('Nhiệm vụ')), c(enc('Đơn vị chủ trì')), c(enc('Đơn vị phối hợp')), c(enc('Thời gian hoàn thành'))],
        [c('I'), H(caps('Công tác chỉ đạo, điều hành'))],
        [c(1), c(enc('Ban hành kế hoạch cải cách hành chính')), c(enc('Văn phòng Sở')), c(enc('Thanh tra Sở')), c('Quý I/2026')],
        [c(2), c(enc('Kiểm tra công tác cải cách hành chính')), c(enc('Thanh tra Sở')), c(enc('Văn phòng Sở')), c(enc('Tháng 6/2026'))],
      ],
      ['A1:E1', 'A2:E2', 'B5:E5'],
    );
  }

  test('Unicode in .VnTime/.VnTimeH: nothing decoded, the lead column is found, the leads read as written', () => {
    const { report, fixes } = checkSheet(sheet((s) => s, (s) => s.toUpperCase()));
    expect(report.issues.filter((i) => i.code === 'text.legacy-encoding')).toEqual([]);
    expect(fixes.filter((f) => f.issue.code === 'text.legacy-encoding')).toEqual([]);
    expect(report.kind).toBe('tasks');
    expect(report.rows.filter((r) => r.kind === 'task').map((r) => r.lead?.join('|'))).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
  });

  test('the same sheet typed in TCVN3: every text cell decoded, the same leads', () => {
    const { report } = checkSheet(sheet(T, (s) => T(s.toLowerCase())));
    const cells = report.issues.filter((i) => i.code === 'text.legacy-encoding').map((i) => i.cell);
    expect(cells).toEqual(expect.arrayContaining(['A1', 'A2', 'C4', 'B5', 'C6', 'D6', 'C7', 'D7']));
    expect(report.rows.filter((r) => r.kind === 'task').map((r) => r.lead?.join('|'))).toEqual(['Văn phòng Sở', 'Thanh tra Sở']);
  });

  test('half converted: the Unicode cells stay, the TCVN3 ones are decoded', () => {
    const grid = sheet((s) => s, (s) => s.toUpperCase());
    const rows = grid.rows.map((r) => r?.slice());
    rows[5]![2] = c(T('Văn phòng Sở'));
    rows[6]![3] = c(T('Văn phòng Sở'));
    const { report } = checkSheet({ ...grid, rows });
    expect(report.issues.filter((i) => i.code === 'text.legacy-encoding').map((i) => `${i.cell}=${i.suggestion}`)).toEqual([
      'C6=Văn phòng Sở',
      'D7=Văn phòng Sở',
    ]);
  });
});

describe('issue 11: Latin-1-only Unicode cells on a TCVN3 sheet in .VnTime', () => {
  const c = (value: string | number, font = '.VnTime'): Cell => (typeof value === 'number' ? { value } : { value, font });
  const grid = gridOf('Phụ lục', [
    [c(T('Phụ lục'), '.VnTimeH')],
    [],
    [c('STT'), c(T('Nhiệm vụ')), c(T('Đơn vị chủ trì')), c(T('Đơn vị phối hợp')), c(T('Thời gian hoàn thành'))],
    [c('I'), c(T('công tác chỉ đạo, điều hành'), '.VnTimeH')],
    [c(1), c(T('Ban hành kế hoạch cải cách hành chính')), c(T('Văn phòng Sở')), c(T('Thanh tra Sở')), c('Quý I/2026')],
    [c(2), c(T('Rà soát bộ thủ tục hành chính')), c(T('Văn phòng Sở')), c(T('Bộ một số')), c(T('Tháng 6/2026'))],
    [c(3), c('Công tác thông tin'), c(T('Văn phòng Sở')), c(T('Thanh tra Sở')), c('Quý II/2026')],
    [c(4), c(T('Kiểm tra công tác cải cách hành chính')), c('Kinh phí'), c(T('Văn phòng Sở')), c('Quý III/2026')],
  ]);
  test('B7 and C8 stay as typed; the TCVN3 cells around them, "Bé mét sè" too, are decoded', () => {
    const { report, fixes } = checkSheet(grid);
    const found = report.issues.filter((i) => i.code === 'text.legacy-encoding');
    expect(found.map((i) => i.cell)).not.toEqual(expect.arrayContaining(['B7']));
    expect(found.map((i) => i.cell)).not.toEqual(expect.arrayContaining(['C8']));
    expect(fixes.filter((f) => f.issue.code === 'text.legacy-encoding' && ['B7', 'C8'].includes(f.issue.cell ?? ''))).toEqual([]);
    expect(found.map((i) => `${i.cell}=${i.suggestion}`)).toEqual(
      expect.arrayContaining(['B5=Ban hành kế hoạch cải cách hành chính', 'D6=Bộ một số', 'B8=Kiểm tra công tác cải cách hành chính', 'C7=Văn phòng Sở']),
    );
  });
});

describe('the warning says the font changes only when it does', () => {
  const grid = (font: string) =>
    gridOf('Phụ lục', [
      ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      [1, 'Ban hành kế hoạch', { value: T('Văn phòng Sở'), font }, 'Quý I/2026'],
    ]);
  test.each([
    ['.VnTime', true],
    ['Arial', false],
    ['Times New Roman', false],
  ])('%s', (font, changes) => {
    const issue = checkSheet(grid(font)).report.issues.find((i) => i.code === 'text.legacy-encoding')!;
    expect(renderMessage(issue).includes('đổi thành Times New Roman')).toBe(changes);
  });
});
