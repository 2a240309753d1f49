import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations, launchBrowser } from '../support/browser';
import { TEST_OUTPUT } from '../support/paths';
import { TEST_SITE_URL } from '../support/build-site';
import { routes } from '../../src/lib/routes';

const SCREENSHOTS = join(TEST_OUTPUT, 'screenshots');
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveStatic(inject('distDir'));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The date shown under a day's heading, e.g. "1 week before". */
const dateUnder = (label: string) => page.locator('[data-plan-day] h3', { hasText: label }).first().locator('time');

describe('the treatment plan tool', () => {
  it('puts every step on the reader’s own dates, and is accessible', async () => {
    await page.goto(`${server.url}${routes.plan()}`);
    expect(await page.locator('[data-plan-noscript]').count()).toBe(0);
    expect(await dateUnder('1 week before').isVisible()).toBe(false);
    await page.getByLabel('Your treatment date').fill('2026-12-10');
    await expect.poll(() => dateUnder('1 week before').getAttribute('datetime')).toBe('2026-12-03');
    expect(await dateUnder('1 week before').textContent()).toMatch(/^Thursday,? 3 December 2026$/);
    expect(await dateUnder('Treatment day').getAttribute('datetime')).toBe('2026-12-10');
    expect(await dateUnder('Day 3').getAttribute('datetime')).toBe('2026-12-13');
    expect(await page.locator('[data-plan-status]').textContent()).toMatch(/^Showing your dates for treatment on Thursday,? 10 December 2026\.$/);
    // The next session: the maintenance interval (2 to 4 weeks) on the reader's dates.
    const window = page.locator('[data-plan-window] time');
    expect(await window.evaluateAll((times) => times.map((time) => time.getAttribute('datetime')))).toEqual(['2026-12-24', '2027-01-07']);
    await page.screenshot({ path: join(SCREENSHOTS, 'plan-390-light.png'), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('makes a calendar file in the browser, one all-day entry per day of the plan', async () => {
    const days = await page.locator('[data-plan-day]').count();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add these dates to my calendar' }).click()]);
    expect(download.suggestedFilename()).toBe('micro-needling-plan-2026-12-10.ics');
    expect(new URL(download.url()).protocol).toBe('blob:');
    const ics = readFileSync((await download.path())!, 'utf8').replace(/\r\n[ \t]/g, '');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(days);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261203');
    expect(ics).toContain('SUMMARY:Micro-needling: treatment day');
    // Each entry says what to do and where to read more, read back from the page itself.
    const firstAfterDay = (await page.locator('[data-plan-day][data-phase="after"] [data-plan-item="do"]').first().textContent())!.trim();
    expect(ics.replace(/\\n/g, '\n').replace(/\\,/g, ',').replace(/\\;/g, ';')).toContain(`Do:\n- ${firstAfterDay}`);
    expect(ics).toContain(`${new URL(routes.guide({ collection: 'aftercare', id: 'first-week' }), TEST_SITE_URL).href}`);
    expect(await page.locator('[data-plan-status]').textContent()).toContain('Your calendar file is downloading');
  });

  it('keeps the date to itself: nothing sent, stored or put in the address', async () => {
    expect(requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.filter((url) => url.includes('2026-12-10'))).toEqual([]);
    expect(new URL(page.url()).search).toBe('');
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });

  it('still shows every step, counted from treatment day, without JavaScript', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}${routes.plan()}`);
    expect(await plain.locator('[data-plan-noscript]').isVisible()).toBe(true);
    expect(await plain.locator('form[data-plan-form]').isVisible()).toBe(false);
    expect(await plain.locator('[data-plan-day] h3', { hasText: '1 week before' }).count()).toBe(1);
    await noScript.close();
  });
});
