import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT } from '../support/paths';
import { SECURITY_HEADERS } from '../../src/lib/security-headers';
import { routes } from '../../src/lib/routes';
import { readSiteHeaders } from '../../scripts/headers-file.mjs';

const NGINX = '/usr/sbin/nginx';
const distDir = inject('distDir');
let nginx: ChildProcess;
let origin: string;
let browser: Browser;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw HTTP GET, so compression headers are seen as sent. */
function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
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

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The headers the build wrote, lower-cased as Node reports response headers. */
function siteHeaders(): Record<string, string> {
  return Object.fromEntries(readSiteHeaders(distDir).map(([name, value]) => [name.toLowerCase(), value]));
}

beforeAll(async () => {
  if (!existsSync(NGINX)) throw new Error('nginx is required for the server test: install it with `apt-get install nginx`.');
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
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
  nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let errors = '';
  nginx.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  for (let attempt = 0; ; attempt += 1) {
    try {
      await get('/');
      break;
    } catch (error) {
      if (attempt > 50 || nginx.exitCode !== null) throw new Error(`nginx did not start: ${errors || (error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGQUIT');
});

describe('the generated nginx config, served by real nginx', () => {
  it('sends every security header the pages carry, with frame-ancestors', async () => {
    const reply = await get(routes.home());
    expect(reply.status).toBe(200);
    const expected = siteHeaders();
    for (const name of Object.keys(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], name).toBe(expected[name.toLowerCase()]);
    const csp = String(reply.headers['content-security-policy']);
    expect(csp).toBe(expected['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(reply.headers['server']).toBe('nginx');
  });

  it('caches hashed files for a year and HTML briefly', async () => {
    const html = await get(routes.guide({ collection: 'aftercare', id: 'first-week' }));
    expect(html.headers['cache-control']).toBe('public, max-age=300, must-revalidate');
    const stylesheet = /href="(\/_astro\/[^"]+\.css)"/.exec(html.body.toString())![1]!;
    const css = await get(stylesheet);
    expect(css.status).toBe(200);
    expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(css.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the precompressed files to browsers that accept gzip', async () => {
    const reply = await get(routes.home(), { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.body).toEqual(readFileSync(join(distDir, 'index.html.gz')));
    const plain = await get(routes.home());
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers a missing page with the helpful 404 page and status 404', async () => {
    const reply = await get('/no-such-guide/');
    expect(reply.status).toBe(404);
    expect(reply.body.toString()).toContain('We could not find that page');
    expect(reply.headers['content-security-policy']).toBeDefined();
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
