/**
 * A 2026 appendix with a status column, for the progress tests (core, CLI, pane). Its rows and
 * what each one is as of 10/04/2026 are listed beside it; tests work their expected counts out
 * from this list.
 */
import type { Grid } from '../../src/core/grid';
import { gridOf } from './grid';

export const PROGRESS_HEADER = ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện', 'Tình hình thực hiện'];

export function progressSheet(name = 'Phụ lục'): Grid {
  return gridOf(
    name,
    [
      ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ'],
      PROGRESS_HEADER,
      ['I', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH'],
      /* r4  */ [1, 'Ban hành kế hoạch CCHC', 'Văn phòng Sở', null, 'Tháng 01/2026', 'Đã hoàn thành'], // due 31/01, Q1, done on time
      /* r5  */ [2, 'Kiểm tra CCHC', 'Thanh tra Sở', null, 'Quý I/2026', 'Hoàn thành chậm'], // due 31/03, Q1, done late
      /* r6  */ [3, 'Báo cáo CCHC hằng quý', 'Văn phòng Sở', null, 'Hằng quý', 'Đang thực hiện'], // recurring, in progress
      /* r7  */ [4, 'Tự đánh giá chỉ số CCHC', 'Văn phòng Sở; Thanh tra Sở', null, 'Trước ngày 15/03/2026', null], // due 15/03, Q1, two leads, overdue on 10/04
      ['II', 'CẢI CÁCH THỂ CHẾ'],
      /* r9  */ [1, 'Rà soát văn bản', 'Thanh tra Sở', null, 'Quý II/2026', 'Đang thực hiện'], // due 30/06, Q2
      /* r10 */ [2, 'Xây dựng quy chế', 'Văn phòng Sở', null, 'Trước ngày 30/04/2026', 'Chưa thực hiện'], // due 30/04, Q2: due within 30 days of 10/04
      /* r11 */ [3, 'Tập huấn nghiệp vụ', 'Văn phòng Sở', null, 'Khi có yêu cầu', null], // conditional, not started
      /* r12 */ [4, 'Tuyên truyền CCHC', null, null, null, null], // a heading: its activities carry the deadlines
      /* r13 */ [null, 'Đăng tin trên Cổng thông tin', 'Văn phòng Sở', null, 'Tháng 02/2026', 'Đã hoàn thành ngày 10/3/2026'], // due 28/02, done 10/03: late
      /* r14 */ [null, 'Tổ chức hội nghị', 'Thanh tra Sở', null, 'Tháng 3/2026', 'Đang thực hiện'], // due 31/03, overdue on 10/04
      ['III', 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH'],
      /* r16 */ [1, 'Công khai thủ tục hành chính', 'Văn phòng Sở', null, 'Quý IV/2026', null], // due 31/12, Q4
      /* r17 */ [2, 'Đánh giá giải quyết thủ tục', 'Văn phòng Sở', null, null, null], // no deadline
      /* r18 */ [3, 'Rà soát thủ tục năm trước', 'Văn phòng Sở', null, 'Quý IV/2025', null], // due 31/12/2025: another year, overdue
    ],
    ['A1:F1', 'B3:F3', 'B8:F8', 'B15:F15'],
  );
}
