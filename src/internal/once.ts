/**
 * A loader that loads once; a failed load may be tried again later (a network blip). async:
 * whatever goes wrong, even synchronously, is a rejection the callers handle.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= (async () => load())().catch((error) => {
      loading = undefined;
      throw error;
    }));
}

