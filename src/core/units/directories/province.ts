import type { DirectoryEntry } from '../../config';

/**
 * Provincial bodies every plan names as partners, after the 2025 reorganisation.
 *
 * The departments are those of Nghị định 45/2025/NĐ-CP ngày 28/02/2025, Điều 8 (the twelve every
 * province has) and Điều 9 (those only some have), kept by Nghị định 150/2025/NĐ-CP ngày 12/6/2025
 * (which replaced it from 01/7/2025). The merged ones exist from 01/3/2025 (`validFrom`, informative).
 */
const MERGED_FROM = '2025-03-01';

export const DEPARTMENTS_2025: readonly DirectoryEntry[] = [
  { name: 'Sở Nội vụ', aliases: ['SNV', 'Sở Nội Vụ'] },
  { name: 'Sở Tư pháp', aliases: ['STP'] },
  { name: 'Sở Tài chính', aliases: ['STC'] },
  { name: 'Sở Công Thương', aliases: ['Sở Công thương', 'SCT'] },
  {
    name: 'Sở Nông nghiệp và Môi trường',
    aliases: ['Sở NN&MT', 'Sở NNMT', 'Sở Nông nghiệp - Môi trường'],
    validFrom: MERGED_FROM,
  },
  { name: 'Sở Xây dựng', aliases: ['SXD'] },
  { name: 'Sở Khoa học và Công nghệ', aliases: ['Sở KH&CN', 'Sở KHCN', 'Sở Khoa học - Công nghệ'] },
  { name: 'Sở Văn hóa, Thể thao và Du lịch', aliases: ['Sở VH,TT&DL', 'Sở VHTTDL', 'Sở Văn hóa - Thể thao và Du lịch', 'Sở Văn hóa, Thể thao, Du lịch'] },
  { name: 'Sở Giáo dục và Đào tạo', aliases: ['Sở GD&ĐT', 'Sở GDĐT', 'Sở Giáo dục - Đào tạo'] },
  { name: 'Sở Y tế', aliases: ['SYT'] },
  { name: 'Thanh tra tỉnh', aliases: ['Thanh tra Tỉnh', 'Thanh tra thành phố'] },
  { name: 'Văn phòng UBND tỉnh', aliases: ['VP UBND tỉnh', 'Văn phòng Ủy ban nhân dân tỉnh', 'Văn phòng UBND Tỉnh'] },
  { name: 'Sở Ngoại vụ', aliases: [] },
  { name: 'Sở Dân tộc và Tôn giáo', aliases: ['Sở DT&TG', 'Sở Dân tộc - Tôn giáo'], validFrom: MERGED_FROM },
  { name: 'Sở Du lịch', aliases: [] },
  { name: 'Sở Quy hoạch - Kiến trúc', aliases: ['Sở Quy hoạch và Kiến trúc'] },
];

