/**
 * Task appendices in the layouts other provinces and departments produce, built cell by cell.
 * Each variant says what a careful clerk would find wrong in it (usually nothing): the planted
 * faults by code and cell. Rows are written out in full so the Excel row of each cell is plain:
 * the n-th array is Excel row n.
 */
import type { Grid } from '../../../src/core';
import { gridOf, type Raw } from '../../helpers/grid';

export interface Variant {
  name: string;
  grid: Grid;
  kind: 'tasks' | 'budget' | 'none';
  headerRows?: number[];
  columns?: Record<string, string>;
  planYear?: number;
  planYearSource?: string;
  /** Row kinds that matter, by Excel row. */
  kinds?: Record<number, string>;
  /** Planted faults: each must be reported with this code on this cell. Any other error is false. */
  faults?: { code: string; cell: string }[];
}

const n = (v: number): Raw => ({ value: v, numFmt: '#,##0', text: v.toLocaleString('de-DE') });
const d = (y: number, m: number, day: number): Raw => ({ value: new Date(Date.UTC(y, m - 1, day)), text: `${day}/${m}/${y}`, numFmt: 'dd/mm/yyyy' });

// TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm | Ghi chú
const HN_HEADER = ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm', 'Ghi chú'];
const hnTitles: Raw[][] = [
  ['Phụ lục'],
  ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025 CỦA SỞ NỘI VỤ'],
  ['(Kèm theo Kế hoạch số 15/KH-SNV ngày 20/12/2024 của Sở Nội vụ)'],
  [],
];
const hnMerges = ['A1:G1', 'A2:G2', 'A3:G3'];

