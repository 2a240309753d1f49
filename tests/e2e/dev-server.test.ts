import { stripVTControlCharacters } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { buildEnv } from '../support/build-site';
import { projectCopy } from '../support/fixture-project';
import { freePort } from '../support/free-port';
import { routes } from '../../src/lib/routes';

/** The guide the author breaks and fixes. */
const GUIDE = { collection: 'aftercare', id: 'first-week' } as const;
const GUIDE_FILE = `content/${GUIDE.collection}/${GUIDE.id}.mdx`;
/** Long enough for Astro to start and sync content on two busy cores; polling ends as soon as it is there. */
const WAIT = { timeout: 60_000, interval: 200 };

let root: string;
let server: ChildProcess;
let output = '';
let url: string;
let browser: Browser;
let page: Page;

/** The text of the page in the tab now; empty while it reloads (the poll tries again). */
const bodyText = () => page.locator('body').innerText({ timeout: 1_000 }).catch(() => '');

beforeAll(async () => {
  root = projectCopy();
  const port = await freePort();
  url = `http://127.0.0.1:${port}${routes.guide(GUIDE)}`;
  // `astro dev` as `npm run dev` runs it, with the author's environment rather than vitest's.
  server = spawn(process.execPath, [join(root, 'node_modules', '.bin', 'astro'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    env: buildEnv({}),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Colour codes stripped: Astro colours its log when CI is set.
  server.stdout!.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
  server.stderr!.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
  browser = await launchBrowser();
  page = await browser.newPage();
  await vi.waitFor(async () => expect((await page.goto(url))?.status()).toBe(200), WAIT);
});

afterAll(async () => {
  await browser?.close();
  server?.kill();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run dev with a content mistake', () => {
  it('shows the problem in the browser and the terminal, and the fixed page after the next save', async () => {
    const path = join(root, GUIDE_FILE);
    const good = readFileSync(path, 'utf8');
    // The page's own heading: Astro's dev toolbar, once it has loaded, adds headings of its own (Audit, Settings).
    expect(await page.locator('main h1').innerText()).toBe('Your first week after micro-needling');

    // The common typo: the page must not keep showing the last good text.
    writeFileSync(path, good.replace(/^description:/m, 'descripton:'));
    await vi.waitFor(async () => expect(await bodyText()).toContain(`${GUIDE_FILE}: descripton is not a field of aftercare guides`), WAIT);
    // One mistake, one message: the misspelt field is not reported as missing too.
    expect(await bodyText()).not.toContain(`${GUIDE_FILE}: description is missing.`);
    // The terminal: the same lines, one each, and never Astro's raw schema error with its empty `****` field.
    await vi.waitFor(() => expect(output).toContain(`${GUIDE_FILE}: descripton is not a field of aftercare guides`), WAIT);
    expect(output).not.toContain('****');
    expect(output).not.toContain('does not match collection schema');
    const lines = output.split('\n').filter((line) => line.includes(`${GUIDE_FILE}: descripton`));
    expect(lines.length).toBe(1);

    // Fixed, with a new title and new words in the body (rendered from the data store, not a module Vite
    // reloads): the error page goes and the page shows what was saved.
    const fixed = good.replace('title: "Your first week after micro-needling"', 'title: "Your first week, day by day"');
    writeFileSync(path, fixed.replace('Every person heals a little differently.', 'Everyone heals in their own way.'));
    await vi.waitFor(async () => expect(await page.locator('main h1').innerText({ timeout: 1_000 })).toBe('Your first week, day by day'), WAIT);
    expect(await page.locator('main .prose').innerText()).toContain('Everyone heals in their own way.');
    expect(await bodyText()).not.toContain('descripton');
    expect(output).toContain('content problems fixed');
  });
});
