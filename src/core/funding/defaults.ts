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

/**
 * Funding sources after the 2025 reorganisation: the commune has its own budget (ngân sách xã,
 * Luật Ngân sách nhà nước 2025 with the two-level local government from 01/7/2025), public-service
 * units fund work from their own revenue (nguồn thu sự nghiệp), and national target programmes
 * (chương trình mục tiêu quốc gia) pay for much commune work. Data, like the units: a department
 * adds its own in the config.
 */
export const FUNDING_2025: readonly DirectoryEntry[] = [
  ...DEFAULT_FUNDING.map((e) =>
    e.name === 'Ngân sách tỉnh'
      ? { name: e.name, aliases: ['NS tỉnh', 'Nguồn ngân sách tỉnh', 'Ngân sách cấp tỉnh'] }
      : e.name === 'Nguồn vốn hợp pháp khác'
        ? { name: e.name, aliases: [...e.aliases, 'Nguồn kinh phí hợp pháp khác', 'Các nguồn vốn hợp pháp khác', 'Nguồn huy động hợp pháp khác', 'Các nguồn hợp pháp'] }
        : e,
  ),
  { name: 'Ngân sách địa phương', aliases: ['NSĐP', 'Nguồn ngân sách địa phương'] },
  {
    name: 'Ngân sách xã',
    aliases: [
      'Ngân sách cấp xã',
      'Ngân sách phường',
      'Ngân sách đặc khu',
      'Ngân sách xã, phường',
      'NS xã',
      'NS phường',
      'Nguồn ngân sách xã',
      'Nguồn ngân sách phường',
      'Ngân sách xã, phường, đặc khu',
    ],
  },
  {
    name: 'Nguồn thu sự nghiệp',
    aliases: ['Nguồn thu sự nghiệp của đơn vị', 'Thu sự nghiệp', 'Nguồn thu hoạt động sự nghiệp', 'Nguồn thu dịch vụ sự nghiệp công', 'Nguồn thu sự nghiệp và nguồn hợp pháp khác'],
  },
  {
    name: 'Chương trình mục tiêu quốc gia',
    aliases: [
      'CTMTQG',
      'Các chương trình mục tiêu quốc gia',
      'Nguồn chương trình mục tiêu quốc gia',
      'Vốn chương trình mục tiêu quốc gia',
      'Nguồn vốn các chương trình mục tiêu quốc gia',
      'Kinh phí chương trình mục tiêu quốc gia',
    ],
  },
  { name: 'Vốn đầu tư công', aliases: ['Nguồn vốn đầu tư công', 'Vốn đầu tư phát triển', 'Nguồn vốn đầu tư phát triển'] },
  { name: 'Nguồn tài trợ', aliases: ['Tài trợ', 'Viện trợ', 'Nguồn viện trợ', 'Nguồn tài trợ, viện trợ'] },
  { name: 'Kinh phí chuyển đổi số', aliases: ['Nguồn kinh phí chuyển đổi số', 'Kinh phí thực hiện chuyển đổi số'] },
];
