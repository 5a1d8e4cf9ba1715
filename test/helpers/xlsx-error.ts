import { XlsxError } from '../../src/xlsx/errors';

/** The XlsxError `fn` throws; any other error is rethrown, and returning normally fails the test. */
export function errorOf(fn: () => unknown): XlsxError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}
