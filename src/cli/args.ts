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
    }
  | { cmd: 'fix'; file: string; out: string; force: boolean; year?: number; config?: string };

export type Parsed = { ok: true; command: Command } | { ok: false; error: string };

type Name = 'check' | 'fix';

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
  { name: 'json', type: 'boolean', commands: ['check'], help: 'In kết quả dạng JSON (một văn bản JSON duy nhất).', example: 'phuluc check ke-hoach.xlsx --json > ket-qua.json' },
  { name: 'year', type: 'string', arg: 'NĂM', commands: ['check', 'fix'], help: 'Năm kế hoạch (4 chữ số), thay cho năm đọc được từ tiêu đề.', example: 'phuluc check ke-hoach.xlsx --year 2024' },
  {
    name: 'config',
    type: 'string',
    arg: 'TỆP',
    commands: ['check', 'fix'],
    help: 'Tệp JSON cài đặt (như tệp Xuất của mục Cài đặt trong Excel): danh mục đơn vị (units), nguồn kinh phí (funding), mode "replace" (thay danh mục mặc định) hoặc "extend" (bổ sung), planYear.',
    example: 'phuluc check ke-hoach.xlsx --config cai-dat.json',
  },
  { name: 'out', type: 'string', arg: 'TỆP', commands: ['fix'], help: '(fix) Tệp kết quả; không được trùng tệp gốc.', example: 'phuluc fix ke-hoach.xlsx --out ke-hoach-da-sua.xlsx' },
  { name: 'force', type: 'boolean', commands: ['fix'], help: '(fix) Cho phép ghi đè tệp --out đã có.', example: 'phuluc fix ke-hoach.xlsx --out da-sua.xlsx --force' },
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
  phuluc check TỆP.xlsx|THƯ_MỤC... [--json] [--progress] [--year NĂM] [--config CẤU_HÌNH.json]
      Kiểm tra phụ lục nhiệm vụ cải cách hành chính trong mọi trang tính của từng tệp.
      Một thư mục: mọi tệp .xlsx trong thư mục đó và các thư mục con.
      Ví dụ: phuluc check ke-hoach-2024.xlsx
             phuluc check "D:\\Phu luc 2024"
  phuluc fix TỆP.xlsx --out TỆP_MỚI.xlsx [--force] [--year NĂM] [--config CẤU_HÌNH.json]
      Áp dụng các cách sửa an toàn và ghi ra một tệp mới (tệp gốc giữ nguyên).
      Ví dụ: phuluc fix ke-hoach-2024.xlsx --out ke-hoach-2024-da-sua.xlsx
  phuluc help
      Hiện hướng dẫn này.

Tùy chọn:
${optionsHelp()}

Mã thoát: 0 không có lỗi; 1 có lỗi trong phụ lục; 2 không đọc được tệp hoặc sai cú pháp lệnh.
`;

const YEAR = /^(19|20|21)\d\d$/;

/** Parses argv (without `node` and the script): a command, or one Vietnamese line saying why not. */
export function parseArgs(argv: readonly string[]): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error });
  if (argv.length === 0) return fail('Thiếu lệnh.');
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') return { ok: true, command: { cmd: 'help' } };
  if (first === 'version' || first === '--version' || first === '-v') return { ok: true, command: { cmd: 'version' } };
  if (first !== 'check' && first !== 'fix') return fail(`Lệnh không hợp lệ: "${first}".`);
  const cmd: Name = first;

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
  if (files.length === 0) return fail('Thiếu tên tệp .xlsx cần xử lý.');
  const extra: { year?: number; config?: string } = {};
  if (year !== undefined) extra.year = year;
  const configFile = values.get('config');
  if (configFile !== undefined) extra.config = configFile;
  if (cmd === 'check') {
    const command: Extract<Command, { cmd: 'check' }> = { cmd: 'check', files, json: flags.has('json'), ...extra };
    if (flags.has('progress')) command.progress = true;
    return { ok: true, command };
  }
  if (files.length > 1) return fail('Lệnh fix chỉ nhận một tệp.');
  const out = values.get('out');
  if (out === undefined) return fail('Lệnh fix cần --out TỆP_MỚI.xlsx.');
  return { ok: true, command: { cmd: 'fix', file: files[0] as string, out, force: flags.has('force'), ...extra } };
}
