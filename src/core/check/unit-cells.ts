/**
 * What the lead and partner cells of one sheet say about units: each cell split into units, each
 * unit judged against the directory, the plan's date and the sheet itself. A name the directory
 * does not list is not a fault when it is well formed (unit.unlisted, an info, once per name) or
 * used several times in the sheet (a unit of this body); a one-off near miss of such a name is a
 * typo (unit.unknown with the suggestion). Every comparison of two names goes through unitKey.
 */
import { collapseSpaces, distance, typoTolerance } from '../text';
import type { UnitMatcher } from '../units';
import type { LocalKind } from '../units/directories';
import { endedByName } from '../units/ended';
import { isWellFormedUnit, unitKey, unitKind, unitLevel } from '../units/name';

/**
 * `others`: how many more names of the same code the finding stands for (a cell with more than
 * MAX_PER_CELL of them gets one finding whose `fixed` corrects them all at once).
 */
export type UnitFinding =
  | { code: 'unit.nonstandard'; name: string; canonical: string; fixed: string | null; others?: number }
  | { code: 'unit.unknown'; name: string; canonical: string | undefined; fixed: string | null; others?: number }
  | { code: 'unit.obsolete'; name: string; canonical: string; validUntil: string; successors: string[]; fixed: string | null; others?: number }
  | { code: 'unit.unlisted'; name: string; key: string; count: number; others?: number };

export interface CellUnits {
  names: string[];
  /** Canonical names of the units the directory knows (exactly, as an alias or as a near miss). */
  canonical: string[];
  /** One comparison key per name: the canonical unit's when the directory knows it, else the name's. */
  keys: string[];
  /** Each name as the directory names it (as written when it knows none): grouping by lead unit. */
  resolved: string[];
  findings: UnitFinding[];
}

export interface UnitCellsOptions {
  units: UnitMatcher;
  split: (text: string) => string[];
  /** ISO date the plan speaks from; units whose validity ended before it are obsolete. */
  asOf: string | undefined;
  /** A commune-level plan's kind of commune: a ward's suggestions name `… phường`, not `… xã`. */
  local?: LocalKind | undefined;
}

/** Collective units ("Các phòng, đơn vị ...") overlap with any named one: never "the same as the lead". */
const COLLECTIVE = /^(các|toàn thể|những)\s/iu;

/**
 * Most findings of one code in one cell before they are reported as one (the first name, how many
 * others, and one fix that corrects them all): a 32,767-character cell of the same typo must give
 * one issue with one corrected cell, not thousands of issues each carrying the whole cell.
 */
export const MAX_PER_CELL = 5;

/** A replacement to make in a cell's text, computed once the cell's findings are counted. */
interface Pending {
  finding: UnitFinding & { fixed: string | null };
  name: string;
  to: string;
}

/** Most one-off names compared with the sheet's own frequent names: bounds the work on pathological sheets. */
const MAX_COMPARISONS = 400;

