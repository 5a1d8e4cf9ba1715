import type { DirectoryEntry } from '../config';
import { fold } from '../text';

/**
 * Combines the built-in directory with the user's. `replace`: the user's list alone.
 * `extend`: the defaults plus the user's entries; a user entry whose name or an alias matches a
 * default entry merges into it (the user's name becomes canonical, aliases are united).
 */
export function mergeDirectory(
  defaults: readonly DirectoryEntry[],
  user: readonly DirectoryEntry[],
  mode: 'replace' | 'extend',
): DirectoryEntry[] {
  const copy = (e: DirectoryEntry): DirectoryEntry => {
    const c: DirectoryEntry = { name: e.name, aliases: [...e.aliases] };
    if (e.validFrom !== undefined) c.validFrom = e.validFrom;
    if (e.validUntil !== undefined) c.validUntil = e.validUntil;
    if (e.successors !== undefined) c.successors = [...e.successors];
    return c;
  };
  if (mode === 'replace') return user.map(copy);
  const out = defaults.map(copy);
  const index = new Map<string, DirectoryEntry>();
  for (const e of out) for (const n of [e.name, ...e.aliases]) index.set(fold(n), e);
  for (const u of user) {
    const target = [u.name, ...u.aliases].map((n) => index.get(fold(n))).find((e) => e !== undefined);
    if (!target) {
      const added = copy(u);
      out.push(added);
      for (const n of [u.name, ...u.aliases]) index.set(fold(n), added);
      continue;
    }
    const names = [target.name, ...target.aliases, ...u.aliases];
    target.name = u.name;
    // the user's dating wins where given
    if (u.validFrom !== undefined) target.validFrom = u.validFrom;
    if (u.validUntil !== undefined) target.validUntil = u.validUntil;
    if (u.successors !== undefined) target.successors = [...u.successors];
    const seen = new Set([fold(u.name)]);
    target.aliases = [];
    for (const n of names) {
      const k = fold(n);
      if (n === u.name || seen.has(k)) continue;
      seen.add(k);
      target.aliases.push(n);
    }
    for (const n of [target.name, ...target.aliases]) index.set(fold(n), target);
  }
  return out;
}
