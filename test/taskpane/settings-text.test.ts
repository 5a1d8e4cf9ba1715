/**
 * Cài đặt's unit and funding lists are edited as text, one entry a line (issue 11): every field
 * the settings format knows survives the text and a save (names, aliases, roles, the dates a unit
 * existed, its successors), and a line that cannot be read is said with its list, line and field,
 * nothing saved. Expected texts written by hand.
 */
import type { DirectoryEntry } from '../../src/core/config';
import { BUILT_IN_DIRECTORIES, DIRECTORY_IDS } from '../../src/core/units';
import { entriesToText, textToEntries } from '../../src/taskpane/state/settings';

const L = 'Danh sách đơn vị';

describe('entriesToText: one line an entry, every field', () => {
  test.each<[string, DirectoryEntry, string]>([
    ['a name', { name: 'Văn phòng Sở', aliases: [] }, 'Văn phòng Sở'],
    ['aliases', { name: 'Văn phòng Sở', aliases: ['VP Sở', 'Văn phòng'] }, 'Văn phòng Sở | VP Sở | Văn phòng'],
    ['roles', { name: 'Phòng Tổ chức - Hành chính', aliases: ['Phòng TCHC'], roles: ['văn phòng', 'thủ tục hành chính'] }, 'Phòng Tổ chức - Hành chính | Phòng TCHC | vai trò: văn phòng; thủ tục hành chính'],
    [
      'dates and successors',
      { name: 'Thanh tra Sở', aliases: [], validUntil: '2025-06-30', successors: ['Thanh tra tỉnh'] },
      'Thanh tra Sở | đến ngày: 30/06/2025 | thay bằng: Thanh tra tỉnh',
    ],
    [
      'everything, a successor with a comma',
      { name: 'Phòng Kinh tế', aliases: ['PKT'], validFrom: '2025-07-01', validUntil: '2026-12-31', successors: ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Văn phòng HĐND và UBND xã'], roles: ['tài chính'] },
      'Phòng Kinh tế | PKT | vai trò: tài chính | từ ngày: 01/07/2025 | đến ngày: 31/12/2026 | thay bằng: Phòng Kinh tế, Hạ tầng và Đô thị; Văn phòng HĐND và UBND xã',
    ],
  ])('%s', (_what, entry, text) => {
    expect(entriesToText([entry])).toBe(text);
    expect(textToEntries(text, L)).toEqual({ ok: true, entries: [entry] });
  });

  test.each(DIRECTORY_IDS.flatMap((id) => [[id, 'units'] as const, [id, 'funding'] as const]))('%s %s: the built-in list survives the text', (id, list) => {
    const entries = BUILT_IN_DIRECTORIES[id][list];
    expect(textToEntries(entriesToText(entries), L)).toEqual({ ok: true, entries: entries.map((e) => ({ ...e, aliases: [...e.aliases] })) });
  });
});

describe('textToEntries: what a clerk types', () => {
  test.each<[string, string, DirectoryEntry[]]>([
    ['blank lines and spaces', '\n  Văn phòng Sở |  VP  \n\n', [{ name: 'Văn phòng Sở', aliases: ['VP'] }]],
    ['a field word in capitals, a date unpadded', 'Thanh tra Sở | Đến Ngày: 30/6/2025 | THAY BẰNG: Thanh tra tỉnh', [{ name: 'Thanh tra Sở', aliases: [], validUntil: '2025-06-30', successors: ['Thanh tra tỉnh'] }]],
    ['an ISO date', 'Phòng A | từ ngày: 2025-03-01', [{ name: 'Phòng A', aliases: [], validFrom: '2025-03-01' }]],
    ['a role in capitals', 'Phòng A | vai trò: Văn phòng; TÀI CHÍNH', [{ name: 'Phòng A', aliases: [], roles: ['văn phòng', 'tài chính'] }]],
    ['a colon in a name that is no field', 'Phòng A | Ghi chú: cũ', [{ name: 'Phòng A', aliases: ['Ghi chú: cũ'] }]],
    ['fields before the names', 'vai trò: tài chính | Phòng KH-TC', [{ name: 'Phòng KH-TC', aliases: [], roles: ['tài chính'] }]],
    ['CRLF lines', 'A\r\nB | b', [{ name: 'A', aliases: [] }, { name: 'B', aliases: ['b'] }]],
  ])('%s', (_what, text, entries) => {
    expect(textToEntries(text, L)).toEqual({ ok: true, entries });
  });

  test.each<[string, string, string[]]>([
    ['a date not a date', 'A\nThanh tra Sở | đến ngày: cuối tháng 6', ['Danh sách đơn vị, dòng 2 (đến ngày): "cuối tháng 6" không phải ngày viết ngày/tháng/năm, ví dụ 01/03/2025']],
    ['a day that does not exist', 'Phòng A | từ ngày: 31/02/2025', ['Danh sách đơn vị, dòng 1 (từ ngày): không phải ngày có thật']],
    ['a role that is none', 'A\n\nPhòng B | vai trò: kế toán', [expect.stringMatching(/^Danh sách đơn vị, dòng 3 \(vai trò\): không phải vai trò nào; các vai trò: "cải cách hành chính"/u) as unknown as string]],
    ['a role without its tone marks (as the JSON format: roles are written as listed)', 'Phòng A | vai trò: van phong', [expect.stringMatching(/^Danh sách đơn vị, dòng 1 \(vai trò\): không phải vai trò nào/u) as unknown as string]],
    ['from after until', 'Phòng A | từ ngày: 01/07/2025 | đến ngày: 30/06/2025', ['Danh sách đơn vị, dòng 1 (đến ngày): "từ ngày" phải trước "đến ngày"']],
    ['a name on two lines', 'Văn phòng Sở\nPhòng A\nVP | Văn phòng Sở', ['Danh sách đơn vị, dòng 3 (tên khác): "Văn phòng Sở" trùng với dòng 1']],
    ['a field twice', 'Phòng A | vai trò: văn phòng | vai trò: tài chính', ['Danh sách đơn vị, dòng 1 (vai trò): ghi hai lần trên một dòng']],
    ['fields and no name', 'A\nvai trò: văn phòng | từ ngày: 01/07/2025', ['Danh sách đơn vị, dòng 2: chưa có tên đơn vị trước dấu |']],
  ])('%s: said with its line, nothing read', (_what, text, errors) => {
    expect(textToEntries(text, L)).toEqual({ ok: false, errors });
  });
});
