import type { DirectoryEntry } from '../../config';

/**
 * A commune, ward or special zone (xã, phường, đặc khu) after 01/7/2025, when the district level
 * ended and the communes took over its work.
 *
 * Nghị định 150/2025/NĐ-CP ngày 12/6/2025 (tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh và
 * UBND xã, phường, đặc khu) gives each commune three rooms: Văn phòng Hội đồng nhân dân và Ủy ban
 * nhân dân (văn phòng, tư pháp, đối ngoại); Phòng Kinh tế (xã, đặc khu) or Phòng Kinh tế, Hạ tầng
 * và Đô thị (phường, đặc khu Phú Quốc) (tài chính - kế hoạch, xây dựng, công thương, nông nghiệp và
 * môi trường); Phòng Văn hóa - Xã hội (nội vụ, giáo dục, y tế, văn hóa, thông tin, lao động, dân
 * tộc, tôn giáo); and a Trung tâm Phục vụ hành chính công of the commune (Nghị quyết 332/NQ-CP ngày
 * 15/10/2025 sets its deputies). The rest are the commune's police, military command, Party,
 * Fatherland Front and mass organisations, schools, health station, villages and residential groups.
 */
const FROM = '2025-07-01';

export const COMMUNE_2025: readonly DirectoryEntry[] = [
  {
    name: 'UBND xã',
    aliases: [
      'UBND phường',
      'UBND đặc khu',
      'Ủy ban nhân dân xã',
      'Ủy ban nhân dân phường',
      'Ủy ban nhân dân đặc khu',
      'UBND cấp xã',
      'Ủy ban nhân dân cấp xã',
      'UBND xã, phường',
      'UBND các xã, phường',
      'UBND các xã, phường, đặc khu',
    ],
  },
  { name: 'Chủ tịch UBND xã', aliases: ['Chủ tịch UBND phường', 'Chủ tịch UBND', 'Chủ tịch Ủy ban nhân dân xã'] },
  {
    name: 'Lãnh đạo UBND xã',
    aliases: [
      'Lãnh đạo UBND phường',
      'Lãnh đạo UBND',
      'Thường trực UBND xã',
      'Thường trực UBND phường',
      'Phó Chủ tịch UBND xã',
      'Phó Chủ tịch UBND phường',
      'Chủ tịch, các Phó Chủ tịch UBND xã',
      'Chủ tịch, Phó Chủ tịch UBND xã',
    ],
  },
  { name: 'HĐND xã', aliases: ['HĐND phường', 'Hội đồng nhân dân xã', 'Hội đồng nhân dân phường', 'Thường trực HĐND xã', 'Thường trực HĐND phường'] },
  { name: 'Đảng ủy xã', aliases: ['Đảng ủy phường', 'Đảng ủy', 'Ban Thường vụ Đảng ủy xã', 'Thường trực Đảng ủy xã'] },
  {
    name: 'Văn phòng HĐND và UBND xã',
    aliases: [
      'Văn phòng HĐND và UBND',
      'Văn phòng HĐND và UBND phường',
      'Văn phòng HĐND và UBND đặc khu',
      'Văn phòng HĐND và UBND cấp xã',
      'Văn phòng HĐND - UBND xã',
      'Văn phòng HĐND - UBND',
      'Văn phòng HĐND-UBND',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
      'VP HĐND và UBND',
      'Văn phòng',
      'Văn phòng UBND xã',
    ],
    validFrom: FROM,
  },
  { name: 'Phòng Kinh tế', aliases: ['Phòng Kinh tế xã', 'Phòng Kinh tế đặc khu', 'Phòng Kinh tế cấp xã', 'Phòng KT'], validFrom: FROM },
  {
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    aliases: [
      'Phòng Kinh tế - Hạ tầng - Đô thị',
      'Phòng Kinh tế - Hạ tầng và Đô thị',
      'Phòng Kinh tế, Hạ tầng, Đô thị',
      'Phòng Kinh tế, Hạ tầng và Đô thị phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị cấp xã',
      'Phòng KT-HT&ĐT',
      'Phòng KTHT&ĐT',
    ],
    validFrom: FROM,
  },
  {
    name: 'Phòng Văn hóa - Xã hội',
    aliases: [
      'Phòng Văn hóa - Xã hội xã',
      'Phòng Văn hóa - Xã hội phường',
      'Phòng Văn hóa - Xã hội cấp xã',
      'Phòng Văn hóa xã hội',
      'Phòng Văn hóa, Xã hội',
      'Phòng VH-XH',
      'Phòng VHXH',
    ],
    validFrom: FROM,
  },
  {
    name: 'Trung tâm Phục vụ hành chính công xã',
    aliases: [
      'Trung tâm Phục vụ hành chính công phường',
      'Trung tâm Phục vụ hành chính công đặc khu',
      'Trung tâm Phục vụ hành chính công cấp xã',
      'Trung tâm Phục vụ hành chính công',
      'Trung tâm Phục vụ Hành chính công xã',
      'Trung tâm PVHCC xã',
      'Trung tâm PVHCC phường',
      'Trung tâm PVHCC',
      'TTPVHCC',
      'TTPVHCC xã',
      'Trung tâm hành chính công xã',
    ],
    validFrom: FROM,
  },
  {
    name: 'Các phòng, ban, đơn vị thuộc UBND xã',
    aliases: [
      'Các phòng, ban, đơn vị',
      'Các phòng, ban',
      'Các phòng chuyên môn',
      'Các phòng chuyên môn thuộc UBND xã',
      'Các phòng chuyên môn thuộc UBND phường',
      'Các phòng chuyên môn, đơn vị thuộc UBND xã',
      'Các phòng, ban, đơn vị thuộc UBND phường',
      'Các phòng, ban, đơn vị liên quan',
      'Các phòng, đơn vị',
      'Các phòng, đơn vị liên quan',
      'Các phòng, đơn vị thuộc UBND xã',
      'Các phòng',
      'Các phòng, ban, ngành',
      'Các ban, ngành',
      'Các ban, ngành xã',
      'Các ban, ngành, đoàn thể',
      'Các ban, ngành, đoàn thể xã',
      'Các đơn vị',
    ],
  },
  { name: 'Công an xã', aliases: ['Công an phường', 'Công an đặc khu', 'Công an xã, phường', 'Công an cấp xã'] },
  {
    name: 'Ban Chỉ huy quân sự xã',
    aliases: ['Ban Chỉ huy quân sự phường', 'Ban Chỉ huy Quân sự xã', 'Ban CHQS xã', 'Ban CHQS phường', 'BCHQS xã', 'Ban Chỉ huy quân sự'],
  },
  {
    name: 'Ủy ban MTTQ Việt Nam xã',
    aliases: [
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường',
      'Ủy ban MTTQ Việt Nam phường',
      'Ủy ban MTTQ xã',
      'UBMTTQ xã',
      'MTTQ xã',
      'Mặt trận Tổ quốc xã',
      'Ủy ban MTTQ',
    ],
  },
  {
    name: 'Các đoàn thể chính trị - xã hội',
    aliases: [
      'Các đoàn thể',
      'Các đoàn thể xã',
      'Các tổ chức chính trị - xã hội',
      'Các tổ chức chính trị - xã hội xã',
      'MTTQ và các đoàn thể',
      'Ủy ban MTTQ và các đoàn thể',
      'Mặt trận và các đoàn thể',
      'Các hội, đoàn thể',
    ],
  },
  { name: 'Đoàn Thanh niên xã', aliases: ['Đoàn Thanh niên phường', 'Đoàn Thanh niên', 'Xã Đoàn', 'Đoàn xã', 'Đoàn phường'] },
  { name: 'Hội Liên hiệp Phụ nữ xã', aliases: ['Hội Liên hiệp Phụ nữ phường', 'Hội LHPN xã', 'Hội Phụ nữ xã', 'Hội Phụ nữ'] },
  { name: 'Hội Nông dân xã', aliases: ['Hội Nông dân phường', 'Hội Nông dân'] },
  { name: 'Hội Cựu chiến binh xã', aliases: ['Hội Cựu chiến binh phường', 'Hội CCB xã', 'Hội Cựu chiến binh'] },
  { name: 'Trạm Y tế xã', aliases: ['Trạm Y tế phường', 'Trạm Y tế', 'Trạm y tế xã'] },
  {
    name: 'Các trường học',
    aliases: ['Các trường học trên địa bàn', 'Các trường', 'Các trường học trên địa bàn xã', 'Các trường mầm non, tiểu học, trung học cơ sở', 'Các trường Mầm non, Tiểu học, THCS', 'Các nhà trường'],
  },
  {
    name: 'Các thôn, tổ dân phố',
    aliases: [
      'Các thôn',
      'Các tổ dân phố',
      'Các thôn, bản',
      'Các thôn, khu phố',
      'Các khu phố',
      'Thôn, tổ dân phố',
      'Các thôn, tổ dân phố trên địa bàn',
      'Trưởng thôn, Tổ trưởng tổ dân phố',
      'Trưởng các thôn, tổ dân phố',
      'Các thôn, bản, tổ dân phố',
      'Các thôn, buôn',
      'Các thôn, buôn, tổ dân phố',
      'Các thôn, làng',
      'Các bản',
      'Các buôn',
      'Các ấp',
      'Các ấp, khu phố',
    ],
  },
  {
    name: 'Cán bộ, công chức xã',
    aliases: ['Cán bộ, công chức phường', 'Cán bộ, công chức cấp xã', 'Cán bộ, công chức', 'CBCC xã', 'CBCC', 'Công chức một cửa', 'Cán bộ, công chức, viên chức', 'CBCCVC'],
  },
];
