import { STANDARD_AREAS, bareTitle, matchArea } from '../../../src/core/areas';
import type { AreaId } from '../../../src/core/areas';
import { fixtureCells } from '../text/fixture-strings';

describe('matchArea: standard titles', () => {
  test.each<[string, AreaId]>([
    ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', 'chi-dao-dieu-hanh'],
    ['CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', 'chi-dao-dieu-hanh'],
    ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (CCHC)', 'chi-dao-dieu-hanh'],
    ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', 'chi-dao-dieu-hanh'],
    ['Công tác chỉ đạo, điều hành cải cách hành chính', 'chi-dao-dieu-hanh'],
    ['Nội dung 1: CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH', 'chi-dao-dieu-hanh'],
    ['CẢI CÁCH THỂ CHẾ', 'the-che'],
    ['II. Cải cách thể chế.', 'the-che'],
    ['Phần II - CẢI CÁCH THỂ CHẾ', 'the-che'],
    ['Nội dung 3: CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'thu-tuc-hanh-chinh'],
    ['3. Cải cách thủ tục hành chính:', 'thu-tuc-hanh-chinh'],
    ['CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC', 'to-chuc-bo-may'],
    ['CẢI CÁCH CHẾ ĐỘ CÔNG VỤ', 'che-do-cong-vu'],
    ['XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC', 'che-do-cong-vu'],
    ['CẢI CÁCH TÀI CHÍNH CÔNG', 'tai-chinh-cong'],
    ['XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH PHỦ ĐIỆN TỬ, CHÍNH PHỦ SỐ', 'chinh-phu-so'],
    ['XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ', 'chinh-phu-so'],
    ['Xây dựng và phát triển Chính quyền điện tử, Chính quyền số', 'chinh-phu-so'],
    ['HIỆN ĐẠI HOÁ HÀNH CHÍNH', 'chinh-phu-so'],
    ['HIỆN ĐẠI HÓA HÀNH CHÍNH', 'chinh-phu-so'],
    ['THÔNG TIN, TUYÊN TRUYỀN', 'thong-tin-tuyen-truyen'],
    ['CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN CCHC', 'thong-tin-tuyen-truyen'],
    ['NÂNG CAO CÁC CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI', 'chi-so'],
    ['DUY TRÌ VÀ NÂNG CAO CHỈ SỐ PAR INDEX, SIPAS, PAPI, PCI', 'chi-so'],
    ['Nâng cao các chỉ số PAPI, PAR INDEX, PCI, SIPAS', 'chi-so'],
    ['CẢI CÁCH THỂ CHẾ'.normalize('NFD'), 'the-che'],
  ])('%j is standard %s', (title, id) => {
    const r = matchArea(title);
    expect(r.kind === 'standard' ? r.area.id : r).toBe(id);
  });
});

describe('matchArea: misspelt standard titles are near', () => {
  test.each<[string, AreaId]>([
    ['CÁI CÁCH TÀI CHÍNH CÔNG', 'tai-chinh-cong'],
    ['CẢI CÁCH TÀI CHINH CÔNG', 'tai-chinh-cong'],
    ['CAI CACH THE CHE', 'the-che'],
    ['CẢI CÁCH THỦ TỤC HÀNH CHÍN', 'thu-tuc-hanh-chinh'],
    ['CẢI CÁCH THỦ TUC HÀNH CHÍNH', 'thu-tuc-hanh-chinh'],
    ['Nội dung 5: CẢI CÁCH CHẾ ĐỘ CỐNG VỤ', 'che-do-cong-vu'],
    ['CẢI CÁCH TỔ CHỨC BỘ MẤY HÀNH CHÍNH NHÀ NƯỚC', 'to-chuc-bo-may'],
  ])('%j is near %s', (title, id) => {
    const r = matchArea(title);
    expect(r.kind === 'near' ? r.area.id : r).toBe(id);
  });
});

describe('matchArea: other titles', () => {
  test.each([
    'CÔNG TÁC KIỂM TRA',
    'NHIỆM VỤ KHÁC',
    'CẢI CÁCH HÀNH CHÍNH',
    'CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
    'KINH PHÍ THỰC HIỆN',
    'TỔ CHỨC THỰC HIỆN',
    'CÔNG TÁC CÁN BỘ',
    'CHUYỂN ĐỔI SỐ',
    'XÂY DỰNG CHÍNH SÁCH',
    'CẢI CÁCH',
    'I',
    'II.',
    '',
    '   ',
    'Nội dung 3:',
    '(CCHC)',
    'Xây dựng Kế hoạch CCHC năm 2024',
  ])('%j is other', (title) => {
    expect(matchArea(title)).toEqual({ kind: 'other' });
  });
});

describe('bareTitle', () => {
  test.each([
    ['Nội dung 3: CẢI CÁCH THỦ TỤC HÀNH CHÍNH', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
    ['II. Cải cách thể chế.', 'Cải cách thể chế'],
    ['CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH (CCHC):', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
    ['CẢI CÁCH HÀNH CHÍNH', 'CẢI CÁCH HÀNH CHÍNH'],
    ['  ', ''],
  ])('%j → %j', (title, bare) => {
    expect(bareTitle(title)).toBe(bare);
  });
});

test('every standard title and variant matches its own area', () => {
  for (const a of STANDARD_AREAS)
    for (const v of [a.title, ...a.variants]) {
      const r = matchArea(v);
      expect([v, r.kind, r.kind === 'standard' ? r.area.id : '']).toEqual([v, 'standard', a.id]);
    }
});

test('every section title of the fixtures is standard, except Quảng Trị misspelling', async () => {
  const cells = await fixtureCells();
  const at = (c: { file: string; sheet: string; row: number }, col: number): string | undefined =>
    cells.find((x) => x.file === c.file && x.sheet === c.sheet && x.row === c.row && x.col === col)?.text;
  const titles = cells.filter(
    (c) => (c.col === 1 && /^Nội dung \d+:/.test(c.text)) || (c.col === 2 && /^[IVX]+$/.test(at(c, 1) ?? '')),
  );
  expect(titles.length).toBe(7 + 8 + 8);
  const results = titles.map((c) => [c.file, c.text, matchArea(c.text).kind]);
  const near = results.filter((r) => r[2] !== 'standard');
  expect(near).toEqual([
    ['quang-tri-2024.xlsx', 'CÁI CÁCH TÀI CHÍNH CÔNG', 'near'],
    ['quang-tri-2024-pasted.xlsx', 'CÁI CÁCH TÀI CHÍNH CÔNG', 'near'],
  ]);
});
