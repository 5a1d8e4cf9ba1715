const ExcelJS = require('exceljs');
(async () => {
  for (const f of process.argv.slice(2)) {
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(f);
    console.log('#### FILE', f);
    wb.eachSheet(ws => {
      console.log('== SHEET', ws.name, 'rows', ws.rowCount, 'cols', ws.columnCount, 'merges', JSON.stringify(Object.keys(ws._merges||{}).length), Object.values(ws._merges||{}).map(m=>m.range||m.toString()).join(' '));
      ws.eachRow({includeEmpty:false}, (row, r) => {
        const cells = [];
        row.eachCell({includeEmpty:false}, (c) => {
          let v = c.value; let t = typeof v;
          if (v && typeof v === 'object') { t = v instanceof Date ? 'date' : Object.keys(v).join('+'); }
          if (c.isMerged && c.master.address !== c.address) return;
          cells.push(`${c.address}[${t}${c.numFmt?' fmt='+c.numFmt:''}]=${JSON.stringify(v instanceof Date ? v.toISOString() : v)}`);
        });
        console.log(r, cells.join(' | '));
      });
    });
  }
})();
