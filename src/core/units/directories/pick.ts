import type { DirectoryId } from '../../config';
import { fold } from '../../text';
import { placesNamed, type ProvinceKind } from './places';

export type DirectorySource = 'title' | 'cover' | 'year' | 'config';

/** The merger of the labour department into the Sở Nội vụ (Nghị định 45/2025/NĐ-CP). */
const MERGER = '2025-03-01';

/** `của Sở Nội vụ`, `của UBND phường Đông Hà`, `của Ủy ban nhân dân tỉnh`: who issued the plan. */
const ISSUER = /\bcua (so [a-z]|(?:ubnd|uy ban nhan dan) (?:cac )?(?:tinh|thanh pho|tp|xa|phuong|dac khu|thi tran)\b|dac khu [a-z]|phuong [a-z]|xa (?!hoi\b)[a-z])/;
/** A letterhead line: `ỦY BAN NHÂN DÂN XÃ CAM LỘ`, `SỞ NỘI VỤ`, `UBND TỈNH QUẢNG TRỊ`. */
const LETTERHEAD = /^(so [a-z]|(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho|tp|xa|phuong|dac khu|thi tran)\b)/;
/** The first line of a letterhead written on two rows (`ỦY BAN NHÂN DÂN` over `PHƯỜNG ĐÔNG HÀ`). */
const COMMITTEE_ONLY = /^(ubnd|uy ban nhan dan)$/;
/** Its second line: the place (`PHƯỜNG ĐÔNG HÀ`, `XÃ CAM LỘ`, `ĐẶC KHU CỒN CỎ`, `TỈNH QUẢNG TRỊ`). */
const PLACE_LINE = /^(xa|phuong|dac khu|thi tran|tinh|thanh pho|tp) [a-z]/;

/** The kind of body a plan's issuer is, as the directories are picked for. */
export type Body = 'department' | 'labour' | 'commune' | 'province';

/**
 * Bodies that issue plans of their own beyond those the directories are picked for: a province's
 * offices and boards (`Văn phòng UBND tỉnh`, `Ban Quản lý Khu kinh tế`) and, before 1 July 2025,
 * the district level (`UBND huyện Cam Lộ`, `Ủy ban nhân dân thị xã Quảng Trị`).
 */
const OTHER_ISSUER = /^(van phong [a-z]|ban [a-z]|(?:ubnd|uy ban nhan dan) (?:huyen|quan|thi xa) [a-z])/;

/**
 * Whether a name reads as a state body that issues a plan: one this module recognises after the
 * `của` of a title (`Sở Nội vụ`, `UBND phường Đông Hà`, `Ủy ban nhân dân tỉnh Quảng Trị`,
 * `Đặc khu Côn Cỏ`, `Xã Cam Lộ`), or an office, a board or a district committee (OTHER_ISSUER).
 * A company, a person or a bare `Sở` / `UBND` is not.
 */
export function isIssuingBody(name: string): boolean {
  const f = fold(name).replace(/\s+/g, ' ').trim();
  return ISSUER.exec(`cua ${f}`)?.index === 0 || OTHER_ISSUER.test(f);
}

/** What a commune-level body is called: a ward's plan names its units `… phường`, not `… xã`. */
export type LocalKind = 'xã' | 'phường' | 'đặc khu';

/** The kind of commune a folded issuer phrase names (`ubnd phuong dong ha` → phường). */
export function localKindOf(phrase: string): LocalKind {
  // the word after the committee (`ubnd xa phuong son` is a commune named Phường Sơn)
  const m = /^(?:(?:ubnd|uy ban nhan dan) (?:cac )?)?(phuong|dac khu|xa|thi tran)\b/.exec(phrase);
  return m?.[1] === 'phuong' ? 'phường' : m?.[1] === 'dac khu' ? 'đặc khu' : 'xã';
}

/** The body a folded phrase starting with its name is: `so lao dong …`, `ubnd xa …`. */
export function bodyOf(phrase: string): Body {
  if (/^so (lao dong|ld)/.test(phrase)) return 'labour';
  if (phrase.startsWith('so ')) return 'department';
  // a special zone (đặc khu Côn Cỏ, Phú Quốc …) is of commune level (Luật Tổ chức chính quyền địa phương 2025)
  if (/^(dac khu|phuong|xa) /.test(phrase)) return 'commune';
  return /^(ubnd|uy ban nhan dan) (cac )?(xa|phuong|dac khu|thi tran)\b/.test(phrase) ? 'commune' : 'province';
}

