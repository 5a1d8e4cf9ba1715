import type { TaskRole } from '../issues';
import type { RowKind } from '../report';
import { fold, isBlankStandIn } from '../text';
import { budgetHeaderAt, isColumnNumberRow } from './find';
import { headerKey, taskRoleOf } from './headers';
import { romanToInt, sectionNumeral, sttParts } from './numerals';
import type { SheetView } from './sheet';
import type { TaskTable } from './types';

/** The report's row kinds that a task table uses (derived, so the two cannot drift apart). */
export type TaskRowKind = Extract<
  RowKind,
  'section' | 'group' | 'task' | 'continuation' | 'repeated-header' | 'fragment' | 'blank' | 'after'
>;

/** One classified row of a task table (0-based row index). */
export interface TaskRow {
  r: number;
  kind: TaskRowKind;
  /** The STT as written (tasks, groups, sub-items). */
  stt?: string;
  /** Numeric parts of the STT: [3] or [3, 1]. */
  sttParts?: number[];
  /** Section rows: the numeral ("II"), "Nội dung 3", or a letter part ("A"). */
  numeral?: string;
  /** Section rows: 'roman' | 'content' (Nội dung N) | 'arabic' (1 | TITLE) | 'part' (A, B) | 'plain' (no number). */
  numbering?: 'roman' | 'content' | 'arabic' | 'part' | 'plain';
  /** Section rows: the title text and the column it sits in. */
  title?: string;
  titleCol?: number;
  /** Index into the section list, for rows inside a section. */
  section?: number;
  /** Fragments: the row whose cut-off tail this is. */
  targetRow?: number;
  /**
   * Blank rows, and empty rows after the table, come in runs: one record for a run of rows of one
   * kind, `r` its first row and `last` its last (0-based; absent for a run of one row). A million
   * empty rows above a note on the sheet's last row are one record, not a million.
   */
  last?: number;
}

// What ends a task table: the amount in words, "Nơi nhận:", a signature title, notes, "Lưu: VT".
// Signature titles must be the whole cell: "Giám đốc Sở chủ trì họp ..." is a task's activity.
const SIGNATURE =
  /^((kt|tm|q|ktl|tuq|tl)\s)?(giam doc|pho giam doc|thu truong|chanh van phong|pho chanh van phong|truong phong|nguoi lap( bieu)?|ke toan( truong)?|chu tich|pho chu tich|nguoi ky)( (giam doc|pho giam doc|thu truong|chanh van phong|truong phong|chu tich|pho chu tich))?( so)?$/;
/** On behalf of a collective body: "TM. ỦY BAN NHÂN DÂN", "TM. UBND XÃ", "KT. CHỦ TỊCH" is above. */
const ON_BEHALF = /^(tm|t\/m|kt|tl|tuq)\s(uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|ban thuong vu|dang uy|ban chi dao|so)(\s[a-z ]{0,30})?$/;
/** "Ghi chú:" and "Lưu:" end a table only with their colon: "Lưu trữ hồ sơ" is a task. */
const LABEL_AFTER = /^[\s(*-]*(nơi nhận|ghi chú|lưu)\s*:/iu;
// "Nội dung 3: TITLE", "Phần I. TITLE", or "PHẦN III" alone with its title in the next cell.
const CONTENT_SECTION = /^(nội dung|phần|lĩnh vực|mục)\s+(\d{1,2}|[ivx]{1,5})\s*(?:[:.\-–]\s*\S|[:.\-–]?$)/u;
// "II. TITLE", "II - TITLE" or "VII TITLE" in one cell.
const ROMAN_TITLE = /^([IVX]{1,5})(\s*[.:\-–)]\s*|\s+)(\S.*)$/s;
// "1. CẢI CÁCH THỂ CHẾ", "2 - CẢI CÁCH THỦ TỤC HÀNH CHÍNH" or "2 CẢI CÁCH …" in one cell.
const ARABIC_TITLE = /^(\d{1,2})(\s*[.:\-–)]\s*|\s+)(\S.*)$/s;
const SUB_ITEM = /^([-+*•·–]|[a-zđ][.)]?)$/;
const PART = /^([A-DĐE])\s*[.)]?$/;

