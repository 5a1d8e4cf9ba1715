/** The status column (Tình hình thực hiện …): found by its header, read row by row. */
import { checkSheet } from '../../../src/core';
import { detectBody } from '../../../src/core/check/body';
import { gridOf, type Raw } from '../../helpers/grid';

const TITLE = ['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ'];
const sheet = (header: Raw[], body: Raw[][], merges: string[] = []) => gridOf('Phụ lục', [TITLE, header, ['I', 'CẢI CÁCH THỂ CHẾ'], ...body], merges);

describe('the status column', () => {
  test.each([
    ['Tình hình thực hiện', 'F'],
    ['Kết quả thực hiện', 'F'],
    ['Trạng thái', 'F'],
    ['Mức độ hoàn thành', 'F'],
    ['TÌNH HÌNH THỰC HIỆN', 'F'],
    ['Tiến độ thực hiện', 'F'],
    ['Tình hình triển khai', 'F'],
    ['Tình trạng', 'F'],
    ['Trạng thái thực hiện', 'F'],
    ['Tình hình thực hiện nhiệm vụ', 'F'],
    ['Tình hình thực hiện (đến ngày 31/3)', 'F'],
    ['Kết quả thực hiện/Tiến độ', 'F'],
    // both words: progress, not the deadline ("tiến độ") nor the product ("kết quả")
    ['Tiến độ, kết quả thực hiện', 'F'],
    ['Tiến độ và kết quả thực hiện', 'F'],
    ['Tiến độ/kết quả thực hiện', 'F'],
    ['Tình hình, kết quả thực hiện', 'F'],
    ['Tình hình và kết quả thực hiện', 'F'],
    ['Kết quả, tiến độ thực hiện', 'F'],
    ['Kết quả và tình hình triển khai', 'F'],
  ])('%j is the status column', (label, letter) => {
    const g = sheet(['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', label], [[1, 'Rà soát', 'Văn phòng Sở', '', 'Quý I/2026', 'Đã hoàn thành']]);
    const { report } = checkSheet(g);
    expect(report.columns.status).toBe(letter);
    expect(report.columns.deadline).toBe('E');
  });

  test.each([
    ['Ghi chú', undefined],
    ['Đánh giá', undefined],
    ['Kết quả', 'F'],
    ['Kết quả đạt được', 'F'],
    ['Sản phẩm, kết quả thực hiện', 'F'],
  ])('%j is no status column (a note, or the product: %s)', (label, product) => {
    const g = sheet(['STT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời gian thực hiện', label], [[1, 'Rà soát', 'Văn phòng Sở', '', 'Quý I/2026', 'Đã hoàn thành']]);
    const { report } = checkSheet(g);
    expect(report.columns.status).toBeUndefined();
    expect(report.columns.product).toBe(product);
    expect(report.columns.deadline).toBe('E');
  });

  test.each<[string, Raw[][], string | undefined, string]>([
    // beside its own product column, a bare "Kết quả" of progress values is the status
    ['progress', [[1, 'A', 'Báo cáo', 'Văn phòng Sở', 'Quý I/2026', 'Đã hoàn thành'], [2, 'B', 'Kế hoạch', 'Văn phòng Sở', 'Quý II/2026', 'Đang thực hiện']], 'F', 'C'],
    // …and stays a product when it holds results, not progress
    ['results', [[1, 'A', 'Báo cáo', 'Văn phòng Sở', 'Quý I/2026', 'Ban hành 3 văn bản'], [2, 'B', 'Kế hoạch', 'Văn phòng Sở', 'Quý II/2026', 'Tổ chức 2 lớp']], undefined, 'C'],
    // one progress value is not enough to tell
    ['one value', [[1, 'A', 'Báo cáo', 'Văn phòng Sở', 'Quý I/2026', 'Đã hoàn thành'], [2, 'B', 'Kế hoạch', 'Văn phòng Sở', 'Quý II/2026', 'Tổ chức 2 lớp']], undefined, 'C'],
  ])('"Kết quả" beside "Sản phẩm", holding %s: status %s, product %s', (_what, body, status, product) => {
    const g = sheet(['STT', 'Nhiệm vụ', 'Sản phẩm', 'Chủ trì', 'Thời gian thực hiện', 'Kết quả'], body);
    const { report } = checkSheet(g);
    expect(report.columns.status).toBe(status);
    expect(report.columns.product).toBe(product);
    expect(report.columns.deadline).toBe('E');
  });

  test('"Sản phẩm/kết quả thực hiện" stays the product', () => {
    const g = sheet(['STT', 'Nhiệm vụ', 'Sản phẩm/kết quả thực hiện', 'Chủ trì', 'Thời gian thực hiện'], [[1, 'Rà soát', 'Báo cáo', 'Văn phòng Sở', 'Quý I/2026']]);
    const { report } = checkSheet(g);
    expect(report.columns.product).toBe('C');
    expect(report.columns.status).toBeUndefined();
  });

  test('"Tiến độ" beside a deadline column is the status', () => {
    const g = sheet(['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian hoàn thành', 'Tiến độ'], [[1, 'Rà soát', 'Văn phòng Sở', 'Quý I/2026', 'Đang thực hiện']]);
    const { report } = checkSheet(g);
    expect(report.columns).toMatchObject({ deadline: 'D', status: 'E' });
    // …also when "Tiến độ" comes first
    const h = sheet(['STT', 'Nhiệm vụ', 'Chủ trì', 'Tiến độ', 'Thời hạn'], [[1, 'Rà soát', 'Văn phòng Sở', 'Đang thực hiện', 'Quý I/2026']]);
    expect(checkSheet(h).report.columns).toMatchObject({ deadline: 'E', status: 'D' });
  });

  test('"Tiến độ" alone is the deadline when its cells are deadlines, the status when they are progress', () => {
    const header = ['STT', 'Nhiệm vụ', 'Chủ trì', 'Tiến độ'];
    const deadlines = sheet(header, [[1, 'A', 'Văn phòng Sở', 'Quý I/2026'], [2, 'B', 'Văn phòng Sở', 'Quý II/2026'], [3, 'C', 'Văn phòng Sở', 'Đã hoàn thành']]);
    expect(checkSheet(deadlines).report.columns).toMatchObject({ deadline: 'D' });
    const progress = sheet(header, [[1, 'A', 'Văn phòng Sở', 'Đã hoàn thành'], [2, 'B', 'Văn phòng Sở', 'Đang thực hiện'], [3, 'C', 'Văn phòng Sở', 'Quý II/2026']]);
    const { report } = checkSheet(progress);
    expect(report.columns.status).toBe('D');
    expect(report.columns.deadline).toBeUndefined();
    expect(report.issues.map((i) => `${i.code}:${i.code === 'column.missing' ? i.data.role : ''}`)).toContain('column.missing:deadline');
  });

  test('each row reports its status; text that is none is reported; a status merged down covers the activities', () => {
    const g = sheet(
      ['STT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian thực hiện', 'Tình hình thực hiện'],
      [
        [1, 'Rà soát văn bản', 'Văn phòng Sở', 'Quý I/2026', 'Hoàn thành chậm (ngày 10/4/2026)'],
        [2, 'Tập huấn', 'Văn phòng Sở', 'Quý II/2026', 'Đang triển khai'],
        [3, 'Kiểm tra', 'Thanh tra Sở', 'Quý III/2026', 'Sắp xong'],
        [4, 'Tuyên truyền', 'Văn phòng Sở', 'Quý IV/2026', 'Đã hoàn thành'],
        [null, 'Đăng tin trên Cổng', 'Văn phòng Sở', 'Quý IV/2026', null],
        [5, 'Báo cáo', 'Văn phòng Sở', 'Tháng 12/2026', null],
      ],
      ['E7:E8'],
    );
    const { report } = checkSheet(g);
    const byRow = new Map(report.rows.map((r) => [r.row, r]));
    expect(byRow.get(4)?.status).toEqual({ text: 'Hoàn thành chậm (ngày 10/4/2026)', value: 'done', late: true, completed: '2026-04-10' });
    expect(byRow.get(5)?.status).toEqual({ text: 'Đang triển khai', value: 'in-progress' });
    expect(byRow.get(6)?.status).toEqual({ text: 'Sắp xong', value: 'unrecognized' });
    expect(byRow.get(7)?.status?.value).toBe('done');
    expect(byRow.get(8)?.status?.value).toBe('done'); // merged down from row 7
    expect(byRow.get(9)?.status).toBeUndefined();
    expect(byRow.get(4)?.text).toBe('Rà soát văn bản');
    expect(byRow.get(8)?.text).toBe('Đăng tin trên Cổng');
    expect(report.issues.filter((i) => i.code === 'status.unrecognized').map((i) => i.cell)).toEqual(['E6']);
    expect(report.body).toBe('SỞ NỘI VỤ');
  });
});

describe('detectBody: whose plan it is', () => {
  test.each([
    [['Phụ lục', 'CÁC NHIỆM VỤ CCHC NĂM 2024', '(Kèm theo Kế hoạch số 15/KH-SNV ngày 10 tháng 01 năm 2024 của Sở Nội vụ)'], 'Sở Nội vụ'],
    [['CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'], 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI'],
    [
      ['NHIỆM VỤ CCHC NĂM 2024 CỦA SỞ TƯ PHÁP', '(Kèm theo Kế hoạch số    /KH-STP ngày    /01/2024 của Sở Tư pháp)'],
      'Sở Tư pháp',
    ],
    [['(Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 05/01/2025 của Ủy ban nhân dân huyện Gio Linh)'], 'Ủy ban nhân dân huyện Gio Linh'],
    [['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025'], undefined],
    [['Kết quả của năm trước'], undefined],
  ])('%j → %s', (titles, body) => {
    expect(detectBody(titles)).toBe(body);
  });
});
