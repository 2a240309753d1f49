import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { routes } from '../../src/lib/routes';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations, launchBrowser } from '../support/browser';

/** The fixture clinic publishes English and Spanish; its aftercare guide 1 has the Spanish twin es/guia-1. */
const english = routes.guide({ collection: 'aftercare', id: 'guide-1' });
const spanish = routes.guide({ collection: 'aftercare', id: 'es/guia-1' });

let server: StaticServer;
let browser: Browser;
let page: Page;
const consoleProblems: string[] = [];

/** Result links on a search page, as paths. */
async function searchResults(locale: 'en' | 'es', query: string): Promise<string[]> {
  await page.goto(`${server.url}${routes.search(locale)}?q=${encodeURIComponent(query)}`);
  const links = page.locator('main [data-search-results] a.result-link');
  await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return (await links.evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href))).map((href) => new URL(href).pathname);
}

beforeAll(async () => {
  server = await serveStatic(inject('builds').hostileClinic);
  browser = await launchBrowser();
  page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('two languages in a browser', () => {
  it('switches a guide to Spanish and back with the language switcher', async () => {
    await page.goto(`${server.url}${english}`);
    await page.locator('.language-switcher a', { hasText: 'Español' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(spanish);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.locator('.language-switcher a', { hasText: 'English' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(english);
    expect(await page.locator('html').getAttribute('lang')).toBe('en-GB');
  });

  it('searches the Spanish index from the Spanish search page, with Spanish stemming', async () => {
    for (const query of ['protector solar', 'crema anestésica']) expect((await searchResults('es', query))[0], query).toBe(spanish);
    // Plural forms stem to the words of the guide ("protector solar") only with Spanish stemming.
    expect(await searchResults('es', 'protectores solares')).toContain(spanish);
    expect((await searchResults('es', 'colágeno')).every((path) => path.startsWith('/es/'))).toBe(true);
    // And the English search page never offers Spanish pages.
    expect((await searchResults('en', 'collagen')).some((path) => path.startsWith('/es/'))).toBe(false);
  });

  it('has no axe violations on the Spanish pages, or on an English guide whose switcher shows the notice', async () => {
    const paths = [routes.home('es'), routes.stage('aftercare', 'es'), spanish, routes.faq('es'), routes.glossary('es'), routes.search('es'), routes.plan('es'), routes.guide({ collection: 'aftercare', id: 'guide-2' })];
    const violations: string[] = [];
    for (const path of paths) {
      await page.goto(`${server.url}${path}`);
      violations.push(...(await axeViolations(page)));
    }
    expect(violations).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });
});
