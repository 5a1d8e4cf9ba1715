/** Joining page-break tails: overlap at the seam, punctuation, list items. */
import fc from 'fast-check';
import { applyEdits, checkSheet, combineFixes } from '../../../src/core';
import { cellText } from '../../../src/core/grid';
import { joinFragment } from '../../../src/core/check/fragment';
import { gridFromJson, loadGridJson } from '../../helpers/grid-json';

const JOINS: [above: string, tail: string, joined: string][] = [
  // The bundled Quảng Trị sample, row 21/22: the wrapped tail repeats the end of the cell.
  ['Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP', 'TP', 'Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP'],
  ['Khi có TTHC ban hành mới hoặc khi có', 'thay đổi', 'Khi có TTHC ban hành mới hoặc khi có thay đổi'],
  ['Trình UBND công bố quy trình nội bộ, quy trình điện tử giải quyết TTHC thuộc thẩm quyền', 'quản lý khi có TTHC ban hành mới hoặc khi có thay đổi', 'Trình UBND công bố quy trình nội bộ, quy trình điện tử giải quyết TTHC thuộc thẩm quyền quản lý khi có TTHC ban hành mới hoặc khi có thay đổi'],
  // Overlap of several words, whole or partial, whatever the case and spacing.
  ['Rà soát văn bản quy phạm pháp luật', 'pháp luật', 'Rà soát văn bản quy phạm pháp luật'],
  ['Rà soát văn bản quy phạm pháp luật', 'quy phạm pháp luật', 'Rà soát văn bản quy phạm pháp luật'],
  ['Rà soát văn bản quy phạm', 'văn bản quy phạm pháp luật', 'Rà soát văn bản quy phạm pháp luật'],
  ['Công khai thủ tục hành chính', 'Hành chính tại Bộ phận một cửa', 'Công khai thủ tục hành chính tại Bộ phận một cửa'],
  ['UBND huyện, TX, TP', 'TX, TP', 'UBND huyện, TX, TP'],
  ['Văn phòng Sở;\nThanh tra Sở', 'Thanh tra Sở', 'Văn phòng Sở;\nThanh tra Sở'],
  ['Quý I/2024', 'Quý I/2024', 'Quý I/2024'],
  // One shared word that is not the whole tail is kept (Vietnamese repeats words).
  ['Từng bước hoàn thiện dần', 'dần hệ thống', 'Từng bước hoàn thiện dần dần hệ thống'],
  ['Các phòng và', 'và đơn vị', 'Các phòng và và đơn vị'],
  // Punctuation at the seam.
  ['UBND huyện, TX,', 'TP', 'UBND huyện, TX, TP'],
  ['Văn phòng Sở', ', Thanh tra Sở', 'Văn phòng Sở, Thanh tra Sở'],
  ['Văn phòng Sở,', ', Thanh tra Sở', 'Văn phòng Sở, Thanh tra Sở'],
  ['Báo cáo kết quả (Quý I', ')', 'Báo cáo kết quả (Quý I)'],
  ['Báo cáo kết quả (', 'Quý I)', 'Báo cáo kết quả (Quý I)'],
  ['Hoàn thành', '.', 'Hoàn thành.'],
  ['Kế hoạch -', 'Tài chính', 'Kế hoạch - Tài chính'],
  // List items go on their own line.
  ['- Tờ trình', '- Quyết định', '- Tờ trình\n- Quyết định'],
  ['- Tờ trình;', '+ Quyết định', '- Tờ trình;\n+ Quyết định'],
  ['1. Kế hoạch', '2. Báo cáo', '1. Kế hoạch\n2. Báo cáo'],
  ['a) Kế hoạch;', 'b) Báo cáo', 'a) Kế hoạch;\nb) Báo cáo'],
  ['• Văn phòng Sở', '• Thanh tra Sở', '• Văn phòng Sở\n• Thanh tra Sở'],
  // A list item cut in the middle continues on its line.
  ['- Tờ trình;\n- Quyết', 'định công bố', '- Tờ trình;\n- Quyết định công bố'],
  // Spaces at the seam and empty sides.
  ['Xây dựng dự thảo trình UBND tỉnh ban hành  ', '  Quyết định công bố', 'Xây dựng dự thảo trình UBND tỉnh ban hành Quyết định công bố'],
  ['', 'TP', 'TP'],
  ['Văn phòng Sở', '', 'Văn phòng Sở'],
  ['- Tờ trình', '-', '- Tờ trình -'],
  // A list item repeated whole after the break (found by the property below): kept once.
  ['- quản', '- quản', '- quản'],
  ['Văn phòng Sở; - Tờ trình', '- Tờ trình', 'Văn phòng Sở; - Tờ trình'],
  ['- Tờ trình', '- Báo cáo', '- Tờ trình\n- Báo cáo'],
];

test.each(JOINS)('%j + %j', (above, tail, joined) => {
  expect(joinFragment(above, tail)).toBe(joined);
});

test('property: the join keeps every word of the text above, in order, and never doubles the seam', () => {
  const word = fc.constantFrom('Văn', 'phòng', 'Sở', 'TP', 'TX,', 'UBND', 'huyện,', 'quản', 'lý', 'và', 'các', '-');
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), fc.array(word, { minLength: 1, maxLength: 5 }), (a, t) => {
      const above = a.join(' ');
      const joined = joinFragment(above, t.join(' '));
      expect(joined.startsWith(above.replace(/\s+$/, ''))).toBe(true);
      // The whole tail repeated at the end of the text above is never appended again.
      const wordy = t.some((w) => /\p{L}/u.test(w));
      if (wordy && (above.endsWith(` ${t.join(' ')}`) || above === t.join(' '))) expect(joined).toBe(above);
    }),
  );
});

describe('the bundled Quảng Trị sample: Sửa tất cả joins row 22 into row 21 cleanly', () => {
  const grid = gridFromJson(loadGridJson('quang-tri-2024.json'));
  const { fixes } = checkSheet(grid);
  const fixed = applyEdits(grid, combineFixes(fixes.filter((f) => f.safe)).edits);
  const row21 = (fixed.rows[20] ?? []).map((c) => cellText(c));

  test('G21 ends "UBND huyện, TX, TP", not "TP TP"', () => {
    expect(row21[6]).toBe('Các phòng, đơn vị thuộc Sở; UBND huyện, TX, TP');
    expect(row21[7]).toBe('Khi có TTHC ban hành mới hoặc khi có thay đổi');
    expect(row21[3]).toBe('Xây dựng dự thảo trình UBND tỉnh ban hành Quyết định công bố');
  });
  test('the next check finds nothing new on row 21', () => {
    const again = checkSheet(fixed).report.issues.filter((i) => i.row === 21);
    expect(again.map((i) => `${i.code} ${i.cell}`)).toEqual([]);
  });
});
