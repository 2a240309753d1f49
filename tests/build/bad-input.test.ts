import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { fixtureProject, projectCopy, tempOutDir } from '../support/fixture-project';
import { setField, type FileChange } from '../support/fixture-content';
import { HOSTILE_CLINIC, HOSTILE_FILES, HOSTILE_PAYLOADS, OUTSIDE_SECRET, hostileProject } from '../support/fixture-hostile';
import { treeHashes } from '../support/tree-hash';
import { FIXTURES } from '../support/paths';

const GUIDE = 'consultation/guide-1.mdx';
const CLINIC = 'clinics/test-clinic/clinic.yaml';
const append = (text: string) => (source: string) => `${source}\n${text}\n`;
/** A small, otherwise valid static page a clinic might drop into public/. */
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opening times</title></head><body>${body}</body></html>\n`;
const fixtureGuide = readFileSync(join(FIXTURES, 'minimal', 'content', 'consultation', 'guide-2.mdx'), 'utf8');

interface BadInput {
  name: string;
  changes: Record<string, FileChange>;
  /** Files outside content/ to write, from the project root (e.g. a page in public/). */
  projectFiles?: Record<string, string>;
  /** Build a clinic's copy instead of the default site. */
  clinic?: string;
  /** What the message must say: the file, the field or line, and what to do. */
  says: RegExp[];
}

const CASES: BadInput[] = [
  { name: 'missing title', changes: { [GUIDE]: setField('title', null) }, says: [/content\/consultation\/guide-1\.mdx: title is missing\. Add a title/] },
  { name: 'empty title', changes: { [GUIDE]: setField('title', '""') }, says: [/guide-1\.mdx: title is empty\. Write a title/] },
  {
    name: 'description too long',
    changes: { [GUIDE]: setField('description', `"${'Words about the stage. '.repeat(9)}"`) },
    says: [/guide-1\.mdx: description is too long: \d+ characters, at most 160\. Shorten it/],
  },
  { name: 'wrong type', changes: { [GUIDE]: setField('order', 'first') }, says: [/guide-1\.mdx: order must be a whole number.*\(found "first"\)\./] },
  { name: 'unknown key', changes: { [GUIDE]: setField('colour', 'blue') }, says: [/guide-1\.mdx: colour is not a field of consultation guides\. Remove it or fix its spelling/] },
  { name: 'invalid date', changes: { [GUIDE]: setField('lastReviewed', '2026-02-30') }, says: [/guide-1\.mdx: lastReviewed is not a date \(found "2026-02-30"\): 30 is not a day of February 2026, which has 28 days\. Use a day from 01 to 28/] },
  {
    name: 'nextReview in the past',
    changes: { [GUIDE]: (text) => setField('nextReview', '2026-01-01')(setField('lastReviewed', '2025-06-01')(text)) },
    says: [/guide-1\.mdx: nextReview was 2026-01-01: the review is overdue\. Ask Test editors to review "consultation guide 1"/],
  },
  { name: 'unknown reviewer', changes: { [GUIDE]: setField('reviewedBy', 'dr-who') }, says: [/guide-1\.mdx: reviewedBy names "dr-who".*Use one of: editorial-team/] },
  { name: 'duplicate order', changes: { 'consultation/guide-2.mdx': setField('order', '1') }, says: [/guide-2\.mdx: order 1 is also used by content\/consultation\/guide-1\.mdx\. Give each guide in content\/consultation\/ its own order number/] },
  {
    name: 'duplicate guide id',
    changes: { 'consultation/Guide 1.mdx': fixtureGuide.replace(/^order: 2$/m, 'order: 5') },
    says: [/content\/consultation\/guide-1\.mdx: makes the same guide id "guide-1" as content\/consultation\/Guide 1\.mdx.*Rename one/],
  },
  { name: 'unknown stage folder', changes: { 'recovery/rest.mdx': fixtureGuide }, says: [/content\/recovery\/: is not a known content folder\. Move its files into one of/] },
  { name: 'MDX syntax error', changes: { [GUIDE]: append('<Aside type="tip">\n\nNever closed.') }, says: [/guide-1\.mdx:37: <Aside> on this line is never closed\. Add <\/Aside> on its own line/] },
  { name: 'unknown MDX component', changes: { [GUIDE]: append('<Callout>Hello.</Callout>') }, says: [/guide-1\.mdx:37: <Callout> is not a component guides can use\. Use one of/] },
  { name: 'missing image', changes: { [GUIDE]: append('![A roller](./roller.png)') }, says: [/guide-1\.mdx:37: shows image \.\/roller\.png, but there is no such file\. Add it next to the guide/] },
  { name: 'broken internal link', changes: { [GUIDE]: append('Read [the aftercare guide](/aftercare/guide-9/).') }, says: [/guide-1\.mdx:37: links to \/aftercare\/guide-9\/, which is not a page of this site\. Did you mean "\/aftercare\/guide-1\/"\? Link to an existing page/] },
  {
    name: 'a javascript: link in a guide',
    changes: { [GUIDE]: append('Read [the booking page](javascript:alert(1)).') },
    says: [/guide-1\.mdx:37: links to javascript:alert\(1\)\. Links may only start with https:\/\/, tel: or mailto:/],
  },
  {
    name: 'link to a missing heading',
    changes: { [GUIDE]: append('Read [the second part of aftercare](/aftercare/guide-1/#no-such-part).') },
    says: [/guide-1\.mdx:37: links to \/aftercare\/guide-1\/#no-such-part, but that page has no section #no-such-part\. Use one of:.*first-part/],
  },
  { name: 'empty content folder', changes: { 'maintenance/guide-1.mdx': null, 'maintenance/guide-2.mdx': null }, says: [/content\/maintenance\/: has no guides\. Add at least one \.mdx guide: every stage needs one/] },
  { name: 'a 5 MB guide', changes: { [GUIDE]: append('Plain words here. '.repeat(300_000)) }, says: [/guide-1\.mdx: is \d+ KB; a guide may be at most 512 KB\. Split it into several guides/] },
  { name: 'broken YAML frontmatter', changes: { [GUIDE]: (text) => text.replace('title: "consultation guide 1"', 'title: "consultation guide 1') }, says: [/guide-1\.mdx:\d+: frontmatter is not valid YAML: .*\. Check that line: close every quote/] },
  { name: 'FAQ answer pointing nowhere', changes: { 'faq/does-it-hurt.yaml': (text) => text.replace('procedure/on-the-day', 'procedure/gone') }, says: [/content\/faq\/does-it-hurt\.yaml: guide names "procedure\/gone", which is not a guide\. Use <stage>\/<id> of an existing guide/] },
  {
    name: 'clinic colour that fails contrast',
    clinic: 'test-clinic',
    changes: { [CLINIC]: (text) => text.replace('"#1d4f91"', '"#7fb3ae"') },
    says: [/clinic\.yaml: colours\.accent #7fb3ae on #ffffff .* has contrast 2\.34:1; WCAG AA needs 4\.5:1\. Try #[0-9a-f]{6}/],
  },
  { name: 'clinic config missing site URL', clinic: 'test-clinic', changes: { [CLINIC]: (text) => text.replace(/^url: .*\n/m, '') }, says: [/clinic\.yaml: url is missing\. Add the address the site is published at/] },
  {
    name: 'clinic URL with javascript: scheme',
    clinic: 'test-clinic',
    changes: { [CLINIC]: (text) => text.replace('https://test-clinic.example/book', 'javascript:alert(1)') },
    says: [/clinic\.yaml: bookingUrl must be the booking page address starting with https:\/\/ \(found "javascript:alert\(1\)"\)/],
  },
  {
    name: 'clinic site URL with javascript: scheme',
    clinic: 'test-clinic',
    changes: { [CLINIC]: (text) => text.replace(/^url: .*$/m, 'url: "javascript:alert(1)"') },
    says: [/clinic\.yaml: url must be .*https:\/\/.*\(found "javascript:alert\(1\)"\)/],
  },
  {
    name: 'a page in public/ with a broken link (caught after Astro has written the pages)',
    changes: {},
    projectFiles: { 'public/opening-times.html': page('<main><h1>Opening times</h1><p>See <a href="/visit-us/">how to find us</a>.</p></main>') },
    says: [/opening-times\.html: \/visit-us\/ points to no file in the site\. Fix the link/],
  },
  {
    name: 'a page in public/ that is not valid HTML',
    changes: {},
    projectFiles: { 'public/opening-times.html': page('<main><h1>Opening times</h1><p>Monday <p>to Friday</span></main>') },
    says: [/opening-times\.html:\d+: invalid HTML \([a-z-]+\): .*\. Fix the component or guide that writes it/],
  },
  { name: 'logo file missing', clinic: 'test-clinic', changes: { 'clinics/test-clinic/logo.svg': null }, says: [/clinic\.yaml: logo\.file names logo\.svg, which is not in content\/clinics\/test-clinic\/\. Add the file/] },
  {
    name: 'clinic logo with a script and an event handler',
    clinic: 'test-clinic',
    changes: { 'clinics/test-clinic/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">\n<script>alert(document.cookie)</script>\n</svg>\n' },
    says: [/content\/clinics\/test-clinic\/logo\.svg:1: <svg onload> is an event handler, which runs code\. Remove it/, /logo\.svg:2: <script> runs code\. Remove it/],
  },
  { name: 'unknown clinic', clinic: 'no-such-clinic', changes: {}, says: [/content\/clinics\/no-such-clinic\/clinic\.yaml: does not exist\. Create the clinic with: npm run new-clinic/] },
];

let goodRoot: string;
let goodDist: string;
let goodHashes: Record<string, string>;

beforeAll(async () => {
  goodRoot = fixtureProject();
  goodDist = tempOutDir();
  const build = await buildSite(goodRoot, goodDist);
  expect(build.status, build.output.slice(-3000)).toBe(0);
  goodHashes = treeHashes(goodDist);
}, 120_000);

describe('bad input: a clear error, nothing lost', () => {
  it('has at least 20 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20);
  });

  it.concurrent.each(CASES)('$name', async ({ changes, projectFiles, clinic, says }) => {
    const out = tempOutDir();
    cpSync(goodDist, out, { recursive: true });
    const build = await buildSite(fixtureProject(changes, projectFiles), out, clinic ? { CLINIC: clinic } : {});
    expect(build.status, build.output.slice(-3000)).not.toBe(0);
    for (const pattern of says) expect(build.output).toMatch(pattern);
    expect(build.output.trim().split('\n').at(-1)).toMatch(/^Build failed; .* still holds the last good build, untouched\.$/);
    // The problems alone: Astro's "An unhandled error occurred" and a stack trace point at our code, not the author's file.
    expect(build.output).not.toMatch(/An unhandled error occurred|^\s+at .+:\d+:\d+\)?$/m);
    expect(treeHashes(out)).toEqual(goodHashes);
  });
});

describe('hostile guides: guides and content files are data, never code', () => {
  it('refuses every payload at once, with file:line, and publishes none of them', async () => {
    const out = tempOutDir();
    cpSync(goodDist, out, { recursive: true });
    const build = await buildSite(hostileProject(), out, { CLINIC: HOSTILE_CLINIC });
    expect(build.status, build.output.slice(-3000)).not.toBe(0);
    for (const { says } of [...HOSTILE_PAYLOADS, ...HOSTILE_FILES]) expect(build.output).toMatch(says);
    expect(build.output.trim().split('\n').at(-1)).toMatch(/^Build failed; .* still holds the last good build, untouched\.$/);
    expect(treeHashes(out)).toEqual(goodHashes);
    // What each payload would have published: /etc/passwd, $HOME, the output of `id`, the marked scripts, links
    // and images, raw HTML, and the linked files' text. (`<form` and `javascript:` occur in the good site.)
    const traces = ['root:x:0:0', homedir(), 'uid=', 'PWNED-', OUTSIDE_SECRET, 'alert(', '<iframe', 'onerror=', 'srcset=', 'data:text/html', 'java\tscript'];
    for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
      const path = join(out, name);
      if (!existsSync(path) || !/\.(html|js|css|xml|txt|json|svg|webmanifest|ics)$/.test(name)) continue;
      const text = readFileSync(path, 'utf8');
      for (const trace of traces) expect(text.includes(trace), `${name} holds ${trace}`).toBe(false);
    }
  }, 120_000);
});

describe('builds', () => {
  it('are reproducible: two builds of the same sources are byte-identical', async () => {
    const root = fixtureProject();
    const again = tempOutDir();
    const build = await buildSite(root, again);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const hashes = treeHashes(again);
    expect(Object.keys(hashes).length).toBeGreaterThan(30);
    expect(hashes).toEqual(goodHashes);
  });

  it('are byte-identical with the check caches of the last build, whose results they reuse', async () => {
    const again = tempOutDir();
    const build = await buildSite(goodRoot, again);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const guides = /(\d+) guides checked \((\d+) unchanged, from the cache\)/.exec(build.output);
    expect(guides, build.output.slice(0, 3000)).not.toBeNull();
    expect(guides![2]).toBe(guides![1]);
    const pages = /html: (\d+) pages validated \((\d+) unchanged, from the cache\), 0 problems/.exec(build.output);
    expect(pages, build.output.slice(-3000)).not.toBeNull();
    expect(pages![2]).toBe(pages![1]);
    expect(treeHashes(again)).toEqual(goodHashes);
  });

  it.each([
    ['the default site', {}, () => inject('builds').distDir],
    ['a clinic', { CLINIC: 'maple-street' }, () => inject('builds').clinics['maple-street']],
  ] as const)('are reproducible for %s with the real content, from another folder', async (_name, env, firstBuild) => {
    const again = tempOutDir();
    const build = await buildSite(projectCopy(), again, env);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const hashes = treeHashes(again);
    expect(Object.keys(hashes).length).toBeGreaterThan(100);
    expect(hashes).toEqual(treeHashes(firstBuild()));
  });

  it('clear the staging folders of killed builds, and keep those of builds still running', async () => {
    const out = tempOutDir();
    const parent = join(out, '..');
    const killed = join(parent, `.${basename(out)}.999999999-1.building`);
    const alive = join(parent, `.${basename(out)}.${process.pid}-1.building`);
    mkdirSync(killed);
    mkdirSync(alive);
    const build = await buildSite(fixtureProject(), out);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    rmSync(alive, { recursive: true });
  });

  it('replace the output only when they succeed, and say so', async () => {
    const out = tempOutDir();
    const build = await buildSite(fixtureProject(), out);
    expect(build.output.trim().split('\n').at(-1)).toBe(`Build succeeded: ${out} replaced.`);
  });
});
