/**
 * The progress of a batch (`phuluc check THƯ_MỤC`) on stderr: nothing for the first second (a
 * quick check prints no noise), then "Đang kiểm tra 3/10 tệp: ten-tep.xlsx". On a terminal it is
 * one line redrawn in place and cleared at the end; elsewhere (a log file, asked for with
 * --progress) a plain line at most once a second.
 */
import { C } from './strings';

export interface ProgressSink {
  err(s: string): void;
  /** stderr is a terminal. */
  errTTY?: boolean;
  /** The terminal's width in characters. */
  columns?: number;
  /** Milliseconds, monotonic; injectable for tests. */
  clock?: () => number;
}

export interface Progress {
  /** Called before each file: `done` files finished, `file` about to be read. */
  update(done: number, file: string): void;
  /** Clears the line (on a terminal) once the batch is over. */
  end(): void;
}

/** Silent for the first DELAY_MS of a batch. */
export const DELAY_MS = 1000;
const SILENT: Progress = { update: () => undefined, end: () => undefined };

/**
 * A progress line for `total` files. `enabled` says whether the user may see one at all (see
 * `progressWanted`); one file gets none.
 */
export function progressLine(sink: ProgressSink, total: number, enabled: boolean): Progress {
  if (!enabled || total < 2) return SILENT;
  const clock = sink.clock ?? (() => performance.now());
  const started = clock();
  const tty = Boolean(sink.errTTY);
  const width = Math.max(40, sink.columns ?? 80) - 1;
  let drawn = false;
  let lastPlain = -Infinity;
  return {
    update(done, file) {
      const now = clock();
      if (now - started < DELAY_MS) return;
      const head = C.progress(done, total);
      if (tty) {
        const room = width - head.length;
        const name = room <= 1 ? '' : file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
        sink.err(`\r${(head + name).padEnd(width)}`);
        drawn = true;
      } else if (now - lastPlain >= DELAY_MS) {
        sink.err(`${head}${file}\n`);
        lastPlain = now;
      }
    },
    end() {
      if (drawn) sink.err(`\r${' '.repeat(width)}\r`);
    },
  };
}

/**
 * Whether a batch may show progress: asked for (--progress), or stderr is a terminal, except
 * that --json written to a pipe or a file stays silent unless asked (a script reads it).
 */
export function progressWanted(o: { asked: boolean; json: boolean; stdoutTTY: boolean; errTTY: boolean }): boolean {
  if (o.asked) return true;
  if (!o.errTTY) return false;
  return !(o.json && !o.stdoutTTY);
}
