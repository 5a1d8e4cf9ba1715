/** checkSheet never throws, whatever the cells and merges: random grids seeded with appendix vocabulary. */
import fc from 'fast-check';
import { checkSheet, renumber } from '../../../src/core';
import type { Cell, Grid, MergeRange } from '../../../src/core';

const WORDS = [
  'STT', 'TT', 'Nhiệm vụ', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí', 'Sản phẩm', 'Hoạt động', 'Mục tiêu',
  'Trách nhiệm cụ thể', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền', 'Thành tiền', 'TỔNG CỘNG', 'Cộng', 'Tiết kiệm chi 10%',
  '(Bằng chữ: Hai mươi triệu đồng)', 'Bằng chữ:', 'I', 'II', 'IV', 'A', 'B.', 'a)', '-', '+', '1', '1.', '1.1', '3.2.', '01', '(1)', '(2)',
  'Quý I/2024', 'Quý V/2024', 'Tháng 13/2024', '31/02/2024', 'Thường xuyên', 'Khi có yêu cầu', 'Trước ngày 15/01/2024', 'Năm 2024',
  'Văn phòng Sở', 'Văn phỏng', 'Các phòng, đơn vị thuộc Sở', 'CẢI CÁCH THỂ CHẾ', 'Nội dung 3: CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'Phần I.',
  'II. Cải cách thể chế', 'Nơi nhận:', 'KT. GIÁM ĐỐC', 'Ghi chú:', 'Phụ lục', 'NĂM 2024', 'ngày 20/12/2024', '6.000.000', '20 triệu đồng',
  'V¨n phßng', '=SUM(A1:A3)', '', ' ', '\n', 'giai đoạn 2021-2025',
  // after 2025: deeper headers, Arabic sections, communes, dated units, several funding sources
  'Kế hoạch thực hiện', 'Trách nhiệm thực hiện', 'Chủ trì', '1. CẢI CÁCH THỂ CHẾ', '2.5', '1.1', '3 - CẢI CÁCH CHẾ ĐỘ CỒNG VỤ',
  'CỦA SỞ NỘI VỤ', 'ỦY BAN NHÂN DÂN\nXÃ CAM LỘ', 'CỦA UBND PHƯỜNG ĐÔNG HÀ', 'ngày 10 tháng 01 năm 2025', 'TM. ỦY BAN NHÂN DÂN',
  'Phòng Tổ chức, biên chế và tổ chức phi chính phủ', 'Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã',
  'UBND các huyện, thị xã, thành phố', 'Thanh tra Sở', 'Văn phòng HĐND và UBND xã', 'Các thôn, tổ dân phố', 'Phòng Văn hoá – Xã hội',
  'Ngân sách xã; nguồn xã hội hóa', 'Nguồn thu sự nghệp', ', và , và ,', 'Các phòng, ' .repeat(300),
];

const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.date({ min: new Date(-1e13), max: new Date(1e13) }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constant(null) },
);
const cell: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 6, arbitrary: value.map((v) => ({ value: v })) },
  { weight: 1, arbitrary: fc.record({ value: fc.constant(null), error: fc.constantFrom('#N/A', '#REF!', '#VALUE!') }) },
  { weight: 1, arbitrary: fc.record({ value: fc.integer({ min: 0, max: 100_000 }), numFmt: fc.constantFrom('#,##0', 'dd/mm/yyyy', '0.00'), text: fc.string({ maxLength: 12 }) }) },
  { weight: 2, arbitrary: fc.constant(undefined) },
);

const grid: fc.Arbitrary<Grid> = fc
  .record({
    rows: fc.array(fc.option(fc.array(cell, { maxLength: 10 }), { nil: undefined, freq: 8 }), { maxLength: 30 }),
    merges: fc.array(
      fc.record({ top: fc.nat(32), left: fc.nat(11), h: fc.nat(4), w: fc.nat(6) }).map(
        ({ top, left, h, w }): MergeRange => ({ top, left, bottom: top + h, right: left + w }),
      ),
      { maxLength: 6 },
    ),
    name: fc.constantFrom('Phụ lục', 'PL 2024', 'Sheet1', ''),
  })
  .map(({ rows, merges, name }) => ({ name, rows, merges }));

test('checkSheet and renumber never throw on random grids', () => {
  fc.assert(
    fc.property(grid, (g) => {
      const { report, fixes } = checkSheet(g);
      expect(['tasks', 'budget', 'none']).toContain(report.kind);
      for (const f of fixes) void f.edits;
      renumber(g);
    }),
    { numRuns: 1500 },
  );
});

test('a real header over random rows never throws either', () => {
  const header = ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'].map((v) => ({ value: v }));
  fc.assert(
    fc.property(grid, fc.boolean(), (g, budget) => {
      const top = budget ? ['STT', 'Nội dung', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền'].map((v) => ({ value: v })) : header;
      const withHeader: Grid = { ...g, rows: [[{ value: 'Phụ lục' }], top, ...g.rows] };
      const { fixes } = checkSheet(withHeader);
      for (const f of fixes) void f.edits;
      renumber(withHeader);
    }),
    { numRuns: 1500 },
  );
});
