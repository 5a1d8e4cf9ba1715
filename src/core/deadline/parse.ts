/**
 * Reads the deadline cell of a task row (Thời gian thực hiện). A cell holds one or more lines, each
 * one or more clauses ("Quý I/2024 Định kỳ"), optionally after a bullet and a label
 * ("- Tổng kết trước ngày 20/4/2020."). Never throws: what is not understood is a result.
 */
import { formatDate, serialToDate } from '../grid';
import { EXCEL_SERIAL_MAX, EXCEL_SERIAL_MIN, isoDate } from './calendar';
import { scanClause, uniq, type Item, type Line } from './clauses';
import { cleanLines, fold } from './fold';
import type { DeadlineInput, DeadlineOk, DeadlineResult } from './types';

type LineResult =
  | { ok: true; canonical: string; items: Item[] }
  | { ok: false; invalid: Extract<DeadlineResult, { reason: 'invalid' }>['invalid']; years: number[] };

const BULLET = /^[-+*\u2022\u00b7] ?/;
// Between clauses: spaces, punctuation, "và", "hoặc".
const SEP = /(?:[ ,;&+()\-.:]|va(?![a-z0-9])|hoac(?![a-z0-9]))+/y;
// Where a clause may follow a label: "Tổng kết trước ngày ...", "Báo cáo quý I/2024".
const LABELLED_CLAUSE = /[ (:,](?=(?:truoc|cham nhat|han chot|khong muon hon|den het|den|qu[iy]|thang|trong qu|vao qu|trong thang|vao thang)(?![a-z]))/g;
const LABEL_MAX = 120;
// A cell of dashes or dots is a placeholder for "nothing".
const PLACEHOLDER = /^[\s\-\u2013\u2014.\u2026_*/\\]*$/;

/** Clauses from `start` to the end of the line, each separated by spaces or punctuation. */
function scanClauses(line: Line, start: number, cap: boolean): LineResult | null {
  const len = line.f.length;
  let pos = start;
  let canonical = '';
  const items: Item[] = [];
  while (pos < len) {
    let sepText = '';
    if (items.length > 0) {
      SEP.lastIndex = pos;
      const sep = SEP.exec(line.f);
      if (!sep) return null;
      sepText = line.s.slice(pos, pos + sep[0].length);
      pos += sep[0].length;
      if (pos >= len) {
        // Trailing punctuation and conjunctions are dropped; closing brackets stay.
        canonical += sepText.replace(/[^)]/g, '');
        break;
      }
    }
    const scan = scanClause(line, pos, cap && items.length === 0);
    if (!scan) return null;
    if (!scan.ok) return { ok: false, invalid: scan.invalid, years: scan.years };
    // A bare hyphen between two clauses that end and start with digits ("13/03-29/02", a date then an
    // earlier one: no span) is spaced, so the canonical form reads back as the same two clauses.
    if (sepText === '-' && /\d$/.test(canonical) && /^\d/.test(scan.canonical)) sepText = ' - ';
    canonical += sepText + scan.canonical;
    for (const item of scan.items) items.push(item);
    pos = scan.end;
  }
  return items.length === 0 ? null : { ok: true, canonical, items };
}

function parseLine(text: string, planYear: number | undefined): LineResult | null {
  const line: Line = { f: fold(text), s: text, planYear };
  const bullet = BULLET.exec(line.f);
  const start = bullet ? bullet[0].length : 0;
  const lead = bullet ? `${text.charAt(0)} ` : '';
  const whole = scanClauses(line, start, true);
  if (whole) return whole.ok ? { ...whole, canonical: lead + whole.canonical } : whole;
  // A label before the deadline: keep the label as typed, read the deadline after it.
  LABELLED_CLAUSE.lastIndex = start;
  for (let m = LABELLED_CLAUSE.exec(line.f); m; m = LABELLED_CLAUSE.exec(line.f)) {
    const at = m.index + 1;
    // Labels are a few words: past this, each try would rescan the rest of a long line (quadratic).
    if (at - start > LABEL_MAX) break;
    // "Từ quý II/2024" is when work starts and "Cuối quý I, II" a part of a period: no labels.
    if (/(?:^| )(?:tu|dau|giua|cuoi) $/.test(line.f.slice(start, at))) continue;
    const rest = scanClauses(line, at, false);
    if (!rest) continue;
    if (!rest.ok) return rest;
    const first = rest.items[0];
    if (first && (first.kind === 'before' || first.kind === 'quarter' || first.kind === 'month')) {
      return { ok: true, canonical: lead + text.slice(start, at) + rest.canonical, items: rest.items };
    }
  }
  return null;
}

function latest(items: Item[]): string | undefined {
  let due: string | undefined;
  for (const it of items) if (it.due !== undefined && (due === undefined || it.due > due)) due = it.due;
  return due;
}