export const VARIANTS: Variant[] = [
  {
    name: 'TT | Nội dung công việc | Cơ quan chủ trì | …| Ghi chú, column numbers, continuous numbering, signed the year before',
    grid: gridOf(
      'Phụ lục',
      [
        ...hnTitles,
        HN_HEADER,
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
        [1, 'Xây dựng, ban hành Kế hoạch CCHC năm 2025', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Tháng 01/2025', 'Kế hoạch', ''],
        [2, 'Kiểm tra công tác CCHC', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý III/2025', 'Báo cáo', 'Ít nhất 30% đơn vị'],
        ['II', 'CẢI CÁCH THỂ CHẾ'],
        [3, 'Rà soát văn bản QPPL', 'Thanh tra Sở', 'Văn phòng Sở', 'Quý IV/2025', 'Báo cáo', ''],
        [4, 'Theo dõi thi hành pháp luật', 'Thanh tra Sở', 'Văn phòng Sở', 'Thường xuyên', 'Báo cáo', 'Định kỳ'],
        ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [5, 'Công khai TTHC', 'Văn phòng Sở', 'Trung tâm Phục vụ hành chính công', 'Thường xuyên', 'TTHC được công khai', ''],
      ],
      [...hnMerges, 'B7:G7', 'B10:G10', 'B13:G13'],
    ),
    kind: 'tasks',
    headerRows: [5, 6],
    columns: { stt: 'A', task: 'B', lead: 'C', partners: 'D', deadline: 'E', product: 'F' },
    planYear: 2025,
    planYearSource: 'title',
  },
  {
    name: 'planted faults in the TT | Nội dung công việc layout',
    grid: gridOf(
      'Phụ lục',
      [
        ...hnTitles,
        HN_HEADER,
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
        [1, 'Xây dựng Kế hoạch CCHC năm 2025', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Tháng 01/2025', 'Kế hoạch'],
        [3, 'Kiểm tra công tác CCHC', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý V/2025', 'Báo cáo'],
        ['III', 'CẢI CÁCH THỂ CHẾ'],
        [4, 'Rà soát văn bản QPPL', '', 'Văn phòng Sở', 'Quý IV/2024', 'Báo cáo'],
        [4, 'Theo dõi thi hành pháp luật', 'Thanh tra Sở', 'Văn phòng Sở', '', 'Báo cáo'],
      ],
      [...hnMerges, 'B6:G6', 'B9:G9'],
    ),
    kind: 'tasks',
    headerRows: [5],
    planYear: 2025,
    faults: [
      { code: 'stt.gap', cell: 'A8' },
      { code: 'deadline.invalid', cell: 'E8' },
      { code: 'section.numbering', cell: 'A9' },
      { code: 'lead.missing', cell: 'C10' },
      { code: 'deadline.year-mismatch', cell: 'E10' },
      { code: 'stt.duplicate', cell: 'A11' },
      { code: 'deadline.missing', cell: 'E11' },
    ],
  },
  {
    name: 'Đơn vị thực hiện merged over Chủ trì / Phối hợp, Thời hạn, Kinh phí; year only in the sheet name',
    grid: gridOf(
      'PL 2024',
      [
        ['DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'],
        ['STT', 'Nhiệm vụ', 'Đơn vị thực hiện', null, 'Thời hạn', 'Kinh phí'],
        [null, null, 'Chủ trì', 'Phối hợp'],
        ['I', 'CẢI CÁCH TỔ CHỨC BỘ MÁY'],
        [1, 'Rà soát chức năng, nhiệm vụ', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Tháng 3, 6, 9, 12/2024', 'Thường xuyên'],
        [2, 'Kiện toàn tổ chức', 'Văn phòng Sở', '', 'Quý I, II, III, IV/2024', 'Thường xuyên'],
        [3, 'Báo cáo biên chế', 'Văn phòng Sở', '', 'Năm 2024', 'Không phát sinh kinh phí'],
        ['II', 'CẢI CÁCH CHẾ ĐỘ CÔNG VỤ'],
        [1, 'Đánh giá, xếp loại công chức', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Trong năm 2024', 'Thường xuyên'],
        [2, 'Đào tạo, bồi dưỡng', 'Văn phòng Sở', '', 'Hằng năm', 'Ngân sách tỉnh'],
        [3, 'Tuyển dụng viên chức', 'Văn phòng Sở', '', 'Theo yêu cầu', 'Thường xuyên'],
        [4, 'Kiểm tra công vụ', 'Thanh tra Sở', 'Văn phòng Sở', d(2024, 10, 31), 'Thường xuyên'],
      ],
      ['A1:F1', 'C2:D2', 'A2:A3', 'B2:B3', 'E2:E3', 'F2:F3', 'B4:F4', 'B8:F8'],
    ),
    kind: 'tasks',
    headerRows: [2, 3],
    columns: { stt: 'A', task: 'B', lead: 'C', partners: 'D', deadline: 'E', funding: 'F' },
    planYear: 2024,
    planYearSource: 'sheet-name',
  },
  {
    name: 'Thời gian thực hiện merged over Bắt đầu / Hoàn thành',
    grid: gridOf(
      'Phụ lục 01',
      [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['STT', 'Nội dung', 'Cơ quan/đơn vị chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', null, 'Kết quả, sản phẩm'],
        [null, null, null, null, 'Bắt đầu', 'Hoàn thành'],
        [1, 'Ban hành kế hoạch tuyên truyền', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Tháng 01/2024', 'Quý I/2024', 'Kế hoạch'],
        [2, 'Tổ chức tuyên truyền', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Quý I/2024', 'Quý IV/2024', 'Tin, bài'],
        [3, 'Báo cáo kết quả', 'Văn phòng Sở', '', 'Tháng 11/2024', '15/12/2024', 'Báo cáo'],
      ],
      ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2', 'G2:G3'],
    ),
    kind: 'tasks',
    headerRows: [2, 3],
    columns: { stt: 'A', task: 'B', lead: 'C', partners: 'D', deadline: 'F', product: 'G' },
    planYear: 2024,
  },
  {
    name: 'header in row 8 after the letterhead, giai đoạn in the title, sub-tasks 1.1 under group rows, text STT',
    grid: gridOf(
      'Sheet1',
      [
        ['UBND TỈNH QUẢNG NAM', null, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
        ['SỞ TƯ PHÁP', null, null, 'Độc lập - Tự do - Hạnh phúc'],
        [],
        ['Phụ lục I'],
        ['NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2023'],
        ['(Thực hiện Kế hoạch CCHC giai đoạn 2021-2025, định hướng đến năm 2030)'],
        [],
        ['Stt', 'Nhiệm vụ cụ thể', 'Sản phẩm', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian'],
        ['1', 'Cải cách thể chế'],
        ['1.1', 'Rà soát văn bản', 'Báo cáo', 'Phòng Pháp chế', 'Văn phòng Sở', 'Quý II/2023'],
        ['1.2', 'Tự kiểm tra văn bản', 'Báo cáo', 'Phòng Pháp chế', 'Văn phòng Sở', 'Quý IV/2023'],
        ['2.', 'Cải cách thủ tục hành chính'],
        ['2.1', 'Rà soát TTHC', 'Báo cáo', 'Văn phòng Sở', 'Phòng Pháp chế', 'Quý III/2023'],
        ['2.2', 'Công khai TTHC', 'TTHC được công khai', 'Văn phòng Sở', '', 'Thường xuyên'],
        ['03', 'Số hóa hồ sơ', 'Hồ sơ số', 'Văn phòng Sở', '', 'Năm 2023'],
      ],
      ['A4:F4', 'A5:F5', 'A6:F6', 'B9:F9', 'B12:F12'],
    ),
    kind: 'tasks',
    headerRows: [8],
    columns: { stt: 'A', task: 'B', product: 'C', lead: 'D', partners: 'E', deadline: 'F' },
    planYear: 2023,
    planYearSource: 'title',
    kinds: { 9: 'group', 10: 'task', 12: 'group', 15: 'task' },
  },
  {
    name: 'STT merged down over activity rows, lead and deadline merged too; empty row and a dash row inside',
    grid: gridOf(
      'Nhiệm vụ',
      [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['STT', 'Nhiệm vụ', 'Hoạt động', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'],
        ['I', 'CẢI CÁCH TÀI CHÍNH CÔNG'],
        [1, 'Thực hiện cơ chế tự chủ', 'Xây dựng quy chế chi tiêu nội bộ', 'Phòng Kế hoạch - Tài chính', 'Văn phòng Sở', 'Quý I/2024', 'Tự chủ'],
        [null, null, 'Công khai dự toán', null, null, null, null],
        [null, null, 'Công khai quyết toán', null, null, null, null],
        [],
        [2, 'Quản lý tài sản công', 'Kiểm kê tài sản', 'Văn phòng Sở', 'Phòng Kế hoạch - Tài chính', 'Quý IV/2024', 'Tự chủ'],
        ['-', '-', '-', '-', '-', '-', '-'],
        [3, 'Thực hành tiết kiệm', 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2024', 'Tự chủ'],
      ],
      ['A1:G1', 'B3:G3', 'A4:A6', 'B4:B6', 'D4:D6', 'E4:E6', 'F4:F6', 'G4:G6'],
    ),
    kind: 'tasks',
    planYear: 2024,
    kinds: { 4: 'task', 5: 'continuation', 6: 'continuation', 7: 'blank', 8: 'task', 10: 'task' },
  },
  {
    name: 'parts A/B with Roman sections inside, numbering restarting',
    grid: gridOf(
      'PL1',
      [
        ['NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'],
        ['A', 'NHIỆM VỤ CHUNG'],
        ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2024'],
        [2, 'Báo cáo kết quả', 'Văn phòng Sở', '', 'Quý IV/2024'],
        ['II', 'CẢI CÁCH THỂ CHẾ'],
        [1, 'Rà soát văn bản', 'Phòng Pháp chế', '', 'Quý II/2024'],
        ['B', 'NHIỆM VỤ CỤ THỂ'],
        ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [1, 'Rà soát TTHC', 'Văn phòng Sở', '', 'Quý III/2024'],
        [2, 'Công khai TTHC', 'Văn phòng Sở', '', 'Thường xuyên'],
      ],
      ['A1:E1', 'B3:E3', 'B4:E4', 'B7:E7', 'B9:E9', 'B10:E10'],
    ),
    kind: 'tasks',
    planYear: 2024,
  },
  {
    name: 'sections written "Phần I." and "II." with the title in the same merged cell; title case sections',
    grid: gridOf(
      'Phụ lục',
      [
        ['PHỤ LỤC NHIỆM VỤ CCHC NĂM 2024'],
        ['Số TT', 'Tên nhiệm vụ', 'Chủ trì thực hiện', 'Phối hợp thực hiện', 'Tiến độ', 'Kinh phí thực hiện'],
        ['Phần I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2024', 'Thường xuyên'],
        ['II. Cải cách thể chế'],
        [2, 'Rà soát văn bản', 'Phòng Pháp chế', '', 'Quý II/2024', 'Thường xuyên'],
        ['PHẦN III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [3, 'Rà soát TTHC', 'Văn phòng Sở', '', 'Quý III/2024', 'Thường xuyên'],
        ['IV. Cải cách tài chính công'],
        [4, 'Tự chủ tài chính', 'Phòng Kế hoạch - Tài chính', '', 'Quý IV/2024', 'Tự chủ'],
      ],
      ['A1:F1', 'A3:F3', 'A5:F5', 'B7:F7', 'A9:F9'],
    ),
    kind: 'tasks',
    columns: { stt: 'A', task: 'B', lead: 'C', partners: 'D', deadline: 'E', funding: 'F' },
    planYear: 2024,
    kinds: { 3: 'section', 5: 'section', 7: 'section', 9: 'section' },
  },
  {
    name: 'no sections, no title: header in row 1, numbers 1..N; notes, total and signature after',
    grid: gridOf(
      'Sheet1',
      [
        ['STT', 'Nội dung thực hiện', 'Đơn vị chủ trì', 'Thời gian thực hiện', 'Ghi chú'],
        [1, 'Xây dựng kế hoạch CCHC', 'Văn phòng Sở', 'Tháng 01/2024'],
        [2, 'Kiểm tra CCHC', 'Văn phòng Sở', 'Quý III/2024'],
        [null, 'Giám đốc Sở chủ trì họp đánh giá kết quả kiểm tra', 'Văn phòng Sở', 'Quý IV/2024'],
        [null, 'Lưu trữ hồ sơ kiểm tra', 'Văn phòng Sở', 'Quý IV/2024'],
        [3, 'Báo cáo CCHC', 'Văn phòng Sở', 'Định kỳ'],
        [4, 'Tự chấm điểm chỉ số CCHC', 'Văn phòng Sở', 'Theo kế hoạch của UBND tỉnh'],
        [],
        ['Tổng cộng: 04 nhiệm vụ'],
        ['Ghi chú: Các phòng, đơn vị báo cáo kết quả về Văn phòng Sở trước ngày 15 hằng tháng.'],
        [],
        [null, 'Nơi nhận:', null, 'KT. GIÁM ĐỐC'],
        [null, '- Sở Nội vụ;', null, 'PHÓ GIÁM ĐỐC'],
        [null, '- Lưu: VT, VP.'],
        [null, null, null, 'Nguyễn Văn A'],
      ],
      ['A9:E9', 'A10:E10'],
    ),
    kind: 'tasks',
    headerRows: [1],
    planYear: 2024,
    planYearSource: 'deadlines',
    kinds: { 4: 'continuation', 5: 'continuation', 6: 'task', 7: 'task', 8: 'blank', 10: 'after', 12: 'after' },
  },
  {
    name: 'a deadline in the next January is still the wrong year; the plan year stays 2024',
    grid: gridOf(
      'Phụ lục',
      [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['(Kèm theo Kế hoạch số 20/KH-SYT ngày 25/12/2023 của Sở Y tế)'],
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2024'],
        [2, 'Tổng kết năm', 'Văn phòng Sở', '', 'Tháng 01/2025'],
        [3, 'Báo cáo năm', 'Văn phòng Sở', '', 'Tháng 12/2024'],
      ],
      ['A1:E1', 'A2:E2'],
    ),
    kind: 'tasks',
    planYear: 2024,
    planYearSource: 'title',
    faults: [{ code: 'deadline.year-mismatch', cell: 'E5' }],
  },
  {
    name: 'signing date in December, plan year only in the deadlines',
    grid: gridOf(
      'Phụ lục',
      [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'],
        ['(Kèm theo Kế hoạch số 15/KH-SNV ngày 20 tháng 12 năm 2024 của Sở Nội vụ)'],
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2025'],
        [2, 'Kiểm tra', 'Văn phòng Sở', '', 'Quý III/2025'],
        [3, 'Báo cáo', 'Văn phòng Sở', '', 'Thường xuyên'],
      ],
      ['A1:E1', 'A2:E2'],
    ),
    kind: 'tasks',
    planYear: 2025,
    planYearSource: 'deadlines',
  },
  {
    name: 'signing date in December and no year in any deadline: the plan is for the next year',
    grid: gridOf(
      'Phụ lục',
      [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'],
        ['(Kèm theo Kế hoạch số 15/KH-SNV ngày 20/12/2024 của Sở Nội vụ)'],
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Thường xuyên'],
        [2, 'Kiểm tra', 'Văn phòng Sở', '', 'Khi có yêu cầu'],
      ],
      ['A1:E1', 'A2:E2'],
    ),
    kind: 'tasks',
    planYear: 2025,
    planYearSource: 'title',
  },
  {
    name: 'giai đoạn 2021-2025 in the title and "đến năm 2030": the year comes from the deadlines',
    grid: gridOf(
      'Phụ lục',
      [
        ['NHIỆM VỤ THỰC HIỆN KẾ HOẠCH CCHC GIAI ĐOẠN 2021-2025, ĐỊNH HƯỚNG ĐẾN NĂM 2030'],
        ['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2022'],
        [2, 'Kiểm tra', 'Văn phòng Sở', '', 'Quý III/2022'],
      ],
      ['A1:E1'],
    ),
    kind: 'tasks',
    planYear: 2022,
    planYearSource: 'deadlines',
  },
  {
    name: 'Mục tiêu | Nhiệm vụ | Hoạt động with continuation rows and a page-break fragment',
    grid: gridOf(
      'Phụ lục',
      [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['STT', 'Mục tiêu', 'Nhiệm vụ', 'Hoạt động', 'Sản phẩm/kết quả', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'],
        ['I', 'CẢI CÁCH THỂ CHẾ'],
        [1, 'Rà soát văn bản QPPL', 'Ban hành kế hoạch rà soát', 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Trước 15/01/2024', 'Thường xuyên'],
        [null, null, 'Báo cáo kết quả rà soát', 'Báo cáo kết quả', 'Báo cáo', 'Văn phòng Sở', 'Các phòng, đơn vị thuộc Sở', 'Trước 18/11/2024', 'Thường xuyên'],
        [null, 'theo quy định', null, 'và triển khai', null, null, null, null, null],
        [2, 'Pháp chế', 'Ban hành kế hoạch pháp chế', 'Xây dựng kế hoạch', 'Kế hoạch', 'Văn phòng Sở', '', 'Tháng 1/2024', 'Thường xuyên'],
      ],
      ['A1:I1', 'B3:I3'],
    ),
    kind: 'tasks',
    planYear: 2024,
    kinds: { 4: 'task', 5: 'continuation', 6: 'fragment', 7: 'task' },
  },
  {
    name: 'unnumbered headings inside sections, Arabic headings in the STT column, lead and deadline merged down over tasks',
    grid: gridOf(
      'Phụ lục',
      [
        ['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện'],
        ['I', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [null, 'Nhiệm vụ trọng tâm'],
        [1, 'Rà soát TTHC', 'Văn phòng Sở', '', 'Quý II/2024'],
        [2, 'Công khai TTHC', 'Văn phòng Sở', '', 'Thường xuyên'],
        ['1. NHIỆM VỤ THƯỜNG XUYÊN'],
        [3, 'Tiếp nhận phản ánh, kiến nghị', 'Văn phòng Sở', '', 'Thường xuyên'],
        [4, 'Số hóa kết quả giải quyết TTHC', null, '', null],
        [5, 'Thanh toán trực tuyến', null, '', null],
      ],
      ['A1:E1', 'B3:E3', 'A7:E7', 'C8:C10', 'E8:E10'],
    ),
    kind: 'tasks',
    planYear: 2024,
    kinds: { 4: 'group', 5: 'task', 7: 'group', 8: 'task', 9: 'task', 10: 'task' },
  },
  {
    name: 'no STT column, the table starting in column B after an empty column',
    grid: gridOf(
      'Phụ lục',
      [
        [null, 'NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        [],
        [null, 'Nội dung', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', 'Kinh phí'],
        [null, 'CẢI CÁCH THỂ CHẾ'],
        [null, 'Rà soát văn bản QPPL', 'Phòng Pháp chế', 'Văn phòng Sở', 'Quý II/2024', 'Thường xuyên'],
        [null, 'Theo dõi thi hành pháp luật', 'Phòng Pháp chế', '', 'Quý IV/2024', 'Thường xuyên'],
        [null, 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
        [null, 'Kiểm soát TTHC', 'Văn phòng Sở', '', 'Thường xuyên', 'Thường xuyên'],
      ],
      ['B1:F1', 'B4:F4', 'B7:F7'],
    ),
    kind: 'tasks',
    headerRows: [3],
    columns: { task: 'B', lead: 'C', partners: 'D', deadline: 'E', funding: 'F' },
    planYear: 2024,
  },
  {
    name: 'page breaks: the header and its column numbers repeated, a number typed with a formula',
    grid: gridOf(
      'Phụ lục',
      [
        ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024'],
        ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['1', '2', '3', '4', '5'],
        [1, 'Ban hành kế hoạch', 'Văn phòng Sở', '', 'Quý I/2024'],
        [{ value: 2, formula: 'A4+1' }, 'Kiểm tra', 'Văn phòng Sở', '', 'Quý III/2024'],
        ['TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
        ['1', '2', '3', '4', '5'],
        [3, 'Báo cáo', 'Văn phòng Sở', '', 'Quý IV/2024'],
      ],
      ['A1:E1'],
    ),
    kind: 'tasks',
    headerRows: [2, 3],
    planYear: 2024,
    kinds: { 5: 'task', 6: 'repeated-header', 7: 'repeated-header', 8: 'task' },
    faults: [],
  },
  {
    name: 'budget: Nội dung | ĐVT | Số lượng | Đơn giá | Thành tiền, numbers formatted #,##0, "Cộng", Bằng chữ without brackets',
    grid: gridOf(
      'Dự toán',
      [
        ['DỰ TOÁN KINH PHÍ CẢI CÁCH HÀNH CHÍNH NĂM 2025'],
        ['ĐVT: đồng'],
        ['STT', 'Nội dung', 'ĐVT', 'Số lượng', 'Đơn giá', 'Thành tiền', 'Ghi chú'],
        [1, 'Tập huấn CCHC', 'Lớp', 2, n(5000000), n(10000000)],
        [2, 'Kiểm tra CCHC', 'Đợt', 3, n(1500000), n(4500000)],
        [3, 'Tuyên truyền', '', '', '', n(500000)],
        [null, 'Cộng', null, null, null, n(15000000)],
        ['Bằng chữ: Mười lăm triệu đồng chẵn'],
      ],
      ['A1:G1', 'A8:G8'],
    ),
    kind: 'budget',
    headerRows: [3],
    columns: { stt: 'A', item: 'B', unit: 'C', quantity: 'D', rate: 'E', amount: 'F' },
    kinds: { 4: 'line', 7: 'total', 8: 'words' },
  },
  {
    name: 'budget: amounts typed as text, "ngàn" and "lẻ" in the words',
    grid: gridOf(
      'KP',
      [
        ['KẾ HOẠCH DỰ TRÙ KINH PHÍ NĂM 2024'],
        ['TT', 'Nội dung chi', 'Đơn vị tính', 'Số lượng', 'Định mức', 'Số tiền'],
        ['1', 'Hỗ trợ công chức một cửa', 'Người', '12 tháng', '500.000', '6.000.000'],
        ['2', 'Văn phòng phẩm', '-', '-', '-', '1.105.000'],
        ['TỔNG CỘNG', null, null, null, null, '7.105.000'],
        ['(Bằng chữ: Bảy triệu một trăm lẻ năm ngàn đồng)'],
      ],
      ['A5:E5'],
    ),
    kind: 'budget',
    kinds: { 3: 'line', 5: 'total', 6: 'words' },
  },
  {
    name: 'budget of amounts only: STT | Nội dung | Kinh phí (đồng) | Ghi chú',
    grid: gridOf('KP2', [
      ['PHỤ LỤC 2: DỰ TOÁN KINH PHÍ'],
      ['STT', 'Nội dung', 'Kinh phí (đồng)', 'Ghi chú'],
      ['1', 'Tập huấn', n(10000000)],
      ['2', 'Kiểm tra', n(5000000)],
      [null, 'Tổng cộng', n(15000000)],
    ]),
    kind: 'budget',
    columns: { stt: 'A', item: 'B', amount: 'C' },
    kinds: { 5: 'total' },
  },
  {
    name: 'budget with planted faults: a line, the total and the words',
    grid: gridOf(
      'Dự toán',
      [
        ['STT', 'Nội dung', 'ĐVT', 'Số lượng', 'Đơn giá', 'Thành tiền'],
        [1, 'Tập huấn CCHC', 'Lớp', 2, n(5000000), n(9000000)],
        [2, 'Kiểm tra CCHC', 'Đợt', 3, n(1500000), n(4500000)],
        [null, 'Tổng cộng', null, null, null, n(14000000)],
        ['(Bằng chữ: Mười bốn triệu năm trăm nghìn đồng)'],
      ],
      ['A5:F5'],
    ),
    kind: 'budget',
    faults: [
      { code: 'budget.line-mismatch', cell: 'F2' },
      { code: 'budget.total-mismatch', cell: 'F4' },
      { code: 'budget.words-mismatch', cell: 'A5' },
    ],
  },
];

/** Sheets of a workbook that are not appendices: no header.not-found there. */
export const NOT_APPENDICES: { name: string; grid: Grid }[] = [
  { name: 'empty sheet', grid: gridOf('Sheet3', []) },
  {
    name: 'cover: the plan body as paragraphs',
    grid: gridOf('Kế hoạch', [
      ['UBND TỈNH QUẢNG TRỊ'],
      ['SỞ NỘI VỤ'],
      ['KẾ HOẠCH'],
      ['Cải cách hành chính năm 2025'],
      ['I. MỤC ĐÍCH, YÊU CẦU'],
      ['Tổ chức triển khai có hiệu quả các nhiệm vụ cải cách hành chính của Sở.'],
      ['II. NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH'],
      ['(Chi tiết tại phụ lục đính kèm)'],
    ]),
  },
  {
    name: 'notes sheet',
    grid: gridOf('Ghi chú', [['Ghi chú'], ['Phụ lục 1: nhiệm vụ; Phụ lục 2: kinh phí.'], ['Các phòng gửi ý kiến về Văn phòng trước ngày 20/12.']]),
  },
  {
    name: 'a list of units',
    grid: gridOf('Đơn vị', [['DANH SÁCH ĐƠN VỊ THỰC HIỆN NHIỆM VỤ'], ['Tên đơn vị', 'Viết tắt'], ['Văn phòng Sở', 'VP'], ['Thanh tra Sở', 'TTr']]),
  },
];
