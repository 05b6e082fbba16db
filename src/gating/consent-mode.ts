import { CATEGORY_ID } from '../config/types.js';
import { reportOnce } from '../internal/report.js';

// The first four are the ones Consent Mode v2 requires in every `default` (GCM-1).
const TYPES = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
  'security_storage',
] as const;

/** A Google Consent Mode storage or signal type. */
export type ConsentType = (typeof TYPES)[number];

/** Category id → the consent types that category grants. */
export type ConsentModeMap = Readonly<Record<string, readonly ConsentType[]>>;

export const defaultConsentModeMap: ConsentModeMap = {
  statistics: ['analytics_storage'],
  marketing: ['ad_storage', 'ad_user_data', 'ad_personalization'],
};


/**
 * Validates the `consentMode` of the JSON configuration. The error names the first bad field
 * (`"consentMode.statistics[0]" must be …`), as parseConfig() does.
 */
export function parseConsentModeMap(value: unknown): { map?: ConsentModeMap; error?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: '"consentMode" must be an object of category ids' };
  const entries = Object.entries(value);
  for (const [id, types] of entries) {
    const path = `consentMode.${id}`;
    if (!CATEGORY_ID.test(id)) return { error: `"${path}" must be a category id` };
    if (!Array.isArray(types)) return { error: `"${path}" must be a list of consent types` };
    const bad = types.findIndex((t) => !TYPES.includes(t));
    if (bad >= 0) return { error: `"${path}[${bad}]" must be one of: ${TYPES.join(' ')}` };
  }
  // Built as data: even a "__proto__" key (refused above anyway) could not reach a prototype.
  return { map: Object.fromEntries(entries) };
}

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

type GoogleTags = { gtag?: unknown; dataLayer?: unknown };

/** Whether the page uses Google tags: `window.gtag` is a function or `window.dataLayer` an array. */
export function pageUsesGoogleTags(win?: Window): boolean {
  try {
    const w = (win ?? window) as GoogleTags;
    return typeof w.gtag === 'function' || Array.isArray(w.dataLayer);
  } catch {
    return false;
  }
}

// Google's tag reads `arguments` objects from dataLayer and skips plain arrays, which is why
// the official snippet is `function gtag(){dataLayer.push(arguments)}`.
function args(..._: unknown[]): IArguments {
  return arguments;
}

/**
 * Sends `gtag('consent', command, payload)`: through the page's `gtag` when it has one, else
 * straight into `dataLayer`, which `force` creates (the `consent-mode` attribute) so that the
 * `default` is there before any Google tag loads. Never throws: the page's `gtag` might.
 */
export function pushConsent(command: 'default' | 'update', payload: Record<string, unknown>, force = false, win?: Window): void {
  try {
    const w = (win ?? window) as GoogleTags;
    if (typeof w.gtag === 'function') w.gtag('consent', command, payload);
    else {
      // As the official snippet does (`window.dataLayer = window.dataLayer || []`): never replace one.
      if (force) w.dataLayer ??= [];
      if (Array.isArray(w.dataLayer)) w.dataLayer.push(args('consent', command, payload));
    }
  } catch (error) {
    reportOnce('consent-mode', `Google Consent Mode "consent ${command}" failed (${error})`);
  }
}

/** The `default` payload: every type the map uses, and at least the four of v2, denied. */
export function defaultPayload(map: ConsentModeMap): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const type of [...TYPES.slice(0, 4), ...Object.values(map).flat()]) payload[type] = 'denied';
  // Google tags wait this many milliseconds for the `update` before sending their first hits.
  payload.wait_for_update = 500;
  return payload;
}
