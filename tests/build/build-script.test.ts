import { stripVTControlCharacters } from 'node:util';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, inject, it, vi } from 'vitest';
import { buildEnv, buildSite, TEST_REVIEW_DATE } from '../support/build-site';
import { PROJECT_ROOT } from '../support/paths';
import { writeBenchSites } from '../../src/bench/bench-project';
import { checkContent } from '../../src/checks/content-check';
import { formatProblem } from '../../src/lib/friendly-errors';
import { reviewDate } from '../../src/lib/dates';
import { WRITING_THREAD_FROM } from '../../src/build/thread-limits';
import { fixtureProject, projectCopy, tempOutDir } from '../support/fixture-project';
import { setField } from '../support/fixture-content';
import { treeHashes } from '../support/tree-hash';
import * as cheerio from 'cheerio';
import { isRunning } from '../../src/build/output-swap';
import { WORKSPACES_DIR, sharedCheckStore } from '../../src/build/workspace';
import { t } from '../../src/i18n/t';
import { fileLocale } from '../support/site-files';
import { builtPages } from '../../src/lib/files';

/** A stand-in for the last good site: what matters is that a build leaves it as it was. */
function lastGoodSite(dir: string): Record<string, string> {
  mkdirSync(join(dir, 'guides'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), 'the last good site');
  writeFileSync(join(dir, 'guides', 'index.html'), 'a guide of the last good site');
  return treeHashes(dir);
}

/** Staging folders a build left beside `outDir`. */
const leftovers = (outDir: string) => readdirSync(dirname(outDir)).filter((name) => name.startsWith(`.${basename(outDir)}.`));

const noStackTrace = (output: string) => {
  expect(output).not.toMatch(/An unhandled error occurred|^\s+at .+:\d+:\d+\)?$/m);
};

/** The processes `pid` started. */
const childrenOf = (pid: number) =>
  execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);

describe('npm run build, stopped', () => {
  it('passes SIGTERM from npm to Astro, stops it, and leaves the output folder as it was', async () => {
    const root = fixtureProject();
    const out = tempOutDir();
    const before = lastGoodSite(out);
    // Through npm, as CI runs it: npm passes the signal to its script, which must reach Astro.
    const build = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', out], { cwd: root, env: buildEnv({}) });
    let output = '';
    // Astro has started building once it names its output folder: stop it there.
    const started = new Promise<void>((resolve) => {
      const read = (chunk: Buffer) => {
        // Colour codes stripped: Astro colours its log when CI is set.
        output += stripVTControlCharacters(chunk.toString());
        if (/\[build\] directory: /.test(output)) resolve();
      };
      build.stdout.on('data', read);
      build.stderr.on('data', read);
    });
    const ended = new Promise<number | null>((resolve) => build.on('close', resolve));
    await started;
    const processes = childrenOf(build.pid!).flatMap((pid) => [pid, ...childrenOf(pid)]);
    expect(processes).toHaveLength(2);
    expect(processes.every(isRunning)).toBe(true);
    build.kill('SIGTERM');
    expect(await ended).toBe(143);
    expect(processes.some(isRunning)).toBe(false);
    expect(output.trim().split('\n').at(-1)).toBe(`Build stopped (SIGTERM); ${out} still holds the last good build, untouched.`);
    expect(treeHashes(out)).toEqual(before);
    expect(leftovers(out)).toEqual([]);
  });
});

describe('npm run build of a site large enough to check the writing in a thread', () => {
  it('checks it while Astro bundles, and a guide that fails stops the build before any page renders, with the lines of a check run whole', async () => {
    const dest = mkdtempSync(join(tmpdir(), 'mng-later-'));
    const { project, guides } = writeBenchSites(PROJECT_ROOT, dest, WRITING_THREAD_FROM, 14, TEST_REVIEW_DATE);
    const guide = guides[7]!;
    const long = 'A sentence that goes on and on and on and on and on and on and on and on and on and on and on and on and on and on without a stop.';
    writeFileSync(join(project, 'content', guide.collection, `${guide.id}.mdx`), `${guide.text}\n${long}\n`);
    const expected = checkContent(project, { today: reviewDate(TEST_REVIEW_DATE) }).problems.map(formatProblem);
    expect(expected.length).toBeGreaterThan(0);

    const out = join(dest, 'dist');
    const build = await buildSite(project, out);
    expect(build.status).toBe(1);
    expect(build.output).toContain(`${WRITING_THREAD_FROM} guides read; the writing of ${WRITING_THREAD_FROM} is checked while Astro bundles`);
    for (const line of expected) expect(build.output).toContain(`  - ${line}`);
    expect(build.output).not.toContain('generating static routes');
    expect(build.output.trim().split('\n').at(-1)).toMatch(/^Build failed/);
    noStackTrace(build.output);
    rmSync(dest, { recursive: true, force: true });
  });
});

