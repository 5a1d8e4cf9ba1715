import { ReadingConfig, doReadNumber } from 'read-vietnamese-number';

/** Regional pairs: each is right somewhere; a document should use one consistently. */
export interface AmountWordsOptions {
  linh?: 'linh' | 'lẻ';
  nghin?: 'nghìn' | 'ngàn';
  tu?: 'tư' | 'bốn';
}

/**
 * An amount in words as accounting writes it: "Hai mươi triệu đồng", "Một triệu không trăm
 * linh năm nghìn đồng", "Một nghìn tỷ đồng". Numbers are rounded to the đồng; a non-finite
 * number gives "" (there is nothing to spell).
 */
export function amountToWords(n: number | bigint, opts: AmountWordsOptions = {}): string {
  let value: bigint;
  if (typeof n === 'bigint') value = n;
  else if (Number.isFinite(n)) value = BigInt(Math.round(n));
  else return '';
  const config = new ReadingConfig();
  config.unit = ['đồng'];
  config.oddText = opts.linh ?? 'linh';
  config.fourToneText = opts.tu ?? 'tư';
  // The library repeats the last unit for larger numbers, so "nghìn tỷ", "triệu tỷ" come out right.
  config.units = [[], [opts.nghin ?? 'nghìn'], ['triệu'], ['tỷ']];
  const words = doReadNumber(value, config);
  return words.charAt(0).toUpperCase() + words.slice(1);
}
