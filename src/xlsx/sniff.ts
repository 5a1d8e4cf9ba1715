/**
 * What a file that is not an .xlsx package is, from its first bytes, so that a user who picked
 * the wrong file is told why in one line (an old .xls, a password, a PDF, a text file...).
 */
import { cfbEntryNames } from './cfb';
import { DAMAGED, XlsxError } from './errors';
import { XS } from './strings';

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];

function startsWith(b: Uint8Array, magic: readonly number[]): boolean {
  if (b.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (b[i] !== magic[i]) return false;
  return true;
}

/** Whether `needle` (Latin-1 or UTF-16LE text) occurs in the bytes. */
export function containsText(b: Uint8Array, text: string, utf16 = false): boolean {
  const needle: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    needle.push(c & 0xff);
    if (utf16) needle.push(c >> 8);
  }
  const first = needle[0] as number;
  const n = needle.length;
  outer: for (let i = b.indexOf(first); i >= 0 && i + n <= b.length; i = b.indexOf(first, i + 1)) {
    for (let k = 1; k < n; k++) if (b[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Refuses bytes that cannot be an .xlsx zip, with the reason; returns when they start like a
 * zip (the zip reader then decides). `extension` (".xlsx", lower case) only sharpens a message.
 */
export function sniff(bytes: Uint8Array, extension = '.xlsx'): void {
  if (bytes.length === 0) throw new XlsxError('not-xlsx', XS.emptyFile);
  if (startsWith(bytes, CFB_MAGIC)) throw compoundFileError(bytes);
  if (startsWith(bytes, ZIP_MAGIC)) return;
  if (startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    throw new XlsxError('not-xlsx', XS.emptyZip);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new XlsxError('not-xlsx', XS.isPdf);
  }
  if (looksLikeText(bytes.subarray(0, TEXT_HEAD))) {
    const hint = extension === '.xlsx' ? XS.renamedTextHint : '';
    throw new XlsxError('not-xlsx', XS.isText(hint));
  }
  throw new XlsxError('not-xlsx', XS.notXlsx);
}

/**
 * How many first bytes must read as text. Eight printable bytes were too few: a third of random
 * files (cut downloads, encrypted files) start so, and were called text files. In 512 random
 * bytes a control byte or NUL is all but certain.
 */
const TEXT_HEAD = 512;

function looksLikeText(head: Uint8Array): boolean {
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) return false;
  return true;
}

/**
 * A zip whose directory cannot be read: a cut-off download still names the parts it has so far
 * in its local headers; otherwise say what the zip seems to hold.
 */
export function classifyBrokenZip(bytes: Uint8Array): XlsxError {
  if (containsText(bytes, 'xl/workbook.xml') || containsText(bytes, 'xl/worksheets/') || containsText(bytes, 'xl/sharedStrings.xml')) {
    return new XlsxError('corrupt', DAMAGED);
  }
  if (containsText(bytes, 'word/document.xml')) {
    return new XlsxError('not-xlsx', XS.isDocx);
  }
  if (containsText(bytes, 'opendocument.spreadsheet')) {
    return new XlsxError('not-xlsx', XS.isOds);
  }
  return new XlsxError('corrupt', DAMAGED);
}

/**
 * What an OLE compound file is, by the streams its directory names ([MS-CFB] 2.6), never by
 * text found elsewhere in it (an .xls whose cells mention "EncryptedPackage" is still an .xls):
 * `EncryptedPackage` is a password-protected .xlsx ([MS-OFFCRYPTO] 2.3.4.4); `Workbook` or
 * `Book` an Excel 97–2003 or 5.0/95 .xls; `WordDocument` a .doc; `PowerPoint Document` a .ppt.
 */
export function compoundFileError(bytes: Uint8Array): XlsxError {
  const names = cfbEntryNames(bytes);
  if (!names) {
    return new XlsxError('corrupt', XS.damagedOle);
  }
  const has = (name: string) => names.some((n) => n.toLowerCase() === name.toLowerCase());
  if (has('EncryptedPackage')) {
    return new XlsxError(
      'encrypted',
      XS.encrypted,
    );
  }
  if (has('Workbook') || has('Book')) {
    return new XlsxError('not-xlsx', XS.isXls);
  }
  if (has('WordDocument')) return new XlsxError('not-xlsx', XS.isDoc);
  if (has('PowerPoint Document')) return new XlsxError('not-xlsx', XS.isPpt);
  return new XlsxError('not-xlsx', XS.oleNotWorkbook);
}
