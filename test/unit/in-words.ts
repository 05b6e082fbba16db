import { parseConfig as parseCoded, parseConfigJson as parseJsonCoded } from '../../src/config/parse.js';
import { expand } from '../../src/internal/phrases.js';

// The parser names a problem with §tokens (the first view's bytes); reports print them in
// words, and so do these, for the tests to read.
const inWords = <T extends { error?: string }>(result: T): T => (result.error ? { ...result, error: expand(result.error) } : result);

export const parseConfig = (input: unknown) => inWords(parseCoded(input));
export const parseConfigJson = (json: string) => inWords(parseJsonCoded(json));