/** Upper-case text (a title or a letterhead), as opposed to the plan's sentences above a table. */
function isUpper(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

/** A title line: upper case, or the `(Kèm theo Kế hoạch số … của …)` line under the title. */
function isTitleLine(text: string): boolean {
  return isUpper(text) || /^\s*\(?\s*kèm theo/iu.test(text.normalize('NFC'));
}

/**
 * The issuing body a sheet's title rows name: the `của …` phrase of a title line first, else an
 * upper-case letterhead (a department's over its province's). The plan's own sentences (`theo
 * hướng dẫn của Sở Nội vụ`) are not titles and are not read.
 */
function issuer(titles: readonly string[]): { body: Body; phrase: string } | undefined {
  let letterhead: { body: Body; phrase: string } | undefined;
  let committee = false; // the line before was `ỦY BAN NHÂN DÂN` alone
  for (const text of titles) {
    if (text.length > 600 || !isTitleLine(text)) continue;
    const f = fold(text).replace(/\s+/g, ' ');
    const m = ISSUER.exec(f);
    if (m) return { body: bodyOf(f.slice(m.index + 4)), phrase: f.slice(m.index + 4, m.index + 160) };
    // a letterhead: one line a cell, or two lines in one cell (`ỦY BAN NHÂN DÂN TỈNH …\nSỞ NỘI VỤ`);
    // a department's letterhead names its province above it, and the department is the issuer
    const lines = text.split(/\r?\n/);
    for (const line of [...lines, text]) {
      let folded = line.length <= 80 && isUpper(line) ? fold(line).replace(/\s+/g, ' ').trim() : '';
      // `ỦY BAN NHÂN DÂN` then `PHƯỜNG ĐÔNG HÀ` (on two rows, or two lines of one cell)
      // (the motto beside it, `CỘNG HÒA XÃ HỘI …`, may come between in reading order)
      if (COMMITTEE_ONLY.test(folded)) committee = true;
      else if (committee && PLACE_LINE.test(folded)) {
        folded = `uy ban nhan dan ${folded}`;
        committee = false;
      }
      const l = folded ? LETTERHEAD.exec(folded) : null;
      if (!l) continue;
      const body = bodyOf(l[0]);
      if (letterhead === undefined || (letterhead.body === 'province' && body !== 'province')) letterhead = { body, phrase: folded.slice(0, 40) };
    }
  }
  return letterhead;
}

/**
 * Which built-in directory fits a sheet: from the body that issued the plan, as its title rows say
 * (a commune or ward → `xa-2025`, the People's Committee of a province → `ubnd-tinh-2025`, a
 * department → `so-2025`, or `so-truoc-2025` for a plan dated before the 2025 mergers), then from
 * the titles of the workbook's other sheets (a cover page), else from the plan's date alone.
 */
export function pickDirectory(
  titles: readonly string[],
  otherTitles: readonly string[],
  asOf: string | undefined,
): { id: DirectoryId; source: Exclude<DirectorySource, 'config'>; local?: LocalKind; region?: ProvinceKind } {
  const before = asOf !== undefined && asOf < MERGER;
  const own = issuer(titles);
  const found = own ?? issuer(otherTitles);
  const body = found?.body;
  const source = own !== undefined ? 'title' : 'cover';
  const region = regionOf(found, [...titles, ...otherTitles], asOf);
  const withRegion = <T extends object>(o: T): T & { region?: ProvinceKind } => (region !== undefined ? { ...o, region } : o);
  switch (body) {
    case 'commune':
      return withRegion({ id: 'xa-2025' as const, source, local: localKindOf(found!.phrase) });
    case 'province':
      return withRegion({ id: 'ubnd-tinh-2025' as const, source });
    case 'labour':
      return withRegion({ id: before ? ('so-truoc-2025' as const) : ('so-2025' as const), source });
    case 'department':
      return withRegion({ id: asOf !== undefined && asOf < '2025-01-01' ? ('so-truoc-2025' as const) : ('so-2025' as const), source });
    default:
      return { id: asOf !== undefined && asOf < '2025-01-01' ? 'so-truoc-2025' : 'so-2025', source: 'year' };
  }
}

/** `UBND thành phố`, `UBND TP. Cần Thơ`, `Ủy ban nhân dân thành phố Hà Nội`: a city's committee is the issuer. */
const CITY_COMMITTEE = /^(?:(?:ubnd|uy ban nhan dan) )?(?:thanh pho|tp)\b/;

/**
 * Whether the issuer belongs to a province or to a centrally-run city (places.ts): the provincial-
 * level unit the issuer's phrase names (`sở nội vụ thành phố hà nội`, `ubnd phường ba đình, thành
 * phố hà nội`), else the first one named in the title lines (a letterhead `UBND THÀNH PHỐ ĐÀ NẴNG`
 * over `SỞ NỘI VỤ`), else a committee called `UBND thành phố` without a name. Undefined when
 * nothing says: the words then default to a province's.
 */
function regionOf(found: { body: Body; phrase: string } | undefined, titles: readonly string[], asOf: string | undefined): ProvinceKind | undefined {
  if (!found) return undefined;
  const named = (text: string) => placesNamed(text, asOf).find((m) => m.place !== undefined)?.place?.kind;
  const own = named(found.phrase);
  if (own !== undefined) return own;
  for (const text of titles) {
    if (text.length > 600 || !isTitleLine(text)) continue;
    const kind = named(fold(text).replace(/\s+/g, ' '));
    if (kind !== undefined) return kind;
  }
  return found.body === 'province' && CITY_COMMITTEE.test(found.phrase) ? 'thành phố' : undefined;
}
