import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { TEST_SITE_URL } from '../support/build-site';
import { axeViolations, launchBrowser } from '../support/browser';
import { HANDOUTS } from '../../src/lib/handouts';
import { routes } from '../../src/lib/routes';
import { getStage } from '../../src/lib/stages';

const builds = inject('builds');
/** The neutral site and a clinic: the clinic's phone numbers and name make its handouts longer. */
const SITES = { default: builds.distDir, 'harbour-skin': builds.clinics['harbour-skin'], 'maple-street': builds.clinics['maple-street'] };
let browser: Browser;
let page: Page;
const servers: Record<string, StaticServer> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
  for (const [name, dir] of Object.entries(SITES)) servers[name] = await serveStatic(dir);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

/** Pages in a PDF that Chromium wrote: its page objects (`/Type /Page`, not `/Type /Pages`). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** What is shown when the page is printed (print media), as text. */
const printedText = async () => {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('body').innerText();
  await page.emulateMedia({ media: 'screen' });
  return text;
};

describe('print handouts', () => {
  it.each(Object.keys(SITES))('%s: each handout prints on exactly one A4 and one US Letter page', async (site) => {
    for (const handout of HANDOUTS) {
      await page.goto(`${servers[site]!.url}${routes.handout(handout.id)}`);
      for (const format of ['A4', 'Letter'] as const) {
        expect(pdfPages(await page.pdf({ format, printBackground: true })), `${site} ${handout.id} ${format}`).toBe(1);
      }
    }
  });

  it('prints the site name, the page address, review dates, source URLs and a QR code back to the page; no navigation', async () => {
    for (const handout of HANDOUTS) {
      await page.goto(`${servers['harbour-skin']!.url}${routes.handout(handout.id)}`);
      const text = await printedText();
      expect(text).toContain('Harbour Skin Clinic (example)');
      expect(text).toContain(`https://`);
      expect(text).toContain(routes.handout(handout.id));
      expect(text).toMatch(/Last reviewed \d+ \w+ \d{4}\. Next review due \d+ \w+ \d{4}/);
      expect(text).toMatch(/\(https:\/\/[^)]+\)/);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('header.site-header').isVisible()).toBe(false);
      expect(await page.locator('nav').evaluateAll((navs) => navs.filter((nav) => nav.checkVisibility()).length)).toBe(0);
      await page.emulateMedia({ media: 'screen' });
      expect(await page.locator('.handout-qr svg[role="img"]').count()).toBe(1);
      expect(await page.locator('.handout-qr svg').getAttribute('aria-label')).toContain(routes.handout(handout.id));
    }
    // The first-week handout carries the clinic's phone number and the emergency number in its care cards.
    await page.goto(`${servers['harbour-skin']!.url}${routes.handout('first-week')}`);
    expect(await page.locator('.handout-card .phone').allTextContents()).toEqual(expect.arrayContaining(['999']));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is linked from its stage page', async () => {
    for (const handout of HANDOUTS) {
      await page.goto(`${servers.default!.url}${routes.stage(getStage(handout.stage).id)}`);
      expect(await page.locator(`main a[href="${routes.handout(handout.id)}"]`).count(), handout.id).toBe(1);
    }
  });
});

describe('every printed page', () => {
  it('names the site and the page address, writes out source URLs, and the plan prints dates without the form text', async () => {
    await page.goto(`${servers.default!.url}${routes.guide({ collection: 'aftercare', id: 'first-week' })}`);
    const guide = await printedText();
    expect(guide).toContain('Micro-needling: a patient guide');
    expect(guide).toContain(`${TEST_SITE_URL}${routes.guide({ collection: 'aftercare', id: 'first-week' })}`);
    expect(guide).toMatch(/Page last reviewed: \d+ \w+ \d{4}/);
    expect(guide).toMatch(/Sources[\s\S]*\(https:\/\//);

    await page.goto(`${servers.default!.url}${routes.plan()}`);
    await page.getByLabel('Your treatment date').fill('2026-12-10');
    await expect.poll(() => page.locator('[data-plan-status]').textContent()).toContain('Showing your dates');
    const plan = await printedText();
    expect(plan).not.toContain('Enter the date of your treatment');
    expect(plan).not.toContain('Your treatment date');
    expect(plan).toMatch(/Thursday,? 3 December 2026/);
    expect(plan).toContain(`${TEST_SITE_URL}${routes.plan()}`);
  });
});
