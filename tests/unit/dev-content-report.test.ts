import { EventEmitter } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { devErrorPage, isPageRequest } from '../../src/server/dev-error-page';
import { reportContentInDev } from '../../src/integrations/dev-content-report';
import type { LoaderContext } from 'astro/loaders';
import { quietReloads, startDespiteInvalidEntries } from '../../src/lib/content-loader';
import { mirrorFolder } from '../../src/lib/files';
import { loadClinic } from '../../src/lib/clinic-config';
import { assembleClinicContent, reassembleClinicContent } from '../../src/lib/clinic-content';
import { contentFixture } from '../support/fixture-content';
import type { ContentProblem } from '../../src/lib/friendly-errors';

const TYPO: ContentProblem = { file: 'content/aftercare/first-week.mdx', field: 'descripton', message: 'is not a field of aftercare guides. Remove it' };
const LINK: ContentProblem = { file: 'content/faq/peeling.yaml', line: 3, message: 'links to <b>&"x"</b>. Fix it' };

/** Log lines by level, as Astro's logger would print them. */
function recordingLogger() {
  const lines: string[] = [];
  const logger = {
    info: (message: string) => lines.push(`info ${message}`),
    warn: (message: string) => lines.push(`warn ${message}`),
    error: (message: string) => lines.push(`error ${message}`),
    debug: (message: string) => lines.push(`debug ${message}`),
  } as unknown as AstroIntegrationLogger;
  return { logger, lines };
}

/** Just the parts of Vite's dev server the report uses: the watcher, the middleware stack and the client channel. */
function fakeServer() {
  const watcher = new EventEmitter();
  const sent: unknown[] = [];
  let middleware: (request: object, response: object, next: () => void) => void = () => {};
  const server = {
    watcher,
    middlewares: { use: (handler: typeof middleware) => (middleware = handler) },
    environments: { client: { hot: { send: (payload: unknown) => sent.push(payload) } } },
  } as unknown as ViteDevServer;
  /** What a browser asking for a page gets: the error page, or undefined when the request goes on to Astro. */
  const requestPage = () => {
    let body: string | undefined;
    let status = 200;
    middleware(
      { method: 'GET', url: '/aftercare/first-week/', headers: { accept: 'text/html,*/*' } },
      { set statusCode(code: number) { status = code; }, setHeader: () => {}, end: (text: string) => (body = text) },
      () => {},
    );
    return body === undefined ? undefined : { status, body };
  };
  return { server, watcher, sent, requestPage };
}

/** Resolves after the report has handled the events emitted so far (its check runs on a promise). */
const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('devErrorPage', () => {
  it('lists each problem as the build prints it, escaped, and loads Vite’s client so a fixing save reloads it', () => {
    const page = devErrorPage([TYPO, LINK]);
    expect(page.match(/<li>.*<\/li>/g)).toMatchInlineSnapshot(`
      [
        "<li>content/aftercare/first-week.mdx: descripton is not a field of aftercare guides. Remove it.</li>",
        "<li>content/faq/peeling.yaml:3: links to &#60;b&#62;&#38;&#34;x&#34;&#60;/b&#62;. Fix it.</li>",
      ]
    `);
    expect(page).toContain('<h1>The content has 2 problems</h1>');
    expect(page).toContain('<script type="module" src="/@vite/client"></script>');
  });
});

describe('isPageRequest', () => {
  it('is true for a page the browser navigates to, not for scripts, styles or Vite’s modules', () => {
    expect(isPageRequest('GET', 'text/html,application/xhtml+xml,*/*;q=0.8', '/aftercare/first-week/')).toBe(true);
    expect(isPageRequest('GET', '*/*', '/_astro/page.js')).toBe(false);
    expect(isPageRequest('GET', 'text/html', '/@vite/client')).toBe(false);
    expect(isPageRequest('POST', 'text/html', '/plan/')).toBe(false);
    expect(isPageRequest('GET', undefined, '/')).toBe(false);
  });
});

describe('reportContentInDev', () => {
  it('shows problems on every page and in the terminal after a save, and the page again after the fixing save', async () => {
    const { server, watcher, sent, requestPage } = fakeServer();
    const { logger, lines } = recordingLogger();
    let onDisk: ContentProblem[] = [];
    reportContentInDev({ server, logger, contentDir: '/site/content', initial: [], recheck: () => onDisk });
    expect(requestPage()).toBeUndefined();

    onDisk = [TYPO];
    watcher.emit('all', 'change', '/site/content/aftercare/first-week.mdx');
    // A second event of the same save (editors write, then rename): reported once.
    watcher.emit('all', 'add', '/site/content/aftercare/first-week.mdx');
    await settled();
    expect(requestPage()).toEqual({ status: 500, body: devErrorPage([TYPO]) });
    expect(lines).toEqual([
      'error The content has 1 problem; the browser shows them until you fix them:',
      'error content/aftercare/first-week.mdx: descripton is not a field of aftercare guides. Remove it.',
    ]);
    expect(sent).toEqual([{ type: 'full-reload', path: '*' }]);

    onDisk = [];
    watcher.emit('all', 'change', '/site/content/aftercare/first-week.mdx');
    await settled();
    expect(requestPage()).toBeUndefined();
    expect(lines.at(-1)).toBe('info content problems fixed');
    expect(sent).toHaveLength(2);
  });

  it('shows problems found at start, and ignores files outside content/', async () => {
    const { server, watcher, requestPage } = fakeServer();
    let checks = 0;
    reportContentInDev({ server, logger: recordingLogger().logger, contentDir: '/site/content', initial: [LINK], recheck: () => (checks++, []) });
    expect(requestPage()?.body).toContain('content/faq/peeling.yaml:3: links to');
    watcher.emit('all', 'change', '/site/src/pages/index.astro');
    watcher.emit('all', 'change', '/site/content-old/x.mdx');
    await settled();
    expect(checks).toBe(0);
  });
});

