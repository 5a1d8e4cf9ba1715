import { parseStatus, STATUS_VALUES } from '../../../src/core/status';

describe('parseStatus: the values clerks write', () => {
  test.each([
    ['Đã hoàn thành', 'done'],
    ['đã hoàn thành', 'done'],
    ['Hoàn thành', 'done'],
    ['HOÀN THÀNH', 'done'],
    ['Da hoan thanh', 'done'],
    ['Đã thực hiện', 'done'],
    ['Đã thực hiện xong', 'done'],
    ['Xong', 'done'],
    ['HT', 'done'],
    ['Hoàn thành 100%', 'done'],
    ['100%', 'done'],
    ['- Đã hoàn thành', 'done'],
    ['Đã ban hành Kế hoạch số 12/KH-SNV', 'done'],
    ['Đang thực hiện', 'in-progress'],
    ['đang triển khai', 'in-progress'],
    ['Đang tiến hành', 'in-progress'],
    ['Chưa hoàn thành', 'in-progress'],
    ['Tiếp tục thực hiện', 'in-progress'],
    ['50%', 'in-progress'],
    // done in part is under way, not done
    ['Hoàn thành 50%', 'in-progress'],
    ['Đã hoàn thành 70% khối lượng', 'in-progress'],
    ['Hoàn thành 99,5%', 'in-progress'],
    ['Hoàn thành một phần', 'in-progress'],
    ['Đã hoàn thành 100% khối lượng', 'done'],
    ['Đã ban hành Kế hoạch số 5/KH-SNV, giải ngân 100%', 'done'],
    ['Đã hoàn thành; tỷ lệ hồ sơ trực tuyến đạt 95%', 'done'],
    ['Hoàn thành đạt 60%', 'in-progress'],
    ['\u00D0ã hoàn thành', 'done'], // Ð (eth) for Đ, as some converters write it
    ['\u00D0ang triển khai', 'in-progress'],
    ['Chưa thực hiện', 'not-started'],
    ['Chưa triển khai', 'not-started'],
    ['chưa bắt đầu', 'not-started'],
    ['Chưa', 'not-started'],
    ['0%', 'not-started'],
    ['Không hoàn thành', 'not-started'],
    ['Chưa đến hạn', 'not-started'],
    ['Chưa đến thời hạn', 'not-started'],
    ['Tạm dừng', 'in-progress'],
    ['Tạm dừng thực hiện theo chỉ đạo', 'in-progress'],
    ['Tạm hoãn', 'in-progress'],
  ])('%j → %s', (text, status) => {
    const r = parseStatus(text);
    expect(r.ok && r.status).toBe(status);
    expect(r.ok && r.canonical).toBe(STATUS_VALUES[status as keyof typeof STATUS_VALUES]);
  });

  test.each([
    ['Hoàn thành chậm', true, undefined],
    ['Đã hoàn thành nhưng chậm tiến độ', true, undefined],
    ['Hoàn thành muộn (ngày 15/4/2026)', true, '2026-04-15'],
    ['Đã hoàn thành, quá hạn', true, undefined],
    ['Hoàn thành đúng hạn', false, undefined],
    ['Đã hoàn thành, không chậm', false, undefined],
    ['Hoàn thành, không trễ hạn', false, undefined],
    ['Đã hoàn thành, không quá hạn', false, undefined],
    ['Hoàn thành không đúng hạn', true, undefined],
    ['Đã hoàn thành, không đúng tiến độ', true, undefined],
    ['Đã hoàn thành ngày 20/03/2026', undefined, '2026-03-20'],
    ['Đã hoàn thành (31/3/2026)', undefined, '2026-03-31'],
    ['Đã hoàn thành ngày 31/02/2026', undefined, undefined], // no such day: no date, still done
  ])('%j: late %s, completed %s', (text, late, completed) => {
    const r = parseStatus(text);
    expect(r.ok && r.status).toBe('done');
    if (!r.ok) return;
    expect(r.late).toBe(late);
    expect(r.completed).toBe(completed);
  });

  test('a real date in the cell is the day the task was finished', () => {
    const r = parseStatus(new Date(Date.UTC(2026, 2, 20)));
    expect(r).toEqual({ ok: true, status: 'done', canonical: 'Đã hoàn thành', completed: '2026-03-20' });
  });

  test.each(['', '   ', '-', '...', '…'])('%j is blank', (text) => {
    expect(parseStatus(text)).toMatchObject({ ok: false, reason: 'empty' });
  });

  test.each(['Sắp xong', 'Quý I/2026', 'Thường xuyên', 'Văn phòng Sở', '150%', 'Hoàn', 'Hoàn thiện hồ sơ', 'Đạt'])('%j is not a status', (text) => {
    expect(parseStatus(text)).toMatchObject({ ok: false, reason: 'unrecognized' });
  });
});
