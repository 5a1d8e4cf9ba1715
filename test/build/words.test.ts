/**
 * The words a clerk reads, checked by kind (issue 10, "Words"), over every strings module:
 *
 * - *lỗi* only where it means the error severity, a failure of the program or the disk, or
 *   Excel's error values (#N/A): never for an issue of any severity, which is *vấn đề*;
 * - every count label says what it counts (*vấn đề* for issues of any severity, the severity's
 *   word for one severity) and writes the count as a clerk writes numbers (12.345);
 * - one tone placement (xóa, hòa, thủy: the placement the unit directories and Excel's vi-VN
 *   words use), never mixed with the new one (xoá);
 * - the pane never names a setting by its JSON spelling ("replace", "extend").
 */
import * as fs from 'fs';
import * as path from 'path';
import { budgetRepairLabel, fixDone, fixLabel, fixPreview, legacyLabel, renumberLabel, severityLabel, toNumberLabel } from '../../src/core/messages';
import type { Edit } from '../../src/core/fix';
import type { Issue } from '../../src/core/issues';
import { C } from '../../src/cli/strings';
import { S } from '../../src/taskpane/strings';
import { literals } from '../helpers/literals';

const SRC = path.join(__dirname, '..', '..', 'src');
const STRING_MODULES = ['core/messages/', 'taskpane/strings.ts', 'cli/strings.ts', 'web/strings.ts', 'xlsx/strings.ts', 'excel/strings.ts', 'layout/strings.ts'];

function sources(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []))
    .sort();
}

/**
 * The lines of layout/strings.ts' `legacyIssueList`: the sheet name and header of issue lists an
 * earlier phuluc wrote (with *lỗi*), kept only to know those files again, never written.
 */
function legacyLines(rel: string, source: string): Set<number> {
  if (rel !== 'layout/strings.ts') return new Set();
  const lines = source.split('\n');
  const start = lines.findIndex((l) => /^\s*legacyIssueList: \{/.test(l));
  const end = lines.findIndex((l, i) => i > start && /^\s*\},/.test(l));
  return new Set(start < 0 || end < 0 ? [] : Array.from({ length: end - start + 1 }, (_, i) => start + 1 + i));
}

const strings = sources(SRC)
  .map((abs) => path.relative(SRC, abs).split(path.sep).join('/'))
  .filter((rel) => STRING_MODULES.some((m) => (m.endsWith('/') ? rel.startsWith(m) : rel === m)))
  .flatMap((rel) => {
    const source = fs.readFileSync(path.join(SRC, rel), 'utf8');
    const legacy = legacyLines(rel, source);
    return literals(rel, source)
      .filter((l) => !legacy.has(l.line))
      .map((l) => ({ where: `${rel}:${l.line}`, text: l.text }));
  });

/** What *lỗi* may mean in a sentence a clerk reads; anything else is an issue called an error. */
const LOI_MEANINGS: readonly [string, RegExp][] = [
  ['the error severity itself', /^Lỗi$/u],
  ['errors counted beside warnings and hints ("3 lỗi, 2 cảnh báo, 5 gợi ý")', /^ lỗi, $/u],
  ['a file with or without errors (the severity)', /^(Có|Không có) lỗi$/u],
  ['the exit codes: 1 when an appendix has errors', /0 không có lỗi; 1 có lỗi trong phụ lục/u],
  ['the highlight colours: red for errors, amber for warnings', /ô có lỗi \(đỏ\) và cảnh báo \(vàng\)|\(đỏ: lỗi, vàng: cảnh báo\)/u],
  ['a failure of the program, the pane or the disk', /lỗi không (mong đợi|lường trước|rõ)|gặp lỗi|xảy ra lỗi|nếu vẫn lỗi|lỗi đọc ghi/u],
  ["Excel's error values (#N/A, #REF!)", /giá trị lỗi/u],
];
const LOI = /lỗi/iu;
const meaningOf = (text: string): string | undefined => LOI_MEANINGS.find(([, re]) => re.test(text))?.[0];

