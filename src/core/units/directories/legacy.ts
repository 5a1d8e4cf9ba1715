import type { DirectoryEntry } from '../../config';

/**
 * Units that stopped existing in 2025, with the last day they existed and who took over their
 * work. Every built-in directory carries them, so a 2026 plan that still names one gets
 * unit.obsolete (with the successor), while a plan dated before the change (January 2025) does not.
 * The format is the one users write in a config file (units/schema.ts).
 *
 * Sources:
 * - Nghị định 45/2025/NĐ-CP ngày 28/02/2025 (tổ chức các cơ quan chuyên môn thuộc UBND cấp tỉnh,
 *   cấp huyện), Điều 8–9: the uniform list of departments (Sở Nội vụ, Sở Tư pháp, Sở Tài chính,
 *   Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học và Công nghệ, Sở Văn
 *   hóa, Thể thao và Du lịch, Sở Giáo dục và Đào tạo, Sở Y tế, Thanh tra tỉnh, Văn phòng UBND) and
 *   the special ones (Sở Ngoại vụ, Sở Dân tộc và Tôn giáo, Sở Du lịch, Sở Quy hoạch - Kiến trúc).
 *   The provinces merged their departments from 01/3/2025: the labour department into the Sở Nội
 *   vụ (social protection and children to the Sở Y tế, vocational training to the Sở Giáo dục và
 *   Đào tạo), planning and investment into finance, information and communications into science
 *   and technology, transport into construction, natural resources and agriculture into the new
 *   Sở Nông nghiệp và Môi trường, the Ban Dân tộc into the Sở Dân tộc và Tôn giáo.
 * - Luật Tổ chức chính quyền địa phương ngày 16/6/2025 (hiệu lực 01/7/2025): local government of
 *   two levels; the district level (UBND huyện, its Phòng …) ends on 30/6/2025. The communes' new
 *   offices that took over (Nghị định 150/2025/NĐ-CP ngày 12/6/2025): Văn phòng HĐND và UBND
 *   (văn phòng, tư pháp, đối ngoại), Phòng Kinh tế or Phòng Kinh tế, Hạ tầng và Đô thị (tài chính -
 *   kế hoạch, xây dựng, công thương, nông nghiệp và môi trường), Phòng Văn hóa - Xã hội (nội vụ,
 *   giáo dục, y tế, văn hóa, lao động), Trung tâm Phục vụ hành chính công cấp xã.
 * - Luật Thanh tra số 84/2025/QH15 (hiệu lực 01/7/2025): inspectorates at two levels only
 *   (Thanh tra Chính phủ, Thanh tra tỉnh); Thanh tra sở and Thanh tra huyện end on 30/6/2025.
 * - District police (Công an cấp huyện) ended on 28/02/2025, its work passing to the provincial
 *   and commune police (the 2025 reorganisation of the public-security forces).
 */
const MERGED = '2025-02-28';
const DISTRICT_END = '2025-06-30';

/** The district rooms, each written with `huyện`, `cấp huyện`, or as the plural of every district. */
function districtRoom(room: string, successors: string[], extra: string[] = []): DirectoryEntry {
  return {
    name: `${room} huyện`,
    aliases: [
      `${room} cấp huyện`,
      `${room} các huyện`,
      `${room} huyện, thị xã, thành phố`,
      `${room} các huyện, thị xã, thành phố`,
      `${room} các huyện, thành phố`,
      `${room} quận`,
      ...extra,
    ],
    validUntil: DISTRICT_END,
    successors,
  };
}

