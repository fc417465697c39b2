// One way to note a failure that was caught: a warning in the extension's console, named, never silent. Where
// an action the user asked for failed, the caller also shows a plain message (e.g. "That did not work").

/** Logs a caught failure: `what` says what was being done ("the history could not be read"). */
export function logFailure(what: string, error: unknown): void {
  console.warn(`Webmail First: ${what}`, error);
}
