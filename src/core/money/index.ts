export type { AmountResult } from './amount';
export { parseAmount } from './amount';
export { formatAmount, formatPercent } from './format';
export type { AmountWordsOptions } from './words';
export { amountToWords } from './words';
export { parseWords, wordsMatch } from './read-words';
export type { WordsCell } from './words-cell';
export { hasWordsLabel, splitWordsCell, wordsCellText } from './words-cell';
