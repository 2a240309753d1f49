// Node-only: the rules built pages are validated by, and their version. Apart from the validator
// (src/lib/html-check.ts), so what only keys results by them, the site check's cache, does not load it.
import { createRequire } from 'node:module';
import type { ConfigData } from 'html-validate';

/** Validity rules only ("standard"): the check is about correct HTML, not house style. */
export const HTML_RULES: ConfigData = { extends: ['html-validate:standard'] };

const { version } = createRequire(import.meta.url)('html-validate/package.json') as { version: string };

/**
 * What the page checks' results depend on besides the page and the code of the checks: html-validate's
 * version and rules. A cached page result made with others is not reused (src/build/site-check.ts).
 */
export const PAGE_RULES_VERSION = `html-validate ${version} ${JSON.stringify(HTML_RULES)}`;
