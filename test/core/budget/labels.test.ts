import { savingsPercent, sttLevel, totalLabel } from '../../../src/core/budget';

describe('totalLabel', () => {
  it.each<[string, ReturnType<typeof totalLabel>]>([
    ['TỔNG CỘNG', { kind: 'grand' }],
    ['Tổng cộng', { kind: 'grand' }],
    ['Tổng cộng:', { kind: 'grand' }],
    ['  Tổng  ', { kind: 'grand' }],
    ['Cộng', { kind: 'grand' }],
    ['Tổng số', { kind: 'grand' }],
    ['Tổng cộng (I+II)', { kind: 'grand' }],
    ['TỔNG CỘNG KINH PHÍ', { kind: 'grand' }],
    ['Tổng cộng'.normalize('NFD'), { kind: 'grand' }],
    ['Cộng mục I', { kind: 'subtotal', id: 'I' }],
    ['Cộng I', { kind: 'subtotal', id: 'I' }],
    ['Cộng II:', { kind: 'subtotal', id: 'II' }],
    ['Cộng phần A', { kind: 'subtotal', id: 'A' }],
    ['Tổng cộng mục III', { kind: 'subtotal', id: 'III' }],
    ['Cộng nhóm 2', { kind: 'subtotal', id: '2' }],
    ['Cộng tác viên', null],
    ['Tổng hợp kinh phí', null],
    ['Tổng kết năm', null],
    ['Hỗ trợ công chức', null],
    ['Cộng mục', null],
    ['', null],
    ['1', null],
  ])('%p → %p', (text, expected) => {
    expect(totalLabel(text)).toEqual(expected);
  });
});

describe('savingsPercent', () => {
  it.each<[string, number | null]>([
    ['Tiết kiệm chi 10%', 10],
    ['Tiết kiệm 10% chi thường xuyên', 10],
    ['TIẾT KIỆM CHI 10 %', 10],
    ['Tiết kiệm chi 2,5%', 2.5],
    ['Tiết kiệm chi 10%'.normalize('NFD'), 10],
    ['Tiết kiệm chi', null],
    ['Chi 10% cho hội nghị', null],
    ['Tiết kiệm chi 0%', null],
    ['Tiết kiệm chi 150%', null],
    ['', null],
  ])('%p → %p', (text, expected) => {
    expect(savingsPercent(text)).toBe(expected);
  });
});

describe('sttLevel', () => {
  it.each<[string, ReturnType<typeof sttLevel>]>([
    ['A', { kind: 'heading', level: 0 }],
    ['B.', { kind: 'heading', level: 0 }],
    ['C', { kind: 'heading', level: 0 }],
    ['I', { kind: 'heading', level: 1 }],
    ['IV', { kind: 'heading', level: 1 }],
    ['VIII.', { kind: 'heading', level: 1 }],
    ['1', { kind: 'line', level: 2 }],
    ['12.', { kind: 'line', level: 2 }],
    ['1.1', { kind: 'line', level: 3 }],
    ['2.3.1', { kind: 'line', level: 4 }],
    ['a', { kind: 'line', level: 10 }],
    ['b)', { kind: 'line', level: 10 }],
    ['-', { kind: 'line', level: 11 }],
    ['+', { kind: 'line', level: 11 }],
    ['', { kind: 'line', level: 11 }],
    ['Ghi chú', { kind: 'line', level: 11 }],
  ])('%p → %p', (stt, expected) => {
    expect(sttLevel(stt)).toEqual(expected);
  });
});
