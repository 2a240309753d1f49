import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { freePort } from '../support/free-port';
import { PROJECT_ROOT } from '../support/paths';
import { CACHE_RULES, SHORT_CACHE } from '../../src/lib/security-headers';
import { routes } from '../../src/lib/routes';
import { readSiteHeaders } from '../../scripts/headers-file.mjs';

const NGINX = '/usr/sbin/nginx';
const builds = inject('builds');
/** The default site and one clinic: `npm run nginx-config` serves whichever site was built last. */
const SITES = { 'default site': builds.distDir, 'harbour-skin clinic': builds.clinics['harbour-skin'] };
const cacheFor = (path: string) => CACHE_RULES.find((rule) => rule.path === path)!.cacheControl;
let browser: Browser;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** Starts real nginx on 127.0.0.1 with the server block `npm run nginx-config` prints for `distDir`. */
async function startNginx(distDir: string): Promise<{ origin: string; process: ChildProcess }> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'mng-nginx-'));
  const block = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'nginx-config.mjs'), '--root', distDir, '--listen', `127.0.0.1:${port}`], {
    encoding: 'utf8',
  });
  expect(block.status, block.stderr).toBe(0);
  const temp = (name: string) => `${name}_temp_path ${join(prefix, name)};`;
  writeFileSync(
    join(prefix, 'nginx.conf'),
    [
      process.getuid?.() === 0 ? 'user root;' : '',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      `  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}`,
      block.stdout,
      '}',
    ].join('\n'),
  );
  const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const origin = `http://127.0.0.1:${port}`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await get(origin, '/');
      return { origin, process: child };
    } catch (error) {
      if (attempt > 50 || child.exitCode !== null) throw new Error(`nginx did not start: ${errors || (error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A raw HTTP GET, so compression headers are seen as sent. */
function get(origin: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is required for the server test: install it with `apt-get install nginx`.');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(Object.entries(SITES))('the generated nginx config for the %s, served by real nginx', (_name, distDir) => {
  let origin: string;
  let nginx: ChildProcess;
  const fetch = (path: string, headers: Record<string, string> = {}) => get(origin, path, headers);
  const stylesheet = () => /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))![1]!;
  const script = () => `/_astro/${readdirSync(join(distDir, '_astro')).find((name) => name.endsWith('.js'))!}`;

  beforeAll(async () => {
    ({ origin, process: nginx } = await startNginx(distDir));
  });

  afterAll(() => {
    nginx?.kill('SIGQUIT');
  });

  it('sends every security header the build wrote on every kind of response, 404 included', async () => {
    const expected = readSiteHeaders(distDir);
    expect(expected.map(([name]) => name)).toContain('Content-Security-Policy');
    const paths = [routes.home(), routes.guide({ collection: 'aftercare', id: 'first-week' }), stylesheet(), script(), '/pagefind/pagefind.js', '/no-such-guide/'];
    for (const path of paths) {
      const reply = await fetch(path);
      for (const [name, value] of expected) expect(reply.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    const csp = String((await fetch(routes.home())).headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect((await fetch(routes.home())).headers['server']).toBe('nginx');
  });

  it('caches hashed files for a year, the search index for an hour, HTML briefly and the 404 not at all', async () => {
    const expectations: [string, string][] = [
      [routes.guide({ collection: 'aftercare', id: 'first-week' }), SHORT_CACHE],
      [routes.home(), SHORT_CACHE],
      ['/sitemap-index.xml', SHORT_CACHE],
      [stylesheet(), cacheFor('/_astro/*')],
      [script(), cacheFor('/_astro/*')],
      ['/pagefind/pagefind.js', cacheFor('/pagefind/*')],
      ['/no-such-guide/', 'no-store'],
    ];
    for (const [path, cacheControl] of expectations) {
      const reply = await fetch(path);
      expect(reply.headers['cache-control'], path).toBe(cacheControl);
    }
  });

  it('serves the precompressed files to browsers that accept gzip, and plain files to the rest', async () => {
    for (const [path, file] of [
      [routes.home(), 'index.html'],
      [stylesheet(), stylesheet().slice(1)],
      [script(), script().slice(1)],
    ] as const) {
      const reply = await fetch(path, { 'Accept-Encoding': 'gzip' });
      expect(reply.headers['content-encoding'], path).toBe('gzip');
      expect(reply.headers['vary'], path).toBe('Accept-Encoding');
      expect(reply.body, path).toEqual(readFileSync(join(distDir, `${file}.gz`)));
      expect(gunzipSync(reply.body), path).toEqual(readFileSync(join(distDir, file)));
      const plain = await fetch(path);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body, path).toEqual(readFileSync(join(distDir, file)));
    }
  });

  it('serves guides as Markdown and llms.txt as UTF-8 text, with the security headers, compressed when asked', async () => {
    const expected = readSiteHeaders(distDir);
    const markdown = routes.guideMarkdown({ collection: 'aftercare', id: 'first-week' });
    for (const [path, type] of [
      [markdown, 'text/markdown; charset=utf-8'],
      [routes.llms(), 'text/plain; charset=utf-8'],
    ] as const) {
      const reply = await fetch(path, { 'Accept-Encoding': 'gzip' });
      expect(reply.status, path).toBe(200);
      expect(reply.headers['content-type'], path).toBe(type);
      expect(reply.headers['content-encoding'], path).toBe('gzip');
      expect(reply.headers['cache-control'], path).toBe(SHORT_CACHE);
      for (const [name, value] of expected) expect(reply.headers[name.toLowerCase()], `${path} ${name}`).toBe(value);
    }
    expect((await fetch(routes.socialCard('site'))).headers['content-type']).toBe('image/png');
  });

  it('answers a missing page with the helpful 404 page and status 404', async () => {
    const reply = await fetch('/no-such-guide/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('We could not find that page');
    expect(reply.body.toString()).toContain(`href="${routes.stage('aftercare')}"`);
  });

  it('runs a search in Chromium under the header policy, without violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}${routes.search()}?q=retinoid`);
    const status = page.locator('main [data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toMatch(/results? for “retinoid”/);
    const first = await page.locator('main a.result-link').first().getAttribute('href');
    expect(new URL(first!, origin).pathname).toBe(routes.guide({ collection: 'consultation', id: 'preparing' }));
    expect(problems).toEqual([]);
    await context.close();
  });
});