function toOk(it: Item): DeadlineOk {
  const r: DeadlineOk = {
    ok: true,
    kind: it.kind,
    text: it.text,
    canonical: it.canonical,
    nonstandard: it.text !== it.canonical,
    years: it.years,
  };
  if (it.due !== undefined) r.due = it.due;
  return r;
}

function parseText(raw: string, planYear: number | undefined): DeadlineResult {
  const lines = cleanLines(raw);
  if (lines.length === 0 || PLACEHOLDER.test(lines.join(''))) return { ok: false, reason: 'empty', text: raw };
  const canon: string[] = [];
  const items: Item[] = [];
  for (const text of lines) {
    const r = parseLine(text, planYear);
    if (!r) return { ok: false, reason: 'unrecognized', text: raw };
    if (!r.ok) return { ok: false, reason: 'invalid', invalid: r.invalid, text: raw, years: r.years };
    canon.push(r.canonical);
    for (const item of r.items) items.push(item);
  }
  const canonical = canon.join('\n');
  // Compared with the text as typed (not its NFC form): NFD text looks the same in Excel but fails
  // exact comparisons (filters, COUNTIF), so it is worth rewriting. Line endings are not.
  const nonstandard = raw.replace(/\r\n?/g, '\n').trim() !== canonical;
  const only = items.length === 1 ? items[0] : undefined;
  const result: DeadlineOk = {
    ok: true,
    kind: only ? only.kind : 'several',
    text: raw,
    canonical,
    nonstandard,
    years: only ? only.years : uniq(items.flatMap((it) => it.years)),
  };
  const due = latest(items);
  if (due !== undefined) result.due = due;
  if (!only) result.parts = items.map(toOk);
  return result;
}

function fromDate(d: Date): DeadlineResult {
  if (Number.isNaN(d.getTime())) return { ok: false, reason: 'unrecognized', text: '' };
  const y = d.getUTCFullYear();
  const text = formatDate(d);
  return {
    ok: true,
    kind: 'date',
    text,
    canonical: text,
    nonstandard: false,
    due: isoDate(y, d.getUTCMonth() + 1, d.getUTCDate()),
    years: [y],
  };
}

/**
 * A number in a deadline cell is an Excel date whose format was lost (serials for 1990-2099), or a
 * bare year (2024 → "Năm 2024", to be rewritten). Anything else is not a deadline.
 */
function fromNumber(n: number, planYear: number | undefined): DeadlineResult {
  if (Number.isInteger(n) && n >= 1900 && n <= 2100) return parseText(String(n), planYear);
  if (Number.isFinite(n) && n >= EXCEL_SERIAL_MIN && n <= EXCEL_SERIAL_MAX + 1) {
    const d = serialToDate(Math.floor(n));
    if (d) return { ...fromDate(d), text: String(n) } as DeadlineResult;
  }
  return { ok: false, reason: 'unrecognized', text: String(n) };
}

/**
 * Parses a deadline cell: a string as typed, an Excel date (read with UTC fields), or a number.
 * planYear dates the forms that name no year ("Cả năm", "6 tháng đầu năm", "Quý I"). Bad input
 * is a result (`unrecognized`, `invalid`), never an exception; no catch-all hides a parser bug
 * from the property tests, which feed it arbitrary text.
 */
export function parseDeadline(input: DeadlineInput, planYear?: number): DeadlineResult {
  if (input === null || input === undefined) return { ok: false, reason: 'empty', text: '' };
  if (typeof input === 'string') return parseText(input, planYear);
  if (typeof input === 'number') return fromNumber(input, planYear);
  if (input instanceof Date) return fromDate(input);
  return { ok: false, reason: 'unrecognized', text: String(input) };
}

/** Distinct deadline texts in a workbook are few: past this many, the cache starts again. */
const CACHE_LIMIT = 50_000;

/**
 * parseDeadline with a cache keyed by the string (numbers by value), for the whole-sheet check.
 * Results are shared between equal inputs: treat them as read-only.
 */
export function createDeadlineParser(planYear?: number): (input: DeadlineInput) => DeadlineResult {
  const cache = new Map<string | number, DeadlineResult>();
  const dates = new Map<number, DeadlineResult>();
  return (input) => {
    if (input instanceof Date) {
      // Real Excel dates repeat too (a column of 31/03/2024): cache them by their time value.
      const t = input.getTime();
      let hit = dates.get(t);
      if (!hit) {
        hit = parseDeadline(input, planYear);
        if (dates.size >= CACHE_LIMIT) dates.clear();
        dates.set(t, hit);
      }
      return hit;
    }
    if (typeof input !== 'string' && typeof input !== 'number') return parseDeadline(input, planYear);
    const hit = cache.get(input);
    if (hit) return hit;
    const r = parseDeadline(input, planYear);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(input, r);
    return r;
  };
}
