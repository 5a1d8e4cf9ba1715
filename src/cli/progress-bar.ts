/**
 * A progress bar on stderr for long batches (`phuluc check DIR`), drawn only on a terminal: a log
 * file or a pipe gets nothing. One line, redrawn in place with a carriage return, cleared at the end.
 */
export interface ProgressSink {
  err(s: string): void;
  /** stderr is a terminal. */
  errTTY?: boolean;
  /** The terminal's width in characters. */
  columns?: number;
}

export interface ProgressBar {
  /** Called before each file: `done` files finished, `file` about to be read. */
  update(done: number, file: string): void;
  /** Clears the line. */
  end(): void;
}

const SILENT: ProgressBar = { update: () => undefined, end: () => undefined };
const BAR = 20;

/** A bar for `total` files, or a silent one when stderr is no terminal or there is one file. */
export function progressBar(sink: ProgressSink, total: number, verb = 'Đang kiểm tra'): ProgressBar {
  if (!sink.errTTY || total < 2) return SILENT;
  const width = Math.max(40, sink.columns ?? 80) - 1;
  let drawn = false;
  return {
    update(done, file) {
      const filled = Math.round((done / total) * BAR);
      const head = `${verb} ${'█'.repeat(filled)}${'░'.repeat(BAR - filled)} ${done}/${total} tệp `;
      const room = width - head.length;
      const name = room <= 1 ? '' : file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
      sink.err(`\r${(head + name).padEnd(width)}`);
      drawn = true;
    },
    end() {
      if (drawn) sink.err(`\r${' '.repeat(width)}\r`);
    },
  };
}
