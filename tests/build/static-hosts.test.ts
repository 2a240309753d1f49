import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { HEADERS_FILE_LIMITS, headersFileProblems } from '../../src/build/static-hosts';

const builds = inject('builds');
const sites = { 'default site': builds.distDir, ...builds.clinics, 'hostile clinic': builds.hostileClinic };

describe.each(Object.entries(sites))('_headers of the %s', (_name, dir) => {
  const text = readFileSync(join(dir, '_headers'), 'utf8');

  it('is in the format Netlify and Cloudflare Pages read, within their limits', () => {
    expect(headersFileProblems(text, join(dir, '_headers'))).toEqual([]);
  });

  it('leaves room under the 2,000-character line limit for a clinic’s analytics host and a few more hashes', () => {
    const longest = Math.max(...text.split('\n').map((line) => line.length));
    // Measured: 1,723 characters on 2026-12-04. A 90-character margin is two more hashes and a host.
    expect(longest).toBeLessThan(HEADERS_FILE_LIMITS.lineLength - 90);
  });
});
