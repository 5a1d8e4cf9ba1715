/** Command-line parsing: no library, so every message the user sees stays Vietnamese. */

export type Command =
  | { cmd: 'help' }
  | { cmd: 'check'; files: string[]; json: boolean; year?: number; config?: string }
  | { cmd: 'fix'; file: string; out: string; force: boolean; year?: number; config?: string };

export type Parsed = { ok: true; command: Command } | { ok: false; error: string };

export const USAGE = `Cách dùng:
  phuluc check TỆP.xlsx|THƯ_MỤC... [--json] [--year NĂM] [--config CẤU_HÌNH.json]
      Kiểm tra phụ lục nhiệm vụ cải cách hành chính trong mọi trang tính của từng tệp
      (một thư mục: mọi tệp .xlsx trong thư mục đó).
  phuluc fix TỆP.xlsx --out TỆP_MỚI.xlsx [--force] [--year NĂM] [--config CẤU_HÌNH.json]
      Áp dụng các sửa chữa an toàn và ghi ra một tệp mới (tệp gốc giữ nguyên).
  phuluc help
      Hiện hướng dẫn này.

Tùy chọn:
  --json             In kết quả dạng JSON (một văn bản JSON duy nhất).
  --year NĂM         Năm kế hoạch (4 chữ số), thay cho năm đọc được từ tiêu đề.
  --config TỆP       Tệp JSON: danh mục đơn vị (units), nguồn kinh phí (funding),
                     mode "replace" (thay danh mục mặc định) hoặc "extend" (bổ sung), planYear.
  --out TỆP          (fix) Tệp kết quả; không được trùng tệp gốc.
  --force            (fix) Cho phép ghi đè tệp --out đã có.

Mã thoát: 0 không có lỗi; 1 có lỗi trong phụ lục; 2 không đọc được tệp hoặc sai cú pháp lệnh.
`;

const YEAR = /^(19|20|21)\d\d$/;

/** Splits `--flag=value` and collects flags; `--` ends the flags. */
export function parseArgs(argv: readonly string[]): Parsed {
  const fail = (error: string): Parsed => ({ ok: false, error });
  if (argv.length === 0) return fail('Thiếu lệnh.');
  const [first, ...rest] = argv;
  if (first === 'help' || first === '--help' || first === '-h') return { ok: true, command: { cmd: 'help' } };
  if (first !== 'check' && first !== 'fix') return fail(`Lệnh không hợp lệ: «${first}».`);

  const files: string[] = [];
  let json = false;
  let force = false;
  let year: number | undefined;
  let config: string | undefined;
  let out: string | undefined;
  const takesValue = new Set(['--year', '--config', '--out']);
  const allowed = first === 'check' ? new Set(['--json', '--year', '--config']) : new Set(['--out', '--force', '--year', '--config']);

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
    if (!allowed.has(name)) return fail(`Tùy chọn không hợp lệ cho lệnh ${first}: «${name}».`);
    let value: string | undefined;
    if (takesValue.has(name)) {
      if (eq > 0) value = arg.slice(eq + 1);
      else {
        value = rest[i + 1];
        i++;
      }
      if (value === undefined || value === '') return fail(`Thiếu giá trị cho ${name}.`);
    } else if (eq > 0) {
      return fail(`Tùy chọn ${name} không nhận giá trị.`);
    }
    switch (name) {
      case '--json':
        json = true;
        break;
      case '--force':
        force = true;
        break;
      case '--year':
        if (!YEAR.test(value as string)) return fail(`Năm không hợp lệ: «${value}» (cần năm 4 chữ số, ví dụ 2024).`);
        year = Number(value);
        break;
      case '--config':
        config = value;
        break;
      case '--out':
        out = value;
        break;
    }
  }

  if (files.length === 0) return fail('Thiếu tên tệp .xlsx cần xử lý.');
  const extra: { year?: number; config?: string } = {};
  if (year !== undefined) extra.year = year;
  if (config !== undefined) extra.config = config;
  if (first === 'check') return { ok: true, command: { cmd: 'check', files, json, ...extra } };
  if (files.length > 1) return fail('Lệnh fix chỉ nhận một tệp.');
  if (out === undefined) return fail('Lệnh fix cần --out TỆP_MỚI.xlsx.');
  return { ok: true, command: { cmd: 'fix', file: files[0] as string, out, force, ...extra } };
}
