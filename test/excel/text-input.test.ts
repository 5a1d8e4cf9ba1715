/**
 * The one rule for writing text (office-api textInput): whatever the string, Excel (emulated as
 * strictly as it reads typed input, en-US and vi-VN) stores exactly that text. Property-tested
 * with strings built from the pieces Excel turns into numbers, dates, times and formulas.
 */
import fc from 'fast-check';
import { needsQuote, textInput } from '../../src/excel';
import { typeValue } from '../../src/excel/emulator/typing';

const piece = fc.oneof(
  fc.constantFrom('1', '15', '01', '2024', '24', '3', '31', '12', '0', '100', '20.000', '1,5', '20,000'),
  fc.constantFrom('/', '-', '.', ':', ' ', ',', '%', '(', ')', '+', '=', '@', "'", 'e', 'E'),
  fc.constantFrom('Mar', 'March', 'Jan', 'tháng', 'Quý I', 'AM', 'PM', 'TRUE', '#N/A', 'Thường xuyên', 'Văn phòng', 'đ', '₫', '$'),
);
const texts = fc.array(piece, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

describe('textInput', () => {
  it('makes Excel store any text exactly as given, in vi-VN and in en-US', () => {
    fc.assert(
      fc.property(texts, (s) => {
        for (const locale of ['vi-VN', 'en-US'] as const) {
          const typed = typeValue(textInput(s), 'General', locale);
          if (typed.value !== s || typed.formula !== undefined || typed.error !== undefined) return false;
        }
        return true;
      }),
      { numRuns: 5_000, seed: 6 },
    );
  });

  it.each(['Thường xuyên', 'Văn phòng Sở', 'Quý I/2024', 'Trước 15/01/2024', 'Năm 2024', 'Tháng 3', 'Các phòng, đơn vị'])(
    'leaves ordinary text "%s" without an apostrophe',
    (s) => {
      expect(needsQuote(s)).toBe(false);
      expect(textInput(s)).toBe(s);
    },
  );

  it.each(['15/01', '01/2024', '3/5/2024', '31/03/2024', '2024-03-31', '5-Mar', 'Mar 5', '10:30', '20.000', '1,5', '5%', '(100)', '1E3', '1 1/2', 'TRUE', '#N/A', '- Tờ trình', '=A1'])(
    'quotes "%s", which Excel would turn into something else',
    (s) => expect(textInput(s)).toBe("'" + s),
  );
});
