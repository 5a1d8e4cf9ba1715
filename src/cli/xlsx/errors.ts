/**
 * Typed failures of the file adapters. The CLI prints `message` as one line and exits 2;
 * nothing else in the CLI catches exceptions by message text.
 */
/** `too-large`: a limit of src/xlsx/zip.ts (or the file's own size) was reached before any work. */
export type ReadErrorKind = 'missing' | 'not-xlsx' | 'encrypted' | 'unreadable' | 'too-large';

export class ReadError extends Error {
  constructor(
    readonly kind: ReadErrorKind,
    readonly file: string,
    /** Vietnamese, one line, without the file name (the CLI prefixes it). */
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ReadError';
  }
}

/** `same-output`: two outputs of one command are one file; `bad-name`: an output's name does not end as its content needs. */
export type WriteErrorKind = 'same-as-input' | 'same-output' | 'bad-name' | 'exists' | 'unwritable';

export class WriteError extends Error {
  constructor(
    readonly kind: WriteErrorKind,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WriteError';
  }
}
