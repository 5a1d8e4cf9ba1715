/**
 * A new appendix speaks of its own body's level (issue 11): a commune's (xã, phường, đặc khu)
 * never holds "UBND tỉnh" or "Ngân sách tỉnh", and each of the six centrally-run cities of 2025
 * (Hà Nội, Hồ Chí Minh, Hải Phòng, Đà Nẵng, Cần Thơ, Huế) gets the city's words, while a province
 * (and Thừa Thiên Huế before 2025) keeps its own. Expected words worked out by hand from
 * core/units/directories/level.ts.
 */
import { newAppendix } from '../../src/layout';
import { defaultTemplates } from '../../src/templates';

/** The texts of the task rows (a number in STT). */
function taskCells(body: string, year: number): string[] {
  const { sheet } = newAppendix({ year, body, templates: defaultTemplates() });
  return sheet.rows.filter((r) => typeof r[0]?.value === 'number').flatMap((r) => r.slice(1).map((c) => String(c?.value ?? '')));
}

describe('the level words of a new appendix', () => {
  test.each<[string, number, string]>([
    // body, year, the level's own word
    ['UBND thành phố Hà Nội', 2026, 'thành phố'],
    ['UBND TP. Hồ Chí Minh', 2026, 'thành phố'],
    ['Sở Nội vụ thành phố Hải Phòng', 2026, 'thành phố'],
    ['Sở Tài chính thành phố Đà Nẵng', 2027, 'thành phố'],
    ['Sở Y tế thành phố Cần Thơ', 2026, 'thành phố'],
    ['UBND thành phố Huế', 2026, 'thành phố'],
    ['UBND tỉnh Thừa Thiên Huế', 2024, 'tỉnh'], // a province until 31/12/2024
    ['UBND tỉnh Quảng Trị', 2026, 'tỉnh'],
    ['Sở Nội vụ', 2026, 'tỉnh'],
    ['UBND xã Tân Lập', 2026, 'xã'],
    ['UBND phường Thuận Hóa, thành phố Huế', 2026, 'phường'],
    ['UBND đặc khu Côn Cỏ', 2027, 'đặc khu'],
  ])('%s (%d): Trình UBND %s …, Ngân sách of its level', (body, year, own) => {
    const cells = taskCells(body, year);
    const proposals = cells.filter((t) => t.startsWith('Trình '));
    expect(proposals.length).toBe(2);
    for (const t of proposals) expect(t.startsWith(`Trình UBND ${own} `)).toBe(true);
    expect(cells.filter((t) => t.startsWith('Ngân sách'))).toEqual([`Ngân sách ${own}`]);
    // no other level's committee or budget anywhere in the tasks
    const others = ['tỉnh', 'thành phố', 'xã', 'phường', 'đặc khu'].filter((w) => w !== own);
    const foreign = cells.filter((t) => others.some((w) => new RegExp(`(UBND|HĐND|Ngân sách|Văn phòng UBND) ${w}(?!\\p{L})`, 'u').test(t)));
    expect(foreign).toEqual([]);
  });
});