/** A cheap pre-check before folding: the words that end a table start with these letters. */
function mayEndTable(text: string): boolean {
  return text.length < 400 && /^[\s(*-]*[bBnNgGkKtTpPlLsSqQcC]/.test(text);
}

/** The first cell of a row that closes the table (notes, signature). Call after mayEndTable in hot loops. */
export function endsTable(text: string, cells: number): boolean {
  if (cells > 3) return false;
  if (LABEL_AFTER.test(text.normalize('NFC'))) return true;
  const f = fold(text);
  if (f.startsWith('bang chu') || f.startsWith('so tien bang chu') || f === 'noi nhan' || f === 'ghi chu') return true;
  return f.length <= 60 && (SIGNATURE.test(f) || ON_BEHALF.test(f));
}

// "Tổng cộng …", "Tổng số …", or "Cộng" / "Tổng" alone ("Công khai …" is a task: folded it reads "cong khai").
const TOTAL = /^(tong cong|tong so)( |$)|^(cong|tong)( (muc|phan) \w+| [ivx\d]+)?$/;
const STARTS_LOWER = /^\s*\p{Ll}/u;

function startsLower(text: string): boolean {
  return STARTS_LOWER.test(text);
}

function isUpperTitle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 6 && letters === letters.toUpperCase();
}

/**
 * Classifies every row under a task table's header. A pure function of the view and the table;
 * checks run over its result.
 */
