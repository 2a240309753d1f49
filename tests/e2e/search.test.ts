import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { STAGE_IDS, STAGES } from '../../src/lib/stages';
import { routes } from '../../src/lib/routes';
import { stageLabel, stageShortLabel } from '../../src/i18n/stage-text';
import { t } from '../../src/i18n/t';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations, launchBrowser } from '../support/browser';
import { loadPage } from '../support/site-files';

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const consoleProblems: string[] = [];

/** Results on the /search/ page (the header panel has its own list). */
const pageResults = () => page.locator('main [data-search-results] a.result-link');
const pageStatus = () => page.locator('main [data-search-status]');

async function searchPage(query: string, stages: string[] = []) {
  const params = new URLSearchParams({ q: query });
  for (const stage of stages) params.append('stage', stage);
  await page.goto(`${server.url}${routes.search()}?${params}`);
  await expect.poll(() => pageStatus().textContent(), { timeout: 15_000 }).toMatch(/results? for/);
}

/** On a phone the header's search field sits behind the Search button: open it (which focuses the field). */
async function openHeaderSearch(on: Page = page): Promise<void> {
  await on.locator('[data-search-toggle] > summary').click();
  await expect.poll(() => on.evaluate(() => document.activeElement?.id)).toBe('site-search');
}

async function firstResultPath(): Promise<string> {
  return new URL((await pageResults().first().getAttribute('href'))!, server.url).pathname;
}

beforeAll(async () => {
  server = await serveStatic(inject('distDir'));
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text())) consoleProblems.push(message.text());
  });
  page.on('pageerror', (error) => consoleProblems.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search finds what patients type', () => {
  it('"retinoid" finds the consultation guide on preparing first', async () => {
    await searchPage('retinoid');
    expect(await firstResultPath()).toBe(routes.guide({ collection: 'consultation', id: 'preparing' }));
  });

  it('"numbing cream" (a patient word, not the guide’s) finds the guide about numbing first', async () => {
    await searchPage('numbing cream');
    expect(await firstResultPath()).toBe(routes.guide({ collection: 'procedure', id: 'pain-and-numbing' }));
  });

  it('"derma roller" finds the device guide first', async () => {
    await searchPage('derma roller');
    expect(await firstResultPath()).toBe(routes.guide({ collection: 'procedure', id: 'devices-and-needle-depth' }));
  });

  /** Words that are only in a guide's aliases: never in the text a reader sees on that guide. */
  const aliasOnly = [
    // Not "lidocaine": the guide now quotes the FDA's 4% lidocaine warning in its text.
    { query: 'anesthetic', guide: { collection: 'procedure', id: 'pain-and-numbing' }, from: 'the guide’s own aliases' },
    { query: 'pockmarks', guide: { collection: 'topics', id: 'what-it-treats-and-results' }, from: 'a glossary alias of a <Term> it uses' },
  ] as const;

  for (const { query, guide, from } of aliasOnly) {
    it(`"${query}" (only in ${from}) finds the guide first and shows its description, not the alias list`, async () => {
      await page.goto(`${server.url}${routes.guide(guide)}`);
      expect((await page.locator('main').innerText()).toLowerCase()).not.toContain(query);
      await searchPage(query);
      expect(await firstResultPath()).toBe(routes.guide(guide));
      const excerpt = await page.locator('main [data-search-results] li').first().locator('.result-excerpt').innerText();
      expect(excerpt).toBe(loadPage(inject('distDir'), routes.guide(guide))('meta[name="description"]').attr('content'));
      expect(excerpt.toLowerCase()).not.toContain(query);
    });
  }

  it('shows the stage and highlights the matched words', async () => {
    await searchPage('sunscreen');
    const first = page.locator('main [data-search-results] li').first();
    const labels: string[] = [...STAGES.map((stage) => stageLabel(stage.id, 'en')), t('en', 'topics.label'), t('en', 'nav.faqLong'), t('en', 'nav.glossary')];
    expect(labels).toContain(
      await first.locator('.result-section').textContent(),
    );
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0);
  });

  it('links to the matching section of a guide, and that section exists', async () => {
    // "checklist" is said under the heading "Before each touch-up" of the touch-ups guide.
    await searchPage('checklist');
    const links = await pageResults().evaluateAll((found) => found.map((link) => ({ href: link.getAttribute('href')!, text: link.textContent! })));
    const inSection = links.filter((link) => new URL(link.href, server.url).hash);
    expect(inSection.length, links.map((link) => link.href).join(', ')).toBeGreaterThan(0);
    for (const link of inSection) {
      const target = new URL(link.href, server.url);
      await page.goto(target.href);
      const section = page.locator(`[id="${decodeURIComponent(target.hash.slice(1))}"]`);
      expect(await section.count(), link.href).toBe(1);
      // One title: "Guide › Section", ending with the heading the link jumps to (no stacked colons).
      expect(link.text.endsWith(` › ${(await section.innerText()).trim()}`), link.text).toBe(true);
    }
  });

  it('reads well: glossary entries as "term — definition", "…" where an excerpt was cut', async () => {
    await searchPage('sunscreen');
    const excerpts = await page.locator('main [data-search-results] .result-excerpt').allInnerTexts();
    const glossary = page.locator('main [data-search-results] li', { has: page.locator('.result-section', { hasText: t('en', 'nav.glossary') }) });
    expect(await glossary.count()).toBeGreaterThan(0);
    const glossaryText = await glossary.first().locator('.result-excerpt').innerText();
    expect(glossaryText).toContain(' — ');
    // Words of neighbouring elements ran together before: "sunscreenA sunscreen", "skin.Also called:".
    expect(glossaryText).not.toMatch(/[a-z][A-Z]|\.[A-Z]/);
    expect(excerpts.some((text) => text.startsWith('… ') || text.endsWith(' …')), excerpts.join(' | ')).toBe(true);
    for (const text of excerpts) expect(/^[a-z]/.test(text), `starts mid-sentence without "…": ${text}`).toBe(false);
  });

  it('offers the four stages, the FAQ and the glossary when nothing matches', async () => {
    await searchPage('xqzvbnm');
    expect(await pageStatus().textContent()).toBe('0 results for “xqzvbnm”');
    const help = page.locator('main .no-results a');
    const hrefs = await help.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs).toEqual([...STAGE_IDS.map((stage) => routes.stage(stage)), routes.faq(), routes.glossary()]);
  });

  it('has four stage values in the index', async () => {
    await page.goto(`${server.url}${routes.search()}`);
    // A string, so vitest does not rewrite the dynamic import inside the page's code.
    const filters = (await page.evaluate(
      `(async () => { const pagefind = await import('/pagefind/pagefind.js'); await pagefind.init(); return pagefind.filters(); })()`,
    )) as { stage: Record<string, number> };
    expect(Object.keys(filters.stage).sort()).toEqual([...STAGE_IDS].sort());
  });
});

