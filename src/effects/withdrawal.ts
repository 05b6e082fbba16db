import { NECESSARY, type Category } from '../config/types.js';
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
 * names are deleted, on this host and `cookie-domain`, never those `necessary` names; with
 * `reload-on-withdraw` the page then reloads, so that scripts the category had already run stop.
 * Both happen once the on-demand part is loaded (at once when the dialog has been opened).
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
    const withdrawn = categories.filter(({ id }) => before[id] === true && !this.#host.hasConsent(id));
    if (!withdrawn.length) return;
    const { cookieDomain, reload } = this.#options();
    // The clean-up rules come with the on-demand part: a withdrawal is rare, and never part
    // of a first view.
    loadLazy().then(
      ({ deleteCookies }) => {
        deleteCookies(names(withdrawn), names(categories.filter((c) => c.id === NECESSARY)), cookieDomain);
        if (reload) location.reload();
      },
      (error) => {
        loadFailed('the clean-up after a withdrawal')(error);
        if (reload) location.reload();
      },
    );
  }
}
