import { parseArgs } from '../../src/cli/args';

describe('parseArgs: accepted', () => {
  it.each<[string[], object]>([
    [['help'], { cmd: 'help' }],
    [['--help'], { cmd: 'help' }],
    [['-h'], { cmd: 'help' }],
    [['check', 'a.xlsx', '--help'], { cmd: 'help' }],
    [['check', 'a.xlsx'], { cmd: 'check', files: ['a.xlsx'], json: false }],
    [['check', 'a.xlsx', 'b.xlsx', '--json'], { cmd: 'check', files: ['a.xlsx', 'b.xlsx'], json: true }],
    [['check', '--year', '2024', 'a.xlsx'], { cmd: 'check', files: ['a.xlsx'], json: false, year: 2024 }],
    [['check', 'a.xlsx', '--year=2025', '--config', 'c.json'], { cmd: 'check', files: ['a.xlsx'], json: false, year: 2025, config: 'c.json' }],
    [['check', '--', '--lạ.xlsx'], { cmd: 'check', files: ['--lạ.xlsx'], json: false }],
    [['fix', 'a.xlsx', '--out', 'b.xlsx'], { cmd: 'fix', file: 'a.xlsx', out: 'b.xlsx', force: false }],
    [['fix', 'a.xlsx', '--out=b.xlsx', '--force', '--year', '2024'], { cmd: 'fix', file: 'a.xlsx', out: 'b.xlsx', force: true, year: 2024 }],
  ])('%j', (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command });
  });
});

describe('parseArgs: refused with a Vietnamese reason', () => {
  it.each<[string[], RegExp]>([
    [[], /Thiếu lệnh/],
    [['kiem-tra', 'a.xlsx'], /Lệnh không hợp lệ/],
    [['check'], /Thiếu tên tệp/],
    [['check', '--json'], /Thiếu tên tệp/],
    [['check', 'a.xlsx', '--verbose'], /Tùy chọn không hợp lệ.*--verbose/],
    [['check', 'a.xlsx', '--out', 'b.xlsx'], /Tùy chọn không hợp lệ.*--out/],
    [['check', 'a.xlsx', '--year'], /Thiếu giá trị cho --year/],
    [['check', 'a.xlsx', '--year='], /Thiếu giá trị/],
    [['check', 'a.xlsx', '--year', '24'], /Năm không hợp lệ/],
    [['check', 'a.xlsx', '--year', '20245'], /Năm không hợp lệ/],
    [['check', 'a.xlsx', '--year', 'năm'], /Năm không hợp lệ/],
    [['check', 'a.xlsx', '--year', '2024.5'], /Năm không hợp lệ/],
    [['check', 'a.xlsx', '--json=yes'], /không nhận giá trị/],
    [['fix', 'a.xlsx'], /cần --out/],
    [['fix', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], /một tệp/],
    [['fix', 'a.xlsx', '--out', 'c.xlsx', '--json'], /Tùy chọn không hợp lệ.*--json/],
    [['fix', '--out', 'c.xlsx'], /Thiếu tên tệp/],
  ])('%j', (argv, reason) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});
