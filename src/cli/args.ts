/**
 * Command-line parsing. Node's own `util.parseArgs` splits the arguments (`--flag=value`,
 * `--flag value`, `--` ending the flags, `-h`); it runs non-strict and we judge its tokens here,
 * so that every message the user reads stays Vietnamese (its own errors are English).
 * The options are one table: the parser and `--help` both read it, so help lists every option.
 */
import { parseArgs as nodeParseArgs } from 'util';

export type Command =
  | { cmd: 'help' }
  | { cmd: 'version' }
  | {
      cmd: 'check';
      files: string[];
      json: boolean;
      year?: number;
      config?: string;
      /** Progress on stderr even when it would stay silent (--json to a pipe). */
      progress?: boolean;
      /** One self-contained HTML report of every file. */
      html?: string;
      /** One row per issue, for reviewers who work in Excel. */
      xlsx?: string;
      force?: boolean;
    }
  | { cmd: 'fix'; file: string; out: string; force: boolean; year?: number; config?: string }
  | {
      cmd: 'report';
      file: string;
      period: string;
      /** ISO yyyy-mm-dd; the day the figures are counted to (default: today). */
      date?: string;
      out?: string;
      json: boolean;
      force: boolean;
      year?: number;
      config?: string;
    }
  | { cmd: 'new'; year: number; body: string; out: string; tasks: boolean; force: boolean };

export type Parsed = { ok: true; command: Command } | { ok: false; error: string };

const COMMANDS = ['check', 'fix', 'report', 'new'] as const;
type Name = (typeof COMMANDS)[number];

interface OptionSpec {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  /** The value's placeholder in help, for string options. */
  arg?: string;
  commands: readonly Name[] | 'all';
  help: string;
  example: string;
}

/** Every option, in the order help lists them. */
export const OPTIONS: readonly OptionSpec[] = [
  {
    name: 'json',
    type: 'boolean',
    commands: ['check', 'report'],
    help: '(check, report) In kết quả dạng JSON (một văn bản JSON duy nhất).',
    example: 'phuluc check ke-hoach.xlsx --json > ket-qua.json',
  },
  {
    name: 'html',
    type: 'string',
    arg: 'TỆP',
    commands: ['check'],
    help: '(check) Ghi báo cáo HTML tự chứa (mở thẳng từ ổ đĩa): bảng tổng hợp mọi tệp và các vấn đề của từng tệp.',
    example: 'phuluc check thu-muc/ --html bao-cao.html',
  },
  {
    name: 'xlsx',
    type: 'string',
    arg: 'TỆP',
    commands: ['check'],
    help: '(check) Ghi danh sách vấn đề ra tệp Excel (mỗi vấn đề một dòng, có bộ lọc).',
    example: 'phuluc check thu-muc/ --xlsx danh-sach.xlsx',
  },
  {
    name: 'year',
    type: 'string',
    arg: 'NĂM',
    commands: ['check', 'fix', 'report', 'new'],
    help: 'Năm kế hoạch (4 chữ số), thay cho năm đọc được từ tiêu đề; (new) năm của phụ lục mới, từ 2020 (Nghị định 30/2020/NĐ-CP) đến 5 năm sau năm nay.',
    example: 'phuluc check ke-hoach.xlsx --year 2024',
  },
  {
    name: 'config',
    type: 'string',
    arg: 'TỆP',
    commands: ['check', 'fix', 'report'],
    help: 'Tệp JSON cài đặt (như tệp Xuất của mục Cài đặt trong Excel): danh mục đơn vị (units), nguồn kinh phí (funding), mode "replace" (thay danh mục mặc định) hoặc "extend" (bổ sung), planYear.',
    example: 'phuluc check ke-hoach.xlsx --config cai-dat.json',
  },
  {
    name: 'period',
    type: 'string',
    arg: 'KỲ',
    commands: ['report'],
    help: '(report) Kỳ báo cáo: "Quý I/2026" (đến Quý IV), "6 tháng/2026", "9 tháng/2026" hoặc "Năm 2026".',
    example: 'phuluc report ke-hoach.xlsx --period "Quý I/2026"',
  },
  {
    name: 'date',
    type: 'string',
    arg: 'NGÀY',
    commands: ['report'],
    help: '(report) Ngày tính số liệu, 2026-03-31 hoặc 31/03/2026 (mặc định: hôm nay).',
    example: 'phuluc report ke-hoach.xlsx --period "Quý I/2026" --date 31/03/2026',
  },
  {
    name: 'body',
    type: 'string',
    arg: 'TÊN',
    commands: ['new'],
    help: '(new) Cơ quan ban hành kế hoạch: Sở …, UBND (Ủy ban nhân dân) tỉnh, thành phố, xã, phường …, Đặc khu …, Văn phòng …, Ban ….',
    example: 'phuluc new --year 2027 --body "Sở Nội vụ" --out phu-luc-2027.xlsx',
  },
  {
    name: 'tasks',
    type: 'boolean',
    commands: ['new'],
    help: '(new) Điền sẵn các nhiệm vụ mẫu của năm.',
    example: 'phuluc new --year 2027 --body "Sở Nội vụ" --out phu-luc-2027.xlsx --tasks',
  },
  {
    name: 'out',
    type: 'string',
    arg: 'TỆP',
    commands: ['fix', 'report', 'new'],
    help: '(fix, report, new) Tệp kết quả (.xlsx); không được trùng tệp gốc.',
    example: 'phuluc fix ke-hoach.xlsx --out ke-hoach-da-sua.xlsx',
  },
  {
    name: 'force',
    type: 'boolean',
    commands: ['check', 'fix', 'report', 'new'],
    help: 'Cho phép ghi đè tệp kết quả đã có (--out, --html, --xlsx); không bao giờ ghi đè tệp gốc, và --html, --xlsx phải là hai tệp khác nhau.',
    example: 'phuluc fix ke-hoach.xlsx --out da-sua.xlsx --force',
  },
  {
    name: 'progress',
    type: 'boolean',
    commands: ['check'],
    help: '(check) Luôn hiện tiến độ (số tệp đã kiểm tra) trên stderr, kể cả khi in --json ra ống dẫn hay tệp. Mặc định tiến độ chỉ hiện khi kiểm tra lâu hơn 1 giây.',
    example: 'phuluc check thu-muc/ --json --progress > ket-qua.json',
  },
  { name: 'help', type: 'boolean', short: 'h', commands: 'all', help: 'Hiện hướng dẫn này.', example: 'phuluc --help' },
  { name: 'version', type: 'boolean', short: 'v', commands: 'all', help: 'Hiện số phiên bản của phuluc.', example: 'phuluc --version' },
];

