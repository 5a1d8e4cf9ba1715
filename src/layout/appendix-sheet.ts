/**
 * A new task appendix in the house style of Nghị định 30/2020/NĐ-CP: the "Phụ lục" label, the
 * title in capitals, the italic "(Kèm theo …)" line, the header, the standard reform areas as
 * sections, optionally the library's standard tasks for the year; Times New Roman 13, A4
 * landscape, the header repeated on every printed page, printed to the page's width.
 */
import { STANDARD_AREAS } from '../core/areas';
import { toRoman } from '../core/deadline';
import { checkSheet } from '../core';
import type { CheckOptions, DirectoryId } from '../core/config';
import type { Grid } from '../core/grid';
import { createFundingMatcher } from '../core/funding';
import { directoryOfPlan, type UnitRole } from '../core/units/directories';
import type { UnitsList } from '../core/messages/templates';
import { fillTemplate, fold, unitsListOf, type TaskTemplate, type UnitsOf } from '../templates';
import type { CellSpec, MergeSpec, SheetSpec } from '../xlsx/create';
import { c, FONT, LANDSCAPE_A4, S, SIZE, span } from './style';
import { LS } from './strings';

export const APPENDIX_HEADER = [
  'STT',
  LS.taskHeader,
  LS.productHeader,
  LS.leadHeader,
  LS.partnersHeader,
  LS.deadlineHeader,
  LS.fundingHeader,
];
const WIDTHS = [7, 50, 22, 22, 24, 18, 16];

/**
 * The first year a new appendix can be for: Nghị định 30/2020/NĐ-CP (in force from 05/3/2020)
 * set the form of administrative documents this appendix is laid out in; an older plan is not
 * written today.
 */
export const FIRST_NEW_PLAN_YEAR = 2020;
/** How far ahead a plan is written: a five-year plan (2026–2030) is drafted the year before it starts. */
export const NEW_PLAN_YEARS_AHEAD = 5;

/**
 * The years a new appendix can be for, given the current year (a four-digit number): from
 * FIRST_NEW_PLAN_YEAR to `thisYear` + NEW_PLAN_YEARS_AHEAD, both included. One range for
 * `phuluc new` and the pane's Tạo phụ lục mới.
 */
export function newPlanYears(thisYear: number): { first: number; last: number } {
  return { first: FIRST_NEW_PLAN_YEAR, last: thisYear + NEW_PLAN_YEARS_AHEAD };
}

export interface NewAppendixOptions {
  year: number;
  /** The body issuing the plan: "Sở Nội vụ". */
  body: string;
  /** Standard tasks to fill in (the library, filled for the year); none for an empty appendix. */
  templates?: readonly TaskTemplate[];
  /** Sheet name; default "Phụ lục". */
  name?: string;
  /**
   * The directory whose units the tasks name (the one chosen in Cài đặt / --config); default, or
   * `auto`: the one the checker picks from the title (`… CỦA UBND XÃ TÂN LẬP` → xã, phường).
   */
  directory?: DirectoryId | 'auto';
  /**
   * The body's own lists (`--config`, Cài đặt): its units (an entry's `roles` name it in the
   * tasks), funding and `mode`, which the new sheet is also checked against (a unit that ended is
   * written as its successor). `directory` above takes the directory.
   */
  config?: Pick<CheckOptions, 'units' | 'funding' | 'mode'>;
}

/** A standard task the body has no unit for: left out (no lead) or written without a partner. */
export interface IncompleteTask {
  task: string;
  /** The roles the body's directory has no unit for. */
  missing: UnitRole[];
  /** False when the task was left out (its lead is missing), true when only a partner was. */
  written: boolean;
}

export interface NewAppendix {
  sheet: SheetSpec;
  /** The directory whose units the tasks name. */
  directory: { id: DirectoryId; name: string };
  /** Standard tasks written without a partner or left out, with the roles the body has no unit for. */
  incomplete: IncompleteTask[];
  /** The list those roles were looked up in (the body's own units in the directory's place, or beside it, or the directory). */
  unitsList: UnitsList;
  /**
   * Funding the tasks write that the body's own funding list, given to replace the directory's
   * (`config.funding`, mode `replace`), does not name: written as the library says, and said (the
   * check will report it against that list), each once.
   */
  unlistedFunding: string[];
}

/**
 * The plan's number prefix from the body's name, as Vietnamese administrative documents abbreviate
 * it: the initial of every word but the conjunctions, without tone marks (Đ kept): "Sở Nội vụ" →
 * "SNV", "Sở Lao động - Thương binh và Xã hội" → "SLĐTBXH". A People's Committee at any level is
 * "UBND" without its locality ("UBND xã Ea Kar, tỉnh Đắk Lắk" → "UBND", as in the …/KH-UBND of
 * Nghị định 30/2020/NĐ-CP, Phụ lục III); the locality a body is named with ("Sở Nội vụ tỉnh Quảng
 * Trị") is left out; an acronym in the name (UBND, HĐND) is kept whole. The clerk may correct it.
 */
export function bodyInitials(body: string): string {
  const name = body.normalize('NFC').trim().replace(/^(?:Ủy|Uỷ) ban nhân dân(?=\s|$)/iu, 'UBND');
  if (/^UBND(?:\s|,|$)/u.test(name)) return 'UBND';
  const own = name.replace(/(?:\s*,\s*|\s+)(?:tỉnh|thành phố)\s+\S.*$/iu, '');
  // `&` and a dash standing alone are conjunctions too (`Thể thao & Du lịch`): no initial
  const words = own.split(/[\s\-–,]+/).filter((w) => /\p{L}/u.test(w) && !/^(và|của|các)$/iu.test(w));
  const initial = (w: string) => {
    // An acronym (UBND, HĐND, TB&XH) is kept whole, letters only.
    if (w.length > 1 && w === w.toLocaleUpperCase('vi') && w !== w.toLocaleLowerCase('vi')) return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}]/gu, '').normalize('NFC');
    const ch = w.charAt(0).toLocaleUpperCase('vi');
    // Đ (U+0110) has no decomposition, so it keeps its stroke while accents fall away.
    return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  };
  return words.map(initial).join('') || 'KH';
}