describe('quietReloads', () => {
  it('sends Astro’s raw failed-reload errors to debug and passes every other line on', () => {
    const { logger, lines } = recordingLogger();
    const quiet = quietReloads(logger);
    quiet.error('Failed to reload first-week.mdx: **aftercare → first-week** data does not match collection schema.\n  ****: Unrecognized key');
    quiet.error('Error reading first-week.mdx: EACCES');
    quiet.info('Reloaded data from first-week.mdx');
    expect(lines.map((line) => line.split('\n')[0])).toEqual([
      'debug Failed to reload first-week.mdx: **aftercare → first-week** data does not match collection schema.',
      'error Error reading first-week.mdx: EACCES',
      'info Reloaded data from first-week.mdx',
    ]);
  });
});

describe('startDespiteInvalidEntries', () => {
  const failing = (watcher: object | undefined) =>
    ({
      watcher,
      logger: recordingLogger().logger,
      parseData: () => Promise.reject(new Error('data does not match collection schema')),
    }) as unknown as LoaderContext;
  const entry = { id: 'first-week', data: { descripton: 'typo' }, filePath: 'content/aftercare/first-week.mdx' };

  it('in astro dev, keeps an invalid entry while the server starts, then lets schema errors through again', async () => {
    const { context, started } = startDespiteInvalidEntries(failing(new EventEmitter()));
    await expect(context.parseData(entry)).resolves.toEqual({ descripton: 'typo' });
    started();
    await expect(context.parseData(entry)).rejects.toThrow('does not match');
  });

  it('changes nothing in a build (no watcher)', async () => {
    const { context } = startDespiteInvalidEntries(failing(undefined));
    await expect(context.parseData(entry)).rejects.toThrow('does not match');
  });
});

describe('mirrorFolder', () => {
  it('writes only changed files and deletes only the ones gone, so a watcher sees just the change', () => {
    const base = mkdtempSync(join(tmpdir(), 'mirror-'));
    const [from, to] = [join(base, 'from'), join(base, 'to')];
    for (const dir of [join(from, 'aftercare'), join(to, 'aftercare')]) mkdirSync(dir, { recursive: true });
    writeFileSync(join(from, 'aftercare', 'same.mdx'), 'same');
    writeFileSync(join(to, 'aftercare', 'same.mdx'), 'same');
    writeFileSync(join(from, 'aftercare', 'changed.mdx'), 'new');
    writeFileSync(join(to, 'aftercare', 'changed.mdx'), 'old');
    writeFileSync(join(to, 'aftercare', 'hidden.mdx'), 'gone');
    mkdirSync(join(from, 'faq'));
    writeFileSync(join(from, 'faq', 'added.yaml'), 'q: 1');
    const before = statSync(join(to, 'aftercare', 'same.mdx')).mtimeMs;

    mirrorFolder(from, to);
    expect(readdirSync(to, { recursive: true }).sort()).toEqual(['aftercare', 'aftercare/changed.mdx', 'aftercare/same.mdx', 'faq', 'faq/added.yaml']);
    expect(readFileSync(join(to, 'aftercare', 'changed.mdx'), 'utf8')).toBe('new');
    expect(existsSync(join(to, 'aftercare', 'hidden.mdx'))).toBe(false);
    expect(statSync(join(to, 'aftercare', 'same.mdx')).mtimeMs).toBe(before);
  });
});

describe('reassembleClinicContent', () => {
  it('applies a save to clinic.yaml in astro dev: the hidden guide goes, unchanged files are not rewritten', async () => {
    const root = contentFixture();
    const target = join(root, '.astro', 'clinic-content', 'test-clinic');
    const { clinic } = await loadClinic(root, 'test-clinic');
    assembleClinicContent(root, clinic!, target);
    const untouched = join(target, 'procedure', 'on-the-day.mdx');
    const before = statSync(untouched).mtimeMs;
    const config = join(root, 'content', 'clinics', 'test-clinic', 'clinic.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}hide:\n  - aftercare/guide-1\n`);

    expect(await reassembleClinicContent(root, 'test-clinic', target, () => {})).toEqual([]);
    expect(existsSync(join(target, 'aftercare', 'guide-1.mdx'))).toBe(false);
    expect(statSync(untouched).mtimeMs).toBe(before);
    expect(existsSync(`${target}.next`)).toBe(false);
  });

  it('returns the problems of a clinic.yaml saved with a mistake', async () => {
    const root = contentFixture();
    const config = join(root, 'content', 'clinics', 'test-clinic', 'clinic.yaml');
    writeFileSync(config, `${readFileSync(config, 'utf8')}hide:\n  - aftercare/guide-9\n`);
    const problems = await reassembleClinicContent(root, 'test-clinic', join(root, '.astro', 'clinic-content', 'test-clinic'), () => {});
    expect(problems.map((problem) => problem.file)).toEqual(['content/clinics/test-clinic/clinic.yaml']);
  });
});
