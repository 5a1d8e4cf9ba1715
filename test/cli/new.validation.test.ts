/**
 * `phuluc new` makes an appendix only for a year a plan can be for, a state body's name in plain
 * text, and an .xlsx name; anything else is refused in Vietnamese before a file is written.
 */
import { readdirSync } from 'fs';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { newAppendixProblem } from '../../src/cli/new';
import { FIRST_NEW_PLAN_YEAR, NEW_PLAN_YEARS_AHEAD } from '../../src/layout';
import { bodyProblem } from '../../src/core/units/directories';
import { captureIo, tempDir } from './helpers';

const THIS_YEAR = 2026;

describe('newAppendixProblem: the year', () => {
  test('the range is Nghị định 30/2020 to five years ahead', () => {
    expect([FIRST_NEW_PLAN_YEAR, NEW_PLAN_YEARS_AHEAD]).toEqual([2020, 5]);
  });

  test.each([1999, 2000, 2019, 2032, 2099, 2100, 2101])('%d is refused, with the range said', (year) => {
    expect(newAppendixProblem({ year, body: 'Sở Nội vụ' }, THIS_YEAR)).toBe(
      `Năm không hợp lệ cho phụ lục mới: ${year} (chỉ nhận từ 2020, năm Nghị định 30/2020/NĐ-CP quy định thể thức văn bản, đến 2031, tức 5 năm sau năm nay).`,
    );
  });

  test.each([2020, 2024, 2026, 2027, 2031])('%d is accepted', (year) => {
    expect(newAppendixProblem({ year, body: 'Sở Nội vụ' }, THIS_YEAR)).toBeUndefined();
  });
});