export const LEGACY_DEPARTMENTS: readonly DirectoryEntry[] = [
  {
    name: 'Sở Lao động - Thương binh và Xã hội',
    aliases: ['Sở LĐ-TB&XH', 'Sở LĐTBXH', 'Sở Lao động-Thương binh và Xã hội', 'Sở Lao động, Thương binh và Xã hội'],
    validUntil: MERGED,
    successors: ['Sở Nội vụ', 'Sở Y tế', 'Sở Giáo dục và Đào tạo'],
  },
  {
    name: 'Sở Kế hoạch và Đầu tư',
    aliases: ['Sở KH&ĐT', 'Sở KHĐT', 'Sở Kế hoạch - Đầu tư'],
    validUntil: MERGED,
    successors: ['Sở Tài chính'],
  },
  {
    name: 'Sở Thông tin và Truyền thông',
    aliases: ['Sở TT&TT', 'Sở TTTT', 'Sở Thông tin - Truyền thông'],
    validUntil: MERGED,
    successors: ['Sở Khoa học và Công nghệ'],
  },
  { name: 'Sở Giao thông vận tải', aliases: ['Sở GTVT', 'Sở Giao thông - Vận tải'], validUntil: MERGED, successors: ['Sở Xây dựng'] },
  {
    name: 'Sở Tài nguyên và Môi trường',
    aliases: ['Sở TN&MT', 'Sở TNMT', 'Sở Tài nguyên - Môi trường'],
    validUntil: MERGED,
    successors: ['Sở Nông nghiệp và Môi trường'],
  },
  {
    name: 'Sở Nông nghiệp và Phát triển nông thôn',
    aliases: ['Sở NN&PTNT', 'Sở NNPTNT', 'Sở Nông nghiệp - Phát triển nông thôn'],
    validUntil: MERGED,
    successors: ['Sở Nông nghiệp và Môi trường'],
  },
  { name: 'Ban Dân tộc tỉnh', aliases: ['Ban Dân tộc'], validUntil: MERGED, successors: ['Sở Dân tộc và Tôn giáo'] },
];

export const LEGACY_DISTRICT: readonly DirectoryEntry[] = [
  {
    name: 'UBND cấp huyện',
    aliases: [
      'UBND huyện, TX, TP',
      'UBND các huyện, TX, TP',
      'UBND huyện, thị xã, thành phố',
      'UBND các huyện, thị xã, thành phố',
      'UBND các huyện, thành phố',
      'UBND các huyện, thị xã',
      'UBND huyện',
      'UBND các huyện',
      'UBND quận, huyện',
      'UBND các quận, huyện',
      'Ủy ban nhân dân cấp huyện',
      'Ủy ban nhân dân huyện',
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'UBND thị xã',
      'UBND quận',
    ],
    validUntil: DISTRICT_END,
    successors: ['UBND cấp xã'],
  },
  districtRoom('Phòng Nội vụ', ['Phòng Văn hóa - Xã hội cấp xã']),
  districtRoom('Phòng Tư pháp', ['Văn phòng HĐND và UBND cấp xã']),
  districtRoom('Phòng Tài chính - Kế hoạch', ['Phòng Kinh tế cấp xã'], ['Phòng Tài chính-Kế hoạch huyện']),
  districtRoom('Phòng Kinh tế', ['Phòng Kinh tế cấp xã']),
  districtRoom('Phòng Kinh tế và Hạ tầng', ['Phòng Kinh tế, Hạ tầng và Đô thị cấp xã'], ['Phòng Kinh tế - Hạ tầng huyện']),
  districtRoom('Phòng Quản lý đô thị', ['Phòng Kinh tế, Hạ tầng và Đô thị cấp xã']),
  districtRoom('Phòng Tài nguyên và Môi trường', ['Phòng Kinh tế cấp xã']),
  districtRoom('Phòng Nông nghiệp và Phát triển nông thôn', ['Phòng Kinh tế cấp xã']),
  districtRoom('Phòng Văn hóa và Thông tin', ['Phòng Văn hóa - Xã hội cấp xã'], ['Phòng Văn hóa - Thông tin huyện']),
  districtRoom('Phòng Giáo dục và Đào tạo', ['Phòng Văn hóa - Xã hội cấp xã']),
  districtRoom('Phòng Y tế', ['Phòng Văn hóa - Xã hội cấp xã']),
  districtRoom('Phòng Lao động - Thương binh và Xã hội', ['Phòng Văn hóa - Xã hội cấp xã'], ['Phòng LĐ-TB&XH huyện']),
  districtRoom('Phòng Dân tộc', ['Phòng Văn hóa - Xã hội cấp xã']),
  districtRoom('Văn phòng HĐND và UBND', ['Văn phòng HĐND và UBND cấp xã'], ['Văn phòng UBND huyện', 'Văn phòng HĐND-UBND huyện']),
  {
    name: 'Thanh tra huyện',
    aliases: ['Thanh tra cấp huyện', 'Thanh tra các huyện', 'Thanh tra các huyện, thị xã, thành phố'],
    validUntil: DISTRICT_END,
    successors: ['Thanh tra tỉnh'],
  },
  {
    name: 'Công an huyện',
    aliases: ['Công an cấp huyện', 'Công an các huyện', 'Công an các huyện, thị xã, thành phố', 'Công an quận, huyện'],
    validUntil: MERGED,
    successors: ['Công an tỉnh', 'Công an xã'],
  },
];

