import type { DirectoryId } from '../../config';
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