describe('newAppendixProblem: the issuing body', () => {
  test.each([
    'Sở Nội vụ',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Sở Nội vụ'.normalize('NFD'),
    'UBND tỉnh Quảng Trị',
    'Ủy ban nhân dân tỉnh Quảng Trị',
    'UBND phường Đông Hà',
    'Ủy ban nhân dân xã Cam Lộ',
    'ỦY BAN NHÂN DÂN XÃ CAM LỘ',
    'Xã Cam Lộ',
    'Đặc khu Côn Cỏ',
    'Văn phòng UBND tỉnh',
    'Ban Quản lý Khu kinh tế tỉnh Quảng Trị',
    'UBND thành phố Hà Nội',
    'UBND TP. Hồ Chí Minh',
    'Sở Y tế thành phố Đà Nẵng',
    'UBND phường Ba Đình, thành phố Hà Nội',
    // `&` in a name, as departments abbreviate and write them
    'Sở Văn hóa, Thể thao & Du lịch',
    'Sở Văn hóa, Thể thao & Du lịch tỉnh Quảng Trị',
    'Sở GD&ĐT',
    'Sở Khoa học & Công nghệ thành phố Hà Nội',
    'Ban Quản lý Dự án ĐT&XD tỉnh Quảng Trị',
  ])('"%s" is accepted', (body) => {
    expect(newAppendixProblem({ year: 2027, body }, THIS_YEAR)).toBeUndefined();
  });

  // the district level and the merged-away provinces issued plans until 30/6/2025 (Nghị quyết 202/2025/QH15)
  test.each([
    ['UBND huyện Cam Lộ', /cấp huyện \(huyện, quận, thị xã, thành phố thuộc tỉnh\) đã kết thúc ngày 30\/06\/2025/],
    ['Ủy ban nhân dân thị xã Quảng Trị', /cấp huyện .* đã kết thúc ngày 30\/06\/2025/],
    ['Ủy ban nhân dân thành phố Đông Hà', /không có thành phố trực thuộc trung ương nào mang tên này/],
    ['UBND tỉnh Quảng Bình', /tỉnh Quảng Bình đã sáp nhập vào tỉnh Quảng Trị từ 01\/07\/2025; hãy ghi cơ quan của tỉnh Quảng Trị\./],
    ['Sở Tài chính tỉnh Bà Rịa - Vũng Tàu', /tỉnh Bà Rịa - Vũng Tàu đã sáp nhập vào thành phố Hồ Chí Minh từ 01\/07\/2025/],
    ['UBND tỉnh Atlantis', /^"UBND tỉnh Atlantis": không có tỉnh hay thành phố trực thuộc trung ương nào mang tên này\.$/],
    ['UBND tỉnh Hà Nội', /Hà Nội là thành phố trực thuộc trung ương, không phải tỉnh; hãy ghi "thành phố Hà Nội"/],
    ['Sở Nội vụ thành phố Quảng Trị', /Quảng Trị là tỉnh, không phải thành phố trực thuộc trung ương; hãy ghi "tỉnh Quảng Trị"/],
  ])('"%s" is refused in a 2026 plan, accepted (but Atlantis and Hà Nội) in a 2024 one', (body, reason) => {
    expect(newAppendixProblem({ year: 2026, body }, THIS_YEAR)).toMatch(reason);
    const before = newAppendixProblem({ year: 2024, body }, THIS_YEAR);
    if (/Atlantis|Hà Nội/u.test(body)) expect(before).toMatch(reason);
    else expect(before).toBeUndefined();
  });

  test.each<[string, RegExp]>([
    ['<b>x</b>', /có ký tự không dùng trong tên cơ quan/],
    ['Sở Nội vụ<script>', /có ký tự không dùng/],
    ['Sở &amp; Nội vụ', /có ký tự không dùng/], // an entity: `;` is no name's
    ['Sở KH&#38;ĐT', /có ký tự không dùng/],
    ['Sở KH&ĐT;', /có ký tự không dùng/],
    ['Sở Nội vụ <&>', /có ký tự không dùng/],
    ['&', /không phải tên một cơ quan/],
    ['& Du lịch', /không phải tên một cơ quan/],
    ['Sở Nội vụ "mới"', /có ký tự không dùng/],
    ['{{body}}', /có ký tự không dùng/],
    ['Sở Nội\nvụ', /có ký tự không dùng/],
    ['Sở Nội vụ\u202e', /có ký tự không dùng/],
    [`Sở ${'Nội vụ '.repeat(30)}`, /quá dài/],
    ['Công ty ABC', /^"Công ty ABC" không phải tên một cơ quan ban hành kế hoạch/],
    ['Nguyễn Văn A', /không phải tên một cơ quan/],
    ['Sở', /không phải tên một cơ quan/],
    ['UBND', /không phải tên một cơ quan/],
    ['Ban', /không phải tên một cơ quan/],
    ['Xã hội hóa giáo dục', /không phải tên một cơ quan/],
    ['Trường THPT Lê Lợi', /không phải tên một cơ quan/],
    ['Hội Nông dân tỉnh', /không phải tên một cơ quan/],
  ])('%j is refused', (body, reason) => {
    expect(newAppendixProblem({ year: 2027, body }, THIS_YEAR)).toMatch(reason);
  });
});

