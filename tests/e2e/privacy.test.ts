import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { launchBrowser } from '../support/browser';
import { routes } from '../../src/lib/routes';

const distDir = inject('distDir');
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const foreignRequests: string[] = [];
const problems: string[] = [];

/** Every page the sitemap lists, plus the search and 404 pages. */
function sitePaths(): string[] {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...paths, routes.search(), '/404.html'];
}

beforeAll(async () => {
  server = await serveStatic(distDir);
  browser = await launchBrowser();
  context = await browser.newContext();
  // Reported by the browser itself, so no inline script (which the policy would block) is needed.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page = await context.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== server.url && url.protocol !== 'data:' && url.protocol !== 'blob:') foreignRequests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page in Chromium', () => {
  it('loads with no console errors and no Content-Security-Policy violations', async () => {
    const paths = sitePaths();
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBeLessThan(400);
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
  });

  it('keeps working when the reader searches, with nothing sent anywhere else and no cookies', async () => {
    await page.goto(`${server.url}${routes.guide({ collection: 'aftercare', id: 'first-week' })}`);
    await page.locator('#site-search').fill('sunscreen');
    await expect.poll(() => page.locator('#search-panel [data-search-count]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    await page.goto(`${server.url}${routes.search()}?q=swelling&stage=aftercare`);
    await expect.poll(() => page.locator('main [data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    expect(problems).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});