export function createUnitCells(opts: UnitCellsOptions) {
  const { units, split, asOf } = opts;
  /**
   * A suggested unit as this plan's commune calls it: `UBND xã` → `UBND phường` in a ward's plan,
   * when the directory knows that spelling; else as given.
   */
  const localise = (name: string): string => {
    if (opts.local === undefined || opts.local === 'xã') return name;
    const own = name.replace(/ (?:cấp )?xã$/u, ` ${opts.local}`);
    return own !== name && units.knows(own) ? own : name;
  };
  /** How many cells hold each distinct text (one map update per cell: texts repeat thousands of times). */
  const texts = new Map<string, number>();
  /** How many cells name each unit (by unitKey), and how it is first written; built on first use. */
  let usage: Map<string, { name: string; count: number }> | undefined;
  /** Names the directory does not know, used in two or more cells: this body's own units. */
  let frequent: Map<number, { name: string; fold: string; kind: string | undefined; level: string }[]> | undefined;
  const cells = new Map<string, CellUnits>();
  /** sharedWithLead's answers, by the lead cell then the partner cell (null: none shared). */
  const shared = new Map<CellUnits, Map<CellUnits, string | null>>();

  /** First pass: count the cells that name each unit. Call for every lead and partner cell before `of`. */
  function count(text: string): void {
    texts.set(text, (texts.get(text) ?? 0) + 1);
  }

  function usageOf(): Map<string, { name: string; count: number }> {
    if (usage) return usage;
    usage = new Map();
    for (const [text, n] of texts) {
      const seen = new Set<string>();
      for (const name of split(text)) {
        const key = unitKey(name);
        if (key === '' || seen.has(key)) continue;
        seen.add(key);
        const u = usage.get(key);
        if (u) u.count += n;
        else usage.set(key, { name, count: n });
      }
    }
    return usage;
  }

  function frequentIndex() {
    if (frequent) return frequent;
    frequent = new Map();
    for (const { name, count: n } of usageOf().values()) {
      if (n < 2 || units.match(name).kind !== 'unknown') continue;
      const f = unitKey(name);
      const bucket = frequent.get(f.length);
      const item = { name, fold: f, kind: unitKind(name), level: unitLevel(name) };
      if (bucket) bucket.push(item);
      else frequent.set(f.length, [item]);
    }
    return frequent;
  }

  /** The sheet's one frequent name a one-off name is a typo of (same kind and level), if exactly one. */
  function nearFrequent(name: string): string | undefined {
    // on the tone-keeping key: `cộng đồng` typed `công đồng` is one edit, not none
    const f = unitKey(name);
    if (f.length > 200) return undefined;
    const kind = unitKind(name);
    const level = unitLevel(name);
    const max = typoTolerance(f.length);
    const index = frequentIndex();
    let best = max + 1;
    let winner: string | undefined;
    let tie = false;
    let compared = 0;
    for (let len = f.length - max; len <= f.length + max; len++) {
      for (const k of index.get(len) ?? []) {
        if (k.level !== level || (k.kind !== undefined && kind !== undefined && k.kind !== kind)) continue;
        if (++compared > MAX_COMPARISONS) return undefined;
        const d = distance(f, k.fold, Math.min(best, max));
        if (d > max || d > best || d === 0) continue;
        if (d < best) {
          best = d;
          winner = k.name;
          tie = false;
        } else if (winner !== undefined && unitKey(winner) !== k.fold) tie = true;
      }
    }
    return tie ? undefined : winner;
  }

  /** What a unit cell says, computed once per distinct text: cells repeat across thousands of rows. */
  function of(text: string): CellUnits {
    let u = cells.get(text);
    if (u) return u;
    const split1 = split(text);
    // Text that names no unit at all (a number, stray punctuation) is reported as written.
    const names = split1.length ? split1 : [text];
    u = { names, canonical: [], keys: [], resolved: [], findings: [] };
    const pending: Pending[] = [];
    /** A finding whose fix replaces `name` by `to` in the cell, made after all are counted. */
    const later = <F extends UnitFinding & { fixed: string | null }>(finding: F, name: string, to: string): F => {
      pending.push({ finding, name, to });
      return finding;
    };
    for (const name of names) {
      const m = units.match(name);
      u.resolved.push(m.kind !== 'unknown' ? m.canonical : name);
      // a district body or a department's inspectorate the directory does not list as such
      const listed = m.kind === 'exact' || (m.kind === 'alias' && m.via === 'listed') || (m.kind !== 'unknown' && m.entry.validUntil !== undefined);
      const ended = listed ? undefined : endedByName(name);
      if (ended && asOf !== undefined && ended.validUntil < asOf) {
        const successors = ended.successors.map((s) => localise(units.canonical(s) ?? s));
        const f: UnitFinding & { code: 'unit.obsolete' } = { code: 'unit.obsolete', name, canonical: name, validUntil: ended.validUntil, successors, fixed: null };
        u.findings.push(successors.length === 1 ? later(f, name, successors[0]!) : f);
        u.canonical.push(name);
        u.keys.push(`u:${unitKey(name)}`);
        continue;
      }
      if (m.kind !== 'unknown') {
        u.canonical.push(m.canonical);
        u.keys.push(`k:${unitKey(m.canonical)}`);
        const until = m.entry.validUntil;
        if (asOf !== undefined && until !== undefined && until < asOf) {
          const successors = (m.entry.successors ?? []).map((s) => localise(units.canonical(s) ?? s));
          const f: UnitFinding & { code: 'unit.obsolete' } = { code: 'unit.obsolete', name, canonical: m.canonical, validUntil: until, successors, fixed: null };
          u.findings.push(successors.length === 1 ? later(f, name, successors[0]!) : f);
          continue;
        }
        if (m.kind === 'exact') continue;
        if (m.kind === 'alias') {
          // Listed aliases are accepted short forms, except bare abbreviations (VP, KH-TC).
          if (m.via === 'qualified' || (m.via === 'listed' && !isAbbreviation(name))) continue;
          u.findings.push(later({ code: 'unit.nonstandard', name, canonical: m.canonical, fixed: null }, name, m.canonical));
          continue;
        }
        // a typo of a listed spelling: suggest that spelling (an accepted alias), not another name
        const closest = localise(isAbbreviation(m.closest) ? m.canonical : m.closest);
        u.findings.push(later({ code: 'unit.unknown', name, canonical: closest, fixed: null }, name, closest));
        continue;
      }
      const key = unitKey(name);
      u.keys.push(`u:${key}`);
      const n = usageOf().get(key)?.count ?? 1;
      if (n >= 2) {
        u.findings.push({ code: 'unit.unlisted', name, key, count: n });
        continue;
      }
      const typo = nearFrequent(name);
      if (typo !== undefined) {
        u.findings.push(later({ code: 'unit.unknown', name, canonical: typo, fixed: null }, name, typo));
      } else if (isWellFormedUnit(name)) {
        u.findings.push({ code: 'unit.unlisted', name, key, count: 1 });
      } else {
        u.findings.push({ code: 'unit.unknown', name, canonical: undefined, fixed: null });
      }
    }
    u.findings = settle(text, u.findings, pending);
    cells.set(text, u);
    return u;
  }

  /**
   * A named unit that leads and also partners, compared by key (the canonical unit's, or the
   * name's unitKey: `Phòng Văn hóa - Xã hội` and `Phòng Văn hoá – Xã hội` are one). Collective
   * units overlap by nature, so only a named unit counts.
   */
  function sharedWithLead(lead: CellUnits, partners: CellUnits): string | undefined {
    // Cells are shared by text (`of`), so a pair of them repeats row after row: judged once.
    let byPartners = shared.get(lead);
    if (!byPartners) {
      // Bounded: a sheet whose every lead cell differs gains nothing from keeping them.
      if (shared.size >= 10_000) shared.clear();
      shared.set(lead, (byPartners = new Map()));
    }
    const hit = byPartners.get(partners);
    if (hit !== undefined) return hit ?? undefined;
    const found = sharedName(lead, partners);
    byPartners.set(partners, found ?? null);
    return found;
  }

  function sharedName(lead: CellUnits, partners: CellUnits): string | undefined {
    const keys = new Set(lead.keys);
    for (let i = 0; i < partners.keys.length; i++) {
      const name = partners.names[i]!;
      if (keys.has(partners.keys[i]!) && !COLLECTIVE.test(name)) {
        // as the cell writes it (`Công an phường`, not the directory's `Công an xã`)
        return name;
      }
    }
    return undefined;
  }

  return { count, of, sharedWithLead };
}

