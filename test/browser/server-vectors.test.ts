import { afterEach, describe, expect, it } from 'vitest';
import vectors from '../vectors/consent-cookies.json';
import { readVerdict } from '../../src/consent/cookie-store.js';

// The browser's reader of the stored choice, held to the same vectors as the server's
// (test/unit/server-read.test.ts): each vector's header stands for `document.cookie`, which a
// browser writes in the same "name=value; name=value" form as a request's Cookie header.

interface Vector {
  name: string;
  header: string;
  options: { now: string; revision?: number; expiresDays?: number; categoryIds?: string[]; serviceIds?: string[]; cookieName?: string };
  expect: null | { categories: Record<string, boolean>; services?: Record<string, boolean> };
}

describe('readVerdict against the shared vectors (test/vectors/consent-cookies.json)', () => {
  afterEach(() => {
    delete (document as { cookie?: string }).cookie;
  });

  for (const v of vectors.vectors as Vector[]) {
    it(v.name, () => {
      Object.defineProperty(document, 'cookie', { configurable: true, get: () => v.header });
      const { record } = readVerdict({ ...v.options, now: new Date(v.options.now) });
      if (v.expect === null) expect(record).toBeNull();
      else {
        expect(record).toMatchObject({ schema: 1, categories: v.expect.categories });
        expect(record?.services).toEqual(v.expect.services);
      }
    });
  }
});
