/** The house style of Nghị định 30/2020/NĐ-CP for what phuluc creates: Times New Roman, A4. */
import type { CellSpec, CellStyleSpec, PageSpec } from '../xlsx/create';

export const FONT = 'Times New Roman';
export const SIZE = 13;

/** A4, landscape, printed to the page's width; margins of Nghị định 30 (top/bottom 2, left 3, right 1.5 cm). */
export const LANDSCAPE_A4: PageSpec = {
  orientation: 'landscape',
  paper: 'A4',
  fitToWidth: true,
  margins: { top: 2, bottom: 2, left: 3, right: 1.5 },
  pageNumbers: true,
};

export const S = {
  label: { font: { bold: true }, horizontal: 'center', vertical: 'center' },
  title: { font: { bold: true }, horizontal: 'center', vertical: 'center', wrap: true },
  attached: { font: { italic: true }, horizontal: 'center', vertical: 'center', wrap: true },
  note: { font: { italic: true }, horizontal: 'left', vertical: 'top', wrap: true },
  header: { font: { bold: true }, horizontal: 'center', vertical: 'center', wrap: true, border: true, fill: 'F2F2F2' },
  section: { font: { bold: true }, horizontal: 'left', vertical: 'center', wrap: true, border: true },
  sectionNumeral: { font: { bold: true }, horizontal: 'center', vertical: 'center', border: true },
  cell: { vertical: 'top', wrap: true, border: true },
  centre: { horizontal: 'center', vertical: 'top', wrap: true, border: true },
  number: { horizontal: 'right', vertical: 'top', border: true },
  /** A share written as text ("66,7%", core/money formatPercent), right-aligned like a number. */
  percent: { horizontal: 'right', vertical: 'top', border: true },
  bold: { font: { bold: true }, vertical: 'top', wrap: true, border: true },
} satisfies Record<string, CellStyleSpec>;

export const c = (value: CellSpec['value'], style?: CellStyleSpec): CellSpec => (style ? { value, style } : { value });

/** A row of `n` cells of one style (borders across a merged title keep every side). */
export function span(first: CellSpec, n: number): CellSpec[] {
  const out: CellSpec[] = [first];
  for (let i = 1; i < n; i++) out.push(first.style ? { value: null, style: first.style } : { value: null });
  return out;
}
