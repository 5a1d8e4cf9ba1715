import type { DirectoryEntry } from '../config';

/**
 * Built-in funding categories (Kinh phí column), from DOMAIN.md and the seed plans. Data the user
 * edits (config replaces or extends it). Listed aliases are accepted spellings; case and
 * diacritics variants of any of them (`Thường xuyen`, `Theo Kế hoạch`) match as non-standard.
 */
export const DEFAULT_FUNDING: readonly DirectoryEntry[] = [
  {
    name: 'Thường xuyên',
    aliases: [
      'Kinh phí thường xuyên',
      'Kinh phí chi thường xuyên',
      'Kinh phí hoạt động thường xuyên',
      'Nguồn kinh phí thường xuyên',
      'Ngân sách thường xuyên',
      'Chi thường xuyên',
      'NS thường xuyên',
    ],
  },
  { name: 'Kinh phí tự chủ', aliases: ['Tự chủ', 'Nguồn tự chủ', 'Kinh phí giao tự chủ', 'Nguồn kinh phí tự chủ'] },
  { name: 'Kinh phí không tự chủ', aliases: ['Không tự chủ', 'Kinh phí giao không tự chủ', 'Nguồn kinh phí không tự chủ'] },
  { name: 'Ngân sách tỉnh', aliases: ['NS tỉnh', 'Nguồn ngân sách tỉnh', 'Ngân sách cấp tỉnh', 'NSĐP', 'Ngân sách địa phương'] },
  { name: 'Ngân sách nhà nước', aliases: ['NSNN', 'Nguồn ngân sách nhà nước'] },
  { name: 'Ngân sách trung ương', aliases: ['NSTW', 'NSTƯ', 'Ngân sách Trung ương'] },
  { name: 'Trong dự toán được giao', aliases: ['Dự toán được giao', 'Kinh phí được giao', 'Dự toán ngân sách được giao', 'Trong dự toán'] },
  { name: 'Kinh phí CCHC', aliases: ['Kinh phí cải cách hành chính', 'Kinh phí thực hiện CCHC', 'Nguồn kinh phí CCHC'] },
  { name: 'Theo kế hoạch', aliases: ['Theo KH', 'Theo kế hoạch được duyệt', 'Theo kế hoạch được phê duyệt'] },
  { name: 'Theo quy định', aliases: ['Theo qui định', 'Theo quy định hiện hành'] },
  { name: 'Theo hướng dẫn', aliases: ['Theo hướng dẫn của cấp trên', 'Theo hướng dẫn của Sở Tài chính'] },
  { name: 'Lồng ghép', aliases: ['Kinh phí lồng ghép', 'Lồng ghép các chương trình', 'Lồng ghép trong các chương trình', 'Lồng ghép kinh phí'] },
  { name: 'Xã hội hóa', aliases: ['XHH', 'Nguồn xã hội hóa', 'Kinh phí xã hội hóa'] },
  { name: 'Không phát sinh kinh phí', aliases: ['Không phát sinh', 'Không', 'Không có', 'Không sử dụng kinh phí', 'Không cần kinh phí'] },
  { name: 'Nguồn vốn hợp pháp khác', aliases: ['Nguồn hợp pháp khác', 'Các nguồn hợp pháp khác', 'Nguồn khác'] },
];
