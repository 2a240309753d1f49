// Runs first in `npm test`: the browser tests need Chromium, and a missing browser must fail the run at
// once with the README's sentence, never skip tests silently. (Node 24 loads the TypeScript module as is.)
import { assertChromium } from '../tests/support/chromium.ts';

try {
  assertChromium();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
