import { formatDateNumber } from '../../../src/core/grid/date';

// formatDateNumber remembers its texts: asked again, in any order, each (value, format, system) gives its own.
describe('formatDateNumber asked again', () => {
  const cases: [number, string | undefined, boolean, string | undefined][] = [
    [45382, 'dd/mm/yyyy', false, '31/03/2024'],
    [45382, 'dd/mm/yyyy', true, '01/04/2028'],
    [45382, 'd/m/yyyy h:mm', false, '31/03/2024 00:00'],
    [45382.5, 'dd/mm/yyyy', false, '31/03/2024'],
    [45382.5, 'hh:mm:ss', false, '12:00:00'],
    [1.5, '[h]:mm', false, '36:00'],
    [-1, 'dd/mm/yyyy', false, undefined],
    [NaN, 'dd/mm/yyyy', false, undefined],
    [45382, '0.00', false, undefined],
    [45382, undefined, false, undefined],
    [60, 'dd/mm/yyyy', false, '29/02/1900'],
    [0, 'dd/mm/yyyy', true, '01/01/1904'],
  ];
  it.each([0, 1, 2])('pass %i', (pass) => {
    const order = pass === 1 ? [...cases].reverse() : cases;
    for (const [v, fmt, d1904, want] of order) expect([v, fmt, d1904, formatDateNumber(v, fmt, d1904)]).toEqual([v, fmt, d1904, want]);
  });
});
