const reported = new Set<string>();

/**
 * Reports a problem with the integrator's input once per `code` with `console.error`.
 * It never throws: a consent banner must not break the page that hosts it, even when
 * `console` itself has been replaced by something hostile.
 */
export function reportOnce(code: string, message: string): void {
  if (reported.has(code)) return;
  reported.add(code);
  try {
    console.error(`cookie-consent: ${message}`);
  } catch {
    // Nothing more we can do.
  }
}

/** Forgets what was reported, so that tests can observe a report again. */
export function resetReports(): void {
  reported.clear();
}