describe('npm run build, after a build killed mid-swap', () => {
  it('restores the last good site, and a failed content check ends with its problems and "Build failed", no stack trace', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mng-dist-')), 'dist');
    const moved = `${dirname(out)}/.dist.999999999-1.previous`;
    const before = lastGoodSite(moved);
    const build = await buildSite(fixtureProject({ 'consultation/guide-1.mdx': setField('title', '""') }), out);
    expect(build.status).toBe(1);
    expect(build.output).toContain(`${out} was missing (a build was stopped while replacing it); restored the last good site from .dist.999999999-1.previous.`);
    expect(treeHashes(out)).toEqual(before);
    expect(existsSync(moved)).toBe(false);
    const lines = build.output.trim().split('\n');
    expect(lines.slice(-4)).toEqual([
      'The content has problems; the build stopped and the last good site is untouched.',
      '  - content/consultation/guide-1.mdx: title is empty. Write a title.',
      '',
      `Build failed; ${out} still holds the last good build, untouched.`,
    ]);
    noStackTrace(build.output);
  });
});

describe('npm run build into a symlinked dist', () => {
  // The default site with the real content, in a copy of the project: also what makes its builds reproducible.
  it('replaces the folder the link points to, keeps the link, and builds what the checkout builds, from another folder', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'mng-dist-'));
    const served = join(parent, 'www', 'guide');
    lastGoodSite(served);
    const link = join(parent, 'dist');
    symlinkSync(served, link);
    const build = await buildSite(projectCopy(), link);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output.trim().split('\n').at(-1)).toBe(`Build succeeded: ${link} replaced.`);
    const hashes = treeHashes(served);
    expect(Object.keys(hashes).length).toBeGreaterThan(100);
    expect(hashes).toEqual(treeHashes(inject('distDir')));
    // Each phase says what it did as it ends, with counts and time, in the order the build runs them; the
    // search index is written beside the checks, so its line comes whenever Pagefind is done, before gzip's.
    expect(build.output).toMatch(
      /guides checked in \d+ ms\n[^]*\] html: \d+ pages validated, 0 problems in \d+\.\d s\n.*\] links: \d+ pages checked, 0 broken in \d+\.\d s\n[^]*\] gzip: \d+ files precompressed/,
    );
    expect(build.output).toMatch(/\] search: \d+ pages indexed in \d+\.\d s\n[^]*\] gzip: /);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(served);
    expect(readFileSync(join(served, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(existsSync(join(served, 'guides'))).toBe(false);
    // The old site is deleted in the background, by a process that outlives the build.
    await vi.waitFor(() => expect(leftovers(served)).toEqual([]), { timeout: 10_000, interval: 50 });
    rmSync(parent, { recursive: true });
  });
});

describe('two builds at once in one checkout', () => {
  // Of different clinics at once, too: build:clinics runs them so (tests/build/clinic-scripts.test.ts). The
  // solo build they are compared with was made in another copy of the project: a clinic's build is reproducible.
  it('of the same clinic each produce exactly what it produces alone, from another folder', async () => {
    const root = projectCopy();
    const id = 'maple-street';
    const outs = [tempOutDir(), tempOutDir()];
    const builds = await Promise.all(outs.map((out) => buildSite(root, out, { CLINIC: id })));
    builds.forEach((build) => expect(build.status, build.output.slice(-3000)).toBe(0));
    const solo = treeHashes(inject('builds').clinics[id]);
    for (const out of outs) expect(treeHashes(out)).toEqual(solo);
    // One build had a one-off workspace; the other keeps the clinic's own for the next build. Beside it, the
    // check store the builds shared.
    expect(readdirSync(join(root, WORKSPACES_DIR)).sort()).toEqual([`clinic-${id}`, basename(sharedCheckStore(root))]);
  });
});

describe('a production build of the default site', () => {
  it('refuses the placeholder address, naming the setting, before building anything', async () => {
    const out = tempOutDir();
    const before = lastGoodSite(out);
    // No SITE_URL: the address is the placeholder the repository ships with.
    const build = await buildSite(fixtureProject(), out, { SITE_URL: '' });
    expect(build.status).toBe(1);
    expect(build.output.trim().split('\n')).toEqual([
      'site.yaml: url is https://example.org, a placeholder: canonical links, the sitemap, robots.txt and calendar files would point there. Set the address the site is published at, or build a local preview with npm run build -- --draft.',
      'Build failed.',
    ]);
    expect(treeHashes(out)).toEqual(before);
  });

  it('allows it with --draft, and then every page says it is a draft and asks not to be indexed', async () => {
    const out = tempOutDir();
    const build = await buildSite(fixtureProject(), out, { SITE_URL: '' }, ['--draft']);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output.trim().split('\n').at(-1)).toBe(`Build succeeded: ${out} replaced (a draft: every page says so; not for publishing).`);
    const pages = builtPages(out);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const $ = cheerio.load(readFileSync(join(out, page), 'utf8'));
      expect($('body > aside.draft-mark').text(), page).toBe(t(fileLocale(page), 'draft.note'));
      expect($('meta[name="robots"]').attr('content'), page).toBe('noindex');
    }
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('https://example.org/');
  });
});
