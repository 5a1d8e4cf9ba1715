import type { DirectoryEntry } from '../../config';

/**
 * The units inside a provincial department (Sở) that every Sở has or may have: Nghị định
 * 45/2025/NĐ-CP, Điều 5 (a department is organised in phòng chuyên môn, nghiệp vụ; Văn phòng;
 * Thanh tra (until 30/6/2025, see legacy.ts); chi cục; đơn vị sự nghiệp công lập), and the ways the
 * seed plans and fixture appendices write them.
 */
export const DEPARTMENT_COMMON: readonly DirectoryEntry[] = [
  { name: 'Văn phòng Sở', aliases: ['Văn phòng', 'VP', 'VP Sở', 'Văn phòng Sở (VP)', 'Chánh Văn phòng', 'Chánh Văn phòng Sở'] },
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
      'Phòng Kế hoạch, Tài chính',
    ],
  },
  {
    name: 'Phòng Tổ chức - Cán bộ',
    aliases: ['Phòng Tổ chức-Cán bộ', 'Tổ chức - Cán bộ', 'Tổ chức-Cán bộ', 'Phòng TCCB', 'TCCB', 'Phòng Tổ chức cán bộ'],
  },
  { name: 'Phòng Pháp chế', aliases: ['Pháp chế', 'Bộ phận pháp chế', 'Phòng Pháp chế - Thanh tra'] },
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
      'Các phòng, ban, đơn vị thuộc Sở',
      'Các phòng, ban, đơn vị trực thuộc Sở',
      'Các phòng, ban, đơn vị liên quan',
      'Các phòng, ban',
      'Các phòng, ban thuộc Sở',
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
      'Các phòng chuyên môn, nghiệp vụ thuộc Sở',
      'Các phòng nghiệp vụ',
      'Các phòng nghiệp vụ thuộc Sở',
      'Các đơn vị trực thuộc',
      'Các đơn vị trực thuộc Sở',
      'Các đơn vị thuộc Sở',
      'Các đơn vị sự nghiệp thuộc Sở',
      'Các đơn vị sự nghiệp trực thuộc',
      'Các đơn vị sự nghiệp trực thuộc Sở',
      'Các đơn vị sự nghiệp công lập thuộc Sở',
      'Các đơn vị',
      'Các phòng, đơn vị sự nghiệp',
      'Các phòng, chi cục, đơn vị thuộc Sở',
      'Các phòng, chi cục, đơn vị',
    ],
  },
  {
    name: 'Trung tâm Phục vụ hành chính công',
    aliases: [
      'Trung tâm PVHCC',
      'TTPVHCC',
      'TT PVHCC',
      'Trung tâm hành chính công',
      'Trung tâm HCC',
      'Trung tâm Phục vụ Hành chính công',
      'Trung tâm Phục vụ hành chính công tỉnh',
      'Trung tâm Phục vụ hành chính công của tỉnh',
      'Trung tâm PVHCC tỉnh',
      'Trung tâm hành chính công tỉnh',
      'TTPVHCC tỉnh',
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
      'Bộ phận Một cửa của Sở',
      'Công chức được cử đến Trung tâm Phục vụ hành chính công',
    ],
  },
  { name: 'Lãnh đạo Sở', aliases: ['Ban Giám đốc Sở', 'Ban Giám đốc', 'Lãnh đạo', 'Phó Giám đốc Sở', 'Phó Giám đốc'] },
  { name: 'Giám đốc Sở', aliases: ['Giám đốc'] },
  { name: 'Đảng ủy Sở', aliases: ['Chi bộ', 'Chi bộ Sở', 'Đảng bộ Sở', 'Chi ủy', 'Cấp ủy'] },
  { name: 'Công đoàn cơ sở', aliases: ['Công đoàn', 'Công đoàn Sở', 'BCH Công đoàn'] },
  { name: 'Đoàn Thanh niên', aliases: ['Chi đoàn', 'Đoàn thanh niên Sở', 'Chi đoàn Thanh niên', 'Đoàn Thanh niên Sở', 'Đoàn TNCS Hồ Chí Minh'] },
];

