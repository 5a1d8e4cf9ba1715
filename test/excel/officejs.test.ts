/**
 * The adapter over Microsoft's own Excel client (@microsoft/office-js 1.1.110 in jsdom, bridged to
 * the emulator: see officejs.ts). It checks what the emulator alone cannot: that the client
 * accepts every call the adapter makes, that every request Excel on the web would receive (and
 * every answer) stays under its 5 MB, including the request Excel.run sends when it ends, and
 * that the emulator counts request bytes as Office.js serialises them.
 */
import { createOfficeAdapter } from '../../src/excel';
import { largeSample, PAYLOAD_LIMIT, type ExcelEmulator } from '../../src/excel/emulator';
import type { Grid } from '../../src/core/grid';
import type { SheetGrid, WorkbookAdapter } from '../../src/excel/types';
import { deleteEdit, emulatorFor, quangTriGrid, setEdit, sheetState } from './helpers';
import { officeJsOver, type WireStats } from './officejs';

jest.setTimeout(240_000);

/** The same workbook twice: one through Microsoft's client, one through the emulator alone. */
function twins(make: () => Grid) {
  const realEmu = emulatorFor(make(), { keepHistory: true });
  const real = officeJsOver(realEmu);
  const emu = emulatorFor(make());
  return { realEmu, wire: real.wire, viaClient: createOfficeAdapter(real), emu, direct: createOfficeAdapter(emu) };
}

function reset(wire: WireStats, emu: ExcelEmulator) {
  wire.requests = [];
  wire.responses = [];
  emu.resetStats();
}

/** Requests of the emulator in the order Office.js sends them (each run's closing request last). */
function emulated(emu: ExcelEmulator): number[] {
  return [...emu.stats.requestBytes, ...emu.stats.cleanupBytes.filter((b) => b > 0)];
}

describe('the adapter over Microsoft’s Excel client', () => {
  it('reads, writes, refuses and undoes exactly as over the emulator', async () => {
    const t = twins(quangTriGrid);
    const a = await t.viaClient.readActiveSheet();
    const b = await t.direct.readActiveSheet();
    expect({ ...a, sheetId: '' }).toEqual({ ...b, sheetId: '' });
    const before = sheetState(t.realEmu.model.active);
    await t.viaClient.applyBatch({ sheetId: a.sheetId, label: 'x', ops: [setEdit(a, 56, 0, 2), setEdit(a, 21, 7, 'Quý I/2024'), deleteEdit(a, 22)] });
    expect(t.realEmu.model.active.cell(55 - 1, 0)?.value).toBe(2);
    t.realEmu.model.user(() => (t.realEmu.model.active.ensure(6, 7).value = 'gõ tay'));
    await expect(t.viaClient.applyBatch({ sheetId: a.sheetId, label: 'y', ops: [setEdit(a, 7, 7, 'Quý II/2024')] })).rejects.toMatchObject({ kind: 'sheet-changed' });
    t.realEmu.model.userUndo();
    expect(await t.viaClient.undoLast()).toEqual({ label: 'x', status: 'undone' });
    expect(sheetState(t.realEmu.model.active)).toEqual(before);
    await t.viaClient.highlight(a.sheetId, [{ address: 'H8', severity: 'error' }]);
    expect(await createOfficeAdapter(officeJsOver(t.realEmu)).clearHighlights()).toMatchObject({ restored: 1 });
    expect(await t.viaClient.setListValidation(a.sheetId, [{ col: 5, firstRow: 7, lastRow: 73, items: ['Văn phòng Sở', 'Các phòng, đơn vị'] }])).toMatchObject({ status: 'done' });
  });

  it('keeps every request and answer under Excel on the web’s 5 MB on a 20,000-row appendix, and the emulator counts bytes as Office.js does', async () => {
    const t = twins(() => largeSample(20_000));
    const ratios: { label: string; real: number; emulated: number }[] = [];
    const step = async (label: string, f: (adapter: WorkbookAdapter, grid: SheetGrid) => Promise<unknown>, ga: SheetGrid, gb: SheetGrid) => {
      reset(t.wire, t.emu);
      await f(t.viaClient, ga);
      await f(t.direct, gb);
      expect(Math.max(...t.wire.requests)).toBeLessThan(PAYLOAD_LIMIT);
      expect(Math.max(...t.wire.responses)).toBeLessThan(PAYLOAD_LIMIT);
      const em = emulated(t.emu);
      expect(em).toHaveLength(t.wire.requests.length);
      t.wire.requests.forEach((real, i) => ratios.push({ label: `${label} #${i + 1}`, real, emulated: em[i]! }));
      // Answers: the emulator's count is the size of the JSON Excel sends back.
      t.wire.responses.forEach((real, i) => {
        const e = t.emu.stats.responseBytes[i] ?? 0;
        if (real > 10_000) expect([label, i, Math.abs(e - real) / real < 0.15]).toEqual([label, i, true]);
      });
    };
    reset(t.wire, t.emu);
    const ga = await t.viaClient.readActiveSheet();
    const gb = await t.direct.readActiveSheet();
    expect(Math.max(...t.wire.responses)).toBeLessThan(PAYLOAD_LIMIT);
    expect(Math.max(...t.wire.responses)).toBeGreaterThan(PAYLOAD_LIMIT / 3); // blocks are sized near the 2.5 MB budget
    const rows = Array.from({ length: 2_000 }, (_, i) => 10 + i * 9);
    await step('Sửa tất cả (8,000 cells)', (x, g) => x.applyBatch({ sheetId: g.sheetId, label: 'x', ops: rows.flatMap((r) => [5, 6, 7, 8].map((c) => setEdit(g, r, c, `Sửa ${r}`))) }), ga, gb);
    await step('Hoàn tác', (x) => x.undoLast(), ga, gb);
    await step('delete 40 rows', (x, g) => x.applyBatch({ sheetId: g.sheetId, label: 'x', ops: rows.slice(0, 40).map((r) => deleteEdit(g, r)) }), ga, gb);
    await step('Hoàn tác', (x) => x.undoLast(), ga, gb);
    const cells = rows.flatMap((r) => [2, 4, 7, 8].map((c) => ({ address: `${'ABCDEFGHI'[c]}${r}`, severity: 'error' as const })));
    await step('Tô màu (8,000 cells)', (x, g) => x.highlight(g.sheetId, cells), ga, gb);
    await step('Xóa tô màu', (x) => x.clearHighlights(), ga, gb);
    await step('Danh sách chọn', (x, g) => x.setListValidation(g.sheetId, [{ col: 5, firstRow: 5, lastRow: 20_000, items: ['Văn phòng Sở', 'Thanh tra Sở', 'Các phòng, đơn vị thuộc Sở'] }]), ga, gb);
    // The emulator's byte model against the real client, request by request.
    for (const r of ratios)
      if (r.real >= 2_000) expect([r.label, r.emulated / r.real > 0.7 && r.emulated / r.real < 1.45]).toEqual([r.label, true]);
      else expect([r.label, r.emulated / r.real > 0.3 && r.emulated / r.real < 2.5]).toEqual([r.label, true]);
  });
});
