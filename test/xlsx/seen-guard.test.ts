/**
 * The stale-write guard on the `fix` path: every cell written and row deleted must still hold,
 * in the package written, what the check saw (src/xlsx/seen-guard.ts, wired by fixWorkbook).
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import type { Edit } from '../../src/core/fix';
import { fixWorkbook } from '../../src/xlsx/fix-workbook';
import { openPackage } from '../../src/xlsx/package';
import { readWorkbook } from '../../src/xlsx/read';
import { seenGuard, storedToCell } from '../../src/xlsx/seen-guard';
import { fixPackage } from '../../src/xlsx/write';
import { buildXlsx } from './build';

describe('storedToCell reads a stored cell as the reader does', () => {
  const sst = ['Sở Nội vụ', 'a & b'];
  it.each([
    [{ type: 'n', v: '12.5' }, { value: 12.5 }],
    [{ type: 's', v: '1' }, { value: 'a & b' }],
    [{ type: 'str', v: 'x_x000D_y', formula: 'B1' }, { value: 'x\ry', formula: 'B1' }],
    [{ type: 'inlineStr', inline: '<r><t>Quý </t></r><r><t xml:space="preserve">II &amp; III</t></r><rPh><t>ふ</t></rPh>' }, { value: 'Quý II & III' }],
    [{ type: 'b', v: '1' }, { value: true }],
    [{ type: 'e', v: '#n/a' }, { value: null, error: '#N/A' }],
    [{ type: 'n', formula: 'SUM(A1:A2)' }, { value: null, formula: 'SUM(A1:A2)' }],
    [{ type: 'n' }, undefined],
  ])('%j → %j', (stored, cell) => {
    expect(storedToCell(stored, sst, false)).toEqual(cell);
  });
  it('an ISO date is its serial', () => {
    expect(storedToCell({ type: 'd', v: '2024-10-15' }, [], false)?.value).toBe(45580);
  });
});

describe('seenGuard', () => {
  const edits = new Map<string, Edit[]>([
    [
      'S',
      [
        { kind: 'set', row: 2, col: 1, address: 'B2', value: 'mới', seen: { value: 'cũ' } },
        { kind: 'set', row: 3, col: 0, address: 'A3', value: 2, seen: { value: 7, formula: 'A2+1' } },
        { kind: 'delete-row', row: 5, seen: [{ value: 'STT' }, { value: 'Nhiệm vụ' }] },
      ],
    ],
  ]);
  const guard = seenGuard(edits, ['cũ', 'STT', 'Nhiệm vụ', 'khác'], false);
  it.each([
    ['the text seen', 'S', { kind: 'set', row: 2, col: 1, value: 'mới' }, { type: 's', v: '0' }, true],
    ['other text', 'S', { kind: 'set', row: 2, col: 1, value: 'mới' }, { type: 's', v: '3' }, false],
    ['an emptied cell', 'S', { kind: 'set', row: 2, col: 1, value: 'mới' }, undefined, false],
    ['the formula seen, another cached value', 'S', { kind: 'set', row: 3, col: 0, value: 2 }, { type: 'n', v: '99', formula: 'A2+1' }, true],
    ['a shared formula follower', 'S', { kind: 'set', row: 3, col: 0, value: 2 }, { type: 'n', v: '8', formula: '' }, true],
    ['another formula', 'S', { kind: 'set', row: 3, col: 0, value: 2 }, { type: 'n', v: '8', formula: 'A1+1' }, false],
    ['a write the check never made', 'S', { kind: 'set', row: 9, col: 0, value: 2 }, undefined, false],
    ['another sheet', 'T', { kind: 'set', row: 2, col: 1, value: 'mới' }, { type: 's', v: '0' }, false],
  ] as const)('a write over %s → %s', (_what, sheet, edit, cell, ok) => {
    expect(guard(sheet, edit, cell)).toBe(ok);
  });
  it.each([
    ['the row seen', new Map([[0, { type: 's', v: '1' }], [1, { type: 's', v: '2' }]]), true],
    ['a cell changed', new Map([[0, { type: 's', v: '1' }], [1, { type: 's', v: '3' }]]), false],
    ['a cell added', new Map([[0, { type: 's', v: '1' }], [1, { type: 's', v: '2' }], [4, { type: 'n', v: '1' }]]), false],
  ] as const)('deleting %s → %s', (_what, row, ok) => {
    expect(guard('S', { kind: 'delete-row', row: 5 }, undefined, row)).toBe(ok);
  });
});

describe('fixWorkbook checks every edit against what the check saw', () => {
  const appendix = new Uint8Array(readFileSync(path.join(__dirname, '../fixtures/appendices/so-noi-vu-2026-loi.xlsx')));

  it('writes its fixes when the package is the one checked', () => {
    const r = fixWorkbook(readWorkbook(appendix));
    expect(r.outcome.applied.length).toBeGreaterThan(0);
    expect(r.outcome.refused).toEqual([]);
  });

  it('refuses, with the reason, every fix whose cell changed in the package after the check', () => {
    const read = readWorkbook(appendix);
    const first = fixWorkbook(read);
    // Change, in another copy of the package, one cell each applied set fix writes.
    const targets = first.outcome.applied.map((id) => ({ id, g: first.groups[id]! })).filter(({ g }) => g.fixes[0]!.edits.every((e) => e.kind === 'set'));
    expect(targets.length).toBeGreaterThan(0);
    const sheets = [...new Set(targets.map(({ g }) => g.sheet))];
    const changed = fixPackage(
      read.package,
      sheets.map((sheet) => ({
        sheet,
        fixes: targets.flatMap(({ g }, i) => (g.sheet === sheet ? [{ id: i, edits: [{ ...(g.fixes[0]!.edits[0] as Edit & { kind: 'set' }), value: 'đã đổi sau khi kiểm tra' }] }] : [])),
      })),
    );
    expect(changed.applied.length).toBeGreaterThan(0);
    const stale = fixWorkbook({ ...read, package: openPackage(changed.bytes) });
    const refusedIds = stale.outcome.refused.map((x) => x.id);
    for (const i of changed.applied) expect(refusedIds).toContain(targets[i]!.id);
    for (const x of stale.outcome.refused) expect(x.reason).toMatch(/không còn giữ|lúc kiểm tra/);
  });

  it('refuses a deletion whose row changed', () => {
    const bytes = buildXlsx({
      sheets: [{ name: 'S', data: '<row r="1"><c r="A1"><v>1</v></c></row>' }],
    });
    const out = fixPackage(bytes, [{ sheet: 'S', fixes: [{ id: 0, edits: [{ kind: 'delete-row', row: 1 }] }] }], {
      seen: seenGuard(new Map([['S', [{ kind: 'delete-row', row: 1, seen: [{ value: 2 }] }]]]), [], false),
    });
    expect(out.applied).toEqual([]);
    expect(out.refused[0]?.reason).toMatch(/dòng 1 không còn giữ/);
  });
});
