/**
 * Workbooks typed in the old TCVN3 (.VnTime) and VNI fonts: decoded before the table is found,
 * so they are checked like any other; each decoded cell is reported once with its Unicode text,
 * repaired by a safe fix that also gives legacy-font cells a Unicode font.
 */
import { applyEdits, checkSheet, combineFixes, type Cell, type Grid, type Issue } from '../../../src/core';
import { gridOf, qtSheet, task, type Raw } from '../../helpers/grid';
import { encodeTCVN3 as T, encodeVNI as V } from '../../helpers/legacy';

/** The same small appendix in any encoding: `enc` turns each Unicode text into what the file stores. */
function appendix(enc: (s: string) => string, fonts?: { body: string; capitals: string }): Grid {
  const cap = (s: string): Raw => (fonts ? { value: enc(s.toLowerCase()), font: fonts.capitals } : enc(s.toLowerCase()));
  const txt = (s: string): Raw => (s === '' ? '' : fonts ? { value: enc(s), font: fonts.body } : enc(s));
  return gridOf(
    'Sheet1',
    [
      [cap('Phụ lục')],
      [cap('Các nhiệm vụ cải cách hành chính năm 2024 của Sở Lao động')],
      [],
      ['STT', txt('Nhiệm vụ'), txt('Đơn vị chủ trì'), txt('Đơn vị phối hợp'), txt('Thời gian thực hiện'), txt('Kinh phí')],
      ['I', cap('Công tác chỉ đạo, điều hành')],
      [1, txt('Ban hành kế hoạch CCHC năm 2024'), txt('Văn phòng Sở'), txt('Các phòng, đơn vị thuộc Sở'), 'Quý I/2024', txt('Thường xuyên')],
      [2, txt('Báo cáo kết quả CCHC'), txt('Văn phòng Sở'), '', txt('Tháng 12/2024'), txt('Thường xuyên')],
      ['II', cap('Cải cách thủ tục hành chính')],
      [1, txt('Rà soát thủ tục hành chính'), txt('Thanh tra Sở'), txt('Văn phòng Sở'), 'Quý II/2024', txt('Thường xuyên')],
      // two real faults: no lead unit, an impossible quarter
      [2, txt('Công khai thủ tục hành chính'), '', '', 'Quý V/2024', txt('Thường xuyên')],
    ],
    ['A1:F1', 'A2:F2', 'B5:F5', 'B8:F8'],
  );
}

const legacyOf = (issues: Issue[]) => issues.filter((i) => i.code === 'text.legacy-encoding');
const othersOf = (issues: Issue[]) => issues.filter((i) => i.code !== 'text.legacy-encoding').map((i) => `${i.code}@${i.cell}`);

