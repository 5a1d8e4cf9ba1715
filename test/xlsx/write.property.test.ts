/**
 * Properties of the writer, checked by the reader: random fixes written and read back give
 * exactly the grid the engine's own model (applyEdits) predicts; writing without edits keeps
 * every byte; and row deletion moves any reference as a brute-force model of the rows does.
 */
import { readFileSync } from 'fs';
import fc from 'fast-check';
import { applyEdits } from '../../src/core/fix';
import type { Edit } from '../../src/core/fix';
import type { Grid } from '../../src/core/grid';
import { readWorkbook } from '../../src/xlsx/read';
import { deleteRowsInArea, formatArea, parseArea, RowDeletion } from '../../src/xlsx/row-deletion';
import { fixPackage } from '../../src/xlsx/write';
import type { FixToWrite, WriterEdit } from '../../src/xlsx/write';
import { FFLATE_CODEC } from '../../src/xlsx/zip';
import { ZLIB_CODEC } from '../../src/cli/xlsx/zlib-codec';
import { FIXTURES, fixture } from '../cli/helpers';
import { readdirSync } from 'fs';
import * as path from 'path';

const BASE = new Uint8Array(readFileSync(fixture('cases/delete-row-references.xlsx')));
const SHEET = 'Phụ lục';
/** Cells of the base sheet no set may name: non-master cells of merges (the reader shows them empty). */
const MERGED = new Set(['1:1', '1:2', '1:3', '1:4', '1:5', '2:1', '2:2', '2:3', '2:4', '2:5', '3:1', '3:2', '3:3', '3:4', '3:5', '6:2', '6:3', '6:4', '6:5', '11:2', '11:3', '11:4', '11:5']);
/** What the writer must refuse in the base: a value over the formula in G12; deleting row 13 (its note on E13 would be lost). */
const FORMULA_CELL = '12:6';
const NOTE_ROW = 13;

/** Text as cells hold it: any Unicode, control characters, leading = + - @, literal _xHHHH_, spaces at the ends. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\uD800-\uDFFF]/g, '')),
  fc.constantFrom('=SUM(A1:A3)', '+84 912', '- Tờ trình\n- Quyết định', '@Văn phòng', '_x000D_', 'a\r\nb', '  Quý I/2024 ', '\u0001\u001f', 'Thường xuyên'),
);
const value = fc.oneof(text, fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)), fc.integer({ min: -1e6, max: 1e6 }), fc.constant(null));

const setFix = fc.record({ row: fc.integer({ min: 1, max: 24 }), col: fc.integer({ min: 0, max: 9 }), value }).filter((s) => !MERGED.has(`${s.row}:${s.col}`));
const deleteFix = fc.integer({ min: 1, max: 16 });

interface Plan {
  sets: Array<{ row: number; col: number; value: string | number | null }>;
  deletes: number[];
}

const plan: fc.Arbitrary<Plan> = fc
  .record({ sets: fc.array(setFix, { maxLength: 12 }), deletes: fc.uniqueArray(deleteFix, { maxLength: 4 }) })
  .map(({ sets, deletes }) => {
    // One write per cell, none into a deleted row (the engine's combineFixes guarantees both).
    const seen = new Set<string>();
    const kept = sets.filter((s) => {
      const k = `${s.row}:${s.col}`;
      if (seen.has(k) || deletes.includes(s.row)) return false;
      seen.add(k);
      return true;
    });
    return { sets: kept, deletes };
  });

function toFixes(p: Plan): FixToWrite[] {
  const fixes: FixToWrite[] = [];
  p.sets.forEach((s) => fixes.push({ id: fixes.length, edits: [{ kind: 'set', ...s }] }));
  p.deletes.forEach((row) => fixes.push({ id: fixes.length, edits: [{ kind: 'delete-row', row }] }));
  return fixes;
}

/** The grid's cells as plain values (numbers, text, booleans), formulas and their values left out. */
function values(g: Grid): Array<Array<unknown>> {
  const rows = Array.from(g.rows, (cells) => Array.from(cells ?? [], (c) => (c === undefined || c.formula !== undefined || c.value === null || c.value === '' ? null : c.value)));
  for (const r of rows) while (r.length > 0 && r[r.length - 1] === null) r.pop();
  while (rows.length > 0 && (rows[rows.length - 1] as unknown[]).length === 0) rows.pop();
  return rows;
}

