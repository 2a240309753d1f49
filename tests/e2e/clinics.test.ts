import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveStatic, type StaticServer } from '../support/static-server';
import { axeViolations, launchBrowser } from '../support/browser';
import { HOSTILE_CLINIC_NAME } from '../support/global-setup';

const builds = inject('builds');
let browser: Browser;
const servers: StaticServer[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serve(dir: string) {
  const server = await serveStatic(dir);
  servers.push(server);
  return server;
}

describe('example clinics in Chromium', () => {
  it.each(Object.entries(builds.clinics))('%s: home page at 390 px and 1280 px, accessible in both schemes', async (id, dir) => {
    const server = await serve(dir);
    for (const width of [390, 1280]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`${server.url}/`);
        expect(await axeViolations(page), `${id} ${width}px ${colorScheme}`).toEqual([]);
        await context.close();
      }
    }
  });
});

describe('a hostile clinic name', () => {
  it('shows literally and runs no script', async () => {
    const server = await serve(builds.hostileClinic);
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of ['/', '/aftercare/guide-1/', '/search/?q=collagen']) {
      await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
      expect((await page.locator('header .site-name .full-name').textContent())?.trim()).toBe(HOSTILE_CLINIC_NAME);
    }
    expect(await page.title()).toContain(HOSTILE_CLINIC_NAME);
    expect(dialogs).toEqual([]);
    await context.close();
  });
});
