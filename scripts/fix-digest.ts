/**
 * `node bin/run-ts.js scripts/fix-digest.ts <out.json> [--zlib] [extra files…]`
 * A digest of what `fix` writes for every workbook in test/fixtures (and the files named): per
 * output part, SHA-256 of its stored bytes and of its inflated content, plus the outcome
 * (applied, refused, notes). Run before and after a change to the writer and compare the two
 * files (`diff`): a speed change must leave them the same (the stored bytes too, unless the
 * deflate level changed). `--zlib`: the writer on Node's zlib, as the CLI runs it (the stored
 * bytes of changed parts differ from fflate's; their content must not).
 */
import { createHash } from 'crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import * as path from 'path';
import { fixWorkbook } from '../src/xlsx/fix-workbook';
import { readWorkbook } from '../src/xlsx/read';
import { ZLIB_CODEC } from '../src/cli/xlsx/zlib-codec';
import { inflateEntry, openZip } from '../src/xlsx/zip';

// New zip entries carry the time they were written (zip.ts dosTime): one fixed "now" makes the
// stored bytes comparable between runs.
const RealDate = Date;
globalThis.Date = class extends RealDate {
  constructor(...args: ConstructorParameters<DateConstructor> | []) {
    if (args.length === 0) super(2026, 11, 2, 8, 0, 0);
    else super(...(args as ConstructorParameters<DateConstructor>));
  }
} as DateConstructor;

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex').slice(0, 16);

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.(xlsx|xlsm|xltx|xltm|xlam)$/i.test(name)) out.push(p);
  }
  return out;
}

const [target, ...rest] = process.argv.slice(2);
const zlib = rest.includes('--zlib');
const extra = rest.filter((a) => a !== '--zlib');
if (!target) throw new Error('usage: fix-digest.ts <out.json> [files…]');
const files = [...walk(path.join(__dirname, '..', 'test', 'fixtures'), []), ...extra];
const digest: Record<string, unknown> = {};
for (const file of files) {
  const key = path.relative(path.join(__dirname, '..'), file);
  try {
    const bytes = new Uint8Array(readFileSync(file));
    const r = fixWorkbook(readWorkbook(bytes), {}, zlib ? { codec: ZLIB_CODEC } : {});
    const parts: Record<string, { stored: string; content: string }> = {};
    for (const e of openZip(r.outcome.bytes).entries) parts[e.name] = { stored: sha(e.localRecord), content: sha(inflateEntry(e)) };
    digest[key] = {
      whole: sha(r.outcome.bytes),
      applied: r.outcome.applied,
      refused: r.outcome.refused,
      engineRefused: r.refused.map((x) => [x.sheet, x.fix.issue.code, x.fix.issue.cell, x.code, x.reason]),
      notes: r.outcome.notes,
      changed: r.outcome.changedParts,
      removed: r.outcome.removedParts,
      parts,
    };
  } catch (e) {
    digest[key] = { error: String(e instanceof Error ? `${e.name}: ${e.message}` : e) };
  }
  process.stderr.write('.');
}
writeFileSync(target, JSON.stringify(digest, null, 1) + '\n');
process.stderr.write(`\n${files.length} files\n`);