/** The province's own bodies and the central agencies placed in it. */
export const PROVINCE_BODIES: readonly DirectoryEntry[] = [
  { name: 'UBND tỉnh', aliases: ['Ủy ban nhân dân tỉnh', 'UBND Tỉnh', 'Chủ tịch UBND tỉnh', 'Lãnh đạo UBND tỉnh'] },
  { name: 'HĐND tỉnh', aliases: ['Hội đồng nhân dân tỉnh', 'Thường trực HĐND tỉnh'] },
  { name: 'Tỉnh ủy', aliases: ['Ban Thường vụ Tỉnh ủy', 'Thường trực Tỉnh ủy'] },
  {
    name: 'Ủy ban MTTQ Việt Nam tỉnh',
    aliases: ['Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'UBMTTQ tỉnh', 'MTTQ tỉnh', 'Ủy ban MTTQ tỉnh'],
  },
  { name: 'Công an tỉnh', aliases: ['CA tỉnh'] },
  { name: 'Bộ Chỉ huy quân sự tỉnh', aliases: ['Bộ CHQS tỉnh', 'Bộ Chỉ huy Quân sự tỉnh'] },
  { name: 'Bảo hiểm xã hội tỉnh', aliases: ['BHXH tỉnh', 'Bảo hiểm xã hội', 'BHXH'] },
  { name: 'Kho bạc Nhà nước', aliases: ['KBNN tỉnh', 'Kho bạc nhà nước', 'Kho bạc Nhà nước tỉnh', 'Kho bạc Nhà nước khu vực', 'KBNN'] },
  { name: 'Thuế tỉnh', aliases: ['Cục Thuế tỉnh', 'Cục Thuế', 'Chi cục Thuế'] },
  { name: 'Ban Quản lý Khu kinh tế tỉnh', aliases: ['Ban Quản lý Khu kinh tế', 'Ban Quản lý các Khu công nghiệp', 'BQL Khu kinh tế'] },
  { name: 'Báo và Phát thanh, Truyền hình tỉnh', aliases: ['Đài Phát thanh và Truyền hình tỉnh', 'Báo tỉnh', 'Đài PT-TH tỉnh'] },
  { name: 'Cổng thông tin điện tử tỉnh', aliases: ['Cổng Thông tin điện tử tỉnh', 'Cổng TTĐT tỉnh'] },
  { name: 'Bưu điện tỉnh', aliases: ['Bưu điện'] },
  { name: 'Viễn thông tỉnh', aliases: ['VNPT tỉnh', 'Viễn thông', 'Viettel tỉnh'] },
];

/** The commune level, as the province's and departments' plans name it. */
export const COMMUNE_LEVEL: readonly DirectoryEntry[] = [
  {
    name: 'UBND cấp xã',
    aliases: [
      'UBND các xã, phường',
      'UBND các xã, phường, đặc khu',
      'UBND xã, phường, đặc khu',
      'UBND xã, phường',
      'UBND xã, phường, thị trấn',
      'UBND các xã, phường, thị trấn',
      'UBND các xã',
      'UBND các phường',
      'UBND xã',
      'Ủy ban nhân dân cấp xã',
      'Ủy ban nhân dân các xã, phường',
    ],
  },
  {
    name: 'Trung tâm Phục vụ hành chính công cấp xã',
    aliases: [
      'Trung tâm Phục vụ hành chính công các xã, phường',
      'Trung tâm Phục vụ hành chính công xã, phường',
      'Trung tâm PVHCC cấp xã',
      'Trung tâm PVHCC các xã, phường',
      'Trung tâm Phục vụ hành chính công xã',
      'Trung tâm Phục vụ hành chính công phường',
      'Trung tâm PVHCC xã',
    ],
    validFrom: '2025-07-01',
  },
  {
    name: 'Phòng Văn hóa - Xã hội cấp xã',
    aliases: ['Phòng Văn hóa - Xã hội các xã, phường', 'Phòng Văn hóa - Xã hội xã', 'Phòng Văn hóa - Xã hội phường'],
    validFrom: '2025-07-01',
  },
  { name: 'Phòng Kinh tế cấp xã', aliases: ['Phòng Kinh tế các xã'], validFrom: '2025-07-01' },
  { name: 'Công an cấp xã', aliases: ['Công an xã', 'Công an các xã, phường', 'Công an xã, phường'] },
  { name: 'Phòng Kinh tế, Hạ tầng và Đô thị cấp xã', aliases: ['Phòng Kinh tế, Hạ tầng và Đô thị các phường'], validFrom: '2025-07-01' },
  { name: 'Văn phòng HĐND và UBND cấp xã', aliases: ['Văn phòng HĐND và UBND các xã, phường'], validFrom: '2025-07-01' },
];

/**
 * The provincial public-service centre, as plans other than a department's name it (a
 * department's directory lists it as `Trung tâm Phục vụ hành chính công`, see department.ts).
 */
export const PROVINCIAL_CENTRE: DirectoryEntry = {
  name: 'Trung tâm Phục vụ hành chính công tỉnh',
  aliases: ['Trung tâm Phục vụ hành chính công của tỉnh', 'Trung tâm PVHCC tỉnh', 'Trung tâm hành chính công tỉnh', 'TTPVHCC tỉnh'],
};

/** Collective partners every plan uses. */
export const COLLECTIVE: readonly DirectoryEntry[] = [
  {
    name: 'Các sở, ban, ngành',
    aliases: [
      'Các sở, ban, ngành tỉnh',
      'Các sở, ban, ngành liên quan',
      'Các sở, ban, ngành có liên quan',
      'Các sở, ban, ngành cấp tỉnh',
      'Các sở, ngành',
      'Các sở, ngành liên quan',
      'Các sở, ngành, địa phương',
      'Các sở, ban, ngành, địa phương',
      'Các cơ quan chuyên môn thuộc UBND tỉnh',
      'Các cơ quan, đơn vị thuộc UBND tỉnh',
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
      'Các cơ quan, đơn vị, địa phương',
      'Các cơ quan, đơn vị, địa phương liên quan',
    ],
  },
  {
    name: 'Các đơn vị được kiểm tra',
    aliases: ['Các phòng, đơn vị được kiểm tra', 'Các cơ quan, đơn vị được kiểm tra', 'Đơn vị được kiểm tra', 'Các xã, phường được kiểm tra'],
  },
];

/** Everyone who works in the body. */
export const STAFF: DirectoryEntry = {
  name: 'Cán bộ, công chức, viên chức',
  aliases: [
    'CBCCVC',
    'CBCC, VC',
    'Công chức, viên chức',
    'Cán bộ, công chức, viên chức, người lao động',
    'Toàn thể cán bộ, công chức, viên chức',
    'Toàn thể CBCCVC',
    'Cán bộ, công chức',
    'CBCC',
  ],
};
