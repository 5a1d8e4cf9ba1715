/**
 * The writer's fidelity harness: every workbook under test/fixtures (found by glob) goes
 * through `fix`, and the two packages are compared part by part. Only the parts the applied
 * fixes concern may differ; inside a changed worksheet, row by row, only the written cells, the
 * deleted rows, the row numbers below them and formulas may differ; every value the fixes did
 * not write is where it was. Then LibreOffice, a second and independent consumer, opens every
 * output headless and must read each sheet as the input's sheet with the fixes applied.
 */
import { execFileSync, spawnSync } from 'child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'fs';
import * as path from 'path';
import type { Cell, Grid } from '../../src/core/grid';
import { fixWorkbook } from '../../src/xlsx/fix-workbook';
import type { WorkbookFix } from '../../src/xlsx/fix-workbook';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import type { WorkbookRead } from '../../src/xlsx/read';
import type { WriterEdit } from '../../src/xlsx/write';
import { decodeXml } from '../../src/xlsx/xml';
import { inflateEntry } from '../../src/xlsx/zip';
import { FIXTURES, tempDir } from '../cli/helpers';
import { parseCsv } from '../helpers/external';

function workbooks(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...workbooks(p));
    else if (/\.(xlsx|xlsm)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

const FILES = workbooks(FIXTURES);

interface Case {
  name: string;
  input: Uint8Array;
  before: WorkbookRead;
  fix: WorkbookFix;
  after: WorkbookRead;
  /** Applied edits by sheet name. */
  sets: Map<string, Array<Extract<WriterEdit, { kind: 'set' }>>>;
  deleted: Map<string, number[]>;
}

function run(file: string): Case {
  const input = new Uint8Array(readFileSync(file));
  const before = readWorkbook(input);
  const fix = fixWorkbook(readWorkbook(input));
  const after = readWorkbook(fix.outcome.bytes);
  const sets = new Map<string, Array<Extract<WriterEdit, { kind: 'set' }>>>();
  const deleted = new Map<string, number[]>();
  for (const id of fix.outcome.applied) {
    const g = fix.groups[id]!;
    const edits = g.fixes[0]!.edits;
    for (const e of edits) {
      if (e.kind === 'set') sets.set(g.sheet, [...(sets.get(g.sheet) ?? []), e]);
      else deleted.set(g.sheet, [...(deleted.get(g.sheet) ?? []), e.row]);
    }
  }
  return { name: path.relative(FIXTURES, file), input, before, fix, after, sets, deleted };
}

const CASES = FILES.map(run);

/** Where an original row goes (1-based), undefined when deleted. */
const mover = (rows: number[] = []) => (r: number) => (rows.includes(r) ? undefined : r - rows.filter((d) => d < r).length);

const partText = (bytes: Uint8Array, name: string) => {
  const e = openPackage(bytes).zip.get(name);
  return e ? decodeXml(inflateEntry(e)) : undefined;
};

it('finds the fixtures by glob, the writer’s own among them', () => {
  expect(FILES.length).toBeGreaterThanOrEqual(15);
  expect(FILES.some((f) => f.endsWith('.xlsm'))).toBe(true);
});

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  it('fixes something, or nothing at all with the very same bytes', () => {
    if (c.fix.outcome.applied.length === 0) expect(Buffer.from(c.fix.outcome.bytes).equals(Buffer.from(c.input))).toBe(true);
    else expect(c.fix.outcome.changedParts.length).toBeGreaterThan(0);
  });

  it('differs only in the parts the fixes concern; every other entry is copied byte for byte', () => {
    const a = openPackage(c.input);
    const b = openPackage(c.fix.outcome.bytes);
    const sheets = a.workbook.sheets;
    const touched = new Set([...c.sets.keys(), ...c.deleted.keys()].map((n) => n.toLowerCase()));
    const partOf = (name: string) => sheets.find((s) => s.name === name)?.part;
    const allowed = new Set<string>();
    for (const s of sheets) {
      if (!s.part) continue;
      if (touched.has(s.name.toLowerCase())) allowed.add(s.part);
      // Another sheet: only when it names a sheet the fixes change (its formulas follow).
      const text = unescapeXml(partText(c.input, s.part) ?? '');
      if ([...c.sets.keys(), ...c.deleted.keys()].some((n) => text.includes(n))) allowed.add(s.part);
    }
    if ([...c.sets.values()].flat().some((e) => typeof e.value === 'string') && a.workbook.sharedStringsPart) allowed.add(a.workbook.sharedStringsPart);
    // A repaired legacy-font cell gets its own style (a font and an xf appended to styles.xml).
    if ([...c.sets.values()].flat().some((e) => e.font !== undefined) && a.workbook.stylesPart) allowed.add(a.workbook.stylesPart);
    allowed.add(a.workbook.part); // defined names, recalculation on open
    for (const sheet of c.deleted.keys()) {
      for (const r of a.relationshipsOf(partOf(sheet)!)) {
        if (r.part && /comments|vmlDrawing|drawing|threadedComment|table/i.test(r.kind)) allowed.add(r.part);
      }
    }
    const chain = a.workbook.relationships.find((r) => r.kind === 'calcChain');
    if (chain) allowed.add('xl/_rels/workbook.xml.rels').add('[Content_Types].xml');

    for (const p of c.fix.outcome.changedParts) expect({ part: p, allowed: allowed.has(p) }).toEqual({ part: p, allowed: true });
    for (const p of c.fix.outcome.removedParts) expect(p).toBe(chain?.part);
    expect(b.zip.entries.map((e) => e.name)).toEqual(a.zip.entries.map((e) => e.name).filter((n) => !c.fix.outcome.removedParts.includes(n)));
    for (const e of a.zip.entries) {
      if (c.fix.outcome.changedParts.includes(e.name) || c.fix.outcome.removedParts.includes(e.name)) continue;
      expect({ part: e.name, same: Buffer.from(b.zip.get(e.name)!.localRecord).equals(Buffer.from(e.localRecord)) }).toEqual({ part: e.name, same: true });
    }
  });

  it('in a changed worksheet, only the written cells, the deleted rows, row numbers and formulas differ', () => {
    const a = openPackage(c.input);
    for (const sheet of new Set([...c.sets.keys(), ...c.deleted.keys()])) {
      const part = a.workbook.sheets.find((s) => s.name === sheet)!.part!;
      const before = rowsOf(partText(c.input, part)!);
      const after = rowsOf(partText(c.fix.outcome.bytes, part)!);
      const to = mover(c.deleted.get(sheet));
      const written = new Set((c.sets.get(sheet) ?? []).map((e) => `${e.row}:${e.col}`));
      let compared = 0;
      for (const [r, xml] of before) {
        const n = to(r);
        if (n === undefined) continue;
        const got = after.get(n);
        expect({ row: r, present: got !== undefined }).toEqual({ row: r, present: true });
        expect({ row: r, xml: mask(got!, n, written, r) }).toEqual({ row: r, xml: mask(renumber(xml, n), n, written, r) });
        compared++;
      }
      // Rows only in the output hold nothing but written cells.
      for (const [n, xml] of after) {
        if ([...before.keys()].some((r) => to(r) === n)) continue;
        expect(xml.replace(/<c [^>]*?(?:\/>|>.*?<\/c>)/g, '')).toMatch(/^<row r="\d+">\s*<\/row>$/);
      }
      expect(compared).toBeGreaterThan(0);
      if (!c.deleted.has(sheet)) {
        // Only cells were written: nothing outside sheetData moves.
        const outside = (x: string) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, '');
        expect(outside(partText(c.fix.outcome.bytes, part)!)).toBe(outside(partText(c.input, part)!));
      }
    }
  });

  it('reads back with every written value in place and every other value where its row went', () => {
    for (const g of c.before.grids) {
      const out = c.after.grids.find((x) => x.name === g.name)!;
      const to = mover(c.deleted.get(g.name));
      const sets = new Map((c.sets.get(g.name) ?? []).map((e) => [`${e.row}:${e.col}`, e]));
      for (const e of sets.values()) {
        expect({ at: `${g.name}!${e.row}:${e.col}`, value: out.rows[to(e.row)! - 1]?.[e.col]?.value ?? null }).toEqual({ at: `${g.name}!${e.row}:${e.col}`, value: e.value });
      }
      g.rows.forEach((cells, i) => {
        const n = to(i + 1);
        if (n === undefined) return;
        (cells ?? []).forEach((cell, col) => {
          if (!cell || sets.has(`${i + 1}:${col}`) || cell.formula !== undefined) return;
          const now = out.rows[n - 1]?.[col];
          expect({ at: `${g.name}!${i + 1}:${col}`, cell: plain(now) }).toEqual({ at: `${g.name}!${i + 1}:${col}`, cell: plain(cell) });
        });
      });
    }
  });
});

