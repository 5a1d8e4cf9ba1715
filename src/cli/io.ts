/** Where the CLI prints, and how an expected failure of a file becomes one line on stderr. */
import { dayText } from '../core/grid/date';
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
  /** Whether stdout still has a reader (see streamPrinter): a batch stops early when nobody reads and nothing else is written. */
  outState?: SinkState;
}

/** What the CLI prints to: process.stdout, process.stderr (a stream's 'error' events included). */
export interface Sink {
  write(s: string | Uint8Array): unknown;
  on(event: 'error', listener: (e: NodeJS.ErrnoException) => void): unknown;
}

/** How printing to a stream went: `closed` when its reader went away (EPIPE), `failed` with the system's code otherwise. */
export interface SinkState {
  closed: boolean;
  failed?: string;
}

/**
 * A print function for a stream whose reader may go away: `phuluc check DIR | head -1` closes the
 * pipe after one line, and the next write fails with EPIPE, emitted as an 'error' event that,
 * unhandled, ends Node with an English stack trace. A reader that stops reading is not a
 * failure: from then on output to that stream is dropped in silence (`state.closed`) and the
 * command goes on to write its files and return its exit code. Any other failure (a full disk
 * behind `>`) is kept in `state.failed` for the command to report; nothing more is written.
 */
export function streamPrinter(stream: Sink): { print: (s: string) => void; state: SinkState } {
  const state: SinkState = { closed: false };
  const stop = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED' || e.code === 'ERR_STREAM_WRITE_AFTER_END') state.closed = true;
    else state.failed ??= e.code ?? C.write.unknownCode;
  };
  stream.on('error', stop);
  const print = (s: string) => {
    if (state.closed || state.failed !== undefined) return;
    try {
      stream.write(s);
    } catch (e) {
      stop(e as NodeJS.ErrnoException);
    }
  };
  return { print, state };
}

/**
 * A stream written as UTF-8 bytes encoded here for long strings (a --json report comes in 32 KB
 * pieces, 50 MB for 100,000 rows): `write(string)` has Buffer.from measure the UTF-8 length in a
 * pass of its own before encoding, whereas here the string is encoded at once into a buffer of
 * the largest size it can need (3 bytes per UTF-16 unit) and the bytes copied out. The same bytes;
 * each write gets a buffer of its own and of its size, which the stream may keep until it is
 * flushed. Short strings go as they are (Buffer.from's pool is cheaper for them).
 */
export function utf8Sink(stream: Sink): Sink {
  let scratch: Buffer | undefined;
  return {
    write(s: string) {
      if (s.length < UTF8_DIRECT_MIN) return stream.write(s);
      const need = s.length * 3;
      // One scratch buffer for the usual pieces; a rare long line (a sheet's layout) gets its own.
      const into = need <= UTF8_SCRATCH_MAX ? (scratch && scratch.length >= need ? scratch : (scratch = Buffer.allocUnsafeSlow(Math.max(need, 256 * 1024)))) : Buffer.allocUnsafe(need);
      const n = into.write(s, 'utf8');
      return stream.write(Buffer.from(into.subarray(0, n)));
    },
    on: (event, listener) => stream.on(event, listener),
  };
}

/** Strings at least this long are encoded by utf8Sink itself. */
const UTF8_DIRECT_MIN = 8 * 1024;
/** The largest scratch buffer utf8Sink keeps. */
const UTF8_SCRATCH_MAX = 1024 * 1024;

export const processIo = (): Io => {
  const out = streamPrinter(utf8Sink(process.stdout));
  const err = streamPrinter(process.stderr);
  return {
    out: out.print,
    err: err.print,
    outState: out.state,
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    outTTY: Boolean(process.stdout.isTTY),
    errTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns,
  };
};

/** The local date, ISO yyyy-mm-dd. */
export function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The local time as "dd/mm/yyyy hh:mm" (a report's "made at" line). */
export function localNow(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${dayText(d.getFullYear(), d.getMonth() + 1, d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
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