export function classifyTaskRows(view: SheetView, table: TaskTable): TaskRow[] {
  const cols = table.columns;
  // Without an STT column (-1 reads as blank) every row with its own lead or deadline is a task.
  const sttCol = cols.stt ?? -1;
  const noStt = cols.stt === undefined;
  const headerRow = table.headerRows[0]!;
  const headerKeys = new Map<number, string>();
  for (const hr of table.headerRows) {
    for (const { col, text } of view.rowTexts(hr)) headerKeys.set(col, headerKey(text));
  }
  const roleByCol = new Map<number, TaskRole>();
  for (const [role, col] of Object.entries(cols) as [TaskRole, number][]) roleByCol.set(col, role);

  const rows: TaskRow[] = [];
  let after = false;
  let section = -1;
  let lastData: number | undefined; // the last task/continuation/group row, for fragments
  let seenTaskInSection = false;
  let headings: Heading[] | undefined;
  // Rows are built without spreads: this loop runs once per row of sheets with 100,000 rows.
  // Every row gets the same shape (unused fields undefined) so later passes stay monomorphic.
  const add = (r: number, kind: TaskRowKind, stt?: string, parts?: number[] | null): TaskRow => {
    if (kind === 'blank' || (kind === 'after' && view.rowTexts(r).length === 0)) {
      // A blank row, or an empty one after the table, extends the run of its kind just above
      // (see TaskRow.last); rows after the table that hold text keep a record of their own.
      const prev = rows[rows.length - 1];
      if (prev && prev.kind === kind && (prev.last ?? prev.r) === r - 1) {
        prev.last = r;
        return prev;
      }
    }
    const inSection = section >= 0 && kind !== 'after' && kind !== 'blank' && kind !== 'repeated-header';
    const row: TaskRow = {
      r,
      kind,
      stt,
      sttParts: parts ?? undefined,
      numeral: undefined,
      numbering: undefined,
      title: undefined,
      titleCol: undefined,
      section: inSection ? section : undefined,
      targetRow: undefined,
      last: undefined,
    };
    rows.push(row);
    return row;
  };

  for (let r = table.firstDataRow; r < view.height; r++) {
    if (after) {
      add(r, 'after');
      continue;
    }
    const sttText = view.text(r, sttCol);
    const parts = sttText ? sttParts(sttText) : null;

    if (parts) {
      // The common case first, without listing the row's cells: a numbered task (or the
      // column-number row under a header, whose next cell is a small number too).
      if (parts.length === 1 && /^\(?\d{1,2}\)?$/.test(view.text(r, sttCol + 1)) && isColumnNumberRow(view, r)) {
        add(r, 'repeated-header');
      } else {
        add(r, 'task', sttText, parts);
        lastData = r;
        seenTaskInSection = true;
        // "1 | CẢI CÁCH THỂ CHẾ" with no lead or deadline: maybe a numbered section (decided below).
        if (parts.length === 1 && (cols.lead === undefined || view.text(r, cols.lead) === '') && isHeadingOnly(view, r, cols)) {
          const texts = view.rowTexts(r);
          const t = textAfter(texts, sttCol);
          // upper case, or sentence case ("3. | Cải cách chế độ công vụ") when its tasks say so (3.1 …)
          if (texts.length === 2 && t && (isUpperTitle(t.text) || startsUpper(t.text))) {
            (headings ??= []).push({ index: rows.length - 1, title: t.text, titleCol: t.col, upper: isUpperTitle(t.text) });
          }
        }
      }
      continue;
    }

    const texts = view.rowTexts(r);
    if (texts.length === 0 || texts.every((t) => isBlankStandIn(t.text))) {
      // Empty, or only stand-ins for empty ("-", "...") in every cell.
      add(r, 'blank');
      continue;
    }
    const first = texts[0]!;

    // A budget table below the tasks (the second appendix pasted into the same sheet) ends them.
    if (sttText !== '' && sttText.length <= 40 && budgetHeaderAt(view, r)) {
      after = true;
      add(r, 'after');
      continue;
    }
    // Page-break debris: the header again. It carries the header's own text in the STT column.
    const lead = noStt ? first.text : sttText;
    if (r !== headerRow && lead !== '' && lead.length <= 40 && isRepeatedHeader(texts, headerKeys, roleByCol)) {
      add(r, 'repeated-header');
      continue;
    }
    // The column numbers again at a page break: "(1) (2) (3)" or "A B 1 2 3".
    if (first.text.length <= 4 && texts.length >= 3 && isColumnNumberRow(view, r, texts)) {
      add(r, 'repeated-header');
      continue;
    }
    if (mayEndTable(first.text) && endsTable(first.text, texts.length)) {
      after = true;
      add(r, 'after');
      continue;
    }

    if (first.text.length <= 40 && /^[\s(*]*[tTcC]/.test(first.text) && TOTAL.test(fold(first.text))) {
      // "Tổng cộng" / "Cộng" with the funding summed: a total, not a task; no checks apply.
      add(r, 'group').title = first.text;
      continue;
    }
    const heading = isHeadingOnly(view, r, cols);
    const found = sectionOf(view, r, texts, sttCol, sttText, heading);
    if (found) {
      section++;
      seenTaskInSection = false;
      Object.assign(add(r, 'section'), found);
      continue;
    }

    if (sttText && SUB_ITEM.test(sttText.toLowerCase())) {
      add(r, 'continuation', sttText);
      lastData = r;
      continue;
    }
    if (heading && texts.length <= 2) {
      // "1. CẢI CÁCH THỂ CHẾ" in one cell: a numbered section, or a group heading (decided below).
      // Upper case with or without punctuation; sentence case ("2. Cải cách thể chế") after a full
      // stop or dash, a section only when its tasks say so (2.1, 2.2 …).
      const at = ARABIC_TITLE.exec(first.text);
      const upper = at !== null && isUpperTitle(at[3]!);
      if (at && (upper || (at[2]!.trim() !== '' && startsUpper(at[3]!))) && (first.col === sttCol || !sttText)) {
        const g = add(r, 'group', at[1]!, [Number(at[1])]);
        g.title = at[3]!.trim();
        g.titleCol = first.col;
        (headings ??= []).push({ index: rows.length - 1, title: g.title, titleCol: first.col, oneCell: true, upper });
        continue;
      }
    }
    if (sttText && heading && texts.length <= 2) {
      // A heading we cannot read as a section ("1. Cải cách thể chế", "Nhóm 1"): no lead, no
      // deadline, so not a task; no checks apply.
      const g = add(r, 'group');
      g.title = texts.length > 1 ? texts[1]!.text : first.text;
      continue;
    }
    if (sttText) {
      // A number we cannot read (e.g. "1a"): a task whose numbering we leave alone.
      add(r, 'task', sttText);
      lastData = r;
      seenTaskInSection = true;
      continue;
    }

    // STT blank from here on.
    if (!noStt && view.coveredFromAbove(r, sttCol)) {
      add(r, 'continuation');
      lastData = r;
      continue;
    }
    if (lastData !== undefined && isFragment(view, r, texts, cols)) {
      add(r, 'fragment').targetRow = lastData;
      continue;
    }
    const hasOwnObjective = cols.objective !== undefined && view.text(r, cols.objective) !== '';
    const looksLikeTask =
      (cols.lead !== undefined && view.seenText(r, cols.lead) !== '') ||
      (cols.deadline !== undefined && view.seenText(r, cols.deadline) !== '');
    if (looksLikeTask && (hasOwnObjective || !seenTaskInSection || noStt)) {
      // A new task (own objective, or first in its section) without its number.
      add(r, 'task');
      lastData = r;
      seenTaskInSection = true;
      continue;
    }
    if (!looksLikeTask && texts.length === 1 && !seenTaskInSection) {
      // An unnumbered heading inside a section ("Nhiệm vụ trọng tâm"): no checks apply.
      add(r, 'group').title = first.text;
      continue;
    }
    add(r, 'continuation');
    lastData = r;
  }
  if (headings) numberedSections(rows, headings);
  markGroups(rows);
  return rows;
}

function isRepeatedHeader(
  texts: { col: number; text: string }[],
  headerKeys: Map<number, string>,
  roleByCol: Map<number, TaskRole>,
): boolean {
  if (texts.length < 2) return false;
  let same = 0;
  for (const { col, text } of texts) {
    if (text.length > 120) continue; // header cells are short; skip folding long task text
    const key = headerKey(text);
    if (headerKeys.get(col) === key || (roleByCol.has(col) && taskRoleOf(text) === roleByCol.get(col))) same++;
  }
  return same >= 2 && same >= texts.length * 0.6;
}

function sectionOf(
  view: SheetView,
  r: number,
  texts: { col: number; text: string }[],
  sttCol: number,
  sttText: string,
  heading: boolean,
): Omit<TaskRow, 'r' | 'kind'> | null {
  const numeral = sttText ? sectionNumeral(sttText) : null;
  if (numeral) {
    const t = textAfter(texts, sttCol);
    return { numeral, numbering: 'roman', title: t?.text ?? '', titleCol: t?.col ?? sttCol };
  }
  const first = texts[0]!;
  // Lower-casing a long task text is not free: only texts starting like "Nội dung", "Phần", … qualify.
  const m = /^\s*[nNpPlLmM]/.test(first.text) ? CONTENT_SECTION.exec(first.text.normalize('NFC').toLowerCase()) : null;
  if (m && texts.length <= 2) {
    const n = /^\d+$/.test(m[2]!) ? m[2]! : String(romanToInt(m[2]!.toUpperCase()) ?? m[2]);
    const numeral = `${capitalise(m[1]!)} ${n}`;
    const own = first.text.replace(/^[^:.\-–]*[:.\-–]\s*/, '');
    // The title in the same cell, or alone in the next one ("PHẦN III | CẢI CÁCH ...").
    if (own !== first.text && own.trim()) return { numeral, numbering: 'content', title: own, titleCol: first.col };
    const t = textAfter(texts, first.col);
    if (t || heading) return { numeral, numbering: 'content', title: t?.text ?? '', titleCol: t?.col ?? first.col };
  }
  const rt = ROMAN_TITLE.exec(first.text);
  if (rt && romanToInt(rt[1]!) !== null && texts.length <= 2) {
    // Upper case, or (after a full stop or dash) a heading-only row in title case: "II. Cải cách thể chế".
    const punctuated = rt[2]!.trim() !== '';
    if (isUpperTitle(rt[3]!) || (punctuated && heading && startsUpper(rt[3]!))) {
      return { numeral: rt[1]!, numbering: 'roman', title: rt[3]!.trim(), titleCol: first.col };
    }
  }
  if (sttText && PART.test(sttText)) {
    const t = textAfter(texts, sttCol);
    if (t && (isUpperTitle(t.text) || heading)) {
      return { numeral: sttText.replace(/[.)]/g, '').trim(), numbering: 'part', title: t.text, titleCol: t.col };
    }
  }
  // An unnumbered, upper-case title across the table.
  if (!sttText && texts.length === 1 && isUpperTitle(first.text) && view.wideMergeAt(r, first.col)) {
    return { numbering: 'plain', title: first.text, titleCol: first.col };
  }
  return null;
}

