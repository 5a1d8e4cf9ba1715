/**
 * What a file that is no .xlsx is called (sniff): a text file only when its first bytes read as
 * text, never binary garbage whose first few bytes happen to be printable (a cut download, an
 * encrypted or random file).
 */
import { sniff } from '../../src/xlsx/sniff';
import { XS } from '../../src/xlsx/strings';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));
/** Binary bytes: printable at first (Latin-1 letters), control bytes and NULs later. */
const BINARY_TAIL = [0x00, 0x13, 0x9c, 0x02, 0x1f, 0x00, 0x07, 0x88, 0x01, 0x00];
const TEXT = XS.isText(XS.renamedTextHint);

const cases: { name: string; input: Uint8Array; message: string }[] = [
  // binary: not text, whatever its first 8 bytes
  { name: 'random bytes, first 8 printable', input: bytes([0x8f, 0x3a, 0xc1, 0x77, 0xe2, 0x5d, 0x9b, 0x41], BINARY_TAIL), message: XS.notXlsx },
  { name: 'random bytes, first 20 printable', input: bytes('Zq8#kL!pW@x7&vB*e^2M', BINARY_TAIL), message: XS.notXlsx },
  { name: 'binary with a control byte at 300', input: bytes('a'.repeat(300), [0x02], 'b'.repeat(50)), message: XS.notXlsx },
  { name: 'UTF-16 text (NUL bytes)', input: bytes([0xff, 0xfe], [0x53, 0, 0x54, 0, 0x54, 0, 0x2c, 0]), message: XS.notXlsx },
  { name: 'a PNG image', input: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], BINARY_TAIL), message: XS.notXlsx },
  // text: still named so
  { name: 'a UTF-8 CSV', input: bytes('STT,Nhiệm vụ,Đơn vị chủ trì\r\n1,Rà soát,Văn phòng Sở\r\n'), message: TEXT },
  { name: 'a Windows-1258 CSV (high bytes)', input: bytes([0x53, 0x54, 0x54, 0x2c, 0x4e, 0x68, 0x69, 0xea, 0xd2, 0x6d, 0x20, 0x76, 0x75, 0xf2, 0x0d, 0x0a]), message: TEXT },
  { name: 'a tab-separated export', input: bytes('STT\tNhiệm vụ\n1\tRà soát\n'), message: TEXT },
  { name: 'a short text file', input: bytes('abcdefgh'), message: TEXT },
  { name: 'text whose control byte comes after the first 512 bytes', input: bytes('x'.repeat(600), [0x02]), message: TEXT },
  { name: 'a PDF', input: bytes('%PDF-1.7\n', BINARY_TAIL), message: XS.isPdf },
  { name: 'an empty file', input: bytes(), message: XS.emptyFile },
];

test.each(cases)('$name', ({ input, message }) => {
  let thrown: unknown;
  try {
    sniff(input, '.xlsx');
  } catch (e) {
    thrown = e;
  }
  // The whole message: the text one ends with the generic one.
  expect((thrown as Error | undefined)?.message).toBe(message);
});