/** The new appendix's sheet alone (newAppendix says which directory and what was left out). */
export function newAppendixSheet(opts: NewAppendixOptions): SheetSpec {
  return newAppendix(opts).sheet;
}

/**
 * A new appendix for a body and a year. The standard tasks name their units by role, resolved to
 * the units of the body's own directory (directoryOfPlan from the title; a commune's new appendix
 * names its Văn phòng HĐND và UBND, not a department's Văn phòng Sở). A task whose lead the body
 * has no unit for is left out and one whose partner it has none for is written without it; both
 * are listed in `incomplete`, never written with another body's unit.
 */
export function newAppendix(opts: NewAppendixOptions): NewAppendix {
  const cols = APPENDIX_HEADER.length;
  const rows: CellSpec[][] = [];
  const merges: MergeSpec[] = [];
  const wide = (cell: CellSpec) => {
    merges.push({ top: rows.length, left: 0, bottom: rows.length, right: cols - 1 });
    rows.push(span(cell, cols));
  };
  const body = opts.body.normalize('NFC').trim();
  const title = LS.appendixTitle(opts.year, body.toLocaleUpperCase('vi'));
  const attached = LS.appendixAttached(bodyInitials(body), opts.year, body);
  const dir = directoryOfPlan([title, attached], opts.year, opts.directory);
  const units: UnitsOf = { directory: dir.id };
  if (dir.local !== undefined) units.local = dir.local;
  if (dir.region !== undefined) units.region = dir.region;
  const config = opts.config ?? {};
  if (config.units !== undefined) units.own = config.mode !== undefined ? { units: config.units, mode: config.mode } : { units: config.units };
  const incomplete: IncompleteTask[] = [];
  const ownFunding = config.funding !== undefined && (config.mode ?? 'replace') === 'replace' ? createFundingMatcher(config.funding) : undefined;
  const unlistedFunding = new Set<string>();
  wide(c(LS.appendixLabel, S.label));
  wide(c(title, S.title));
  wide(c(attached, S.attached));
  rows.push([]);
  const headerRow = rows.length;
  rows.push(APPENDIX_HEADER.map((h) => c(h, S.header)));

  const templates = opts.templates ?? [];
  STANDARD_AREAS.forEach((area, i) => {
    merges.push({ top: rows.length, left: 1, bottom: rows.length, right: cols - 1 });
    rows.push([c(toRoman(i + 1), S.sectionNumeral), ...span(c(area.title, S.section), cols - 1)]);
    let n = 0;
    for (const t of templates) {
      if (fold(t.area) !== fold(area.title)) continue;
      const f = fillTemplate(t, opts.year, units);
      const written = f.lead !== '';
      if (f.missing.length) incomplete.push({ task: f.task, missing: f.missing, written });
      if (!written) continue;
      if (ownFunding && f.funding && ownFunding.matchCell(f.funding).kind !== 'ok') unlistedFunding.add(f.funding);
      rows.push([
        c(++n, S.centre),
        c(f.task, S.cell),
        c(f.product, S.cell),
        c(f.lead, S.cell),
        c(f.partners, S.cell),
        c(f.deadline, S.centre),
        c(f.funding, S.cell),
      ]);
    }
  });

  if (templates.length) {
    const options: CheckOptions = { ...config };
    if (opts.directory !== undefined) options.directory = opts.directory;
    currentUnits(rows, merges, opts.name ?? LS.appendixLabel, options);
  }

  const sheet: SheetSpec = {
    name: opts.name ?? LS.appendixLabel,
    rows,
    merges,
    widths: WIDTHS,
    freeze: { rows: headerRow + 1, cols: 0 },
    printTitleRows: { first: headerRow, last: headerRow },
    page: LANDSCAPE_A4,
    defaultFont: { name: FONT, size: SIZE },
  };
  return { sheet, directory: { id: dir.id, name: dir.name }, incomplete, unitsList: unitsListOf(units, dir.name), unlistedFunding: [...unlistedFunding] };
}

/**
 * The library names units as they were when it was written; a unit that no longer exists in the
 * plan's year (Thanh tra Sở became Thanh tra tỉnh in mid-2025) is written as its successor. The
 * engine says which (its `unit.obsolete` fixes, from the dated directories), so a new appendix
 * checks clean in any year.
 */
function currentUnits(rows: CellSpec[][], merges: MergeSpec[], name: string, options: CheckOptions): void {
  // A cell naming two obsolete units gets one fix each, each from the cell as it was: repeat.
  for (let round = 0; round < 3; round++) {
    const grid: Grid = {
      name,
      rows: rows.map((row) => row.map((c) => (c && c.value !== null && c.value !== '' ? { value: c.value } : undefined))),
      merges,
    };
    const done = new Set<string>();
    for (const fix of checkSheet(grid, options).fixes) {
      if (fix.issue.code !== 'unit.obsolete') continue;
      for (const e of fix.edits) {
        if (e.kind !== 'set' || typeof e.value !== 'string' || done.has(e.address)) continue;
        const cell = rows[e.row - 1]?.[e.col];
        if (!cell) continue;
        cell.value = e.value;
        done.add(e.address);
      }
    }
    if (done.size === 0) return;
  }
}