/** No lead, partner, deadline or funding of its own: a heading, not a task. */
function isHeadingOnly(view: SheetView, r: number, cols: TaskTable['columns']): boolean {
  return (
    (cols.lead === undefined || view.text(r, cols.lead) === '') &&
    (cols.partners === undefined || view.text(r, cols.partners) === '') &&
    (cols.deadline === undefined || view.text(r, cols.deadline) === '') &&
    (cols.funding === undefined || view.text(r, cols.funding) === '')
  );
}

function startsUpper(text: string): boolean {
  return /^\p{Lu}/u.test(text.trim());
}

function textAfter(texts: { col: number; text: string }[], col: number): { col: number; text: string } | undefined {
  for (const t of texts) if (t.col > col) return t;
  return undefined;
}

function capitalise(folded: string): string {
  return folded.charAt(0).toUpperCase() + folded.slice(1);
}

/**
 * The tail of a row cut by a page break: STT blank, and either its lead and deadline are blank
 * (funding too, where there is a column) or most of its text starts mid-sentence (lower case).
 */
function isFragment(
  view: SheetView,
  r: number,
  texts: { col: number; text: string }[],
  cols: TaskTable['columns'],
): boolean {
  let lower = 0;
  for (const t of texts) if (startsLower(t.text)) lower++;
  if (lower === texts.length) return true;
  const noLead = isBlankAt(view, r, cols.lead);
  if (noLead && lower * 2 >= texts.length) return true;
  return noLead && isBlankAt(view, r, cols.deadline) && isBlankAt(view, r, cols.funding) && (cols.lead !== undefined || cols.deadline !== undefined);
}