describe('lỗi means a severity, a failure or an Excel error value, never any issue', () => {
  test('the strings modules are read (and some say lỗi); only the earlier list\'s two names are left out', () => {
    expect(strings.length).toBeGreaterThan(500);
    const layout = fs.readFileSync(path.join(SRC, 'layout/strings.ts'), 'utf8');
    const left = literals('layout/strings.ts', layout).filter((l) => legacyLines('layout/strings.ts', layout).has(l.line));
    expect(left.map((l) => l.text).filter((t) => LOI.test(t))).toEqual(['Danh sách lỗi', 'Mã lỗi']);
    expect(strings.filter((s) => LOI.test(s.text)).length).toBeGreaterThan(5);
  });

  test.each(strings.filter((s) => LOI.test(s.text)).map((s) => [s.where, s.text] as const))('%s %j', (_where, text) => {
    expect(meaningOf(text)).toBeDefined();
  });

  // The classifier itself: what issue 10 found, and what it must keep accepting.
  test.each<[string, boolean]>([
    ['Danh sách lỗi', false],
    ['Mã lỗi', false],
    [' lỗi sửa tự động được', false],
    ['Đã sửa 10 lỗi', false],
    ['Lỗi 11', false],
    ['Ô bị lỗi', false],
    ['Lỗi', true],
    [' lỗi, ', true],
    ['Không có lỗi', true],
    ['lỗi không mong đợi khi đọc tệp này (', true],
    ['Ô đang có giá trị lỗi ', true],
    ['Đã tô màu 3 ô (đỏ: lỗi, vàng: cảnh báo).', true],
  ])('the classifier: %j is allowed: %s', (text, allowed) => {
    expect(meaningOf(text) !== undefined).toBe(allowed);
  });
});

/** A count of more than a thousand, so that a raw one shows (12345, not 12.345). */
const N = 12345;
const DOTTED = '12.345';

const gap: Issue = { code: 'stt.gap', severity: 'error', sheet: 'S', row: 9, column: 'stt', cell: 'A9', data: { expected: '2', found: '3' }, suggestion: 2 };
const sets = (count: number): Edit[] =>
  Array.from({ length: count }, (_, i) => ({ kind: 'set', row: i + 1, col: 0, address: `A${i + 1}`, value: i + 1, seen: { value: i } }) as Edit);

/** [label, its text for N, what it counts]. */
const COUNT_LABELS: readonly [string, string, 'issues' | 'errors' | 'warnings' | 'infos' | 'other'][] = [
  ['pane: the tab badge', S.issueCount(N), 'issues'],
  ['pane: the issue list', S.issueListLabel(N), 'issues'],
  ['pane: the counts tiles', S.countsLabel(N), 'issues'],
  ['pane: a tile', S.count(N), 'other'],
  ['pane: the toolbar', S.fixableHint(N), 'issues'],
  ['pane: Sửa tất cả tooltip', S.fixableNow(N), 'issues'],
  ['pane: Sửa tất cả done', S.fixedAll(N, N), 'issues'],
  ['pane: fixed later', S.fixesLater(N), 'issues'],
  ['pane: Sửa tất cả label', S.fixAllLabel(N), 'issues'],
  ['pane: highlighted cells', S.highlighted(N), 'other'],
  ['CLI: fix applied', C.fix.applied(N), 'issues'],
  ['CLI: fix refused', C.fix.refused(N), 'issues'],
  ['CLI: fix left for a person', C.fix.manual(N), 'issues'],
  ['CLI: fix applied, rows deleted', C.fix.appliedBeforeDeletion(N), 'issues'],
  ['CLI: formulas a deletion rewrote', C.fix.formulasRewritten(N, [C.fix.sheetCount('S', N)]), 'other'],
  ['CLI: merges that followed the rows', C.fix.kinds.mergeCells(N), 'other'],
  ['CLI: validations that followed the rows', C.fix.kinds.dataValidations(N), 'other'],
  ['CLI: conditional formats that followed the rows', C.fix.kinds.conditionalFormats(N), 'other'],
  ['CLI: hyperlinks that followed the rows', C.fix.kinds.hyperlinks(N), 'other'],
  ['CLI: defined names a deletion rewrote', C.fix.namesRewritten(N), 'other'],
  ['CLI: the error group', C.text.severityGroup(severityLabel('error'), N), 'errors'],
  ['CLI: the warning group', C.text.severityGroup(severityLabel('warning'), N), 'warnings'],
  ['CLI: the hint group', C.text.severityGroup(severityLabel('info'), N), 'infos'],
  ['CLI: the summary, errors only', C.text.summary(N, 0, 0), 'issues'],
  ['CLI: the summary, warnings only', C.text.summary(0, N, 0), 'issues'],
  ['HTML: a kind of issue', C.html.group('Thiếu thời hạn', N), 'other'],
  ['HTML: a count cell', C.html.count(N), 'other'],
  ['report: a state', C.periodText.state('Hoàn thành đúng hạn', N), 'other'],
  ['engine: renumbering', renumberLabel(N), 'other'],
  ['engine: what renumbering will write', fixPreview({ issue: gap, edits: sets(N) }), 'other'],
];