/**
 * The cell's findings with their fixes: one replacement each when a code has at most MAX_PER_CELL
 * findings; else the code's findings become one (the first name, `others` = the rest) whose fix
 * makes all its replacements in one pass. Work linear in the cell's length either way.
 */
function settle(text: string, findings: UnitFinding[], pending: Pending[]): UnitFinding[] {
  const byCode = new Map<UnitFinding['code'], number>();
  for (const f of findings) byCode.set(f.code, (byCode.get(f.code) ?? 0) + 1);
  const crowded = (code: UnitFinding['code']) => code !== 'unit.unlisted' && (byCode.get(code) ?? 0) > MAX_PER_CELL;
  for (const p of pending) if (!crowded(p.finding.code)) p.finding.fixed = replaceUnit(text, p.name, p.to);
  if (![...byCode.keys()].some(crowded)) return findings;
  const out: UnitFinding[] = [];
  const merged = new Map<UnitFinding['code'], UnitFinding & { others?: number }>();
  for (const f of findings) {
    if (!crowded(f.code)) {
      out.push(f);
      continue;
    }
    const first = merged.get(f.code);
    if (first) {
      first.others = (first.others ?? 0) + 1;
      continue;
    }
    const head: UnitFinding & { others?: number } = { ...f, others: 0 };
    if (head.code !== 'unit.unlisted') {
      head.fixed = replaceAll(
        text,
        pending.filter((p) => p.finding.code === f.code),
      );
    }
    merged.set(f.code, head);
    out.push(head);
  }
  return out;
}

/**
 * The cell's text with every pending replacement made, in the order the names occur (each name
 * found from where the last one ended), or null when none could be found as written. Linear in
 * the text's length plus the names' lengths.
 */
function replaceAll(cellText: string, pending: readonly Pending[]): string | null {
  for (const text of [cellText, collapseSpaces(cellText)]) {
    let out = '';
    let from = 0;
    let done = 0;
    for (const p of pending) {
      const at = text.indexOf(p.name, from);
      if (at < 0) break;
      out += text.slice(from, at) + p.to;
      from = at + p.name.length;
      done++;
    }
    if (done === pending.length) return out + text.slice(from);
  }
  return null;
}

/**
 * The cell's text with one unit's name replaced, or null when the name (cleaned by the splitter)
 * cannot be found as written: then there is a suggestion but no automatic fix.
 */
export function replaceUnit(cellText: string, name: string, canonical: string): string | null {
  // as typed where the name is found so (the rest of the cell untouched), else in its tidied form
  for (const text of [cellText, collapseSpaces(cellText)]) {
    const at = text.indexOf(name);
    if (at >= 0) return text.slice(0, at) + canonical + text.slice(at + name.length);
  }
  return null;
}

function isAbbreviation(name: string): boolean {
  return /^[A-ZĐ][A-ZĐ0-9&.-]{1,9}$/u.test(name.trim());
}
