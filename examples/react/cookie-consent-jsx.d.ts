// Types <cookie-consent> and <cookie-policy> in React 19's JSX.
//
// React 19 sets a prop on a custom element as a DOM *property* when the element has it
// (`config={...}` reaches `el.config` as an object), else as an attribute; and a prop named
// `on` + the exact event name (`oncookie-consent-change`) becomes
// `addEventListener('cookie-consent-change', …)`. These declarations say so to TypeScript.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ConsentConfig,
  CookieConsent,
  CookieConsentChangeEvent,
  CookieConsentReadyEvent,
  CookiePolicy,
} from 'portal-cookie-consent';

type Base<E> = DetailedHTMLProps<HTMLAttributes<E>, E>;

export interface CookieConsentProps extends Base<CookieConsent> {
  config?: ConsentConfig;
  platform?: string;
  'policy-url'?: string;
  revision?: number;
  'expires-days'?: number;
  'cookie-name'?: string;
  'cookie-domain'?: string;
  'consent-mode'?: boolean;
  'reload-on-withdraw'?: boolean;
  'log-url'?: string;
  debug?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  layout?: 'box' | 'bar';
  position?: 'bottom' | 'top' | 'bottom-left' | 'bottom-right';
  'oncookie-consent-ready'?: (event: CookieConsentReadyEvent) => void;
  'oncookie-consent-change'?: (event: CookieConsentChangeEvent) => void;
}

export interface CookiePolicyProps extends Base<CookiePolicy> {
  config?: ConsentConfig;
  platform?: string;
  'heading-level'?: number;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cookie-consent': CookieConsentProps;
      'cookie-policy': CookiePolicyProps;
    }
  }
}
