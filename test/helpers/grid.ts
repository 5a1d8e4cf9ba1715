import type { Cell, Grid, MergeRange } from '../../src/core/grid';
import { columnIndex } from '../../src/core/grid';

export type Raw = string | number | Date | null | undefined | Cell;

/** "B6:I6" → a 0-based MergeRange. */
export function range(a1: string): MergeRange {
  const [from, to] = a1.split(':') as [string, string?];
  const parse = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s)!;
    return { col: columnIndex(m[1]!), row: Number(m[2]) - 1 };
  };
  const f = parse(from);
  const t = parse(to ?? from);
  return { top: f.row, left: f.col, bottom: t.row, right: t.col };
}

/** A Grid from rows of plain values; merges in A1 form. Non-master merged cells are emptied. */
export function gridOf(name: string, rows: Raw[][], merges: string[] = []): Grid {
  const ranges = merges.map(range);
  const cells = rows.map((row, r) =>
    row.map((v, c): Cell | undefined => {
      if (v === undefined || v === null || v === '') return undefined;
      if (ranges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r !== m.top || c !== m.left))) {
        return undefined;
      }
      return typeof v === 'object' && !(v instanceof Date) ? v : { value: v };
    }),
  );
  return { name, rows: cells, merges: ranges };
}

/** A small task appendix in the Quảng Trị layout, to mutate in tests. */
export const QT_HEADER = ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm/kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'];

export function qtSheet(body: Raw[][], extraMerges: string[] = []): Grid {
  return gridOf(
    'Phụ lục',
    [
      ['Phụ lục'],
      ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
      ['(Kèm theo Kế hoạch số:      /KH-SLĐTBXH ngày     tháng 01 năm 2024 của Sở)'],
      [],
      QT_HEADER,
      ...body,
    ],
    ['A1:I1', 'A2:I2', 'A3:I3', ...extraMerges],
  );
}

/** A task row in the Quảng Trị layout. */
export function task(stt: Raw, deadline: Raw = 'Quý I/2024', lead: Raw = 'Văn phòng', partners: Raw = 'Các phòng, đơn vị', funding: Raw = 'Thường xuyên'): Raw[] {
  return [stt, 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Kế hoạch', lead, partners, deadline, funding];
}

export function section(numeral: string, title: string): Raw[] {
  return [numeral, title];
}