function optionsHelp(): string {
  const lines: string[] = [];
  for (const o of OPTIONS) {
    const flag = `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.arg ? ` ${o.arg}` : ''}`;
    lines.push(`  ${flag}`);
    lines.push(`      ${o.help}`);
    lines.push(`      Ví dụ: ${o.example}`);
  }
  return lines.join('\n');
}

export const USAGE = `Cách dùng:
  phuluc check TỆP.xlsx|THƯ_MỤC... [--json] [--progress] [--html BÁO_CÁO.html] [--xlsx DANH_SÁCH.xlsx]
               [--year NĂM] [--config CẤU_HÌNH.json] [--force]
      Kiểm tra phụ lục nhiệm vụ cải cách hành chính trong mọi trang tính của từng tệp.
      Một thư mục: mọi tệp .xlsx trong thư mục đó và các thư mục con (tệp .xls, .xlsb, .ods
      được liệt kê là không đọc được, kèm lý do).
      Ví dụ: phuluc check ke-hoach-2024.xlsx
             phuluc check "D:\\Phu luc 2024" --html bao-cao.html
  phuluc fix TỆP.xlsx --out TỆP_MỚI.xlsx [--force] [--year NĂM] [--config CẤU_HÌNH.json]
      Áp dụng các cách sửa an toàn và ghi ra một tệp mới (tệp gốc giữ nguyên).
      Ví dụ: phuluc fix ke-hoach-2024.xlsx --out ke-hoach-2024-da-sua.xlsx
  phuluc report TỆP.xlsx --period "Quý I/2026" [--date 2026-03-31] [--out BÁO_CÁO.xlsx] [--json] [--force]
      Báo cáo tình hình thực hiện nhiệm vụ trong kỳ (Quý I–IV, 6 tháng, 9 tháng, năm).
      Ví dụ: phuluc report ke-hoach-2026.xlsx --period "Quý I/2026" --out bao-cao-quy-1.xlsx
  phuluc new --year 2027 --body "Sở Nội vụ" --out PHỤ_LỤC.xlsx [--tasks] [--force]
      Tạo phụ lục nhiệm vụ mới theo thể thức Nghị định 30/2020/NĐ-CP.
      Ví dụ: phuluc new --year 2027 --body "Sở Nội vụ" --out phu-luc-2027.xlsx --tasks
  phuluc help
      Hiện hướng dẫn này.

Tùy chọn:
${optionsHelp()}

Mã thoát: 0 không có lỗi; 1 có lỗi trong phụ lục; 2 không đọc được tệp hoặc sai cú pháp lệnh.
`;

const YEAR = /^(19|20|21)\d\d$/;

