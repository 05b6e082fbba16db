const reported = new Set<string>();

/** Prints a report's message (`say`), its `§` tokens put into words first where that is set up. */
type Printer = (say: (message: string) => void, message: string) => void;
let print: Printer = (say, message) => say(message);

/**
 * How messages are printed from now on. `<cookie-consent>` writes the long phrases of its
 * reports as `§name` tokens and fetches their words with its on-demand part
 * (internal/report-words.ts, internal/phrases.ts); everything else prints messages as they are.
 */
export const printWith = (printer: Printer): void => {
  print = printer;
};

/**
 * Reports a problem with the integrator's input once per `code` with `console.error`; with
 * `warn`, the visitor's own browser state (cookies blocked, an old engine) with `console.warn`,
 * which is not a page error. It never throws: a consent banner must not break the page that
 * hosts it, even when `console` itself has been replaced by something hostile.
 */
export function reportOnce(code: string, message: string, warn?: boolean): void {
  if (reported.has(code)) return;
  reported.add(code);
  print((words) => {
    try {
      console[warn ? 'warn' : 'error'](`cookie-consent: ${words}`);
    } catch {
      // Nothing more we can do.
    }
  }, message);
}

/** Forgets what was reported, so that tests can observe a report again. */
export function resetReports(): void {
  reported.clear();
}
