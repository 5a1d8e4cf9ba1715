/** Where the CLI prints, and how an expected failure of a file becomes one line on stderr. */
import { C } from './strings';
import type { UnreadableFile } from './report/json';
import { printable } from './printable';
import { ReadError, WriteError } from './xlsx/errors';

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** Colour only for a terminal. */
  color: boolean;
  /** stdout is a terminal (--json to a pipe keeps stderr quiet). */
  outTTY?: boolean;
  /** stderr is a terminal: a long batch redraws its progress line there. */
  errTTY?: boolean;
  /** The terminal's width. */
  columns?: number;
  /** Milliseconds, monotonic (progress waits a second); injectable for tests. */
  clock?: () => number;
  /** Today, ISO yyyy-mm-dd (the default date of a report); injectable for tests. */
  today?: () => string;
  /** Now, as a report's "made at" line shows it. */
  now?: () => string;
}

export const processIo = (): Io => ({
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
  outTTY: Boolean(process.stdout.isTTY),
  errTTY: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns,
});

/** The local date, ISO yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The local time as "dd/mm/yyyy hh:mm" (a report's "made at" line). */
export function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** Prints a ReadError or WriteError as one line (file name escaped) and returns it as data; rethrows anything else. */
export function readFailure(e: unknown, io: Io): UnreadableFile {
  if (e instanceof ReadError || e instanceof WriteError) {
    io.err(`phuluc: ${printable(e.file)}: ${printable(e.reason)}\n`);
    return { file: e.file, kind: e.kind, message: e.reason };
  }
  throw e;
}

/**
 * Anything that goes wrong with one file of several: a typed read error as such, and an
 * unexpected exception (a bug) as an `internal` failure of that file alone, so the other files'
 * reports are still printed.
 */
export function fileFailure(file: string, e: unknown, io: Io): UnreadableFile {
  if (e instanceof ReadError || e instanceof WriteError) return readFailure(e, io);
  const detail = e instanceof Error ? e.message : String(e);
  const message = C.unexpected(detail.slice(0, 200));
  io.err(`phuluc: ${printable(file)}: ${printable(message)}\n`);
  return { file, kind: 'internal', message };
}
