import * as fs from 'fs';
import * as path from 'path';
import { decodeTCVN3, decodeVNI, detectLegacyEncoding, isVietnameseSyllable } from '../../../src/core/text';
import { fixtureCells } from './fixture-strings';

describe('detectLegacyEncoding: garbage from old fonts', () => {
  test.each([
    ['Phßng KÕ ho¹ch', 'TCVN3', 'Phòng Kế hoạch'],
    ['V¨n phßng', 'TCVN3', 'Văn phòng'],
    ['V¨n phßng Së', 'TCVN3', 'Văn phòng Sở'],
    ['Thanh tra Së', 'TCVN3', 'Thanh tra Sở'],
    ['C¸c phßng, ®¬n vÞ thuéc Së', 'TCVN3', 'Các phòng, đơn vị thuộc Sở'],
    ['Th­êng xuyªn', 'TCVN3', 'Thường xuyên'],
    ['Quý I/2024'.replace('ý', 'ý'), null, null],
    ['Vaên phoøng', 'VNI', 'Văn phòng'],
    ['Keá hoaïch', 'VNI', 'Kế hoạch'],
    ['Thanh tra Sôû', 'VNI', 'Thanh tra Sở'],
    ['Thöôøng xuyeân', 'VNI', 'Thường xuyên'],
    ['Caùc phoøng, ñôn vò thuoäc Sôû', 'VNI', 'Các phòng, đơn vị thuộc Sở'],
    ['VAÊN PHOØNG SÔÛ', 'VNI', 'VĂN PHÒNG SỞ'],
  ])('%j → %s', (text, encoding, decoded) => {
    expect(detectLegacyEncoding(text)).toBe(encoding);
    if (encoding === 'TCVN3') expect(decodeTCVN3(text)).toBe(decoded);
    if (encoding === 'VNI') expect(decodeVNI(text)).toBe(decoded);
  });
});

describe('detectLegacyEncoding: ordinary text is never flagged', () => {
  test.each([
    'Văn phòng Sở',
    'Chính sách',
    'Tháng 1/2024',
    'Cán bộ, công chức',
    'Hoà bình, thuỷ lợi, khoẻ',
    'Quý I/2024',
    'Straße',
    'café crème brûlée',
    'naïve résumé',
    'Ångström × 3 ÷ 2 ± 1 °C',
    '«Kế hoạch» § 3',
    'Kinh phí: 20.000.000 đ',
    '© 2024 ®',
    'Tờ trình/văn bản đề nghị',
    '',
    'Thường xuyên',
    'PAR INDEX, SIPAS, PAPI, PCI',
    'Thanh toán',
    'Thành phố',
    'Tháng Mười',
  ])('%j', (text) => {
    expect(detectLegacyEncoding(text)).toBeNull();
  });

  test('no cell of the fixture workbooks', async () => {
    const cells = await fixtureCells();
    expect(cells.length).toBeGreaterThan(500);
    const flagged = cells.filter((c) => detectLegacyEncoding(c.text) !== null).map((c) => c.text);
    expect(flagged).toEqual([]);
  });

  test('no line of the seed plans', () => {
    const dir = path.join(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
    if (!fs.existsSync(dir)) return;
    const lines = fs
      .readdirSync(dir)
      .flatMap((f) => fs.readFileSync(path.join(dir, f), 'utf8').split('\n'))
      .filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((l) => detectLegacyEncoding(l) !== null)).toEqual([]);
  });

  test('nor Unicode text with its accents stripped or decomposed', async () => {
    const cells = await fixtureCells();
    const variants = cells.flatMap((c) => [c.text.normalize('NFD'), c.text.normalize('NFD').replace(/[\u0300-\u036f]/g, '')]);
    expect(variants.filter((t) => detectLegacyEncoding(t) !== null)).toEqual([]);
  });
});

describe('isVietnameseSyllable', () => {
  test.each(['phòng', 'nghiêng', 'khuya', 'quý', 'giữa', 'người', 'đơn', 'hoà', 'hòa', 'thuở', 'a', 'xuyên', 'huynh', 'khuyên', 'hoàng', 'tháng', 'nôn', 'trì'])('%j is a syllable', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });
  // A glide-final nucleus takes no final consonant (VNI "Thaùng" is no "tháung"); a tone sits on a vowel (VNI "Ñôn").
  test.each(['phßng', 'vaên', 'keá', 'straße', 'index', 'sipas', 'hoaïch', 'pháq', 'bóà', '', 'tháung', 'thaùng', 'Ñôn', 'ñaïo', 'tiang', 'muan'])('%j is not', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });
});
