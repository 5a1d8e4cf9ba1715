/**
 * The one place the pane reaches into the engine. Everything the pane shows or writes that has a
 * meaning (what is wrong, what a fix writes, numbering, words) comes from src/core through here.
 */
export { checkSheet, combineVerified, formulasOverwritten, renumber, renumbering, renderMessage, renderRefusal, severityLabel, codeTitle } from '../core';
export { BUILT_IN_DIRECTORIES, DEFAULT_UNITS, DIRECTORY_IDS } from '../core/units';
export { DEFAULT_FUNDING } from '../core/funding';
export { amountToWords } from '../core/money/words';
export { splitWordsCell } from '../core/money/words-cell';
export { matchArea } from '../core/areas';
export { bodyProblemMessage, fixDone, fixPreview, missingUnitsMessage, renderSuggestion, unlistedFundingMessage } from '../core/messages';
export { bodyProblem } from '../core/units/directories';
export { PLAN_YEAR_MAX, PLAN_YEAR_MIN } from '../core/config';
