// Type guards for data read from outside the code (storage of another version, files, policies, feeds).

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The largest time `Date` can hold (ms since the epoch): anything beyond makes date formatting throw. */
const maxTime = 8.64e15;

/** A point in time `Date` can represent and format (ms since the epoch, not before 1970). */
export const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= maxTime;

/**
 * Characters refused in free text (names, hours, messages…): control characters and line breaks (they forge lines
 * in a report or a mail subject and break a macOS profile), and bidirectional overrides (they flip displayed text).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const unsafeTextCharacters = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
