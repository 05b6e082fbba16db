/**
 * Whether the browser sends the Global Privacy Control signal: only
 * `navigator.globalPrivacyControl === true` counts (W3C GPC). Never throws, also where
 * `navigator` is missing (Node 20) or a page has put a throwing getter in its place.
 */
export function gpcEnabled(nav?: Navigator): boolean {
  try {
    return ((nav ?? navigator) as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  } catch {
    return false;
  }
}