/** An ISO date from "2026-03-31" or "31/03/2026", or null when there is no such day. */
export function parseDateArg(s: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = s.includes('-') ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[2]), Number(m[1])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Parses argv (without `node` and the script): a command, or one Vietnamese line saying why not. */
export function parseArgs(argv: readonly string[]): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error });
  if (argv.length === 0) return fail('Thiếu lệnh.');
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') return { ok: true, command: { cmd: 'help' } };
  if (first === 'version' || first === '--version' || first === '-v') return { ok: true, command: { cmd: 'version' } };
  if (!(COMMANDS as readonly string[]).includes(first as string)) return fail(`Lệnh không hợp lệ: "${first}".`);
  const cmd = first as Name;

  const specs = new Map(OPTIONS.map((o) => [o.name, o]));
  const config: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  for (const o of OPTIONS) config[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  const { tokens } = nodeParseArgs({ args: [...rest], options: config, strict: false, allowPositionals: true, tokens: true });

  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') files.push(t.value);
    if (t.kind !== 'option') continue;
    const spec = specs.get(t.name);
    if (!spec) return fail(`Tùy chọn không hợp lệ cho lệnh ${cmd}: "${t.rawName}".`);
    if (spec.name === 'help') return { ok: true, command: { cmd: 'help' } };
    if (spec.name === 'version') return { ok: true, command: { cmd: 'version' } };
    if (spec.commands !== 'all' && !spec.commands.includes(cmd)) return fail(`Tùy chọn không hợp lệ cho lệnh ${cmd}: "${t.rawName}".`);
    if (spec.type === 'string') {
      if (t.value === undefined || t.value === '') return fail(`Thiếu giá trị cho ${t.rawName}.`);
      values.set(spec.name, t.value);
    } else {
      if (t.inlineValue) return fail(`Tùy chọn ${t.rawName} không nhận giá trị.`);
      flags.add(spec.name);
    }
  }

  let year: number | undefined;
  const yearText = values.get('year');
  if (yearText !== undefined) {
    if (!YEAR.test(yearText)) return fail(`Năm không hợp lệ: "${yearText}" (cần năm 4 chữ số, ví dụ 2024).`);
    year = Number(yearText);
  }
  const extra: { year?: number; config?: string } = {};
  if (year !== undefined) extra.year = year;
  const configFile = values.get('config');
  if (configFile !== undefined) extra.config = configFile;
  const out = values.get('out');
  const force = flags.has('force');
  const json = flags.has('json');

  switch (cmd) {
    case 'check': {
      if (files.length === 0) return fail('Thiếu tên tệp .xlsx cần xử lý.');
      const command: Extract<Command, { cmd: 'check' }> = { cmd: 'check', files, json, ...extra };
      const html = values.get('html');
      const xlsx = values.get('xlsx');
      if (html !== undefined) command.html = html;
      if (xlsx !== undefined) command.xlsx = xlsx;
      if (force) command.force = true;
      if (flags.has('progress')) command.progress = true;
      return { ok: true, command };
    }
    case 'fix':
      if (files.length === 0) return fail('Thiếu tên tệp .xlsx cần xử lý.');
      if (files.length > 1) return fail('Lệnh fix chỉ nhận một tệp.');
      if (out === undefined) return fail('Lệnh fix cần --out TỆP_MỚI.xlsx.');
      return { ok: true, command: { cmd: 'fix', file: files[0] as string, out, force, ...extra } };
    case 'report': {
      if (files.length === 0) return fail('Thiếu tên tệp .xlsx cần xử lý.');
      if (files.length > 1) return fail('Lệnh report chỉ nhận một tệp.');
      const period = values.get('period');
      if (period === undefined) return fail('Lệnh report cần --period, ví dụ --period "Quý I/2026".');
      const command: Extract<Command, { cmd: 'report' }> = { cmd: 'report', file: files[0] as string, period, json, force, ...extra };
      const dateText = values.get('date');
      if (dateText !== undefined) {
        const date = parseDateArg(dateText);
        if (!date) return fail(`Ngày không hợp lệ: "${dateText}" (ví dụ 2026-03-31 hoặc 31/03/2026).`);
        command.date = date;
      }
      if (out !== undefined) command.out = out;
      return { ok: true, command };
    }
    case 'new': {
      if (files.length > 0) return fail(`Lệnh new không nhận tên tệp "${files[0]}"; dùng --out TỆP.xlsx.`);
      if (year === undefined) return fail('Lệnh new cần --year, ví dụ --year 2027.');
      const body = values.get('body')?.trim();
      if (!body) return fail('Lệnh new cần --body, ví dụ --body "Sở Nội vụ".');
      if (out === undefined) return fail('Lệnh new cần --out TỆP.xlsx.');
      return { ok: true, command: { cmd: 'new', year, body, out, tasks: flags.has('tasks'), force } };
    }
  }
}