describe('a workbook typed entirely in a legacy encoding, header included', () => {
  // Cells that change when decoded, counted by hand from the rows above: the label and title
  // (A1, A2), the header cells but STT (B4:F4: 5), two section titles (B5, B8), rows 6, 7 and 9
  // with task, lead, partners or deadline, and funding (4 each), row 10 with task and funding
  // (2): 23. "Quý I/2024" is stored as typed in both encodings. Then by encoding:
  // - TCVN3 without fonts: A1 "phô lôc" reads as Vietnamese words already ("phô", "lôc"); with
  //   nothing else to say so, it is left alone rather than risk garbling Unicode text: 22.
  // - VNI: "Kinh phí" is stored as "Kinh phí" (í has a byte of its own), unchanged: 22.
  const cases = [
    { name: 'TCVN3, fonts unknown (as Office.js gives cells)', grid: appendix(T), legacy: 22, a1: false },
    { name: 'VNI, fonts unknown', grid: appendix(V), legacy: 22, a1: true },
    { name: 'TCVN3 in .VnTime / .VnTimeH', grid: appendix(T, { body: '.VnTime', capitals: '.VnTimeH' }), legacy: 23, a1: true },
    { name: 'VNI in VNI-Times', grid: appendix(V, { body: 'VNI-Times', capitals: 'VNI-Times' }), legacy: 22, a1: true },
  ];

  test.each(cases)('$name: the table is found and checked on the decoded text', ({ grid }) => {
    const { report } = checkSheet(grid);
    expect(report.kind).toBe('tasks');
    expect(report.headerRows).toEqual([4]);
    expect(report.planYear).toBe(2024);
    expect(report.rows.filter((r) => r.kind === 'task').map((r) => r.lead?.join('|') ?? '')).toEqual([
      'Văn phòng Sở',
      'Văn phòng Sở',
      'Thanh tra Sở',
      '',
    ]);
    expect(report.rows.filter((r) => r.kind === 'section')).toHaveLength(2);
    // Only the two planted faults: no unit or deadline issue raised on garbage.
    expect(othersOf(report.issues)).toEqual(['lead.missing@C10', 'deadline.invalid@E10']);
  });

  test.each(cases)('$name: every changed cell reported once, with its Unicode text', ({ grid, legacy, a1 }) => {
    const issues = legacyOf(checkSheet(grid).report.issues);
    expect(issues).toHaveLength(legacy);
    expect(new Set(issues.map((i) => i.cell)).size).toBe(legacy);
    expect(issues.some((i) => i.cell === 'A1')).toBe(a1);
    const c4 = issues.find((i) => i.cell === 'C4')!;
    expect(c4.suggestion).toBe('Đơn vị chủ trì');
    expect(c4.data).toMatchObject({ decoded: 'Đơn vị chủ trì' });
    expect(c4.column).toBe('lead');
    expect(issues.find((i) => i.cell === 'F6')?.suggestion).toBe('Thường xuyên');
    // Suggestions are precomposed Unicode (NFC), never a letter followed by combining marks.
    for (const i of issues) {
      expect(typeof i.suggestion).toBe('string');
      expect(i.suggestion).toBe(String(i.suggestion).normalize('NFC'));
      expect(i.suggestion).not.toMatch(/[\u0300-\u036f]/);
    }
  });

  test('capitals fonts (.VnTimeH) show lower-case codes as capitals: the Unicode text is upper case', () => {
    const issues = legacyOf(checkSheet(appendix(T, { body: '.VnTime', capitals: '.VnTimeH' })).report.issues);
    expect(issues.find((i) => i.cell === 'A1')?.suggestion).toBe('PHỤ LỤC');
    expect(issues.find((i) => i.cell === 'A2')?.suggestion).toBe('CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ LAO ĐỘNG');
    expect(issues.find((i) => i.cell === 'B5')?.suggestion).toBe('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH');
    expect(issues.find((i) => i.cell === 'B6')?.suggestion).toBe('Ban hành kế hoạch CCHC năm 2024');
  });

  test.each(cases)('$name: the safe fixes write Unicode (and Times New Roman), and the sheet then checks clean of it', ({ grid, legacy }) => {
    const { fixes } = checkSheet(grid);
    const safe = fixes.filter((f) => f.safe);
    expect(safe.filter((f) => f.issue.code === 'text.legacy-encoding')).toHaveLength(legacy);
    const batch = combineFixes(safe);
    expect(batch.skipped).toEqual([]);
    const fixed = applyEdits(grid, batch.edits);
    const again = checkSheet(fixed).report;
    expect(legacyOf(again.issues)).toEqual([]);
    expect(othersOf(again.issues)).toEqual(['lead.missing@C10', 'deadline.invalid@E10']);
    expect(fixed.rows[3]?.[2]).toMatchObject({ value: 'Đơn vị chủ trì', font: 'Times New Roman' });
    expect(fixed.rows[5]?.[5]).toMatchObject({ value: 'Thường xuyên', font: 'Times New Roman' });
  });

  test('each fix names the cell, the text before and after', () => {
    const fix = checkSheet(appendix(T)).fixes.find((f) => f.issue.cell === 'C6')!;
    expect(fix.label).toBe('Chuyển ô C6 sang Unicode: "V¨n phßng Së" → "Văn phòng Sở"');
    // `seen` is the cell as stored (its legacy bytes): a writer compares it with the sheet.
    expect(fix.edits).toEqual([{ kind: 'set', row: 6, col: 2, address: 'C6', value: 'Văn phòng Sở', font: 'Times New Roman', legacy: { encoding: 'TCVN3' }, seen: { value: 'V¨n phßng Së' } }]);
  });
});

