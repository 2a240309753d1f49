import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations, launchBrowser } from '../support/browser';
import { guideRoute, publishedGuides } from '../support/site-files';
import { termIdsIn } from '../../src/lib/search';
import { routes } from '../../src/lib/routes';

const builds = inject('builds');
const SITES = { default: builds.distDir, ...builds.clinics };
let browser: Browser;
const servers: Record<string, StaticServer> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  for (const [name, dir] of Object.entries(SITES)) servers[name] = await serveStatic(dir);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
});

const FIRST_WEEK = routes.guide({ collection: 'aftercare', id: 'first-week' });
const WARNING_SIGNS = routes.guide({ collection: 'aftercare', id: 'warning-signs' });

async function pageAt(width: number, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, ...options });
  return context.newPage();
}

/** Vertical gaps, in px, between consecutive elements (each one's top minus the previous one's bottom). */
async function gapsBetween(page: Page, selectors: string[]): Promise<number[]> {
  const boxes = await Promise.all(selectors.map((selector) => page.locator(selector).first().boundingBox()));
  return boxes.slice(1).map((box, index) => Math.round(box!.y - (boxes[index]!.y + boxes[index]!.height)));
}

/** The --flow token in px, as the page resolves it. */
const flowPx = (page: Page) =>
  page.evaluate(() => {
    const probe = Object.assign(document.createElement('div'), { style: 'height: var(--flow)' });
    document.body.append(probe);
    const height = probe.getBoundingClientRect().height;
    probe.remove();
    return Math.round(height);
  });

