// The clean-up's own wildcard, so that "declared" here means exactly "deleted on withdrawal" there.
import { namePattern } from './cookie-cleanup.js';

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
// Days per unit, keyed by the unit's first letter: day/jour, week/semaine, month/mois, year/an/année.
const UNIT_DAYS: Record<string, number> = { d: 1, j: 1, w: 7, s: 7, m: 30, y: 365, a: 365 };
const DURATION = /^(\d+(?:[.,]\d+)?) *(days?|jours?|weeks?|semaines?|months?|mois|years?|ans?|ann[ée]es?)$/i;

const warned = new Set<string>();

/** Names in `cookieNames` that no declared pattern (`*` is a wildcard) matches. */
export function undeclaredCookies(cookieNames: readonly string[], declared: readonly string[]): string[] {
  const patterns = declared.map(namePattern);
  return cookieNames.filter((name) => !patterns.some((pattern) => pattern.test(name)));
}

/** Days of a simple English or French duration ("13 months", "1 an"); 0 for anything else. */
function days(text: unknown): number {
  const match = typeof text === 'string' && DURATION.exec(text.trim());
  return match ? parseFloat(match[1]!.replace(',', '.')) * UNIT_DAYS[match[2]![0]!.toLowerCase()]! : 0;
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
    return document.cookie.split(';').map((pair) => pair.split('=')[0]!.trim()).filter(Boolean);
  } catch {
    return [];
  }
}

/** Category ids that the page's gated elements (`data-cookie-category`) name but the inventory does not declare: typos, mostly. */
export function unknownGatedCategories(declared: readonly string[], root: ParentNode = document): string[] {
  const named = [...root.querySelectorAll('[data-cookie-category]')].flatMap((el) => (el.getAttribute('data-cookie-category') ?? '').trim().split(/\s+/));
  return [...new Set(named)].filter((id) => id && !declared.includes(id));
}

/**
 * Warns, once per name and problem on this page, about undeclared cookies, overlong
 * durations, and gated elements naming a category the configuration does not declare (such
 * an element stays blocked forever).
 */
export function checkInventory(
  categories: readonly { readonly id: string; readonly cookies?: readonly Row[] }[],
  cookieNames: readonly string[] = pageCookieNames(),
  root?: ParentNode,
): void {
  try {
    const rows = categories.flatMap((category) => category.cookies ?? []);
    const warn = (kind: string, names: string[], problem: string) => {
      for (const name of names) {
        if (warned.has(problem + name)) continue;
        warned.add(problem + name);
        console.warn(`cookie-consent: the ${kind} "${name}" ${problem}`);
      }
    };
    warn('cookie', undeclaredCookies(cookieNames, rows.flatMap((row) => row.names)), 'is set but no category declares it');
    warn('cookie', overlongDurations(rows), 'is declared to last over 13 months, the most the CNIL allows for a tracker');
    if (root || typeof document == 'object') {
      warn('category', unknownGatedCategories(categories.map((c) => c.id), root), 'gates an element (data-cookie-category) but is not configured: it never runs');
    }
  } catch {
    // Advice only: a hostile console or a malformed inventory must not break the page.
  }
}
