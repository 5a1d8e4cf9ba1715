/**
 * A standard task skipped (or written without a partner) for want of a unit names the list the
 * unit was looked for in (issue 11): with Cài đặt / `--config` units in `replace` mode, the
 * user's own list, not the built-in directory it replaced. Expectations worked by hand from the
 * library's roles (src/core/units/directories/roles.ts).
 */
import type { DirectoryEntry } from '../../src/core/config';
import { missingUnitsMessage } from '../../src/core/messages';
import { BUILT_IN_DIRECTORIES } from '../../src/core/units';
import { newAppendix } from '../../src/layout';
import { fillTemplate, parseUserTemplates, unitsListOf, type TaskTemplate, type UnitsOf } from '../../src/templates';

const SO = BUILT_IN_DIRECTORIES['so-2025'].name;
const XA = BUILT_IN_DIRECTORIES['xa-2025'].name;

function template(lead: string, partners: string): TaskTemplate {
  const r = parseUserTemplates([{ id: 'rieng', area: 'CẢI CÁCH THỂ CHẾ', task: 'Tiếp công dân định kỳ', product: 'Sổ', lead, partners, deadline: 'Thường xuyên', funding: 'Thường xuyên' }]);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value[0]!;
}

const OFFICE_ONLY: DirectoryEntry[] = [{ name: 'Văn phòng Sở', aliases: [] }];
const WITH_ROLE: DirectoryEntry[] = [{ name: 'Phòng Thanh tra - Pháp chế', aliases: [], roles: ['thanh tra'] }];

describe('unitsListOf: the list in effect', () => {
  test.each<[string, UnitsOf, string]>([
    ['no own units', { directory: 'so-2025' }, 'directory'],
    ['own units, replace', { directory: 'so-2025', own: { units: OFFICE_ONLY, mode: 'replace' } }, 'own'],
    ['own units, no mode (replace, as the check reads a list)', { directory: 'so-2025', own: { units: OFFICE_ONLY } }, 'own'],
    ['own units, extend', { directory: 'so-2025', own: { units: OFFICE_ONLY, mode: 'extend' } }, 'own-and-directory'],
    ['an empty own list, replace', { directory: 'xa-2025', local: 'xã', own: { units: [], mode: 'replace' } }, 'own'],
    ['own with a mode but no units', { directory: 'so-2025', own: { mode: 'replace' } }, 'directory'],
  ])('%s: %s', (_what, units, kind) => {
    expect(unitsListOf(units, SO)).toEqual({ kind, directory: SO });
  });
});

describe('missingUnitsMessage names the list in effect', () => {
  test.each<[string, UnitsOf, string, string, string]>([
    // what, units, lead, partners, the message
    [
      'replace: the built-in lead the list lacks',
      { directory: 'so-2025', own: { units: OFFICE_ONLY, mode: 'replace' } },
      '{tài chính}',
      '{văn phòng}',
      `Bỏ qua nhiệm vụ mẫu "Tiếp công dân định kỳ": danh sách đơn vị riêng trong cài đặt (dùng thay danh mục "${SO}") không có đơn vị chủ trì "tài chính". Hãy thêm đơn vị đảm nhận việc này vào danh sách đơn vị riêng, với vai trò "tài chính".`,
    ],
    [
      'replace: a partner the list lacks, the task written',
      { directory: 'so-2025', own: { units: OFFICE_ONLY, mode: 'replace' } },
      '{văn phòng}',
      '{các đơn vị}',
      `Nhiệm vụ mẫu "Tiếp công dân định kỳ" được ghi không có đơn vị phối hợp "các đơn vị": danh sách đơn vị riêng trong cài đặt (dùng thay danh mục "${SO}") không có đơn vị này. Hãy thêm đơn vị đảm nhận việc này vào danh sách đơn vị riêng, với vai trò "các đơn vị".`,
    ],
    [
      'replace, a commune: the role the directory has none for is the list\'s to add',
      { directory: 'xa-2025', local: 'xã', own: { units: [{ name: 'Văn phòng HĐND và UBND xã', aliases: [] }], mode: 'replace' } },
      '{thanh tra}',
      '',
      `Bỏ qua nhiệm vụ mẫu "Tiếp công dân định kỳ": danh sách đơn vị riêng trong cài đặt (dùng thay danh mục "${XA}") không có đơn vị chủ trì "thanh tra". Hãy thêm đơn vị đảm nhận việc này vào danh sách đơn vị riêng, với vai trò "thanh tra".`,
    ],
    [
      'extend: neither the directory nor the list',
      { directory: 'xa-2025', local: 'xã', own: { units: OFFICE_ONLY, mode: 'extend' } },
      '{thanh tra}',
      '{văn phòng}',
      `Bỏ qua nhiệm vụ mẫu "Tiếp công dân định kỳ": cả danh mục "${XA}" lẫn danh sách đơn vị riêng trong cài đặt không có đơn vị chủ trì "thanh tra". Hãy thêm đơn vị đảm nhận việc này vào danh sách đơn vị riêng, với vai trò "thanh tra".`,
    ],
    [
      'no own list: the directory, with nothing to add',
      { directory: 'xa-2025', local: 'phường' },
      '{thanh tra}',
      '{văn phòng}',
      `Bỏ qua nhiệm vụ mẫu "Tiếp công dân định kỳ": danh mục "${XA}" không có đơn vị chủ trì "thanh tra".`,
    ],
  ])('%s', (_what, units, lead, partners, message) => {
    const f = fillTemplate(template(lead, partners), 2027, units);
    expect(f.missing.length).toBeGreaterThan(0);
    const name = BUILT_IN_DIRECTORIES[units.directory].name;
    expect(missingUnitsMessage(f.task, f.missing, f.lead !== '', unitsListOf(units, name))).toBe(message);
  });

  // nothing missing: no message is made (the list has the unit, by name or by role)
  test.each<[string, UnitsOf, string]>([
    ['replace: the list names the built-in unit', { directory: 'so-2025', own: { units: OFFICE_ONLY, mode: 'replace' } }, '{văn phòng}'],
    ['replace: the list gives the role', { directory: 'xa-2025', local: 'xã', own: { units: WITH_ROLE, mode: 'replace' } }, '{thanh tra}'],
    ['extend: the directory has it', { directory: 'so-2025', own: { units: OFFICE_ONLY, mode: 'extend' } }, '{tài chính}'],
  ])('%s: nothing missing', (_what, units, lead) => {
    expect(fillTemplate(template(lead, ''), 2027, units).missing).toEqual([]);
  });
});

describe('newAppendix says which list', () => {
  test.each<[string, NonNullable<Parameters<typeof newAppendix>[0]['config']>, string]>([
    ['replace', { units: OFFICE_ONLY, mode: 'replace' }, 'own'],
    ['extend', { units: OFFICE_ONLY, mode: 'extend' }, 'own-and-directory'],
    ['no units', { mode: 'replace' }, 'directory'],
  ])('%s: %s', (_what, config, kind) => {
    const made = newAppendix({ year: 2027, body: 'Sở Nội vụ', templates: [template('{tài chính}', '')], config });
    expect(made.unitsList).toEqual({ kind, directory: SO });
    expect(made.incomplete.length).toBe(kind === 'own' ? 1 : 0);
  });
});
