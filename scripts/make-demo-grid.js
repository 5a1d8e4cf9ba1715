#!/usr/bin/env node
/**
 * Turns a fixture workbook into the JSON Grid the demo page opens in its emulated Excel:
 *   node scripts/make-demo-grid.js test/fixtures/quang-tri-2024.xlsx src/demo/quang-tri-2024.grid.json
 *   node scripts/make-demo-grid.js test/fixtures/binh-dinh-2022.xlsx src/demo/binh-dinh-2022-budget.grid.json 2
 * The optional third argument is the sheet's 1-based position (default 1).
 * The output is generated data, committed so that the demo needs no .xlsx reader in the browser.
 */
const fs = require('fs');
const ExcelJS = require('exceljs');

function serial(d) {
  return Math.round(d.getTime() / 86400000 + 25569);
}

function plain(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return serial(v);
  if (typeof v === 'object') {
    if (Array.isArray(v.richText)) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return plain(v.result);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return v;
}

(async () => {
  const [input, output, sheetArg] = process.argv.slice(2);
  if (!input || !output) {
    console.error('usage: make-demo-grid.js <in.xlsx> <out.json> [sheet number]');
    process.exit(2);
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const ws = wb.worksheets[Number(sheetArg ?? 1) - 1];
  if (!ws) {
    console.error(`${input}: no sheet number ${sheetArg}`);
    process.exit(2);
  }
  const rows = [];
  const merges = [];
  for (const range of Object.values(ws._merges || {})) {
    const m = range.model;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const out = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const cellOut = {};
      const v = cell.value;
      if (v && typeof v === 'object' && 'formula' in v) cellOut.formula = v.formula;
      if (v && typeof v === 'object' && 'error' in v) cellOut.error = v.error;
      cellOut.value = plain(v);
      if (cellOut.value === '' && !cellOut.formula) return;
      if (cell.numFmt && cell.numFmt !== 'General') cellOut.numFmt = cell.numFmt;
      else if (v instanceof Date) cellOut.numFmt = 'dd/mm/yyyy';
      out[c - 1] = cellOut;
    });
    if (out.length) rows[r - 1] = out;
  });
  const colWidths = [];
  for (let c = 1; c <= ws.columnCount; c++) colWidths.push(Math.round(((ws.getColumn(c).width || 9) * 7 + 5)));
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const grid = { name: ws.name, rows: Array.from(rows, (r) => r ?? null), merges, colWidths };
  const json = JSON.stringify(grid).replace(/null/g, 'null');
  fs.writeFileSync(output, json + '\n');
  console.log(`${output}: ${rows.length} rows, ${merges.length} merges, ${json.length} bytes`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
