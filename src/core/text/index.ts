export { nfc, collapseSpaces, fold, foldKeepPunctuation, foldKeepTones, isUnaccented, lowerFirst } from './normalize';
export { createTypoIndex, distance, nearest, typoTolerance } from './similar';
export type { Nearest, NearestOptions } from './similar';
export {
  detectLegacyEncoding,
  decodeLegacy,
  decodeLegacyText,
  decodeTCVN3,
  decodeVNI,
  drawnAsStored,
  hasUnicodeVietnamese,
  isCapitalsFont,
  legacyFontEncoding,
  legacyVerdict,
  UNICODE_FONT,
} from './encoding';
export type { LegacyEncoding, LegacyReason, LegacyVerdict } from './encoding';
export { isVietnameseSyllable } from './syllable';
export { memoize } from './memo';
export { isBlankStandIn } from './blank';
