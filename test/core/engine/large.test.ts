/**
 * A sheet with more issues than a call's arguments may hold: about 125,000 spread into one
 * push() overflowed the stack. Every array the engine gathers grows by loops.
 */
import { checkSheet, renumber } from '../../../src/core';
import type { Cell, Grid } from '../../../src/core';
import { renderJson } from '../../../src/cli/report/json';
import { renderText } from '../../../src/cli/report/text';
import { renderMessage } from '../../../src/core';

function faultySheet(rows: number): Grid {
  const grid: (Cell | undefined)[][] = [
    [{ value: 'CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026 CỦA SỞ NỘI VỤ' }],
    [{ value: 'STT' }, { value: 'Nhiệm vụ' }, { value: 'Chủ trì' }, { value: 'Phối hợp' }, { value: 'Thời gian thực hiện' }],
  ];
  // every task: an impossible quarter (an error) and no lead unit (an error)
  for (let i = 1; i <= rows; i++) grid.push([{ value: i }, { value: `Nhiệm vụ ${i}` }, undefined, { value: 'Văn phòng Sở' }, { value: 'Quý V/2026' }]);
  return { name: 'Phụ lục', rows: grid, merges: [] };
}

test('130,000 issues in one sheet: reported, sorted and rendered without overflowing the stack', () => {
  const grid = faultySheet(65_000);
  const { report, fixes } = checkSheet(grid);
  expect(report.issues.length).toBeGreaterThanOrEqual(130_000);
  expect(report.issues.filter((i) => i.code === 'deadline.invalid')).toHaveLength(65_000);
  expect(report.issues.filter((i) => i.code === 'lead.missing')).toHaveLength(65_000);
  expect(Array.isArray(fixes)).toBe(true);
  expect(renumber(grid)).toEqual([]);
  const summary = { errors: report.issues.length, warnings: 0, infos: 0 };
  const file = { file: 'lon.xlsx', sheets: [report], summary };
  expect(renderJson([file], [], renderMessage, false).length).toBeGreaterThan(1_000_000);
  expect(renderText([file], [], renderMessage).split('\n').length).toBeGreaterThan(130_000);
}, 120_000);
