/**
 * The address of the script that is running, for the chunks that sit beside it:
 * `document.currentScript` while a classic script runs; as a module script (where that is
 * null), the page's first script whose address matches `file`; else the page's address.
 * Read it while the script first runs (at module level).
 */
export function scriptBase(file: RegExp): string {
  let src: string | undefined;
  try {
    src =
      (document.currentScript as HTMLScriptElement | null)?.src ||
      [...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src).find((s) => file.test(s));
  } catch {
    // No document (a worker): the page's address will do.
  }
  return src || location.href;
}
