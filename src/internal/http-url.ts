/**
 * Where `value` leads from `base`, when that is an http(s) address (absolute or relative);
 * `undefined` for `javascript:`, `data:` and anything that is not a URL. Every address an
 * integrator gives (policy link, embed, proof log) goes through here.
 */
export function httpUrl(value: unknown, base: string): URL | undefined {
  try {
    const url = new URL(String(value), base);
    return /^https?:$/.test(url.protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}
