// Google Consent Mode v2, the pure part: the category → consent types map, its validation and
// the payloads. Sending them to the page's gtag/dataLayer is effects/consent-mode.ts.
import { CONSENT_TYPES as TYPES, type ConsentModeMap } from './types.js';

export type { ConsentModeMap, ConsentType } from './types.js';

export const defaultConsentModeMap: ConsentModeMap = {
  statistics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};

/**
 * The `update` payload: each type of each mapped category, 'granted' when that category is
 * accepted, else 'denied'; a type that several categories map is granted if any of them is.
 * Types no category maps are left out, so they keep their `default` (denied).
 */
export function consentState(map: ConsentModeMap, isAccepted: (id: string) => boolean): Record<string, 'granted' | 'denied'> {
  const state: Record<string, 'granted' | 'denied'> = {};
  for (const [id, types] of Object.entries(map))
    for (const type of types) if (state[type] !== 'granted') state[type] = isAccepted(id) ? 'granted' : 'denied';
  return state;
}

/** The `default` payload: every type the map uses, and at least the four of v2, denied. */
export function defaultPayload(map: ConsentModeMap): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const type of [...TYPES.slice(0, 4), ...Object.values(map).flat()]) payload[type] = 'denied';
  // Google tags wait this many milliseconds for the `update` before sending their first hits.
  payload.wait_for_update = 500;
  return payload;
}
