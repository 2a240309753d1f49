import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { launchBrowser } from '../support/browser';
import { routes } from '../../src/lib/routes';

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic(inject('distDir'));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  routes.home(),
  routes.stage('aftercare'),
  routes.guide({ collection: 'aftercare', id: 'warning-signs' }),
  routes.guide({ collection: 'consultation', id: 'preparing' }),
  routes.faq(),
  routes.glossary(),
  `${routes.search()}?q=sunscreen`,
  routes.plan(),
];

describe('layout', () => {
  it('fits a 320 px screen without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${server.url}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('prints the aftercare sheet without the site chrome, checklist and care cards included', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server.url}${routes.guide({ collection: 'consultation', id: 'preparing' })}`);
    const shown = (selector: string) => page.locator(selector).first().evaluate((element) => getComputedStyle(element).display !== 'none');
    expect(await shown('header.site-header')).toBe(false);
    expect(await shown('nav[aria-label="Breadcrumb"]')).toBe(false);
    expect(await shown('.prev-next')).toBe(false);
    expect(await shown('h1')).toBe(true);
    expect(await shown('.checklist')).toBe(true);
    expect(await shown('footer .disclaimer')).toBe(true);
    await page.goto(`${server.url}${routes.guide({ collection: 'aftercare', id: 'warning-signs' })}`);
    expect(await shown('.care-card')).toBe(true);
    await context.close();
  });

  it('shows a glossary definition on keyboard focus, not only on hover', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}${routes.guide({ collection: 'aftercare', id: 'warning-signs' })}`);
    const term = page.locator('.term').first();
    const tip = term.locator('[role="tooltip"]');
    expect(await tip.isVisible()).toBe(false);
    await term.locator('a').focus();
    expect(await tip.isVisible()).toBe(true);
    const describedBy = await term.locator('a').getAttribute('aria-describedby');
    expect(await tip.getAttribute('id')).toBe(describedBy);
    await context.close();
  });
});
