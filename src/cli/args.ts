/** Command-line parsing: no library, so every message the user sees stays Vietnamese. */

export type Command =
  | { cmd: 'help' }
  | {
      cmd: 'check';
      files: string[];
      json: boolean;
      year?: number;
      config?: string;
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

export const USAGE = `Cách dùng:
  phuluc check TỆP.xlsx|THƯ_MỤC... [--json] [--html BÁO_CÁO.html] [--xlsx DANH_SÁCH.xlsx]
               [--year NĂM] [--config CẤU_HÌNH.json] [--force]
      Kiểm tra phụ lục nhiệm vụ cải cách hành chính trong mọi trang tính của từng tệp
      (một thư mục: mọi tệp .xlsx trong thư mục đó).
  phuluc fix TỆP.xlsx --out TỆP_MỚI.xlsx [--force] [--year NĂM] [--config CẤU_HÌNH.json]
      Áp dụng các sửa chữa an toàn và ghi ra một tệp mới (tệp gốc giữ nguyên).
  phuluc report TỆP.xlsx --period "Quý I/2026" [--date 2026-03-31] [--out BÁO_CÁO.xlsx] [--json]
      Báo cáo tình hình thực hiện nhiệm vụ trong kỳ (Quý I–IV, 6 tháng, 9 tháng, năm).
  phuluc new --year 2027 --body "Sở Nội vụ" --out PHỤ_LỤC.xlsx [--tasks] [--force]
      Tạo phụ lục nhiệm vụ mới theo thể thức Nghị định 30/2020/NĐ-CP.
  phuluc help
      Hiện hướng dẫn này.

Tùy chọn:
  --json             In kết quả dạng JSON (một văn bản JSON duy nhất).
  --html TỆP         (check) Ghi báo cáo HTML tự chứa: bảng tổng hợp mọi tệp và lỗi của từng tệp.
  --xlsx TỆP         (check) Ghi danh sách lỗi ra tệp Excel (mỗi lỗi một dòng, có bộ lọc).
  --year NĂM         Năm kế hoạch (4 chữ số), thay cho năm đọc được từ tiêu đề;
                     (new) năm của phụ lục mới.
  --config TỆP       Tệp JSON: danh mục đơn vị (units), nguồn kinh phí (funding),
                     mode "replace" (thay danh mục mặc định) hoặc "extend" (bổ sung), planYear.
  --period KỲ        (report) "Quý I/2026", "6 tháng/2026", "9 tháng/2026" hoặc "Năm 2026".
  --date NGÀY        (report) Ngày tính số liệu, 2026-03-31 hoặc 31/03/2026 (mặc định: hôm nay).
  --body TÊN         (new) Cơ quan ban hành kế hoạch, ví dụ "Sở Nội vụ".
  --tasks            (new) Điền sẵn các nhiệm vụ mẫu của năm.
  --out TỆP          Tệp kết quả; không được trùng tệp gốc.
  --force            Cho phép ghi đè tệp kết quả đã có.

Mã thoát: 0 không có lỗi; 1 có lỗi trong phụ lục; 2 không đọc được tệp hoặc sai cú pháp lệnh.
`;

const YEAR = /^(19|20|21)\d\d$/;
const COMMANDS = ['check', 'fix', 'report', 'new'] as const;
type Name = (typeof COMMANDS)[number];

const ALLOWED: Record<Name, readonly string[]> = {
  check: ['--json', '--year', '--config', '--html', '--xlsx', '--force'],
  fix: ['--out', '--force', '--year', '--config'],
  report: ['--period', '--date', '--out', '--json', '--force', '--year', '--config'],
  new: ['--year', '--body', '--out', '--tasks', '--force'],
};
const TAKES_VALUE = new Set(['--year', '--config', '--out', '--html', '--xlsx', '--period', '--date', '--body']);

/** An ISO date from "2026-03-31" or "31/03/2026", or null when there is no such day. */
export function parseDateArg(s: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s) ?? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (!m) return null;
  const [y, mo, d] = s.includes('-') ? [Number(m[1]), Number(m[2]), Number(m[3])] : [Number(m[3]), Number(m[2]), Number(m[1])];
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Splits `--flag=value` and collects flags; `--` ends the flags. */
export function parseArgs(argv: readonly string[]): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error });
  if (argv.length === 0) return fail('Thiếu lệnh.');
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') return { ok: true, command: { cmd: 'help' } };
  if (!(COMMANDS as readonly string[]).includes(first as string)) return fail(`Lệnh không hợp lệ: «${first}».`);
  const cmd = first as Name;

  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const allowed = new Set(ALLOWED[cmd]);
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (onlyFiles || !arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') return { ok: true, command: { cmd: 'help' } };
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!allowed.has(name)) return fail(`Tùy chọn không hợp lệ cho lệnh ${cmd}: «${name}».`);
    if (TAKES_VALUE.has(name)) {
      let value: string | undefined;
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        value = rest[i + 1];
        i++;
      }
      if (value === undefined || value === '') return fail(`Thiếu giá trị cho ${name}.`);
      values.set(name, value);
    } else if (eq > 0) {
      return fail(`Tùy chọn ${name} không nhận giá trị.`);
    } else flags.add(name);
  }

  let year: number | undefined;
  const yearText = values.get('--year');
  if (yearText !== undefined) {
    if (!YEAR.test(yearText)) return fail(`Năm không hợp lệ: «${yearText}» (cần năm 4 chữ số, ví dụ 2024).`);
    year = Number(yearText);
  }
  const extra: { year?: number; config?: string } = {};
  if (year !== undefined) extra.year = year;
  const config = values.get('--config');
  if (config !== undefined) extra.config = config;
  const out = values.get('--out');
  const force = flags.has('--force');
  const json = flags.has('--json');

  switch (cmd) {
    case 'check': {
      if (files.length === 0) return fail('Thiếu tên tệp .xlsx cần xử lý.');
      const command: Extract<Command, { cmd: 'check' }> = { cmd: 'check', files, json, ...extra };
      const html = values.get('--html');
      const xlsx = values.get('--xlsx');
      if (html !== undefined) command.html = html;
      if (xlsx !== undefined) command.xlsx = xlsx;
      if (force) command.force = true;
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
      const period = values.get('--period');
      if (period === undefined) return fail('Lệnh report cần --period, ví dụ --period "Quý I/2026".');
      const command: Extract<Command, { cmd: 'report' }> = { cmd: 'report', file: files[0] as string, period, json, force, ...extra };
      const dateText = values.get('--date');
      if (dateText !== undefined) {
        const date = parseDateArg(dateText);
        if (!date) return fail(`Ngày không hợp lệ: «${dateText}» (ví dụ 2026-03-31 hoặc 31/03/2026).`);
        command.date = date;
      }
      if (out !== undefined) command.out = out;
      return { ok: true, command };
    }
    case 'new': {
      if (files.length > 0) return fail(`Lệnh new không nhận tên tệp «${files[0]}»; dùng --out TỆP.xlsx.`);
      if (year === undefined) return fail('Lệnh new cần --year, ví dụ --year 2027.');
      const body = values.get('--body')?.trim();
      if (!body) return fail('Lệnh new cần --body, ví dụ --body "Sở Nội vụ".');
      if (out === undefined) return fail('Lệnh new cần --out TỆP.xlsx.');
      return { ok: true, command: { cmd: 'new', year, body, out, tasks: flags.has('--tasks'), force } };
    }
  }
}