describe('stage filters', () => {
  it('limit results to aftercare, update the URL and survive a reload', async () => {
    await searchPage('skin');
    const unfiltered = Number((await pageStatus().textContent())!.split(' ')[0]);
    await page.getByRole('checkbox', { name: stageShortLabel('aftercare', 'en') }).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('stage')).toEqual(['aftercare']);
    await expect.poll(async () => Number((await pageStatus().textContent())!.split(' ')[0])).toBeLessThan(unfiltered);
    const check = async () => {
      const sections = await page.locator('main [data-search-results] .result-section').allTextContents();
      expect(sections.length).toBeGreaterThan(0);
      expect(new Set(sections)).toEqual(new Set([stageLabel('aftercare', 'en')]));
    };
    await check();
    await page.reload();
    await expect.poll(() => pageStatus().textContent(), { timeout: 15_000 }).toMatch(/results? for/);
    expect(await page.getByRole('checkbox', { name: stageShortLabel('aftercare', 'en') }).isChecked()).toBe(true);
    await check();
  });

  it('combine: two chips put both stages in the URL and show only those stages’ results', async () => {
    const chosen = ['procedure', 'aftercare'] as const;
    await searchPage('skin');
    for (const stage of chosen) await page.getByRole('checkbox', { name: stageShortLabel(stage, 'en') }).click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('stage')).toEqual([...chosen]);
    const labels = chosen.map((stage) => stageLabel(stage, 'en'));
    await expect
      .poll(async () => new Set(await page.locator('main [data-search-results] .result-section').allTextContents()))
      .toEqual(new Set(labels));
  });

  it('never shows a slower, older search over a newer one when chips are toggled fast', async () => {
    await searchPage('skin', ['aftercare']);
    const aftercareOnly = await pageStatus().textContent();
    // From now on the pages of other stages (not loaded yet) arrive late, so the search that needs them ends last.
    const delayed: Promise<unknown>[] = [];
    await page.route('**/pagefind/fragment/**', async (route) => {
      const arrived = new Promise((resolve) => setTimeout(resolve, 1500)).then(() => route.continue());
      delayed.push(arrived.then(() => route.request().response()));
      await arrived;
    });
    const procedure = page.getByRole('checkbox', { name: stageShortLabel('procedure', 'en') });
    await procedure.click();
    await procedure.click();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('stage')).toEqual(['aftercare']);
    // Let the slow search (procedure + aftercare) finish: every held fragment delivered, then one more turn of the
    // page's event loop for the script to handle them. Its results no longer fit the form and must be dropped.
    await expect.poll(() => delayed.length, { timeout: 10_000 }).toBeGreaterThan(0);
    for (let settled = 0; settled < delayed.length; ) {
      const waiting = delayed.length;
      await Promise.all(delayed.slice(settled));
      settled = waiting;
    }
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect(await pageStatus().textContent()).toBe(aftercareOnly);
    expect(new Set(await page.locator('main [data-search-results] .result-section').allTextContents())).toEqual(new Set([stageLabel('aftercare', 'en')]));
    await page.unroute('**/pagefind/fragment/**');
  });

  it('show results with no accessibility violations, best practices included (unique landmarks, content in regions)', async () => {
    await searchPage('redness', ['aftercare', 'procedure']);
    expect(await pageResults().count()).toBeGreaterThan(0);
    // The header's search form sits in the closed Search panel on a phone: open it so both forms are checked.
    await openHeaderSearch();
    const searchLandmarks = await page.getByRole('search').evaluateAll((forms) => forms.map((form) => form.getAttribute('aria-label')));
    expect(searchLandmarks).toHaveLength(2);
    expect(new Set(searchLandmarks).size).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('search from any page', () => {
  it('requests no search files until the search box is focused (fresh browser context, nothing cached)', async () => {
    const fresh = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const reader = await fresh.newPage();
    const requested: string[] = [];
    reader.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await reader.goto(`${server.url}${routes.guide({ collection: 'aftercare', id: 'first-week' })}`);
    await reader.waitForLoadState('networkidle');
    const searchFiles = () => requested.filter((path) => path.includes('/pagefind/') || /search-ui/.test(path));
    expect(requested.some((path) => path.endsWith('.js')), 'the launcher itself was requested').toBe(true);
    expect(searchFiles()).toEqual([]);
    await openHeaderSearch(reader);
    await expect.poll(searchFiles).not.toEqual([]);
    await fresh.close();
  });

  it('keeps a live region in the page before results arrive, and it says the result count', async () => {
    await page.goto(`${server.url}${routes.guide({ collection: 'procedure', id: 'on-the-day' })}`);
    const live = page.locator('header [role="status"]');
    expect(await live.count()).toBe(1);
    // Rendered (visually hidden, not display:none, not inside the hidden panel) before anything is typed.
    expect(await live.evaluate((element) => element.checkVisibility() && !element.closest('[hidden]'))).toBe(true);
    expect(await live.textContent()).toBe('');
    await openHeaderSearch();
    await page.locator('#site-search').fill('sunscreen');
    await expect.poll(() => live.textContent(), { timeout: 15_000 }).toMatch(/^\d+ results? for “sunscreen”$/);
    expect(await page.locator('#search-panel a.result-link').count()).toBeGreaterThan(0);
  });

  it('closes the results when Tab moves focus out of the search, so the focused link is not covered', async () => {
    await page.goto(`${server.url}${routes.guide({ collection: 'procedure', id: 'on-the-day' })}`);
    await openHeaderSearch();
    await page.keyboard.type('sunscreen');
    const panel = page.locator('#search-panel');
    await expect.poll(() => panel.isVisible(), { timeout: 15_000 }).toBe(true);
    const inSearch = () => page.evaluate(() => Boolean(document.activeElement?.closest('[data-search-root]')));
    for (let presses = 0; presses < 20 && (await inSearch()); presses += 1) await page.keyboard.press('Tab');
    expect(await inSearch()).toBe(false);
    await expect.poll(() => panel.isVisible()).toBe(false);
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { tag: element.tagName, visible: element.checkVisibility(), onTop: Boolean(top && (top === element || element.contains(top))) };
    });
    // The next stop is the Menu button on a phone, a link on a wide screen.
    expect(focus).toEqual({ tag: expect.stringMatching(/^(A|SUMMARY)$/), visible: true, onTop: true });
  });

  it('works by keyboard alone: "/" focuses, arrows move, Enter opens, Escape closes', async () => {
    await page.goto(`${server.url}${routes.guide({ collection: 'maintenance', id: 'when-results-show' })}`);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('sunscreen');
    const panel = page.locator('#search-panel');
    await expect.poll(() => panel.isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => panel.locator('[data-search-count]').textContent()).toMatch(/results? for “sunscreen”/);
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search');

    await page.keyboard.type(' ');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).getAttribute('href'));
    expect(focused).toBe(await panel.locator('a.result-link').first().getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => `${url.pathname}${url.hash}` === focused);
  });

  it('focuses the search with ⌘-K (Meta) as well as Ctrl-K and "/"', async () => {
    for (const key of ['Meta+k', 'Control+k', '/']) {
      await page.goto(`${server.url}${routes.faq()}`);
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: key }).toBe('site-search');
    }
  });

  it('opens the full search page with Ctrl-K and Enter', async () => {
    await page.goto(`${server.url}${routes.home()}`);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('swelling');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${routes.search()}?q=swelling`);
    await expect.poll(() => pageStatus().textContent(), { timeout: 15_000 }).toMatch(/results? for “swelling”/);
    expect(await page.locator('#search-page-q').inputValue()).toBe('swelling');
  });

  it('still helps without JavaScript: a notice and every guide by stage', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.url}${routes.search()}?q=sunscreen`);
    expect(await plain.locator('noscript').count()).toBe(1);
    // It cannot repeat the typed words without a script or a server, and says so plainly.
    expect(await plain.locator('main').innerText()).toContain('cannot show or search the words you typed');
    const listed = await plain.locator('.all-guides a').count();
    expect(listed).toBeGreaterThanOrEqual(STAGES.length);
    await noScript.close();
  });

  it('logged no errors and no Content-Security-Policy violations', () => {
    expect(consoleProblems).toEqual([]);
  });
});