describe('phone-first header', () => {
  it.each([320, 390])('is at most 110 px tall at %i px on every site, with 44 px buttons', async (width) => {
    const page = await pageAt(width);
    for (const [name, server] of Object.entries(servers)) {
      for (const path of [routes.home(), FIRST_WEEK]) {
        await page.goto(`${server.url}${path}`);
        const header = await page.locator('header.site-header').boundingBox();
        expect(header!.height, `${name} ${path}`).toBeLessThanOrEqual(110);
        for (const summary of await page.locator('header summary').all()) {
          const box = (await summary.boundingBox())!;
          expect(Math.min(box.width, box.height), `${name}: ${await summary.textContent()}`).toBeGreaterThanOrEqual(44);
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${name} ${path}`).toBeLessThanOrEqual(0);
      }
    }
    await page.context().close();
  });

  it('opens the menu and the search field without JavaScript; menu links are 44 px tall', async () => {
    const page = await pageAt(390, { javaScriptEnabled: false });
    await page.goto(`${servers.default!.url}${FIRST_WEEK}`);
    const menuLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Aftercare' });
    expect(await menuLink.isVisible()).toBe(false);
    await page.locator('header summary', { hasText: 'Menu' }).click();
    expect(await menuLink.isVisible()).toBe(true);
    expect(await menuLink.getAttribute('aria-current')).toBe('page');
    expect((await menuLink.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await page.locator('header summary', { hasText: 'Search' }).click();
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    // One panel at a time: opening search closed the menu.
    expect(await menuLink.isVisible()).toBe(false);
    await page.context().close();
  });

  it('puts the cursor in the search field when the Search button opens it', async () => {
    const page = await pageAt(390);
    await page.goto(`${servers.default!.url}${FIRST_WEEK}`);
    await page.locator('header summary', { hasText: 'Search' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.context().close();
  });

  it('shows the search field and the stage links inline on a wide screen', async () => {
    const page = await pageAt(1280);
    await page.goto(`${servers['harbour-skin']!.url}${FIRST_WEEK}`);
    expect(await page.locator('#site-search').isVisible()).toBe(true);
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' }).isVisible()).toBe(true);
    expect(await page.locator('header a.book').isVisible()).toBe(true);
    expect(await page.locator('header summary').first().isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('vertical rhythm', () => {
  it.each([390, 1280])('puts one --flow gap between the top blocks of a guide at %i px', async (width) => {
    const page = await pageAt(width);
    await page.goto(`${servers.default!.url}${FIRST_WEEK}`);
    const flow = await flowPx(page);
    expect(flow).toBeGreaterThanOrEqual(16);
    // On a phone the contents box is in the column; on a wide screen it moves to the side.
    const column = width < 1100 ? ['.guide > h1', '.guide > .lead', '.guide > .summary', '.guide > .toc', '.guide > .prose'] : ['.guide > h1', '.guide > .lead', '.guide > .summary', '.guide > .prose'];
    expect(await gapsBetween(page, ['nav.breadcrumbs', ...column])).toEqual(Array(column.length).fill(flow));
    await page.context().close();
  });

  it('keeps the plan’s status line apart from the date box', async () => {
    const page = await pageAt(390);
    await page.goto(`${servers.default!.url}${routes.plan()}`);
    await page.getByLabel('Your treatment date').fill('2026-12-10');
    await expect.poll(() => page.locator('[data-plan-status]').textContent()).toContain('Showing your dates');
    const flow = await flowPx(page);
    expect(flow).toBeGreaterThanOrEqual(16);
    expect(await gapsBetween(page, ['[data-plan-form]', '[data-plan-status]'])).toEqual([flow]);
    await page.context().close();
  });
});

describe('wide-screen guide', () => {
  it('lists the stage’s guides and keeps the contents in view in side columns from 1100 px', async () => {
    const page = await pageAt(1280);
    await page.goto(`${servers.default!.url}${FIRST_WEEK}`);
    const [stageNav, article, toc] = await Promise.all(['nav.stage-guides', 'article.guide > h1', 'nav.toc'].map((selector) => page.locator(selector).boundingBox()));
    expect(stageNav!.x + stageNav!.width).toBeLessThan(article!.x);
    expect(toc!.x).toBeGreaterThan(article!.x + article!.width);
    expect(await page.locator('nav.stage-guides [aria-current="page"]').textContent()).toContain('Your first week');
    await page.mouse.wheel(0, 2000);
    await expect.poll(async () => (await page.locator('nav.toc').boundingBox())!.y).toBeLessThan(40);
    // The stage is named in the breadcrumb trail and heads the side column; no third label above the title.
    expect(await page.locator('main').getByText('Aftercare', { exact: true }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${servers['harbour-skin']!.url}${WARNING_SIGNS}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('glossary tooltips', () => {
  const guidesWithTerms = publishedGuides()
    .map((guide) => ({ route: guideRoute(guide), terms: termIdsIn(readFileSync(guide.path, 'utf8')) }))
    .filter((guide) => guide.terms.length > 0);

  it('stay on screen at 320 px (and inside the width at 1280 px) for every term a guide uses', async () => {
    expect(guidesWithTerms.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    const page = await pageAt(320);
    for (const guide of guidesWithTerms) {
      await page.goto(`${servers.default!.url}${guide.route}`);
      // One load a guide, measured at both widths: the narrow screen first, then the same page widened.
      for (const width of [320, 1280]) {
        await page.setViewportSize({ width, height: 800 });
        // Every term of the page focused and measured in one round trip to the browser (focus() scrolls it into view, as a
        // keyboard user's Tab would): one locator call per term cost seconds across both languages' guides.
        const tips = await page.evaluate(() =>
          [...document.querySelectorAll('.term')].map((term) => {
            const link = term.querySelector('a')!;
            link.focus();
            const tip = term.querySelector<HTMLElement>('[role="tooltip"]')!;
            const box = tip.getBoundingClientRect();
            return { text: link.textContent, href: link.href, visible: tip.checkVisibility({ visibilityProperty: true }), left: box.left, right: box.right, top: box.top, bottom: box.bottom };
          }),
        );
        for (const tip of tips) {
          const where = `${guide.route} ${tip.text} at ${width}px`;
          expect(tip.visible, where).toBe(true);
          expect(tip.left, where).toBeGreaterThanOrEqual(0);
          expect(tip.right, where).toBeLessThanOrEqual(width);
          if (width === 320) {
            expect(tip.top, where).toBeGreaterThanOrEqual(0);
            expect(tip.bottom, where).toBeLessThanOrEqual(800);
          }
          seen.add(new URL(tip.href).hash.slice(1));
        }
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${guide.route} at ${width}px`).toBeLessThanOrEqual(0);
      }
    }
    await page.context().close();
    expect([...seen].sort()).toEqual([...new Set(guidesWithTerms.flatMap((guide) => guide.terms))].sort());
  });
});

describe('care cards on a clinic site', () => {
  it('keep each phone number on one line at 320 px', async () => {
    const page = await pageAt(320);
    await page.goto(`${servers['harbour-skin']!.url}${WARNING_SIGNS}`);
    const numbers = await page.locator('.care-card .phone').all();
    expect(numbers.length).toBeGreaterThan(0);
    for (const number of numbers) {
      expect(await number.evaluate((element) => element.getClientRects().length), (await number.textContent()) ?? '').toBe(1);
    }
    await page.context().close();
  });
});
