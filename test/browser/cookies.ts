/**
 * Deletes every cookie this page can see, on path / (where the element writes). Its own
 * module, without the package: examples.test.ts loads the built package, not the sources.
 */
export function clearCookies(): void {
  for (const pair of document.cookie.split('; ')) {
    const name = pair.split('=')[0];
    if (name) document.cookie = `${name}=; Path=/; Max-Age=0`;
  }
}
