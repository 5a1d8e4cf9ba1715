/**
 * Turns a workbook's sheets into the JSON grids the engine's tests read (test/fixtures/grids), via
 * the CLI's own reader so the data is exactly what the engine sees.
 * usage: node bin/run-ts.js scripts/xlsx-to-grid-json.ts FILE.xlsx OUT_PREFIX
 */
import { writeFileSync } from 'fs';
import { a1 } from '../src/core/grid';
import type { Cell } from '../src/core/grid';
import { readWorkbook } from '../src/cli/xlsx/read';

async function run(file: string, prefix: string): Promise<void> {
  const grids = await readWorkbook(file);
  grids.forEach((g, i) => {
    const cells: Record<string, unknown> = {};
    g.rows.forEach((row, r) =>
      row?.forEach((cell: Cell | undefined, c) => {
        if (!cell) return;
        const plain = Object.keys(cell).length === 1 && !(cell.value instanceof Date);
        cells[a1(r, c)] = plain ? cell.value : cell;
      }),
    );
    const merges = g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    const out = grids.length > 1 ? `${prefix}-${i + 1}.json` : `${prefix}.json`;
    writeFileSync(out, JSON.stringify({ source: `${file}, sheet "${g.name}"`, name: g.name, merges, cells }, null, 1) + '\n');
    process.stdout.write(`${out}\n`);
  });
}

const [file, prefix] = process.argv.slice(2);
if (!file || !prefix) {
  process.stderr.write('usage: xlsx-to-grid-json FILE.xlsx OUT_PREFIX\n');
  process.exitCode = 2;
} else void run(file, prefix);
