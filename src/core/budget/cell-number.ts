import type { Cell } from '../grid';
import { parseAmount } from '../money';

/** A number cell of a budget row (quantity, rate, amount) as the checks need it. */
export type CellNumber =
  | { kind: 'absent' }
  | { kind: 'error'; error: string }
  /** A formula whose value is unknown (Cell.uncomputed): never 0, never blank. */
  | { kind: 'uncomputed'; formula?: string }
  | {
      kind: 'number';
      value: number;
      /** The text, when the number was typed as text ("6.000.000"). */
      text?: string;
      /** "tháng" in "12 tháng". */
      unit?: string;
    }
  /** Text that is not a number ("Theo thực tế"): treated as not given. */
  | { kind: 'text'; text: string };

export function readCellNumber(cell: Cell | undefined): CellNumber {
  if (!cell) return { kind: 'absent' };
  if (cell.error) return { kind: 'error', error: cell.error };
  if (cell.uncomputed) return cell.formula === undefined ? { kind: 'uncomputed' } : { kind: 'uncomputed', formula: cell.formula };
  const v = cell.value;
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', value: v } : { kind: 'absent' };
  if (typeof v !== 'string') return { kind: 'absent' };
  const r = parseAmount(v);
  if (r.ok) {
    const n: CellNumber = { kind: 'number', value: r.value, text: v };
    if (r.unit !== undefined) n.unit = r.unit;
    return n;
  }
  return r.reason === 'unrecognized' ? { kind: 'text', text: v } : { kind: 'absent' };
}
