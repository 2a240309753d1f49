import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';
import { fixtureProject, tempOutDir } from '../support/fixture-project';
import { setField, type FileChange } from '../support/fixture-content';
import { HOSTILE_CLINIC, HOSTILE_FILES, HOSTILE_PAYLOADS, OUTSIDE_SECRET, hostileProject } from '../support/fixture-hostile';
import { treeHashes } from '../support/tree-hash';

const GUIDE = 'consultation/guide-1.mdx';
const CLINIC = 'clinics/test-clinic/clinic.yaml';
/** The pages of a build (as treeHashes names them) Astro keys for reuse (src/lib/page-reuse.ts): each guide's page, found by its Markdown copy. */
function keyedPages(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.md')).map((file) => file.replace(/\.md$/, '/index.html'));
}
/** How many Markdown copies a build wrote beside its render, and how many of them it took from the last build. */
function copiesLine(output: string): { copies: number; kept: number } {
  const line = /copies: (\d+) Markdown copies \((\d+) kept from the last build\)/.exec(output);
  expect(line, output.slice(-3000)).not.toBeNull();
  return { copies: Number(line![1]), kept: Number(line![2]) };
}
const append = (text: string) => (source: string) => `${source}\n${text}\n`;
/** A small, otherwise valid static page a clinic might drop into public/. */
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Opening times</title></head><body>${body}</body></html>\n`;

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

/**
 * One case for each way a build can fail: the guides (a frontmatter field, MDX syntax and a link across
 * files, in three guides of one build, since the content check reports every problem at once), a clinic's
 * config, an unknown clinic, and pages checked after Astro has written them. Every other message is pinned by
 * a unit snapshot (tests/unit/content-errors.test.ts, content-gates, clinic-config, guide-language): a full
 * build per message would cost seconds each and prove nothing more.
 */
const CASES: BadInput[] = [
  {
    name: 'a wrong type, an MDX syntax error and a broken internal link, in three guides',
    changes: {
      [GUIDE]: setField('order', 'first'),
      'maintenance/guide-1.mdx': append('<Aside type="tip">\n\nNever closed.'),
      'procedure/guide-2.mdx': append('Read [the aftercare guide](/aftercare/guide-9/).'),
    },
    says: [
      /consultation\/guide-1\.mdx: order must be a whole number.*\(found "first"\)\./,
      /maintenance\/guide-1\.mdx:37: <Aside> on this line is never closed\. Add <\/Aside> on its own line/,
      /procedure\/guide-2\.mdx:37: links to \/aftercare\/guide-9\/, which is not a page of this site\. Did you mean "\/aftercare\/guide-1\/"\? Link to an existing page/,
    ],
  },
  {
    name: 'clinic colour that fails contrast',
    clinic: 'test-clinic',
    changes: { [CLINIC]: (text) => text.replace('"#1d4f91"', '"#7fb3ae"') },
    says: [/clinic\.yaml: colours\.accent #7fb3ae on #ffffff .* has contrast 2\.34:1; WCAG AA needs 4\.5:1\. Try #[0-9a-f]{6}/],
  },
  { name: 'unknown clinic', clinic: 'no-such-clinic', changes: {}, says: [/content\/clinics\/no-such-clinic\/clinic\.yaml: does not exist\. Create the clinic with: npm run new-clinic/] },
  {
    name: 'pages in public/ with a broken link and invalid HTML (caught after Astro has written the pages)',
    changes: {},
    projectFiles: {
      'public/opening-times.html': page('<main><h1>Opening times</h1><p>See <a href="/visit-us/">how to find us</a>.</p></main>'),
      'public/parking.html': page('<main><h1>Parking</h1><p>Monday <p>to Friday</span></main>'),
    },
    says: [/opening-times\.html: \/visit-us\/ points to no file in the site\. Fix the link/, /parking\.html:\d+: invalid HTML \([a-z-]+\): .*\. Fix the component or guide that writes it/],
  },
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
  it('are byte-identical with the check caches of the last build, whose results they reuse, whatever shell started them; and clear the staging folders of killed builds', async () => {
    const again = tempOutDir();
    const parent = join(again, '..');
    const killed = join(parent, `.${basename(again)}.999999999-1.building`);
    const alive = join(parent, `.${basename(again)}.${process.pid}-1.building`);
    mkdirSync(killed);
    mkdirSync(alive);
    // `_` is the command the shell ran last: it differs between `npm run build`, `node scripts/build.mjs` and CI.
    const build = await buildSite(goodRoot, again, { _: '/usr/local/bin/another-tool' });
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output.trim().split('\n').at(-1)).toBe(`Build succeeded: ${again} replaced.`);
    // A staging folder whose build was killed is cleared; one whose build still runs (this process's) is kept.
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    rmSync(alive, { recursive: true });
    const guides = /(\d+) guides checked \((\d+) unchanged, from the cache\)/.exec(build.output);
    expect(guides, build.output.slice(0, 3000)).not.toBeNull();
    expect(guides![2]).toBe(guides![1]);
    const pages = /html: (\d+) pages validated \((\d+) unchanged, from the cache\), 0 problems/.exec(build.output);
    expect(pages, build.output.slice(-3000)).not.toBeNull();
    expect(pages![2]).toBe(pages![1]);
    expect(treeHashes(again)).toEqual(goodHashes);
    // Every keyed page was copied from the last build, none rendered again, and every Markdown copy was kept.
    const keyed = keyedPages(Object.keys(goodHashes));
    expect(build.output.match(/\(restored\)$/gm)?.length).toBe(keyed.length);
    expect(copiesLine(build.output)).toEqual({ copies: keyed.length, kept: keyed.length });
  });

  // Last of the tests that build goodRoot: it changes a guide there.
  it('render again only the pages of the guide whose words changed, and equal a clean build of the changed sources', async () => {
    const sentence = append('Ask us if you are not sure what to do.');
    writeFileSync(join(goodRoot, 'content', GUIDE), sentence(readFileSync(join(goodRoot, 'content', GUIDE), 'utf8')));
    const rebuilt = tempOutDir();
    const build = await buildSite(goodRoot, rebuilt);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = GUIDE.replace(/\.mdx$/, '');
    const rendered = build.output.split('\n').filter((line) => /├─ \/\S+ \(\+\d+ms\)/.test(line)).map((line) => /├─ (\/\S+)/.exec(line)![1]);
    // Of the guides' pages and Markdown copies, only the changed guide's page and copy were made again;
    // every other one came from the last build.
    const keyed = new Set(keyedPages(Object.keys(goodHashes)).map((file) => `/${file}`));
    expect(keyed.size).toBeGreaterThan(5);
    expect(rendered.filter((path) => keyed.has(path)).sort()).toEqual([`/${page}/index.html`]);
    expect(copiesLine(build.output)).toEqual({ copies: keyed.size, kept: keyed.size - 1 });
    const clean = tempOutDir();
    const reference = await buildSite(fixtureProject({ [GUIDE]: sentence }), clean);
    expect(reference.status, reference.output.slice(-3000)).toBe(0);
    expect(treeHashes(rebuilt)).toEqual(treeHashes(clean));
    expect(treeHashes(rebuilt)).not.toEqual(goodHashes);
  });
});
