/**
 * A count of the characters the splitter and the matcher look at, for tests that assert the work
 * done on long cells grows linearly (never a timed test). Incrementing a number costs nothing.
 */
export const meter = { chars: 0 };
