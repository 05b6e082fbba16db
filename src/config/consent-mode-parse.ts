// The check of a configured Consent Mode map: in the services chunk (config/services.ts), which
// only a page whose configuration has one fetches.
import { CATEGORY_ID, CONSENT_TYPES as TYPES, type ConsentModeMap } from './types.js';

/**
 * Validates the `consentMode` of the JSON configuration. The error names the first bad field
 * (`"consentMode.statistics[0]" must be …`), as parseConfig() does.
 */
export function parseConsentModeMap(value: unknown): { map?: ConsentModeMap; error?: string } {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { error: '"consentMode" must be §modes' };
  const entries = Object.entries(value);
  for (const [id, types] of entries) {
    const path = `consentMode.${id}`;
    if (!CATEGORY_ID.test(id)) return { error: `"${path}" must be §catid` };
    if (!Array.isArray(types)) return { error: `"${path}" must be §types` };
    const bad = types.findIndex((t) => !TYPES.includes(t));
    if (bad >= 0) return { error: `"${path}[${bad}]" must be one of: ${TYPES.join(' ')}` };
  }
  // Built as data: even a "__proto__" key (refused above anyway) could not reach a prototype.
  return { map: Object.fromEntries(entries) };
}

