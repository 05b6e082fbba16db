// The clean-up's own wildcard and cookie list, so that "declared" here means exactly "deleted on withdrawal" there.
import { matchesAny, visibleNames } from './cookie-cleanup.js';
import { reportOnce } from '../internal/report.js';

/*
 * Advice for integrators (the `debug` attribute): cookies the page sets but the inventory does
 * not declare, and declared lifetimes longer than the CNIL allows for trackers (CNIL-9).
 */

interface Row {
  readonly names: readonly string[];
  readonly duration?: unknown;
}

// 13 months; "13 months" itself counts 13 × 30 = 390 days, so it passes.
const MAX_DAYS = 395;
// A number, then its unit (singular or plural): day/jour, week/semaine, month/mois, else year/an/année.
const DURATION = /^(\d+(?:[.,]\d+)?) *(?:(day|jour)|(week|semaine)|(month|mois)|year|an|ann[ée]e)s?$/i;

/** Names in `cookieNames` that no declared pattern (`*` is a wildcard) matches. */
export function undeclaredCookies(cookieNames: readonly string[], declared: readonly string[]): string[] {
  return cookieNames.filter((name) => !matchesAny(declared, name));
}

/** Days of a simple English or French duration ("13 months", "1 an"); 0 for anything else. */
function days(text: unknown): number {
  const match = typeof text === 'string' && DURATION.exec(text.trim());
  return match ? parseFloat(match[1]!.replace(',', '.')) * (match[2] ? 1 : match[3] ? 7 : match[4] ? 30 : 365) : 0;
}

/** Names of the rows declared to last over 13 months; a text that is not a simple duration is ignored. */
export function overlongDurations(rows: readonly Row[]): string[] {
  return rows
    .filter(({ duration: d }) =>
      typeof d === 'number' ? d > MAX_DAYS : (typeof d === 'object' && d ? Object.values(d) : [d]).some((text) => days(text) > MAX_DAYS),
    )
    .flatMap((row) => row.names);
}

/** The names of the cookies this page can see; none where `document.cookie` is missing or throws. */
function pageCookieNames(): string[] {
  try {
    return visibleNames().filter(Boolean);
  } catch {
    return [];
  }
}

/** Category ids that the page's gated elements (`data-cookie-category`) name but the inventory does not declare: typos, mostly. */
export function unknownGatedCategories(declared: readonly string[], root: ParentNode = document): string[] {
  // The blanks around and between ids split into '' items, which the filter drops.
  const named = [...root.querySelectorAll('[data-cookie-category],[data-cookie-service]')].flatMap((el) =>
    `${el.getAttribute('data-cookie-category') ?? ''} ${el.getAttribute('data-cookie-service') ?? ''}`.split(/\s+/),
  );
  return [...new Set(named)].filter((id) => id && !declared.includes(id));
}

interface Item {
  readonly id: string;
  readonly cookies?: readonly Row[];
  readonly services?: readonly Item[];
}

/**
 * Warns, once per name and problem on this page, about undeclared cookies, overlong
 * durations, and gated elements naming a category the configuration does not declare (such
 * an element stays blocked forever).
 */
export function checkInventory(
  inventory: readonly Item[],
  cookieNames: readonly string[] = pageCookieNames(),
  root?: ParentNode,
): void {
  try {
    // Categories and the services inside them.
    const categories = inventory.flatMap((category) => [category, ...(category.services ?? [])]);
    const rows = categories.flatMap((category) => category.cookies ?? []);
    // console.warn: advice, not a fault of the page.
    const warn = (kind: string, names: string[], problem: string) => {
      for (const name of names) reportOnce(problem + name, `the ${kind} "${name}" ${problem}`, true);
    };
    warn('cookie', undeclaredCookies(cookieNames, rows.flatMap((row) => row.names)), 'is set but no category declares it');
    warn('cookie', overlongDurations(rows), 'is declared to last over 13 months, the most the CNIL allows for a tracker');
    // Last: without a document (a server, a unit test) it throws, caught below.
    warn('category', unknownGatedCategories(categories.map((c) => c.id), root), 'gates an element (data-cookie-category or data-cookie-service) but is not configured: it never runs');
  } catch {
    // Advice only: a hostile console or a malformed inventory must not break the page.
  }
}
