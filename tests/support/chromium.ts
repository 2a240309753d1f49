import { existsSync } from 'node:fs';

export const DEFAULT_CHROME_PATH = '/usr/bin/chromium';

/** The sentence the README gives, printed as is when the browser is missing. */
export const MISSING_CHROMIUM =
  'Chromium is required for browser tests: install it with `apt-get install chromium`, or set CHROME_PATH to its path.';

export function chromePath(): string {
  return process.env.CHROME_PATH ?? DEFAULT_CHROME_PATH;
}

/**
 * Fails at once, before any build, rather than letting browser tests skip silently. The README's sentence is
 * the message's whole first line; the path looked at follows on the next.
 */
export function assertChromium(): void {
  const path = chromePath();
  if (!existsSync(path)) throw new Error(`${MISSING_CHROMIUM}\nLooked for ${path}.`);
}

/** Flags that keep headless Chromium quiet on a closed network, as root, in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
