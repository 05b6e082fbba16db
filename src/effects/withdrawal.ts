import { defaultCategories } from '../config/defaults.js';
import type { Category } from '../config/types.js';
import { loadFailed, loadLazy } from '../internal/load-lazy.js';
import type { Choice, ChoiceEffect, ConsentHost } from './host.js';

export interface WithdrawalOptions {
  /** The `cookie-domain` in force, where the choice's cookies may also live. */
  readonly cookieDomain?: string;
  /** The `reload-on-withdraw` attribute. */
  readonly reload: boolean;
}

const names = (categories: readonly Category[]): string[] => categories.flatMap((c) => c.cookies ?? []).flatMap((row) => row.names);

/**
 * The clean-up after a withdrawal (CNIL-6): the cookies that each withdrawn category's table
 * names are deleted, on this host and `cookie-domain`; with `reload-on-withdraw` the page then
 * reloads, so that scripts the category had already run stop. Both happen once the on-demand
 * part is loaded (at once when the dialog has been opened).
 *
 * Never deleted, whatever a withdrawn category lists (`*` included): what a category still
 * accepted names, `necessary` first, which always holds the choice cookie's row; and the
 * portal's own necessary cookies (`sessionid`, `csrftoken`, `django_language`), also where the
 * configuration replaced `necessary` without them.
 */
export class Withdrawal implements ChoiceEffect {
  readonly #host: ConsentHost;
  readonly #options: () => WithdrawalOptions;

  constructor(host: ConsentHost, options: () => WithdrawalOptions) {
    this.#host = host;
    this.#options = options;
  }

  choiceChanged(before: Choice): void {
    const categories = this.#host.categories;
    const accepted = ({ id }: Category) => this.#host.hasConsent(id);
    const withdrawn = categories.filter((c) => before[c.id] === true && !accepted(c));
    if (!withdrawn.length) return;
    const { cookieDomain, reload } = this.#options();
    // The clean-up rules come with the on-demand part: a withdrawal is rare, and never part
    // of a first view.
    loadLazy()
      .then(
        ({ deleteCookies }) => deleteCookies(names(withdrawn), names([defaultCategories[0]!, ...categories.filter(accepted)]), cookieDomain),
        loadFailed('the clean-up after a withdrawal'),
      )
      .then(() => reload && location.reload());
  }
}