describe('every count label says what it counts, as a clerk writes numbers', () => {
  test.each(COUNT_LABELS)('%s: %j', (_what, text, counts) => {
    expect(text).toContain(DOTTED);
    expect(text).not.toContain(String(N));
    if (counts === 'issues') {
      expect(text).toMatch(/vấn đề/u);
      // lỗi only in the breakdown by severity ("3 lỗi, 2 cảnh báo, 5 gợi ý").
      expect(text.replace(/[\d.]+ lỗi, [\d.]+ cảnh báo, [\d.]+ gợi ý/u, '')).not.toMatch(/lỗi/iu);
    }
    if (counts === 'errors') expect(text).toMatch(/^Lỗi /u);
    if (counts === 'warnings') expect(text).toMatch(/^Cảnh báo /u);
    if (counts === 'infos') expect(text).toMatch(/^Gợi ý /u);
  });

  test('the CLI summary counts each severity by its word, and all of them as vấn đề', () => {
    expect(C.text.summary(3, 2, 1)).toBe('6 vấn đề: 3 lỗi, 2 cảnh báo, 1 gợi ý');
    expect(C.text.summary(1234, 0, 0)).toBe('1.234 vấn đề: 1.234 lỗi, 0 cảnh báo, 0 gợi ý');
    expect(C.text.summary(0, 0, 0)).toBe('Không có vấn đề nào');
  });
});

const header = { code: 'row.repeated-header', severity: 'warning', sheet: 'S', row: 14, data: {} } as unknown as Issue;
const fragment = { code: 'row.fragment', severity: 'warning', sheet: 'S', row: 24, data: { targetRow: 22 } } as unknown as Issue;
const unit = { code: 'unit.unknown', severity: 'warning', sheet: 'S', row: 6, cell: 'F6', data: { name: 'Văn phỏng Sở' } } as unknown as Issue;
const setF6: Edit = { kind: 'set', row: 6, col: 5, address: 'F6', value: 'Văn phòng Sở', seen: { value: 'Văn phỏng Sở' } };

