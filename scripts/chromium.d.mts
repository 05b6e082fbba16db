/** $CHROMIUM_PATH, else /usr/bin/chromium when it exists, else undefined (Playwright's own browser). */
export const executablePath: string | undefined;
/** Chromium's command-line flags for the tests, the benchmark and the screenshots. */
export const chromiumArgs: string[];
