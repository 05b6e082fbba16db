import { defaultConfig, parseConfig as parseCoded, parseConfigJson as parseJsonCoded, type ParseResult } from '../../src/config/parse.js';
import { extendConfig } from '../../src/config/services.js';
import { expand } from '../../src/internal/phrases.js';

// The parser names a problem with §tokens (the first view's bytes); reports print them in
// words, and so do these, for the tests to read.
const inWords = <T extends { error?: string }>(result: T): T => (result.error ? { ...result, error: expand(result.error) } : result);

/**
 * The whole check, as <cookie-consent> makes it: parseConfig() in the first view, then, where
 * the configuration has services, exempt measurement or a Consent Mode map, the services
 * chunk's extendConfig(); a fault in either gives the whole default.
 */
function whole({ config, error, extended }: ParseResult): ParseResult {
  if (error || !extended) return error ? { config, error } : { config };
  const more = extendConfig(config.categories, extended as Record<string, unknown>);
  return more.error ? { config: defaultConfig, error: more.error } : { config: { ...config, categories: more.categories, consentMode: more.map } };
}

export const parseConfig = (input: unknown) => inWords(whole(parseCoded(input)));
export const parseConfigJson = (json: string) => inWords(whole(parseJsonCoded(json)));