describe('a few legacy cells in a Unicode appendix', () => {
  const cell = (value: string, font?: string): Cell => (font ? { value, font } : { value });

  test('only those cells are decoded; a Unicode font is kept, a legacy or unknown one replaced', () => {
    const grid = qtSheet([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      task(1, 'Quý I/2024', cell(T('Văn phòng Sở'), '.VnTime')),
      task(2, 'Quý II/2024', cell(T('Thanh tra Sở'), 'Arial')),
      task(3, 'Quý III/2024', cell(V('Văn phòng Sở'))),
    ]);
    const { report, fixes } = checkSheet(grid);
    const legacy = legacyOf(report.issues);
    expect(legacy.map((i) => `${i.cell}=${i.suggestion}`)).toEqual(['F7=Văn phòng Sở', 'F8=Thanh tra Sở', 'F9=Văn phòng Sở']);
    expect(legacy.map((i) => (i.code === 'text.legacy-encoding' ? i.data.encoding : ''))).toEqual(['TCVN3', 'TCVN3', 'VNI']);
    const fontOf = (address: string) => {
      const e = fixes.find((f) => f.issue.code === 'text.legacy-encoding' && f.issue.cell === address)!.edits[0]!;
      return e.kind === 'set' ? e.font : 'not a set';
    };
    expect(fontOf('F7')).toBe('Times New Roman'); // .VnTime
    expect(fontOf('F8')).toBeUndefined(); // Arial shows Unicode Vietnamese: keep it
    expect(fontOf('F9')).toBe('Times New Roman'); // unknown: the legacy text was shown in a legacy font
    expect(report.issues.filter((i) => i.code === 'unit.unknown')).toEqual([]);
  });

  test('Unicode text that would also decode (Công tác, Kinh phí) is never touched', () => {
    const grid = qtSheet([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      task(1, 'Quý I/2024', T('Văn phòng Sở'), T('Thanh tra Sở')),
      [2, 'Công tác', 'Kinh phí', 'Hoạt động', 'Kế hoạch', 'Văn phòng', 'Thanh tra', 'Quý II/2024', 'Thường xuyên'],
    ]);
    const cells = legacyOf(checkSheet(grid).report.issues).map((i) => i.cell);
    expect(cells).toEqual(['F7', 'G7']);
  });

  test('other fixes writing into a legacy-font cell set a Unicode font too', () => {
    const grid = qtSheet([
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      task(1, cell('quý 2/2024', '.VnTime')),
      task(2, cell('quý 3/2024', 'Times New Roman')),
    ]);
    const { fixes } = checkSheet(grid);
    const edit = (address: string) => fixes.find((f) => f.issue.code === 'deadline.nonstandard' && f.issue.cell === address)!.edits[0];
    expect(edit('H7')).toEqual({ kind: 'set', row: 7, col: 7, address: 'H7', value: 'Quý II/2024', font: 'Times New Roman', seen: { value: 'quý 2/2024' } });
    expect(edit('H8')).toEqual({ kind: 'set', row: 8, col: 7, address: 'H8', value: 'Quý III/2024', seen: { value: 'quý 3/2024' } });
  });

  test('a fix built on decoded text still says what the sheet holds: the legacy bytes', () => {
    const stored = T('Tháng 3/2024'); // canonical is "Tháng 03/2024"
    const grid = qtSheet([['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'], task(1, stored, T('Văn phòng Sở'))]);
    const { fixes } = checkSheet(grid);
    const nonstandard = fixes.find((f) => f.issue.code === 'deadline.nonstandard' && f.issue.cell === 'H7');
    expect(nonstandard?.edits).toEqual([
      { kind: 'set', row: 7, col: 7, address: 'H7', value: 'Tháng 03/2024', font: 'Times New Roman', seen: { value: stored } },
    ]);
  });
});
