import { performance } from 'perf_hooks';
import { createOfficeAdapter } from './src/excel';
import { createExcelEmulator, largeSample, sheetFromGrid, WorkbookModel } from './src/excel/emulator';
import { checkSheet } from './src/core';
(async () => {
  const model = new WorkbookModel([sheetFromGrid(largeSample(20000))]);
  const emu = createExcelEmulator(model);
  const adapter = createOfficeAdapter(emu);
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const grid = await adapter.readActiveSheet();
    const t1 = performance.now();
    checkSheet(grid);
    const t2 = performance.now();
    console.log('read', (t1 - t0).toFixed(0), 'check', (t2 - t1).toFixed(0), 'syncs', emu.stats.syncs);
  }
})();
