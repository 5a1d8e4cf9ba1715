import { XS } from './strings';
/**
 * Typed failures of the .xlsx package layer (bytes in, bytes out; no file names here).
 * `reason` is one Vietnamese line for the user; an adapter prefixes the file name.
 * Expected failures of a file (not a zip, damaged, too large) are XlsxErrors; anything else
 * thrown from src/xlsx is a bug.
 */
export type XlsxErrorKind =
  /** Not an .xlsx at all: empty, text, PDF, .xls, .docx, .ods, a zip of something else. */
  | 'not-xlsx'
  /** A password-protected workbook (an OLE compound file holding EncryptedPackage). */
  | 'encrypted'
  /** A zip or a package that is cut off or inconsistent (bad central directory, bad CRC, a part missing). */
  | 'corrupt'
  /** A limit was reached before any work: declared sizes, ratio, entry count (see ZipLimits). */
  | 'too-large'
  /** Valid, but uses a zip feature we do not read (another compression method, zip encryption, multi-disk). */
  | 'unsupported';

export class XlsxError extends Error {
  constructor(
    readonly kind: XlsxErrorKind,
    /** Vietnamese, one line, without the file name. */
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'XlsxError';
  }
}

/** The reason every damaged package shares, so users meet one wording. */
export const DAMAGED = XS.damagedPackage;

export function corrupt(detail?: string): XlsxError {
  return new XlsxError('corrupt', detail ? XS.damagedPackageDetail(detail) : DAMAGED);
}
