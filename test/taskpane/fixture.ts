/**
 * A small task appendix: title, header, two sections, tasks with one numbering gap (II: 1, 3 at A9),
 * a unit typo (F6 "Văn phỏng Sở", a warning) and an old spelling (H8 "Quí I/2024", a hint).
 */
import type { Cell, Grid } from '../../src/core/grid';

type V = string | number | null;

export function gridOf(name: string, rows: V[][], merges: Grid['merges'] = []): Grid {
  return {
    name,
    rows: rows.map((r) => r.map((v): Cell | undefined => (v === null ? undefined : { value: v }))),
    merges,
  };
}

export const HEADER = ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm/kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'];

export function taskRows(): V[][] {
  return [
    ['Phụ lục', null, null, null, null, null, null, null, null],
    ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ NỘI VỤ', null, null, null, null, null, null, null, null],
    HEADER,
    ['I', 'CẢI CÁCH THỂ CHẾ', null, null, null, null, null, null, null],
    [1, 'Rà soát văn bản QPPL', 'Ban hành kế hoạch rà soát văn bản QPPL', 'Xây dựng, ban hành kế hoạch', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I/2024', 'Thường xuyên'],
    [2, 'Phổ biến, giáo dục pháp luật', 'Ban hành Kế hoạch phổ biến, giáo dục pháp luật', 'Xây dựng, ban hành kế hoạch', 'Kế hoạch', 'Văn phỏng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I/2024', 'Thường xuyên'],
    ['II', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH', null, null, null, null, null, null, null],
    [1, 'Kiểm soát TTHC', 'Ban hành Kế hoạch kiểm soát TTHC', 'Xây dựng, ban hành kế hoạch', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quí I/2024', 'Thường xuyên'],
    [3, 'Công khai TTHC', 'Công khai TTHC trên Trang thông tin điện tử', 'Đăng tải TTHC', 'TTHC được công khai', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Thường xuyên', 'Thường xuyên'],
  ];
}

export function taskGrid(): Grid {
  return gridOf('Phụ lục', taskRows(), [
    { top: 0, left: 0, bottom: 0, right: 8 },
    { top: 1, left: 0, bottom: 1, right: 8 },
    { top: 3, left: 1, bottom: 3, right: 8 },
    { top: 6, left: 1, bottom: 6, right: 8 },
  ]);
}
