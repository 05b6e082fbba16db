const reported = new Set<string>();

/**
 * Reports a problem with the integrator's input once per `code` with `console.error`; with
 * `warn`, the visitor's own browser state (cookies blocked, an old engine) with `console.warn`,
 * which is not a page error. It never throws: a consent banner must not break the page that
 * hosts it, even when `console` itself has been replaced by something hostile.
 */
export function reportOnce(code: string, message: string, warn?: boolean): void {
  if (reported.has(code)) return;
  reported.add(code);
  try {
    console[warn ? 'warn' : 'error'](`cookie-consent: ${message}`);
  } catch {
    // Nothing more we can do.
  }
}

/** Forgets what was reported, so that tests can observe a report again. */
export function resetReports(): void {
  reported.clear();
}
