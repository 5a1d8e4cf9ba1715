/**
 * Second, independent readers of what phuluc writes: openpyxl (Debian's python3-openpyxl) and
 * LibreOffice headless (soffice). Both are installed on the CI and dev machines.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';

/** Runs a Python snippet with openpyxl on `file`; the snippet prints JSON (`wb` is loaded). */
export function openpyxl<T>(file: string, body: string): T {
  const script = ['import json, sys', 'from openpyxl import load_workbook', 'wb = load_workbook(sys.argv[1])', body].join('\n');
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as T;
}

/**
 * Opens the workbook with LibreOffice and returns its first sheet as CSV rows (UTF-8), each cell
 * as LibreOffice displays it. Each call gets its own profile directory, so parallel test files do
 * not share a LibreOffice instance. `locale` (e.g. "en_US.UTF-8") is the reader's: LibreOffice
 * takes its default locale, and with it the separators of number formats, from LANG/LC_ALL.
 */
export function libreOfficeCsv(file: string, locale?: string): string[][] {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'phuluc-lo-'));
  const profile = `file://${path.join(dir, 'profile')}`;
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', dir, file],
    { stdio: 'ignore', timeout: 120_000, env: locale ? { ...process.env, LANG: locale, LC_ALL: locale, LC_NUMERIC: locale } : process.env },
  );
  const csv = readdirSync(dir).find((f) => f.endsWith('.csv'));
  if (!csv) throw new Error(`LibreOffice did not convert ${file}`);
  return parseCsv(readFileSync(path.join(dir, csv), 'utf8'));
}

/** RFC 4180 CSV as LibreOffice writes it: quoted fields may hold commas, doubled quotes and line
 * breaks; records end with LF, CR or CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