/** Thanh tra sở: folded into the provincial inspectorate (Luật Thanh tra số 84/2025/QH15). */
export const DEPARTMENT_INSPECTORATE: DirectoryEntry = {
  name: 'Thanh tra Sở',
  aliases: ['Thanh tra', 'Chánh Thanh tra', 'Chánh Thanh tra Sở'],
  validUntil: DISTRICT_END,
  successors: ['Thanh tra tỉnh'],
};

/** Units of the pre-2025 labour department whose work left the Sở Nội vụ when it merged in. */
export const LEGACY_LABOUR_ROOMS: readonly DirectoryEntry[] = [
  {
    name: 'Phòng Bảo trợ xã hội',
    aliases: ['Phòng Bảo trợ xã hội, Trẻ em và Bình đẳng giới', 'Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới', 'Phòng Bảo trợ xã hội và Trẻ em'],
    validUntil: MERGED,
    successors: ['Sở Y tế'],
  },
  {
    name: 'Phòng Giáo dục nghề nghiệp',
    aliases: ['Phòng Dạy nghề', 'Phòng GDNN'],
    validUntil: MERGED,
    successors: ['Sở Giáo dục và Đào tạo'],
  },
  {
    name: 'Phòng Phòng, chống tệ nạn xã hội',
    aliases: ['Chi cục Phòng, chống tệ nạn xã hội', 'Phòng PCTNXH'],
    validUntil: MERGED,
    successors: ['Công an tỉnh'],
  },
];

/** The communes' one-stop desks before their own public-service centres (Nghị định 150/2025/NĐ-CP). */
export const LEGACY_COMMUNE: readonly DirectoryEntry[] = [
  {
    name: 'Bộ phận một cửa cấp xã',
    aliases: ['Bộ phận một cửa xã', 'Bộ phận tiếp nhận và trả kết quả cấp xã', 'Bộ phận Một cửa UBND xã'],
    validUntil: DISTRICT_END,
    successors: ['Trung tâm Phục vụ hành chính công cấp xã'],
  },
  {
    name: 'Công chức Văn phòng - Thống kê',
    aliases: ['Công chức Văn phòng - Thống kê xã', 'Văn phòng - Thống kê'],
    validUntil: DISTRICT_END,
    successors: ['Văn phòng HĐND và UBND cấp xã'],
  },
  {
    name: 'Công chức Tư pháp - Hộ tịch',
    aliases: ['Công chức Tư pháp - Hộ tịch xã', 'Tư pháp - Hộ tịch'],
    validUntil: DISTRICT_END,
    successors: ['Văn phòng HĐND và UBND cấp xã'],
  },
  {
    name: 'Công chức Địa chính - Xây dựng',
    aliases: ['Địa chính - Xây dựng', 'Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường'],
    validUntil: DISTRICT_END,
    successors: ['Phòng Kinh tế cấp xã'],
  },
  {
    name: 'Công chức Văn hóa - Xã hội',
    aliases: ['Công chức Văn hóa - Xã hội xã'],
    validUntil: DISTRICT_END,
    successors: ['Phòng Văn hóa - Xã hội cấp xã'],
  },
];