/**
 * The Sở Nội vụ after the labour department merged into it (from 01/3/2025, Nghị định
 * 45/2025/NĐ-CP): its rooms as provinces name them. Names differ a little between provinces
 * (`Phòng Công chức, viên chức` / `Phòng Công chức - Viên chức`); each listed form is accepted,
 * other spellings of the same words match as variants, and a department adds its own in the config.
 */
export const HOME_AFFAIRS_2025: readonly DirectoryEntry[] = [
  {
    name: 'Phòng Tổ chức, biên chế và tổ chức phi chính phủ',
    aliases: [
      'Phòng Tổ chức - Biên chế và Tổ chức phi chính phủ',
      'Phòng Tổ chức, biên chế và tổ chức PCP',
      'Phòng TCBC&TCPCP',
      'Phòng TCBC và TCPCP',
      'Phòng Tổ chức, biên chế',
      'Phòng Tổ chức - Biên chế',
      'Phòng TCBC',
    ],
  },
  { name: 'Phòng Công chức, viên chức', aliases: ['Phòng Công chức - Viên chức', 'Phòng CCVC', 'Phòng Công chức viên chức'] },
  {
    name: 'Phòng Cải cách hành chính',
    aliases: [
      'Phòng CCHC',
      'Phòng Cải cách hành chính và Văn thư, lưu trữ',
      'Phòng Cải cách hành chính - Văn thư lưu trữ',
      'Phòng Cải cách hành chính, văn thư, lưu trữ',
    ],
  },
  {
    name: 'Phòng Xây dựng chính quyền và công tác thanh niên',
    aliases: [
      'Phòng Xây dựng chính quyền và Công tác thanh niên',
      'Phòng Xây dựng chính quyền',
      'Phòng XDCQ&CTTN',
      'Phòng Chính quyền địa phương',
      'Phòng Xây dựng chính quyền địa phương',
      'Phòng Xây dựng chính quyền và Văn thư, lưu trữ',
    ],
  },
  {
    name: 'Phòng Lao động - Việc làm',
    aliases: ['Phòng Lao động, việc làm', 'Phòng Lao động - Việc làm - An toàn lao động', 'Phòng Việc làm - An toàn lao động', 'Phòng LĐ-VL', 'Phòng Lao động, việc làm và an toàn lao động'],
  },
  {
    name: 'Phòng Lao động - Tiền lương - Bảo hiểm xã hội',
    aliases: [
      'Phòng Lao động, tiền lương và bảo hiểm xã hội',
      'Phòng Tiền lương và Bảo hiểm xã hội',
      'Phòng Tiền lương - Bảo hiểm xã hội',
      'Phòng LĐ-TL-BHXH',
    ],
  },
  { name: 'Phòng Người có công', aliases: ['Phòng Chính sách người có công', 'Phòng NCC'] },
  {
    name: 'Ban Thi đua - Khen thưởng',
    aliases: ['Ban Thi đua, Khen thưởng', 'Phòng Thi đua - Khen thưởng', 'Phòng Thi đua, Khen thưởng', 'Ban TĐKT', 'Phòng TĐKT'],
  },
  { name: 'Ban Tôn giáo', aliases: ['Phòng Tôn giáo', 'Phòng Quản lý nhà nước về tôn giáo', 'Ban Tôn giáo tỉnh'] },
  {
    name: 'Chi cục Văn thư - Lưu trữ',
    aliases: ['Chi cục Văn thư, Lưu trữ', 'Phòng Văn thư - Lưu trữ', 'Phòng Văn thư, Lưu trữ', 'Trung tâm Lưu trữ lịch sử', 'Trung tâm Lưu trữ lịch sử tỉnh'],
  },
  { name: 'Trung tâm Dịch vụ việc làm', aliases: ['Trung tâm Dịch vụ việc làm tỉnh', 'TTDVVL'] },
  { name: 'Cơ sở điều dưỡng người có công', aliases: ['Trung tâm Điều dưỡng người có công', 'Trung tâm điều dưỡng thương binh'] },
];
