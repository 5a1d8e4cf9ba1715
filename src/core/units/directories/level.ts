import type { DirectoryEntry, DirectoryId } from '../../config';
import type { LocalKind } from './pick';
import type { ProvinceKind } from './places';

/**
 * Words of a plan that depend on the level of the body whose plan it is, as a template names them
 * (`Trình {ubnd} phê duyệt`, funding `{ngân sách}`):
 * - `ubnd`, `hđnd`: the People's Committee (Council) of the body's own local government: a
 *   department's and a province's `UBND tỉnh`, a centrally-run city's `UBND thành phố`, a commune's
 *   `UBND xã` / `UBND phường` / `UBND đặc khu` (Luật Tổ chức chính quyền địa phương 2025: two
 *   levels, tỉnh/thành phố and xã/phường/đặc khu).
 * - `ngân sách`: that government's budget level (Luật Ngân sách nhà nước 2025): `Ngân sách tỉnh`,
 *   `Ngân sách thành phố`, `Ngân sách xã` / `phường` / `đặc khu` (each a category or alias of the
 *   2025 funding list, core/funding/defaults.ts).
 * - `cấp`: the level itself, `cấp tỉnh` (a centrally-run city is of provincial level too) or `cấp xã`.
 * - `tỉnh`: the word for the body's own provincial-level unit, `tỉnh` or `thành phố`; a commune
 *   writes its own word (`xã`, `phường`, `đặc khu`): the plan speaks of its own level.
 */
export const LEVEL_WORDS = ['ubnd', 'hđnd', 'ngân sách', 'cấp', 'tỉnh'] as const;

export type LevelWord = (typeof LEVEL_WORDS)[number];

/** Whose level the words are: a built-in directory, a commune's kind, a province's kind. */
export interface LevelOf {
  directory: DirectoryId;
  local?: LocalKind;
  region?: ProvinceKind;
}

/** The level word a placeholder's inner text names (`UBND`, `ngân sách`), or undefined. */
export function levelWord(word: string): LevelWord | undefined {
  const w = word.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');
  return (LEVEL_WORDS as readonly string[]).includes(w) ? (w as LevelWord) : undefined;
}

/** The text a level word stands for in the plan of a body of that level. */
export function levelText(word: LevelWord, of: LevelOf): string {
  const own = of.directory === 'xa-2025' ? (of.local ?? 'xã') : (of.region ?? 'tỉnh');
  switch (word) {
    case 'ubnd':
      return `UBND ${own}`;
    case 'hđnd':
      return `HĐND ${own}`;
    case 'ngân sách':
      return `Ngân sách ${own}`;
    case 'cấp':
      return of.directory === 'xa-2025' ? 'cấp xã' : 'cấp tỉnh';
    case 'tỉnh':
      return own;
  }
}

/** `tỉnh` as a word (`UBND tỉnh`, `Tỉnh ủy`), not inside another (`tỉnh` never is, but be strict). */
const PROVINCE_WORD = /(?<!\p{L})([Tt])ỉnh(?!\p{L})(\s+ủy)?/gu;

/** A name as a centrally-run city writes it: `UBND tỉnh` → `UBND thành phố`, `Tỉnh ủy` → `Thành ủy`; undefined when it has no `tỉnh`. */
function asCity(name: string): string | undefined {
  const n = name.normalize('NFC');
  if (!PROVINCE_WORD.test(n)) return undefined;
  PROVINCE_WORD.lastIndex = 0;
  return n.replace(PROVINCE_WORD, (_m, t: string, uy?: string) => (uy ? `${t === 'T' ? 'Thành' : 'thành'} ủy` : `${t === 'T' ? 'Thành' : 'thành'} phố`));
}

/**
 * A directory's entries as a centrally-run city's plans name them: every name or alias with the
 * word `tỉnh` also accepted with `thành phố` (`Văn phòng UBND thành phố`, `Ngân sách thành phố`,
 * `Trung tâm Phục vụ hành chính công thành phố`, `Thành ủy`). Only for a plan whose province is a
 * city (the title says so): elsewhere after 2025 `UBND thành phố` or `Ngân sách thành phố` was a
 * district-level city's, which ended on 30/6/2025.
 */
export function cityEntries(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  return entries.map((e) => {
    const all = new Set([e.name, ...e.aliases].map((n) => n.normalize('NFC')));
    const extra = [...all].map(asCity).filter((n): n is string => n !== undefined && !all.has(n));
    return extra.length ? { ...e, aliases: [...e.aliases, ...new Set(extra)] } : e;
  });
}
