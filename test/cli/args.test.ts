import { OPTIONS, parseArgs, USAGE } from '../../src/cli/args';

describe('parseArgs: accepted', () => {
  it.each<[string[], object]>([
    [['help'], { cmd: 'help' }],
    [['--help'], { cmd: 'help' }],
    [['-h'], { cmd: 'help' }],
    [['check', 'a.xlsx', '--help'], { cmd: 'help' }],
    [['check', 'a.xlsx', '-h'], { cmd: 'help' }],
    [['--version'], { cmd: 'version' }],
    [['-v'], { cmd: 'version' }],
    [['version'], { cmd: 'version' }],
    [['check', 'a.xlsx', '--version'], { cmd: 'version' }],
    [['check', 'thu-muc', '--json', '--progress'], { cmd: 'check', files: ['thu-muc'], json: true, progress: true }],
    [['check', '-', 'a.xlsx'], { cmd: 'check', files: ['-', 'a.xlsx'], json: false }],
    [['check', 'a.xlsx'], { cmd: 'check', files: ['a.xlsx'], json: false }],
    [['check', 'a.xlsx', 'b.xlsx', '--json'], { cmd: 'check', files: ['a.xlsx', 'b.xlsx'], json: true }],
    [['check', '--year', '2024', 'a.xlsx'], { cmd: 'check', files: ['a.xlsx'], json: false, year: 2024 }],
    [['check', '--year', '1990', 'a.xlsx'], { cmd: 'check', files: ['a.xlsx'], json: false, year: 1990 }],
    [['check', '--year', '2100', 'a.xlsx'], { cmd: 'check', files: ['a.xlsx'], json: false, year: 2100 }],
    [['check', 'a.xlsx', '--year=2025', '--config', 'c.json'], { cmd: 'check', files: ['a.xlsx'], json: false, year: 2025, config: 'c.json' }],
    [['check', '--', '--lạ.xlsx'], { cmd: 'check', files: ['--lạ.xlsx'], json: false }],
    [['fix', 'a.xlsx', '--out', 'b.xlsx'], { cmd: 'fix', file: 'a.xlsx', out: 'b.xlsx', force: false, json: false }],
    [['fix', 'a.xlsx', '--out=b.xlsx', '--force', '--year', '2024'], { cmd: 'fix', file: 'a.xlsx', out: 'b.xlsx', force: true, json: false, year: 2024 }],
    [['fix', '--json', 'a.xlsx', '--out', 'b.xlsx'], { cmd: 'fix', file: 'a.xlsx', out: 'b.xlsx', force: false, json: true }],
    [['check', 'thu-muc', '--html', 'r.html', '--xlsx=d.xlsx', '--force'], { cmd: 'check', files: ['thu-muc'], json: false, html: 'r.html', xlsx: 'd.xlsx', force: true }],
    [['report', 'a.xlsx', '--period', 'Quý I/2026'], { cmd: 'report', file: 'a.xlsx', period: 'Quý I/2026', json: false, force: false }],
    [['report', 'a.xlsx', '--period=Năm 2026', '--date', '31/03/2026', '--out', 'r.xlsx', '--json', '--force', '--year', '2026'], { cmd: 'report', file: 'a.xlsx', period: 'Năm 2026', date: '2026-03-31', out: 'r.xlsx', json: true, force: true, year: 2026 }],
    [['new', '--year', '2027', '--body', ' Sở Nội vụ ', '--out', 'p.xlsx'], { cmd: 'new', year: 2027, body: 'Sở Nội vụ', out: 'p.xlsx', tasks: false, force: false }],
    [['new', '--year=2027', '--body=UBND xã', '--out=p.xlsx', '--tasks', '--force'], { cmd: 'new', year: 2027, body: 'UBND xã', out: 'p.xlsx', tasks: true, force: true }],
    // a flag given twice says the same thing twice
    [['fix', 'a.xlsx', '--force', '--out', 'b.xlsx', '--force'], { cmd: 'fix', file: 'a.xlsx', out: 'b.xlsx', force: true, json: false }],
    [['check', 'a.xlsx', '--json', '--json'], { cmd: 'check', files: ['a.xlsx'], json: true }],
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
    // four digits, yet outside the years the settings and the pane take: the message says the range
    [['check', 'a.xlsx', '--year', '1800'], /Năm không hợp lệ: "1800" \(cần năm 4 chữ số, từ 1990 đến 2100/],
    [['check', 'a.xlsx', '--year', '1989'], /từ 1990 đến 2100/],
    [['check', 'a.xlsx', '--year', '2101'], /từ 1990 đến 2100/],
    [['fix', 'a.xlsx', '--out', 'b.xlsx', '--year', '2150'], /từ 1990 đến 2100/],
    [['check', 'a.xlsx', '--json=yes'], /không nhận giá trị/],
    [['fix', 'a.xlsx'], /cần --out/],
    [['fix', 'a.xlsx', 'b.xlsx', '--out', 'c.xlsx'], /một tệp/],
    [['fix', 'a.xlsx', '--out', 'c.xlsx', '--json=yes'], /--json không nhận giá trị/],
    [['fix', '--out', 'c.xlsx'], /Thiếu tên tệp/],
    [['check', 'a.xlsx', '-x'], /Tùy chọn không hợp lệ.*"-x"/],
    [['check', 'a.xlsx', '--config'], /Thiếu giá trị cho --config/],
    [['check', 'a.xlsx', '--config='], /Thiếu giá trị cho --config/],
    [['check', 'a.xlsx', '--progress=1'], /không nhận giá trị/],
    [['fix', 'a.xlsx', '--out', 'b.xlsx', '--progress'], /Tùy chọn không hợp lệ.*--progress/],
    [['fix', 'a.xlsx', '--force=yes', '--out', 'b.xlsx'], /không nhận giá trị/],
    [['report', 'a.xlsx'], /cần --period/],
    [['report', '--period', 'Quý I/2026'], /Thiếu tên tệp/],
    [['report', 'a.xlsx', 'b.xlsx', '--period', 'Quý I/2026'], /một tệp/],
    [['report', 'a.xlsx', '--period', 'Quý I/2026', '--date', '30/02/2026'], /Ngày không hợp lệ: "30\/02\/2026"/],
    [['report', 'a.xlsx', '--period', 'Quý I/2026', '--progress'], /Tùy chọn không hợp lệ.*--progress/],
    [['report', 'a.xlsx', '--period', 'Quý I/2026', '--html', 'r.html'], /Tùy chọn không hợp lệ.*--html/],
    [['new', '--body', 'Sở Nội vụ', '--out', 'p.xlsx'], /cần --year/],
    [['new', '--year', '2027', '--out', 'p.xlsx'], /cần --body/],
    [['new', '--year', '2027', '--body', '  ', '--out', 'p.xlsx'], /cần --body/],
    [['new', '--year', '2027', '--body', 'Sở Nội vụ'], /cần --out/],
    [['new', 'p.xlsx', '--year', '2027', '--body', 'Sở Nội vụ', '--out', 'q.xlsx'], /không nhận tên tệp "p\.xlsx"/],
    [['new', '--year', '2027', '--body', 'Sở Nội vụ', '--out', 'p.xlsx', '--json'], /Tùy chọn không hợp lệ.*--json/],
    [['check', 'a.xlsx', '--tasks'], /Tùy chọn không hợp lệ.*--tasks/],
    [['fix', 'a.xlsx', '--out', 'b.xlsx', '--period', 'Quý I/2026'], /Tùy chọn không hợp lệ.*--period/],
    // a value option given twice: which one was meant cannot be told
    [['fix', 'a.xlsx', '--out', 'b.xlsx', '--out', 'c.xlsx'], /Tùy chọn --out được ghi hai lần \("b\.xlsx", "c\.xlsx"\); chỉ ghi một lần/],
    [['fix', 'a.xlsx', '--out=b.xlsx', '--out', 'b.xlsx'], /--out được ghi hai lần/],
    [['check', 'a.xlsx', '--year', '2024', '--year=2025'], /--year được ghi hai lần \("2024", "2025"\)/],
    [['check', 'a.xlsx', '--config', 'a.json', '--config', 'b.json'], /--config được ghi hai lần/],
    [['check', 'd', '--html', 'a.html', '--html', 'b.html'], /--html được ghi hai lần/],
    [['report', 'a.xlsx', '--period', 'Quý I/2026', '--period', 'Quý II/2026'], /--period được ghi hai lần/],
    [['report', 'a.xlsx', '--period', 'Quý I/2026', '--date', '2026-04-01', '--date', '2026-04-02'], /--date được ghi hai lần/],
    [['new', '--year', '2027', '--body', 'Sở Nội vụ', '--body', 'Sở Tư pháp', '--out', 'p.xlsx'], /--body được ghi hai lần/],
  ])('%j', (argv, reason) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(reason);
  });
});

describe('parseArgs: messages stay Vietnamese, with one quotation style', () => {
  it.each([[['kiem-tra']], [['check', 'a.xlsx', '--bogus']], [['check', 'a.xlsx', '--year', 'x']], [['check', 'a.xlsx', '-z']]])('%j', (argv) => {
    const r = parseArgs(argv);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).not.toMatch(/Unknown|option|argument|ambiguous|[«»]/);
    expect(r.error).toMatch(/"[^"]+"/);
  });
});

describe('--help', () => {
  it('lists every option the parser accepts, each with an example', () => {
    for (const o of OPTIONS) {
      expect(USAGE).toContain(`--${o.name}`);
      expect(USAGE).toContain(`Ví dụ: ${o.example}`);
      expect(o.example).toMatch(new RegExp(`--${o.name}\\b`));
    }
  });
  it('every option in the help is accepted by the parser', () => {
    const named = new Set([...USAGE.matchAll(/--([a-z]+)/g)].map((m) => m[1]));
    for (const n of named) expect(OPTIONS.map((o) => o.name)).toContain(n);
  });
});
