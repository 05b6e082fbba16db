import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { BannerMessages } from '../i18n/messages.js';
import { breakAtDots, fill } from './text.js';

/** What the banner shows: plain values, computed by the element. */
export interface BannerView {
  readonly m: BannerMessages;
  readonly lang: string;
  /** The platform's name or host. */
  readonly platform: string;
  /** How long a choice is kept, in words ("6 months"), for a text that names it (`{duration}`). */
  readonly duration: () => string;
  /** A checked http(s) or relative URL, or nothing. */
  readonly policyUrl?: string;
  /** The policy changed since the visitor's last choice. */
  readonly revisionNotice: boolean;
  /** The browser sends Global Privacy Control. */
  readonly gpc: boolean;
  /** Where audience is measured without consent (`exempt`), the sentence that says so and how to object. */
  readonly exemptNotice?: string;
}

export interface BannerActions {
  acceptAll(event: MouseEvent): void;
  rejectAll(event: MouseEvent): void;
  customize(event: Event): void;
}

/** "Accept all" and "Reject all", the same in the banner and in the dialog's footer. */
export const choiceButtons = (m: Pick<BannerMessages, 'acceptAll' | 'rejectAll'>, actions: Pick<BannerActions, 'acceptAll' | 'rejectAll'>): TemplateResult =>
  html`<button part="button accept-all" @click=${actions.acceptAll}>${m.acceptAll}</button>
    <button part="button reject-all" @click=${actions.rejectAll}>${m.rejectAll}</button>`;

/**
 * The first layer: a labelled region, not modal (A11Y-5), with three actions that look
 * alike and sit side by side (CNIL-3). Every text goes through a binding, never markup.
 */
export function renderBanner(view: BannerView, actions: BannerActions): TemplateResult {
  const { m, platform } = view;
  return html`<section part="banner" class="banner" aria-labelledby="banner-title" lang=${view.lang}>
    <h2 id="banner-title" part="banner-title">${fill(m.bannerTitle, { platform: breakAtDots(platform) })}</h2>
    ${view.revisionNotice ? html`<p part="revision-notice"><strong>${m.revisionNotice}</strong></p>` : nothing}
    ${view.gpc ? html`<p part="gpc-notice">${m.gpcNotice}</p>` : nothing}
    ${view.exemptNotice ? html`<p part="exempt-notice">${view.exemptNotice}</p>` : nothing}
    <p part="banner-text">
      ${fill(m.bannerText, { platform, ...(m.bannerText.includes('{duration}') && { duration: view.duration() }) })}
      ${view.policyUrl ? html`<a part="policy-link" href=${view.policyUrl}>${m.policyLink}</a>` : nothing}
    </p>
    <div part="actions" class="actions">
      ${choiceButtons(m, actions)}
      <button part="button customize" aria-haspopup="dialog" @click=${actions.customize}>${m.customize}</button>
    </div>
  </section>`;
}
