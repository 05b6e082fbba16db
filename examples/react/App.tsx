import { useState } from 'react';
import type { ConsentConfig, ConsentRecord, CookieConsent, CookieConsentChangeEvent } from 'portal-cookie-consent';
// <cookie-consent> is typed in JSX by cookie-consent-jsx.d.ts (included by tsconfig.json).

// The portal's own category, next to the built-in `necessary` and `statistics`. Declared
// once, outside the component: a new object on each render would be a new `config`.
const config: ConsentConfig = {
  categories: [
    {
      id: 'marketing',
      title: { en: 'Marketing', fr: 'Marketing' },
      description: { en: 'Videos embedded from YouTube.', fr: 'Vidéos intégrées depuis YouTube.' },
      cookies: [
        { provider: 'YouTube', function: 'Video player', names: ['VISITOR_INFO1_LIVE'], purpose: 'Play videos', duration: 180 },
      ],
    },
  ],
};

const describe = (consent: ConsentRecord | null): string =>
  consent
    ? Object.entries(consent.categories)
        .map(([id, on]) => `${id}: ${on ? 'on' : 'off'}`)
        .join(', ')
    : 'no choice yet';

export function App() {
  const [choice, setChoice] = useState('no choice yet');
  const [banner, setBanner] = useState<CookieConsent | null>(null);

  return (
    <>
      <p>
        Cookie choice: <output data-testid="react-choice">{choice}</output>
      </p>
      {/* React 19: `config` is set as a property (an object), `platform` too (the element
          has that property), `policy-url` as an attribute; `oncookie-consent-*` are
          addEventListener('cookie-consent-*'). */}
      <cookie-consent
        ref={setBanner}
        platform="https://inai.opendatasoft.com"
        policy-url="/pages/cookies"
        config={config}
        oncookie-consent-ready={(e) => setChoice(describe(e.detail.consent))}
        oncookie-consent-change={(e: CookieConsentChangeEvent) => setChoice(describe(e.detail.consent))}
      />
      <button type="button" onClick={() => banner?.showPreferences()}>
        Cookie settings
      </button>
    </>
  );
}
