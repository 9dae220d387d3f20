/**
 * A browser a tool needs is not installed. Its message is one line saying what to install; the
 * tools' entry points print it alone, as a stack trace would only bury it.
 */
export class MissingBrowserError extends Error {
  override name = 'MissingBrowserError';
}

/** For a tool's entry point: ends the run with the missing browser's one line and exit code 1. */
export function exitOnMissingBrowser(error: unknown): never {
  if (error instanceof MissingBrowserError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
