/**
 * A loader that loads once; a failed load may be tried again later (a network blip). async:
 * whatever goes wrong, even synchronously, is a rejection the callers handle.
 */
import { reportOnce } from './report.js';

/** Reports, once per page, that an on-demand part could not be loaded, and what it holds up. */
export const loadFailed =
  (what: string) =>
  (error: unknown): void =>
    reportOnce('lazy', `${what} could not be loaded (${error})`);

export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= (async () => load())().catch((error) => {
      loading = undefined;
      throw error;
    }));
}

