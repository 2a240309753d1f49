import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { STAGES } from '../../src/lib/stages';
import { stageLabel } from '../../src/i18n/stage-text';
import { routes } from '../../src/lib/routes';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations, launchBrowser } from '../support/browser';
import { publishedGuidesIn } from '../support/site-files';

let server: StaticServer;
let browser: Browser;
let page: Page;
const violations: string[] = [];
/** Pages axe has checked, by colour scheme and path: the walks cross the same guides, and axe costs a second a page. */
const checked = new Set<string>();

async function check(page: Page) {
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const key = `${dark ? 'dark' : 'light'} ${new URL(page.url()).pathname}`;
  if (checked.has(key)) return;
  checked.add(key);
  violations.push(...(await axeViolations(page)));
}

beforeAll(async () => {
  server = await serveStatic(inject('distDir'));
  browser = await launchBrowser();
  // A phone-sized window: most patients read on a phone. (axe needs pages from an explicit context.)
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a patient walks the journey in Chromium', () => {
  it('reaches every stage from the home page by clicking, with no accessibility violations', async () => {
    await page.goto(`${server.url}${routes.home()}`);
    await check(page);
    for (const stage of STAGES) {
      await page.locator('ol.journey').getByRole('link', { name: stageLabel(stage.id, 'en') }).click();
      await page.waitForURL(`**${routes.stage(stage.id)}`);
      expect(await page.locator('h1').textContent()).toBe(stageLabel(stage.id, 'en'));
      await check(page);
      await page.locator('.guide-list a').first().click();
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname.startsWith(routes.stage(stage.id))).toBe(true);
      await check(page);
      await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' }).click();
      await page.waitForURL(`**${routes.home()}`);
    }
    expect(violations).toEqual([]);
  });

  it('follows "Next" from the first guide to the last, with no accessibility violations', async () => {
    await page.goto(`${server.url}${routes.home()}`);
    await page.locator('.start a').click();
    let steps = 0;
    const journeyLength = publishedGuidesIn('en').filter((guide) => guide.collection !== 'topics').length;
    for (;;) {
      await page.waitForLoadState('load');
      await check(page);
      steps += 1;
      const next = page.getByRole('link', { name: /^Next/ });
      if ((await next.count()) === 0 || steps > journeyLength) break;
      await next.click();
    }
    expect(steps).toBe(journeyLength);
    expect(violations).toEqual([]);
  });

  it('has accessible FAQ, glossary and 404 pages, in dark mode too', async () => {
    for (const route of [routes.faq(), routes.glossary(), '/no-such-page/']) {
      await page.goto(`${server.url}${route}`);
      await check(page);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${server.url}${routes.guide(publishedGuidesIn('en')[0]!)}`);
    await check(page);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(violations).toEqual([]);
  });

  it('would see a violation: axe, as the tests run it, reports a missing alt text and unreadable contrast', async () => {
    // A blank page first: content set into a page of the site would keep the site's policy, which blocks the inline style.
    await page.goto('about:blank');
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Control</title></head><body><main><h1>Control</h1>' +
        '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10">' +
        '<p style="color: #bbbbbb; background: #ffffff">Too pale to read</p></main></body></html>',
    );
    const found = await axeViolations(page);
    expect(found.some((line) => line.includes(': image-alt ('))).toBe(true);
    expect(found.some((line) => line.includes(': color-contrast ('))).toBe(true);
  });

  it('moves focus to the main content with the skip link', async () => {
    await page.goto(`${server.url}${routes.home()}`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect.poll(() => skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
