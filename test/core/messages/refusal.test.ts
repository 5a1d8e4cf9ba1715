import { renderRefusal } from '../../../src/core';

test.each([
  [{ reason: 'keeps-issue' as const }, /^Không tự sửa được: .*sửa tay\.$/],
  [{ reason: 'creates-issues' as const, issues: [{ code: 'unit.unknown' as const, cell: 'G21' }] }, /gây vấn đề mới \(.* ở ô G21\)/],
  [{ reason: 'text-over-date' as const, cells: ['H13', 'H14'] }, /ngày tháng thật ở ô H13, H14/],
  [{ reason: 'value-over-formula' as const, cells: ['A56', 'A57'] }, /ô A56, A57 chứa công thức; phuluc không ghi đè công thức/],
])('%j is explained in Vietnamese', (refusal, text) => {
  expect(renderRefusal(refusal)).toMatch(text);
});
