/**
 * combineFixes on Sửa tất cả-sized batches: `sets` single-cell fixes over distinct rows and
 * `deletions` row-deletion fixes (repeated headers) on other rows, at n and at 2n. Linear time
 * gives a ratio near 2; the old implementation (every deletion scanned every write) gave ~9.
 */
import { combineFixes, type Fix, type Issue } from '../src/core';
import { interleaved, round } from './interleave';

const ISSUE = {
  code: 'deadline.nonstandard',
  severity: 'info',
  sheet: 'Phụ lục',
  row: 1,
  cell: 'H1',
  data: { text: 'quý 1/2024', canonical: 'Quý I/2024' },
} as Issue;

export function makeFixes(sets: number, deletions: number): Fix[] {
  const fixes: Fix[] = [];
  // Writes on rows 1..sets (two fixes share each fourth row), deletions on the rows after them.
  for (let i = 0; i < sets; i++) {
    const row = Math.floor(i * 0.8) + 1;
    const col = i % 2 === 0 ? 7 : 5;
    fixes.push({
      issue: ISSUE,
      label: 'x',
      safe: true,
      edits: [{ kind: 'set', row, col, address: `${col === 7 ? 'H' : 'F'}${row}`, value: 'Quý I/2024', seen: { value: 'quý 1/2024' } }],
    });
  }
  const first = Math.floor(sets * 0.8) + 2;
  for (let i = 0; i < deletions; i++) {
    fixes.push({ issue: ISSUE, label: 'y', safe: true, edits: [{ kind: 'delete-row', row: first + i * 3, seen: [{ value: 'STT' }] }] });
  }
  // Interleave them as a check would list them (by row).
  return fixes.sort((a, b) => a.edits[0]!.row - b.edits[0]!.row);
}

export interface CombineResult {
  sets: number;
  deletions: number;
  ms: number;
  doubledMs: number;
  /** doubledMs / ms: about 2 when linear. */
  ratio: number;
}

export function benchCombine(sets = 16_000, deletions = 4_000): CombineResult {
  const small = makeFixes(sets, deletions);
  const large = makeFixes(2 * sets, 2 * deletions);
  const [ms, doubledMs] = interleaved([() => void combineFixes(small), () => void combineFixes(large)], 9) as [number, number];
  return { sets, deletions, ms: round(ms), doubledMs: round(doubledMs), ratio: round(doubledMs / ms, 2) };
}
