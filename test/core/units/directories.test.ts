import { planReferenceDate } from '../../../src/core/check/plan-date';
import { pickDirectory } from '../../../src/core/units/directories';

describe('pickDirectory: from the body that issued the plan, then the date', () => {
  test.each<[string, string[], string[], string | undefined, string, string]>([
    ['a department, 2026', ['Phụ lục', 'DANH MỤC NHIỆM VỤ CCHC NĂM 2026 CỦA SỞ NỘI VỤ'], [], '2025-12-01', 'so-2025', 'title'],
    ['any department, 2026', ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ TƯ PHÁP'], [], '2026-01-01', 'so-2025', 'title'],
    ['a department in January 2025', ['(Kèm theo Kế hoạch số 15/KH-SNV ngày 10 tháng 01 năm 2025 của Sở Nội vụ)'], [], '2025-01-10', 'so-2025', 'title'],
    ['a department in 2024', ['CÁC NHIỆM VỤ CCHC NĂM 2024 CỦA SỞ TƯ PHÁP'], [], '2024-01-01', 'so-truoc-2025', 'title'],
    ['the labour department in 2024', ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], [], '2024-01-01', 'so-truoc-2025', 'title'],
    ['the labour department abbreviated, 2021', ['(Kèm theo Kế hoạch số /KH-SLĐTBXH ngày /12/2021 của Sở LĐ-TB&XH)'], [], '2021-12-01', 'so-truoc-2025', 'title'],
    ['a commune by its "của" line', ['(Kèm theo Kế hoạch số /KH-UBND ngày tháng 01 năm 2026 của Ủy ban nhân dân xã Cam Lộ)'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a ward in the title', ['KẾ HOẠCH CCHC NĂM 2026 CỦA UBND PHƯỜNG ĐÔNG HÀ'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a special zone', ['NHIỆM VỤ CCHC NĂM 2026 CỦA UBND ĐẶC KHU CÔN ĐẢO'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a commune letterhead over two lines of one cell', ['ỦY BAN NHÂN DÂN\nXÃ CAM LỘ', 'Phụ lục'], [], '2026-01-01', 'xa-2025', 'title'],
    ['the province', ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA UBND TỈNH QUẢNG TRỊ'], [], '2026-01-01', 'ubnd-tinh-2025', 'title'],
    ['the province by its letterhead', ['ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ', 'Phụ lục'], [], '2026-01-01', 'ubnd-tinh-2025', 'title'],
    ['a department under its province in the letterhead', ['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ', 'Phụ lục'], [], '2026-01-01', 'so-2025', 'title'],
    ['both in one cell', ['UBND TỈNH QUẢNG TRỊ\nSỞ NỘI VỤ'], [], '2026-01-01', 'so-2025', 'title'],
    ['a cover sheet names the ward', ['Phụ lục', 'DANH MỤC NHIỆM VỤ CCHC NĂM 2026'], ['ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HÀ', 'KẾ HOẠCH'], '2026-01-01', 'xa-2025', 'cover'],
    ['a two-row letterhead above the table', ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG HÀ', 'Phụ lục'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a two-row letterhead with the motto between', ['ỦY BAN NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'XÃ CAM LỘ', 'Độc lập - Tự do - Hạnh phúc'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a two-row letterhead of a special zone', ['ỦY BAN NHÂN DÂN', 'ĐẶC KHU CỒN CỎ'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a two-row letterhead of the province', ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', 'Phụ lục'], [], '2026-01-01', 'ubnd-tinh-2025', 'title'],
    ['a two-row letterhead on a cover sheet', ['Phụ lục', 'DANH MỤC NHIỆM VỤ CCHC NĂM 2026'], ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG HÀ'], '2026-01-01', 'xa-2025', 'cover'],
    ['a cover sheet of a department', ['Phụ lục'], ['UBND TỈNH QUẢNG TRỊ', 'SỞ NỘI VỤ'], '2026-01-01', 'so-2025', 'cover'],
    ['a special zone without UBND', ['NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA ĐẶC KHU CỒN CỎ'], [], '2026-01-01', 'xa-2025', 'title'],
    ['a ward without UBND', ['KẾ HOẠCH CCHC NĂM 2026 CỦA PHƯỜNG ĐÔNG HÀ'], [], '2026-01-01', 'xa-2025', 'title'],
    ['the sheet says department, the cover says ward: the sheet wins', ['CÁC NHIỆM VỤ NĂM 2026 CỦA SỞ NỘI VỤ'], ['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG HÀ'], '2026-01-01', 'so-2025', 'title'],
    // what must not decide: the plan's sentences, numbers, other bodies named in passing
    ['a sentence naming a department in a commune plan', ['UBND XÃ CAM LỘ', 'Thực hiện theo hướng dẫn của Sở Nội vụ và Kế hoạch của UBND tỉnh.'], [], '2026-01-01', 'xa-2025', 'title'],
    ['the plan number "số /KH-SNV" is no department', ['Kế hoạch số /KH-SNV', 'PHỤ LỤC'], [], '2026-01-01', 'so-2025', 'year'],
    ['a sentence that starts with UBND', ['UBND tỉnh giao nhiệm vụ cho các sở, ngành.'], [], '2024-06-01', 'so-truoc-2025', 'year'],
    ['"của xã hội" is no commune', ['ĐÁP ỨNG NHU CẦU CỦA XÃ HỘI NĂM 2026'], [], '2026-01-01', 'so-2025', 'year'],
    ['ỦY BAN NHÂN DÂN alone names no body', ['ỦY BAN NHÂN DÂN', 'Phụ lục'], [], '2026-01-01', 'so-2025', 'year'],
    ['ỦY BAN NHÂN DÂN then a sentence is no letterhead', ['ỦY BAN NHÂN DÂN', 'Xã Cam Lộ thực hiện kế hoạch.'], [], '2026-01-01', 'so-2025', 'year'],
    ['a place line without ỦY BAN NHÂN DÂN above is no letterhead', ['PHƯỜNG ĐÔNG HÀ', 'Phụ lục'], [], '2026-01-01', 'so-2025', 'year'],
    ['a special zone named in a sentence', ['Thực hiện theo hướng dẫn của đặc khu Cồn Cỏ.'], [], '2026-01-01', 'so-2025', 'year'],
    ['nothing said, 2026', ['Phụ lục', 'DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026'], [], '2026-01-01', 'so-2025', 'year'],
    ['nothing said, 2023', ['Phụ lục'], [], '2023-01-01', 'so-truoc-2025', 'year'],
    ['nothing said, no date', [], [], undefined, 'so-2025', 'year'],
  ])('%s → %s', (_name, titles, other, asOf, id, source) => {
    const picked = pickDirectory(titles, other, asOf);
    expect({ id: picked.id, source: picked.source }).toEqual({ id, source });
  });
});

describe('planReferenceDate: the date a plan speaks from', () => {
  test.each<[string[], number | undefined, string | undefined]>([
    [['(Kèm theo Kế hoạch số 15/KH-SNV ngày 10 tháng 01 năm 2025 của Sở Nội vụ)'], 2025, '2025-01-10'],
    [['(Kèm theo Kế hoạch số:      /KH-SNV ngày     tháng 12 năm 2025 của Sở Nội vụ)'], 2026, '2025-12-01'],
    [['(Kèm theo Kế hoạch số /KH-SLĐTBXH ngày    /12/2021 của Sở LĐ-TB&XH)'], 2022, '2021-12-01'],
    [['ngày 05/3/2026'], 2026, '2026-03-05'],
    [['Đông Hà, ngày … tháng … năm 2026'], 2026, '2026-01-01'],
    // a date of another year is some other document's
    [['Căn cứ Quyết định số 12 ngày 10 tháng 5 năm 2019'], 2026, '2026-01-01'],
    [['ngày 10 tháng 13 năm 2026'], 2026, '2026-01-01'],
    [[], 2026, '2026-01-01'],
    [['ngày 10 tháng 01 năm 2025'], undefined, undefined],
  ])('%j, plan year %s → %s', (titles, year, date) => {
    expect(planReferenceDate(titles, year)).toBe(date);
  });
});

describe('pickDirectory: the kind of commune, for suggestions in its own words', () => {
  test.each<[string[], string[], string | undefined]>([
    [['KẾ HOẠCH CCHC NĂM 2026 CỦA UBND PHƯỜNG ĐÔNG HÀ'], [], 'phường'],
    [['ỦY BAN NHÂN DÂN', 'PHƯỜNG ĐÔNG HÀ'], [], 'phường'],
    [['Phụ lục'], ['ỦY BAN NHÂN DÂN\nPHƯỜNG ĐÔNG HÀ'], 'phường'],
    [['NHIỆM VỤ CCHC NĂM 2026 CỦA ĐẶC KHU CỒN CỎ'], [], 'đặc khu'],
    [['NHIỆM VỤ CCHC NĂM 2026 CỦA UBND XÃ CAM LỘ'], [], 'xã'],
    [['UBND XÃ PHƯỜNG SƠN'], [], 'xã'],
    [['CÁC NHIỆM VỤ NĂM 2026 CỦA SỞ NỘI VỤ'], [], undefined],
    [['KẾ HOẠCH NĂM 2026 CỦA UBND TỈNH QUẢNG TRỊ'], [], undefined],
    [['Phụ lục'], [], undefined],
  ])('%j (cover %j) → %s', (titles, other, local) => {
    expect(pickDirectory(titles, other, '2026-01-01').local).toBe(local);
  });
});
