import { afterEach, chai } from 'vitest';
import { fixtureCleanup } from '@open-wc/testing-helpers';
import { chaiA11yAxe } from 'chai-a11y-axe';
// The report phrases, as the on-demand part brings them: reports print at once, in words.
import '../src/internal/phrases.js';

// @open-wc/testing cannot load under Vitest (one of its chai plugins imports a Web Test
// Runner file), so its parts are wired here by hand.
chai.use(chaiA11yAxe); // await expect(el).to.be.accessible()
afterEach(() => fixtureCleanup()); // Vitest has no global afterEach for open-wc to find