function isBlankAt(view: SheetView, r: number, col: number | undefined): boolean {
  return col === undefined || view.seenText(r, col) === '';
}

/**
 * Numbered upper-case headings without lead or deadline ("1 | CẢI CÁCH THỂ CHẾ", or "1. CẢI CÁCH
 * THỂ CHẾ" in one cell) are sections when the tasks under them are numbered 1, 2 … of their own,
 * or 1.1, 1.2 … after them, unless plain numbered tasks came before them in the same section (then
 * "3 | HỘI NGHỊ" over 3.1, 3.2 is a group of tasks). Section indexes are then counted again.
 */
/** A numbered heading that may be a section: `upper` when its title is in capitals. */
interface Heading {
  index: number;
  title: string;
  titleCol: number;
  oneCell?: boolean;
  upper: boolean;
}

function numberedSections(rows: TaskRow[], headings: Heading[]): void {
  let changed = false;
  const isHeading = new Set(headings.map((h) => h.index));
  // Headings over dotted tasks of another number (5 | … over 3.1, 3.2): a section whose number, or
  // whose tasks' numbers, were mistyped, when the sheet's other headings are sections.
  const mistyped: typeof headings = [];
  const makeSection = (h: (typeof headings)[number]) => {
    const row = rows[h.index]!;
    row.kind = 'section';
    row.numeral = String(row.sttParts![0]);
    row.numbering = 'arabic';
    row.title = h.title;
    row.titleCol = h.titleCol;
    changed = true;
  };
  // Sentence-case headings are sections only where none of them has plain numbered tasks (3, 4)
  // under it: "2. | Cải cách thủ tục hành chính" over 2.1, 2.2 then "03 | Số hóa hồ sơ" is a group.
  let lowerAmongTasks = false;
  for (let x = 0; x < headings.length && !lowerAmongTasks; x++) {
    const h = headings[x]!;
    if (h.upper) continue;
    const end = x + 1 < headings.length ? headings[x + 1]!.index : rows.length;
    for (let j = h.index + 1; j < end; j++) {
      const k = rows[j]!;
      if (k.kind === 'section' || k.kind === 'after') break;
      if (k.kind === 'task' && k.sttParts?.length === 1) {
        lowerAmongTasks = true;
        break;
      }
    }
  }
  for (const h of headings) {
    const row = rows[h.index]!;
    let next: TaskRow | undefined;
    for (let j = h.index + 1; j < rows.length && !next; j++) {
      const k = rows[j]!.kind;
      if (k === 'section' || k === 'after') break;
      if ((k === 'task' || k === 'group') && rows[j]!.sttParts) next = rows[j];
    }
    // plain numbered tasks before it in its section: then it is a heading among tasks, not a section
    let plainBefore = false;
    for (let j = h.index - 1; j >= 0 && !plainBefore; j--) {
      const prev = rows[j]!;
      if (prev.kind === 'section') break;
      if ((prev.kind === 'task' || prev.kind === 'group') && prev.sttParts?.length === 1 && !isHeading.has(j)) plainBefore = true;
    }
    if (!h.upper && (lowerAmongTasks || !(next && next.sttParts!.length > 1 && next.sttParts![0] === row.sttParts![0] && !plainBefore))) {
      // a sentence-case heading not over its own dotted tasks: a heading or a task, as before
      if (h.oneCell) {
        row.stt = undefined;
        row.sttParts = undefined;
      }
      continue;
    }
    if (next && next.sttParts!.length > 1) {
      // 1.1 after 1: a section when it opens its own run of tasks (else "3 | HỘI NGHỊ" over 3.1, 3.2 is a group)
      if (plainBefore) continue;
      if (next.sttParts![0] !== row.sttParts![0]) {
        mistyped.push(h);
        continue;
      }
    } else if (h.oneCell && plainBefore && next?.sttParts![0] !== 1) {
      // "1. NHIỆM VỤ THƯỜNG XUYÊN" between tasks 2 and 3: a heading outside the count, which goes on
      row.stt = undefined;
      row.sttParts = undefined;
      continue;
    }
    makeSection(h);
  }
  if (!changed) return;
  for (const h of mistyped) makeSection(h);
  let section = -1;
  for (const row of rows) {
    if (row.kind === 'section') section++;
    if (section >= 0 && row.kind !== 'after' && row.kind !== 'blank' && row.kind !== 'repeated-header') row.section = section;
  }
}

/** A numbered task whose next numbered rows are its sub-tasks (3 → 3.1, 3.2) is a group. */
function markGroups(rows: TaskRow[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.kind !== 'task' || row.sttParts?.length !== 1) continue;
    for (let j = i + 1; j < rows.length; j++) {
      const next = rows[j]!;
      if (next.kind === 'section') break;
      if (next.kind !== 'task') continue;
      if (next.sttParts && next.sttParts.length > 1 && next.sttParts[0] === row.sttParts[0]) row.kind = 'group';
      break;
    }
  }
}
