import { defaultCategories } from '../config/defaults.js';
import { loadChoice, loadFailed } from '../internal/load-lazy.js';
import type { Choice, ConsentHost } from './host.js';

/**
 * The clean-up after a withdrawal (CNIL-6), the last step of a choice's pass: where a category
 * accepted `before` no longer is, the choice chunk deletes the cookies it declares, on this
 * host and `cookie-domain` (withdraw() in consent/cookie-cleanup.ts, which says what is never
 * deleted); then, with `reload-on-withdraw`, the page reloads, so that scripts the category
 * had already run stop, also where that part could not be loaded.
 *
 * Only this test stays in the first view: a withdrawal is never part of one. What it hands on
 * is read now (what is accepted, categories and services): a choice made while the part loads has a pass
 * of its own.
 */
export function withdraw(host: ConsentHost, before: Choice, cookieDomain: () => string | undefined): void {
  const { categories, reloadOnWithdraw } = host;
  const accepted = Object.keys(before).filter((id) => host.hasConsent(id));
  if (Object.keys(before).some((id) => before[id] && !accepted.includes(id))) {
    const domain = cookieDomain();
    loadChoice()
      .then((choice) => choice.withdraw(categories, before, accepted, defaultCategories[0]!, domain), loadFailed('the clean-up after a withdrawal'))
      .then(() => reloadOnWithdraw && location.reload());
  }
}
