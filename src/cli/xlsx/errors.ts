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

export type WriteErrorKind = 'same-as-input' | 'exists' | 'unwritable';

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
