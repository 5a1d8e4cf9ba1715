const BLANK_STAND_IN = /^\s*[-–—.…_/\\x]{1,5}\s*$/i;

/** "-", "...", "x": what clerks type in a cell that has nothing to say. */
export function isBlankStandIn(text: string): boolean {
  return text.length <= 5 && BLANK_STAND_IN.test(text);
}
