import type { DirectoryEntry } from '../config';

/**
 * The built-in directory for a provincial department (Sở) before the 2025 reorganisation (the
 * directory `so-truoc-2025`; directories/index.ts has the others), from the seed plans and the fixture
 * appendices: a 2024 labour department. Generous on purpose: every way the real appendices write a unit is listed, so a
 * real appendix raises no unit warning except for genuine typos. Departments edit their own copy
 * (config), which replaces or extends this one; the 2025 mergers make that necessary.
 * Spellings that differ only in case, dash spacing or tone placement need not be listed: they
 * match anyway (as non-standard variants). Listed aliases are accepted spellings.
 */
export const DEFAULT_UNITS: readonly DirectoryEntry[] = [
  { name: 'Văn phòng Sở', aliases: ['Văn phòng', 'VP', 'VP Sở', 'Văn phòng Sở (VP)', 'Chánh Văn phòng'] },
  // Folded into the provincial inspectorate from 01/7/2025 (Luật Thanh tra số 84/2025/QH15).
  { name: 'Thanh tra Sở', aliases: ['Thanh tra', 'Chánh Thanh tra'], validUntil: '2025-06-30', successors: ['Thanh tra tỉnh'] },
  {
    name: 'Phòng Kế hoạch - Tài chính',
    aliases: [
      'Phòng Kế hoạch-Tài chính',
      'Kế hoạch - Tài chính',
      'Kế hoạch-Tài chính',
      'Phòng KH-TC',
      'KH-TC',
      'Phòng KHTC',
      'KHTC',
      'Phòng Kế hoạch tài chính',
      'Phòng Tài chính - Kế hoạch',
    ],
  },
  {
    name: 'Phòng Tổ chức - Cán bộ',
    aliases: ['Phòng Tổ chức-Cán bộ', 'Tổ chức - Cán bộ', 'Tổ chức-Cán bộ', 'Phòng TCCB', 'TCCB', 'Phòng Tổ chức cán bộ'],
  },
  { name: 'Phòng Pháp chế', aliases: ['Pháp chế', 'Bộ phận pháp chế'] },
  { name: 'Phòng Hành chính - Tổng hợp', aliases: ['Phòng Hành chính-Tổng hợp', 'Hành chính - Tổng hợp', 'Phòng HCTH'] },
  {
    name: 'Các phòng, đơn vị thuộc Sở',
    aliases: [
      'Các phòng, đơn vị',
      'Các phòng, đơn vị trực thuộc',
      'Các phòng, đơn vị trực thuộc Sở',
      'Các phòng, đơn vị liên quan',
      'Các phòng, đơn vị có liên quan',
      'Các phòng, đơn vị thuộc Sở liên quan',
      'Các phòng, ban, đơn vị',
      'Các phòng, ban',
      'Các phòng thuộc Sở',
      'Các phòng',
      'Các phòng liên quan',
      'Các phòng chuyên môn',
      'Các phòng chuyên môn, nghiệp vụ',
      'Các phòng chuyên môn thuộc Sở',
      'Các phòng chuyên môn, đơn vị trực thuộc',
      'Các phòng chuyên môn, đơn vị thuộc Sở',
      'Các phòng chuyên môn, đơn vị trực thuộc Sở',
      'Các phòng chuyên môn, nghiệp vụ, đơn vị trực thuộc',
      'Các phòng chuyên môn, nghiệp vụ, đơn vị trực thuộc Sở',
      'Các phòng nghiệp vụ',
      'Các phòng nghiệp vụ thuộc Sở',
      'Các đơn vị trực thuộc',
      'Các đơn vị trực thuộc Sở',
      'Các đơn vị thuộc Sở',
      'Các đơn vị sự nghiệp thuộc Sở',
      'Các đơn vị sự nghiệp trực thuộc',
      'Các đơn vị sự nghiệp trực thuộc Sở',
      'Các đơn vị',
      'Các phòng, đơn vị sự nghiệp',
    ],
  },
  {
    name: 'Trung tâm Phục vụ hành chính công',
    aliases: [
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Trung tâm PVHCC',
      'TTPVHCC',
      'TT PVHCC',
      'Trung tâm hành chính công',
      'Trung tâm hành chính công tỉnh',
      'Trung tâm HCC',
    ],
  },
  {
    name: 'Bộ phận một cửa',
    aliases: [
      'Cán bộ một cửa',
      'Công chức một cửa',
      'Bộ phận tiếp nhận và trả kết quả',
      'Bộ phận tiếp nhận và trả kết quả của Sở',
      'BP một cửa',
      'BP tiếp nhận và trả kết quả',
      'Bộ phận TN&TKQ',
    ],
  },
  { name: 'Lãnh đạo Sở', aliases: ['Ban Giám đốc Sở', 'Ban Giám đốc', 'Lãnh đạo'] },
  { name: 'Giám đốc Sở', aliases: ['Giám đốc'] },
  { name: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh', 'UBND Tỉnh', 'Chủ tịch UBND tỉnh'] },
  { name: 'Văn phòng UBND tỉnh', aliases: ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh'] },
  {
    name: 'UBND cấp huyện',
    aliases: [
      'UBND huyện, TX, TP',
      'UBND các huyện, TX, TP',
      'UBND huyện, thị xã, thành phố',
      'UBND các huyện, thị xã, thành phố',
      'UBND các huyện, thành phố',
      'UBND huyện',
      'UBND các huyện',
      'Ủy ban nhân dân cấp huyện',
    ],
    // The district level ended on 30/6/2025 (Luật Tổ chức chính quyền địa phương ngày 16/6/2025).
    validUntil: '2025-06-30',
    successors: ['UBND cấp xã'],
  },
  {
    name: 'UBND cấp xã',
    aliases: ['UBND xã, phường, thị trấn', 'UBND các xã, phường, thị trấn', 'UBND xã', 'UBND các xã', 'Ủy ban nhân dân cấp xã'],
  },
  { name: 'Sở Nội vụ', aliases: ['SNV'] },
  { name: 'Sở Tư pháp', aliases: ['STP'] },
  { name: 'Sở Tài chính', aliases: ['STC'] },
  // Merged from 01/3/2025 (Nghị định 45/2025/NĐ-CP): see directories/legacy.ts.
  {
    name: 'Sở Thông tin và Truyền thông',
    aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở Thông tin - Truyền thông'],
    validUntil: '2025-02-28',
    successors: ['Sở Khoa học và Công nghệ'],
  },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN'] },
  { name: 'Sở Kế hoạch và Đầu tư', aliases: ['Sở KH&ĐT', 'Sở KHĐT'], validUntil: '2025-02-28', successors: ['Sở Tài chính'] },
  {
    name: 'Sở Lao động - Thương binh và Xã hội',
    aliases: ['Sở LĐ-TB&XH', 'Sở LĐTBXH', 'Sở Lao động-Thương binh và Xã hội'],
    validUntil: '2025-02-28',
    successors: ['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'],
  },
  { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT'] },
  { name: 'Sở Y tế', aliases: [] },
  { name: 'Bảo hiểm xã hội tỉnh', aliases: ['BHXH tỉnh'] },
  { name: 'Kho bạc Nhà nước tỉnh', aliases: ['KBNN tỉnh', 'Kho bạc nhà nước'] },
  { name: 'Công an tỉnh', aliases: [] },
  {
    name: 'Các sở, ban, ngành',
    aliases: [
      'Các sở, ban, ngành tỉnh',
      'Các sở, ban, ngành liên quan',
      'Các sở, ban, ngành có liên quan',
      'Các sở, ngành',
      'Các sở, ngành liên quan',
      'Các sở, ngành, địa phương',
      'Các sở, ban, ngành, địa phương',
    ],
  },
  {
    name: 'Các cơ quan, đơn vị liên quan',
    aliases: [
      'Các cơ quan, đơn vị có liên quan',
      'Các cơ quan, đơn vị',
      'Các cơ quan liên quan',
      'Các cơ quan, tổ chức liên quan',
      'Các cơ quan, tổ chức, cá nhân liên quan',
      'Cơ quan, đơn vị liên quan',
      'Các đơn vị liên quan',
      'Các đơn vị có liên quan',
    ],
  },
  {
    name: 'Các đơn vị được kiểm tra',
    aliases: ['Các phòng, đơn vị được kiểm tra', 'Các cơ quan, đơn vị được kiểm tra', 'Đơn vị được kiểm tra'],
  },
  {
    name: 'Cán bộ, công chức, viên chức',
    aliases: [
      'CBCCVC',
      'CBCC, VC',
      'Công chức, viên chức',
      'Cán bộ, công chức, viên chức, người lao động',
      'Toàn thể cán bộ, công chức, viên chức',
      'Toàn thể CBCCVC',
    ],
  },
  { name: 'Công đoàn cơ sở', aliases: ['Công đoàn', 'Công đoàn Sở', 'BCH Công đoàn'] },
  { name: 'Đoàn Thanh niên', aliases: ['Chi đoàn', 'Đoàn thanh niên Sở', 'Chi đoàn Thanh niên'] },
];
