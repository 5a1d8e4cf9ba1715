/**
 * Derives the common-syllable list of src/core/text/common-syllables.ts from the project's own
 * Vietnamese texts: counts the lower-cased NFC words that have a non-ASCII letter and are
 * Vietnamese syllables (`isVietnameseSyllable`), and prints the N most frequent (ties by word).
 * The list is committed as data; this script is not run at build or check time.
 * usage: node bin/run-ts.js scripts/common-syllables.ts [N=300] [SEEDS_DIR=../shared/seeds]
 *   (run from the repository root; SEEDS_DIR relative to it, default /work/shared/seeds layout)
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'fs';
import { join } from 'path';
import { isVietnameseSyllable } from '../src/core/text/syllable';

const n = Number(process.argv[2] ?? 300);
const seeds = process.argv[3] ?? '../shared/seeds';

function files(dir: string, exts: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? files(p, exts) : exts.test(e) ? [p] : [];
  });
}

const sources = [
  ...files('src/templates', /\.ts$/),
  ...files('src/core/units/directories', /\.ts$/),
  ...files('test/fixtures', /\.(json|md|txt|py)$/),
  ...files(seeds, /\.txt$/),
];
const counts = new Map<string, number>();
for (const f of sources) {
  for (const w of readFileSync(f, 'utf8').normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? []) {
    const s = w.toLocaleLowerCase('vi');
    if (!/[^\p{ASCII}]/u.test(s) || !isVietnameseSyllable(s)) continue;
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
}
const top = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, n);
process.stderr.write(`${sources.length} files, ${counts.size} distinct syllables, last kept: ${top.at(-1)?.join(' ×')}\n`);
process.stdout.write(top.map(([w]) => w).join(' ') + '\n');