// The writer's two zip codecs (fflate for the browser, Node's zlib for the CLI) write the same content.
describe.each([
  ['fflate', FFLATE_CODEC],
  ['zlib', ZLIB_CODEC],
])('random fixes, written (%s) and read back', (_c, codec) => {
  const before = readWorkbook(BASE).grids.find((g) => g.name === SHEET)!;

  it('give exactly the grid the edit model predicts, and refuse only what must be refused', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const fixes = toFixes(p);
        const out = fixPackage(BASE, [{ sheet: SHEET, fixes }], { codec });
        const mustRefuse = fixes.filter((f) => f.edits.some((e) => (e.kind === 'set' ? `${e.row}:${e.col}` === FORMULA_CELL : e.row === NOTE_ROW))).map((f) => f.id);
        expect(out.refused.map((r) => r.id).sort((a, b) => a - b)).toEqual(mustRefuse);
        for (const r of out.refused) expect(r.reason).toMatch(/^[^\n]+$/);
        const applied = fixes.filter((f) => out.applied.includes(f.id)).flatMap((f) => f.edits as WriterEdit[]);
        // This plan only sets and deletes (insertions have their own property in row-insertion.test.ts).
        const edits: Edit[] = applied.flatMap((e): Edit[] =>
          e.kind === 'set' ? [{ ...e, address: '', seen: { value: null } }] : e.kind === 'delete-row' ? [{ ...e, seen: [] }] : [],
        );
        const model = applyEdits(before, edits);
        const after = readWorkbook(out.bytes).grids.find((g) => g.name === SHEET)!;
        expect(values(after)).toEqual(values(model));
        expect(after.merges).toEqual([...model.merges].sort((a, b) => a.top - b.top || a.left - b.left));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('writing without edits', () => {
  const files = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(xlsx|xlsm)$/.test(f));

  it.each(files)('%s: byte for byte, part for part', (f) => {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, f)));
    const out = fixPackage(bytes, []);
    expect(Buffer.from(out.bytes).equals(Buffer.from(bytes))).toBe(true);
    // Fixes that are all refused change nothing either.
    const grid = readWorkbook(bytes).grids[0]!;
    const refused = fixPackage(bytes, [{ sheet: grid.name, fixes: [{ id: 1, edits: [{ kind: 'set', row: 1, col: 0, value: 'x' }] }] }], { seen: () => false });
    expect(refused.applied).toEqual([]);
    expect(Buffer.from(refused.bytes).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('row deletion against a model of the rows', () => {
  const ref = fc
    .record({
      kind: fc.constantFrom('cell', 'area', 'rows'),
      top: fc.integer({ min: 1, max: 40 }),
      height: fc.integer({ min: 0, max: 15 }),
      col: fc.integer({ min: 0, max: 30 }),
      abs: fc.boolean(),
    })
    .map(({ kind, top, height, col, abs }) => {
      const d = abs ? '$' : '';
      const c = String.fromCharCode(65 + (col % 26));
      if (kind === 'cell') return `${d}${c}${d}${top}`;
      if (kind === 'rows') return `${d}${top}:${d}${top + height}`;
      return `${c}${top}:${d}${c}${d}${top + height}`;
    });

  it('a reference keeps exactly the rows that survive, renumbered, and becomes #REF! when none does', () => {
    fc.assert(
      fc.property(ref, fc.uniqueArray(fc.integer({ min: 1, max: 60 }), { maxLength: 10 }), (text, rows) => {
        const del = new RowDeletion(rows);
        const area = parseArea(text)!;
        const top = area.top!.n;
        const bottom = area.bottom!.n;
        const survivors: number[] = [];
        for (let r = top; r <= bottom; r++) if (!rows.includes(r)) survivors.push(r - rows.filter((d) => d < r).length);
        const moved = deleteRowsInArea(area, del);
        if (area.single) {
          expect(moved === null).toBe(rows.includes(top));
        } else {
          expect(moved === null).toBe(survivors.length === 0);
        }
        if (moved !== null) {
          expect([moved.top!.n, moved.bottom!.n]).toEqual([survivors[0], survivors[survivors.length - 1]]);
          // The $ anchors stay as written.
          expect(formatArea(moved).replace(/\d+/g, '')).toBe(text.replace(/\d+/g, ''));
        }
      }),
      { numRuns: 500 },
    );
  });
});