describe('phuluc new: refused before anything is written', () => {
  const today = () => `${THIS_YEAR}-06-15`;
  test.each<[string[], RegExp]>([
    [['--year', '1999', '--body', 'Sở Nội vụ'], /Năm không hợp lệ cho phụ lục mới: 1999 \(chỉ nhận từ 2020/],
    [['--year', '2101', '--body', 'Sở Nội vụ'], /Năm không hợp lệ cho phụ lục mới: 2101 .*đến 2031/],
    [['--year', '2027', '--body', '<b>x</b>'], /có ký tự không dùng trong tên cơ quan/],
    [['--year', '2027', '--body', 'Công ty ABC'], /không phải tên một cơ quan ban hành kế hoạch/],
    [['--year', '2026', '--body', 'UBND tỉnh Quảng Bình'], /đã sáp nhập vào tỉnh Quảng Trị/],
    [['--year', '2026', '--body', 'UBND tỉnh Atlantis'], /không có tỉnh hay thành phố trực thuộc trung ương nào mang tên này/],
  ])('%j', async (args, reason) => {
    const dir = tempDir();
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', ...args, '--out', path.join(dir, 'moi.xlsx')], io)).toBe(2);
    expect(io.stderr).toMatch(reason);
    expect(io.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each(['ext.txt', 'phu-luc', 'phu-luc.xls', 'phu-luc.xlsm', 'phu-luc.html'])('--out %s is refused: an .xlsx is written', async (name) => {
    const dir = tempDir();
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', path.join(dir, name)], io)).toBe(2);
    expect(io.stderr).toMatch(/tên tệp cho --out phải có đuôi \.xlsx \(phuluc ghi một bảng tính Excel\)/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test.each(['phu-luc.xlsx', 'PHU-LUC.XLSX'])('--out %s is written', async (name) => {
    const dir = tempDir();
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', '--year', '2027', '--body', 'Văn phòng UBND tỉnh', '--out', path.join(dir, name)], io)).toBe(0);
    expect(readdirSync(dir)).toEqual([name]);
  });
});

// the provincial departments merged on 01/3/2025 (Nghị định 45/2025/NĐ-CP): a 2026 plan names the one that took over
const ENDED: [string, string][] = [
  ['Sở Lao động - Thương binh và Xã hội', 'Sở Nội vụ'],
  ['Sở LĐ-TB&XH', 'Sở Nội vụ'],
  ['Sở LĐTBXH tỉnh Quảng Trị', 'Sở Nội vụ'],
  ['Sở Kế hoạch và Đầu tư', 'Sở Tài chính'],
  ['Sở KH&ĐT', 'Sở Tài chính'],
  ['Sở Kế hoạch & Đầu tư', 'Sở Tài chính'],
  ['Sở Kế hoạch & Đầu tư tỉnh Quảng Trị', 'Sở Tài chính'],
  ['Sở Kế hoạch và Đầu tư tỉnh Quảng Trị', 'Sở Tài chính'],
  ['Sở Giao thông vận tải', 'Sở Xây dựng'],
  ['Sở GTVT', 'Sở Xây dựng'],
  ['Sở Tài nguyên và Môi trường', 'Sở Nông nghiệp và Môi trường'],
  ['Sở TN&MT', 'Sở Nông nghiệp và Môi trường'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'Sở Nông nghiệp và Môi trường'],
  ['Sở NN&PTNT', 'Sở Nông nghiệp và Môi trường'],
  ['Sở Thông tin và Truyền thông', 'Sở Khoa học và Công nghệ'],
  ['Sở TT&TT', 'Sở Khoa học và Công nghệ'],
  ['Ban Dân tộc tỉnh', 'Sở Dân tộc và Tôn giáo'],
  ['Ban Dân tộc', 'Sở Dân tộc và Tôn giáo'],
];

describe('a department merged away on 01/3/2025 cannot issue a later plan (body.ended-department)', () => {
  test.each(ENDED)('"%s" is refused in a 2026 plan, naming %s', (body, successor) => {
    const problem = bodyProblem(body, '2026-01-01');
    expect(problem).toMatchObject({ code: 'body.ended-department', until: '2025-02-28' });
    expect(problem?.code === 'body.ended-department' ? problem.successors : []).toContain(successor);
    const reason = newAppendixProblem({ year: 2026, body }, THIS_YEAR);
    expect(reason).toMatch(new RegExp(`^"${escapeRe(body)}": .* đã kết thúc ngày 28/02/2025 .*${escapeRe(successor)}`, 'u'));
  });

  test.each(ENDED)('"%s" is accepted in a 2024 plan (it existed then)', (body) => {
    expect(bodyProblem(body, '2024-01-01')).toBeUndefined();
    expect(bodyProblem(body, '2025-02-28')).toBeUndefined();
    // an abbreviation written with & (Sở KH&ĐT) is a name like any other
    expect(newAppendixProblem({ year: 2024, body }, THIS_YEAR)).toBeUndefined();
  });

  test.each([
    'Sở Nội vụ',
    'Sở Tài chính',
    'Sở Xây dựng',
    'Sở Nông nghiệp và Môi trường',
    'Sở Khoa học và Công nghệ',
    'Sở Dân tộc và Tôn giáo',
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo tỉnh Quảng Trị',
    'Sở Nội vụ thành phố Hà Nội',
    'Ban Quản lý Khu kinh tế tỉnh Quảng Trị',
    'Thanh tra tỉnh',
    'Phòng Kinh tế xã Cam Lộ',
  ])('"%s", a body of today, is accepted in 2026', (body) => {
    expect(bodyProblem(body, '2026-01-01')).toBeUndefined();
  });

  test.each([['Sở Nội vụ'], ['Sở Tài chính tỉnh Quảng Trị'], ['Sở Nông nghiệp và Môi trường'], ['Sở Dân tộc và Tôn giáo']])('phuluc new accepts "%s" for 2026', (body) => {
    expect(newAppendixProblem({ year: 2026, body }, THIS_YEAR)).toBeUndefined();
  });
});

describe('a committee with its level word and no name is refused (body.no-name)', () => {
  test.each<[string, string]>([
    ['UBND xã', 'xã'],
    ['UBND phường', 'phường'],
    ['UBND đặc khu', 'đặc khu'],
    ['UBND tỉnh', 'tỉnh'],
    ['UBND thành phố', 'thành phố'],
    ['UBND TP.', 'thành phố'],
    ['Ủy ban nhân dân xã', 'xã'],
    ['ỦY BAN NHÂN DÂN TỈNH', 'tỉnh'],
    ['UBND các xã', 'xã'],
    ['UBND  xã ', 'xã'],
  ])('"%s" is refused, the %s without its name', (body, level) => {
    expect(bodyProblem(body, '2026-01-01')?.code).toBe('body.no-name');
    expect(bodyProblem(body, '2024-01-01')?.code).toBe('body.no-name');
    expect(newAppendixProblem({ year: 2026, body }, THIS_YEAR)).toMatch(new RegExp(`chưa ghi tên ${level}; hãy ghi đầy đủ tên cơ quan, ví dụ "UBND ${level} `, 'u'));
  });

  test.each([
    'UBND xã Tân Lập',
    'UBND phường Đông Hà',
    'UBND đặc khu Côn Cỏ',
    'UBND tỉnh Quảng Trị',
    'UBND thành phố Hà Nội',
    'UBND TP. Hồ Chí Minh',
    'Ủy ban nhân dân xã Phường Sơn',
    'UBND xã Cam Lộ, tỉnh Quảng Trị',
    'Xã Cam Lộ',
    'Sở Y tế tỉnh Quảng Trị',
  ])('"%s" is accepted', (body) => {
    expect(bodyProblem(body, '2026-01-01')).toBeUndefined();
    expect(newAppendixProblem({ year: 2026, body }, THIS_YEAR)).toBeUndefined();
  });
});

describe('phuluc new: an ended department or a nameless body writes nothing', () => {
  const today = () => `${THIS_YEAR}-06-15`;
  test.each<[string, RegExp]>([
    ['Sở Lao động - Thương binh và Xã hội', /Sở Lao động - Thương binh và Xã hội đã kết thúc ngày 28\/02\/2025 .*Sở Nội vụ/u],
    ['Sở KH&ĐT', /Sở Kế hoạch và Đầu tư đã kết thúc ngày 28\/02\/2025 .*Sở Tài chính/u],
    ['UBND xã', /chưa ghi tên xã/u],
  ])('--body %j --year 2026', async (body, reason) => {
    const dir = tempDir();
    const io = Object.assign(captureIo(), { today });
    expect(await main(['new', '--year', '2026', '--body', body, '--out', path.join(dir, 'moi.xlsx')], io)).toBe(2);
    expect(io.stderr).toMatch(reason);
    expect(readdirSync(dir)).toEqual([]);
  });
});

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
