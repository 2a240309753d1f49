import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { launchBrowser } from '../support/browser';
import { routes } from '../../src/lib/routes';

const builds = inject('builds');
/** The default site and every example clinic: a clinic's logo, font and colours must not leak either. */
const SITES = { 'default site': builds.distDir, ...builds.clinics };
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Every page the sitemap lists, plus the search and 404 pages. */
function sitePaths(distDir: string): string[] {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  return [...paths, routes.search(), '/404.html'];
}

describe.each(Object.entries(SITES))('every page of the %s in Chromium', (_name, distDir) => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    server = await serveStatic(distDir);
    context = await browser.newContext();
    // Reported by the browser itself, so no inline script (which the policy would block) is needed.
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
  });

  const foreign = () =>
    requests.filter((url) => {
      const { origin, protocol } = new URL(url);
      return origin !== server.url && protocol !== 'data:' && protocol !== 'blob:';
    });

  it('loads with no console errors and no Content-Security-Policy violations', async () => {
    const paths = sitePaths(distDir);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      // 'load' waits for every resource the page asks for; the scripts that load more (search, the plan tool)
      // run only when the reader acts, and the next test drives them.
      const response = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect(response?.status(), path).toBeLessThan(400);
    }
    expect(problems).toEqual([]);
  });

  it('keeps working when the reader searches and plans, with nothing sent anywhere else and no cookies', async () => {
    await page.goto(`${server.url}${routes.guide({ collection: 'aftercare', id: 'first-week' })}`);
    await page.locator('#site-search').fill('sunscreen');
    await expect.poll(() => page.locator('#search-panel [data-search-count]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    await page.goto(`${server.url}${routes.search()}?q=swelling&stage=aftercare`);
    await expect.poll(() => page.locator('main [data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    await page.goto(`${server.url}${routes.plan()}`);
    await page.getByLabel('Your treatment date').fill('2026-12-10');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add these dates to my calendar' }).click()]);
    expect(await download.failure()).toBeNull();
    expect(problems).toEqual([]);
    expect(foreign()).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    // Fonts, when a clinic has one, come from the site itself.
    const fonts = requests.filter((url) => /\.woff2?$/.test(url));
    if (distDir === builds.clinics['maple-street']) expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(new URL(font).origin).toBe(server.url);
  });
});