/** XML text with its character and entity references resolved (producers write `&#7909;` for ụ). */
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|apos|quot|amp|lt|gt);/gi, (_m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : ({ apos: "'", quot: '"', amp: '&', lt: '<', gt: '>' } as Record<string, string>)[e.toLowerCase()]!,
  );
}

/** Row elements of a sheet by row number. */
function rowsOf(xml: string): Map<number, string> {
  const out = new Map<number, string>();
  let implicit = 0;
  for (const m of xml.matchAll(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    const r = /^<row\b[^>]*?\sr="(\d+)"/.exec(m[0]);
    implicit = r ? Number(r[1]) : implicit + 1;
    out.set(implicit, m[0]);
  }
  return out;
}

function renumber(row: string, n: number): string {
  return row.replace(/^(<row\b[^>]*?\sr=")\d+"/, `$1${n}"`).replace(/(<c\b[^>]*?\sr="[A-Z]+)\d+"/g, `$1${n}"`);
}

/** A row with written cells and formula cells reduced to their address and style, and spans ignored. */
function mask(row: string, n: number, written: Set<string>, oldRow: number): string {
  return row
    .replace(/\sspans="[^"]*"/, '')
    .replace(/<c\b([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g, (whole, attrs: string, _end: string, body: string | undefined) => {
      const ref = /\sr="([A-Z]+)(\d+)"/.exec(attrs);
      const col = ref ? colOf(ref[1]!) : -1;
      if (written.has(`${oldRow}:${col}`)) return `<c WRITTEN ${ref?.[1]}/>`;
      if (body !== undefined && /<(\w+:)?f[\s>/]/.test(body)) return `<c r="${ref?.[1]}${n}" FORMULA/>`;
      return whole;
    });
}

function colOf(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function plain(cell: Cell | undefined): unknown {
  if (!cell || (cell.value === null && cell.error === undefined)) return null;
  return { value: cell.value instanceof Date ? cell.value.toISOString() : cell.value, error: cell.error, numFmt: cell.numFmt };
}

describe('LibreOffice opens every fix output and reads the repaired values', () => {
  const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
  const dir = tempDir();
  const inDir = path.join(dir, 'in');
  const outDir = path.join(dir, 'out');
  const csvIn = path.join(dir, 'csv-in');
  const csvOut = path.join(dir, 'csv-out');
  let converted = false;

  beforeAll(() => {
    if (soffice.status !== 0) return;
    for (const d of [inDir, outDir, csvIn, csvOut]) mkdirSync(d, { recursive: true });
    CASES.forEach((c, i) => {
      const ext = path.extname(c.name);
      writeFileSync(path.join(inDir, `f${i}${ext}`), c.input);
      writeFileSync(path.join(outDir, `f${i}${ext}`), c.fix.outcome.bytes);
    });
    // Every sheet to its own CSV (LibreOffice 7.2+: the 12th token, -1), UTF-8, as displayed.
    const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';
    const profile = `file://${path.join(dir, 'profile')}`;
    for (const [from, to] of [
      [inDir, csvIn],
      [outDir, csvOut],
    ] as const) {
      execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', to, ...readdirSync(from).map((f) => path.join(from, f))], {
        timeout: 300_000,
        stdio: 'ignore',
      });
    }
    converted = true;
  }, 620_000);

  it('LibreOffice is installed (.ci/run installs libreoffice-calc)', () => {
    expect(soffice.status).toBe(0);
    expect(converted).toBe(true);
  });

  it.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    expect(converted).toBe(true);
    for (const g of c.before.grids) {
      const read = (d: string) => parseCsv(readFileSync(path.join(d, `f${i}-${g.name}.csv`), 'utf8'));
      const before = read(csvIn);
      const after = read(csvOut);
      const to = mover(c.deleted.get(g.name));
      const sets = new Map((c.sets.get(g.name) ?? []).map((e) => [`${e.row}:${e.col}`, e]));
      let compared = 0;
      before.forEach((cells, r) => {
        const n = to(r + 1);
        if (n === undefined) return;
        cells.forEach((text, col) => {
          const set = sets.get(`${r + 1}:${col}`);
          const got = after[n - 1]?.[col] ?? '';
          if (set) {
            const want = set.value === null ? '' : String(set.value);
            expect({ at: `${g.name}!${r + 1}:${col}`, text: typeof set.value === 'number' ? Number(got.replace(/[,\s]/g, '')) : got }).toEqual({
              at: `${g.name}!${r + 1}:${col}`,
              text: typeof set.value === 'number' ? set.value : want,
            });
          } else if (g.rows[r]?.[col]?.formula === undefined) {
            expect({ at: `${g.name}!${r + 1}:${col}`, text: got }).toEqual({ at: `${g.name}!${r + 1}:${col}`, text });
            compared++;
          }
        });
      });
      // Written into rows or cells the input did not have.
      for (const e of sets.values()) {
        if (e.value === null) continue;
        const got = after[to(e.row)! - 1]?.[e.col] ?? '';
        expect(typeof e.value === 'number' ? Number(got.replace(/[,\s]/g, '')) : got).toEqual(e.value);
      }
      expect(after.filter((row) => row.some((t) => t !== '')).length).toBeLessThanOrEqual(before.filter((row) => row.some((t) => t !== '')).length);
      // A sheet of formulas only (a summary sheet) has nothing compared here.
      const plain = g.rows.some((row) => row?.some((cell) => cell !== undefined && cell.formula === undefined && cell.value !== null));
      if (before.length > 0 && plain) expect(compared).toBeGreaterThan(0);
    }
  });
});

export type { Grid };