describe('a fix said once it is done: "Đã" and its label, never "Đã sửa: Sửa"', () => {
  test.each<[string, string, string]>([
    ['renumbering', renumberLabel(1240), 'Đã đánh số lại (1.240 ô).'],
    ['one budget cell', budgetRepairLabel([{ address: 'F12', value: 20500000 }]), 'Đã sửa ô F12 thành 20.500.000.'],
    ['an amount stored as text', toNumberLabel('F12', 20500000), 'Đã chuyển ô F12 thành số 20.500.000.'],
    ['old-font text', legacyLabel('C6', 'V¨n phßng Së', 'Văn phòng Sở'), 'Đã chuyển ô C6 sang Unicode: "V¨n phßng Së" → "Văn phòng Sở".'],
    ['a repeated header', fixLabel(header, []), 'Đã xóa dòng 14 (tiêu đề bảng lặp lại).'],
    ['a page-break fragment', fixLabel(fragment, []), 'Đã nối dòng 24 vào dòng 22 rồi xóa dòng 24.'],
    ['one cell', fixLabel(unit, [setF6]), 'Đã sửa ô F6 thành "Văn phòng Sở".'],
  ])('%s: %j', (_what, label, done) => {
    expect(label).toMatch(/^(Sửa|Xóa|Nối|Đánh số lại|Chuyển) /u);
    expect(fixDone(label)).toBe(done);
  });
});

/** The new tone placement at a syllable's end (xoá, hoà, thuỷ); "quý" is not one. */
const NEW_TONE = /(?<![qQ])[uU][ýỳỷỹỵ](?!\p{L})|[oO][áàảãạ](?!\p{L})/u;

describe('one tone placement', () => {
  test.each(strings.filter((s) => /[À-ỹ]/u.test(s.text)).map((s) => [s.where, s.text] as const))('%s %j', (_where, text) => {
    expect(text).not.toMatch(NEW_TONE);
  });

  test.each<[string, boolean]>([
    ['xoá dòng', true],
    ['hoà', true],
    ['Thuỷ', true],
    ['xóa dòng', false],
    ['Quý I/2026', false],
    ['Hoàn tác', false],
    ['thủy', false],
  ])('the pattern: %j is the new placement: %s', (text, isNew) => {
    expect(NEW_TONE.test(text)).toBe(isNew);
  });
});

/** One word for one thing across the surfaces: [the word used, the variant that must not appear]. */
const ONE_WORD: readonly [string, RegExp][] = [
  ['danh mục có sẵn (the built-in directory)', /sẵn có/iu],
  ['tệp cài đặt (the settings file, as the pane\'s Cài đặt)', /tệp cấu hình/iu],
];

describe('one word for one thing', () => {
  test.each(ONE_WORD)('%s: no literal uses the variant', (_word, variant) => {
    expect(strings.filter((s) => variant.test(s.text))).toEqual([]);
  });
  test.each<[string, number, boolean]>([
    ['thêm vào danh mục sẵn có', 0, true],
    ['Tệp cấu hình a.json: …', 1, true],
    ['thêm vào danh mục có sẵn', 0, false],
    ['Tệp cài đặt a.json: …', 1, false],
  ])('the variants: %j is one: %s', (text, i, found) => {
    expect(ONE_WORD[i]![1].test(text)).toBe(found);
  });
});

describe('the pane names settings in Vietnamese, not by their JSON spelling', () => {
  // Sentences (Vietnamese text); a JSON example's keys ("funding": …) are what the clerk types.
  const sentence = (text: string) => text.replace(/"\w+":(?=\s*["[{\d])/gu, '');
  const JSON_WORDS = /\b(replace|extend|auto|planYear|units|funding|directory)\b/u;
  const pane = strings.filter((s) => s.where.startsWith('taskpane/strings.ts') && /[À-ỹ]/u.test(s.text));
  test.each(pane.map((s) => [s.where, s.text] as const))('%s %j', (_where, text) => {
    expect(sentence(text)).not.toMatch(JSON_WORDS);
  });

  test.each<[string, boolean]>([
    ['Tệp này dùng chế độ "replace": danh mục có sẵn không được dùng.', true],
    ['Chọn "extend" để thêm.', true],
    ['Ví dụ: [{"funding": "Thường xuyên"}]', false],
    ['Thay danh mục có sẵn bằng danh mục dưới đây', false],
  ])('the check: %j names a setting by its JSON spelling: %s', (text, leaks) => {
    expect(JSON_WORDS.test(sentence(text))).toBe(leaks);
  });
});
