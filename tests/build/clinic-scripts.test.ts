import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { fixtureProject, tempOutDir } from '../support/fixture-project';
import { buildEnv, buildSite } from '../support/build-site';
import { freePort } from '../support/free-port';
import { treeHashes } from '../support/tree-hash';
import { parsePolicy } from '../../src/lib/security-headers';
import { WORKSPACES_DIR } from '../../src/build/workspace';

const ANALYTICS = 'https://stats.test-clinic.example/script.js';
let root: string;
let created: ReturnType<typeof spawnSync>;
let buildAll: ReturnType<typeof spawnSync>;

function run(script: string, args: string[]) {
  // The project's own Node, like `npm run …`, with the user's environment rather than vitest's.
  return spawnSync(process.execPath, [join('scripts', script), ...args], { cwd: root, encoding: 'utf8', env: buildEnv({}), maxBuffer: 64 * 1024 * 1024 });
}

beforeAll(() => {
  root = fixtureProject({
    'clinics/test-clinic/clinic.yaml': (text) => `${text}analytics:\n  scriptUrl: ${ANALYTICS}\n  data:\n    domain: test-clinic.example\n`,
  });
  // A clinic that cannot build: its config has no site URL.
  cpSync(join(root, 'content', 'clinics', 'test-clinic'), join(root, 'content', 'clinics', 'broken'), { recursive: true });
  const brokenConfig = join(root, 'content', 'clinics', 'broken', 'clinic.yaml');
  writeFileSync(brokenConfig, readFileSync(brokenConfig, 'utf8').replace(/^url: .*\n/m, ''));
  created = run('new-clinic.mjs', ['fresh', '--name', 'Fresh Skin Studio', '--url', 'https://fresh.example']);
  // What the owner does next: replace the placeholders a production build refuses (see new-clinic.test.ts).
  const fresh = join(root, 'content', 'clinics', 'fresh');
  writeFileSync(
    join(fresh, 'clinic.yaml'),
    readFileSync(join(fresh, 'clinic.yaml'), 'utf8').replace('+441632960000', '+441632960777').replace('01632 960000', '01632 960777').replace('Your clinic’s address', '7 Fresh Lane (fictional)'),
  );
  writeFileSync(join(fresh, 'logo.svg'), readFileSync(join(root, 'content', 'clinics', 'test-clinic', 'logo.svg')));
  // Two at once (the default on two cores, said here so the test does not depend on the machine).
  buildAll = run('build-clinics.mjs', ['--jobs', '2']);
}, 180_000);

describe('npm run new-clinic', () => {
  it('scaffolds a clinic and says what to fill in next', () => {
    expect(created.status, String(created.stderr)).toBe(0);
    expect(created.stdout).toContain('CLINIC=fresh npm run build');
    expect(created.stdout).toContain('Fill in next');
    expect(existsSync(join(root, 'content', 'clinics', 'fresh', 'logo.svg'))).toBe(true);
  });

  it('refuses a bad id with the usage line', () => {
    const bad = run('new-clinic.mjs', ['Bad Id', '--name', 'X', '--url', 'https://x.example']);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('Usage: npm run new-clinic -- <id> --name');
  });

  it('makes a clinic that builds once its placeholders are replaced', () => {
    const $ = cheerio.load(readFileSync(join(root, 'dist-clinics', 'fresh', 'index.html'), 'utf8'));
    expect($('header .site-name').text()).toContain('Fresh Skin Studio');
    expect($('link[rel="canonical"]').attr('href')).toBe('https://fresh.example/');
  });
});

describe('npm run build:clinics', () => {
  it('builds every clinic, two at once, with progress and a summary', () => {
    const out = String(buildAll.stdout);
    expect(out).toContain('broken checks the guides first; the other 2 clinics start once it has, and reuse what it found.');
    expect(out).toMatch(/\[1\/3\] broken … \d+\.\d s FAILED/);
    expect(out).toMatch(/\[2\/3\] fresh … \d+\.\d s ok/);
    expect(out).toMatch(/\[3\/3\] test-clinic … \d+\.\d s ok/);
    expect(out).toMatch(/broken\s+FAILED\s+\d+\.\d s\s+.*url is missing/);
    expect(out).toContain('2 built, 1 failed.');
  });

  it('does not let one failure stop the others, and exits non-zero', () => {
    expect(buildAll.status).toBe(1);
    // Beside the default site's folder, never inside it: deploying dist/ ships the default site alone.
    expect(existsSync(join(root, 'dist', 'clinics'))).toBe(false);
    expect(existsSync(join(root, 'dist-clinics', 'test-clinic', 'index.html'))).toBe(true);
    expect(existsSync(join(root, 'dist-clinics', 'broken'))).toBe(false);
  });

  it('builds each clinic exactly as a solo build of it does, which reads the guides checked by the clinics before it', async () => {
    // Without its own workspace and caches: what it reads of the guides can only come from the store the builds share.
    rmSync(join(root, WORKSPACES_DIR, 'clinic-test-clinic'), { recursive: true, force: true });
    const alone = tempOutDir();
    const solo = await buildSite(root, alone, { CLINIC: 'test-clinic' });
    expect(solo.status, solo.output.slice(-3000)).toBe(0);
    const checked = /(\d+) guides checked \((\d+) unchanged, from the cache\)/.exec(solo.output);
    expect(checked, solo.output.slice(0, 3000)).not.toBeNull();
    expect(checked![2]).toBe(checked![1]);
    expect(treeHashes(join(root, 'dist-clinics', 'test-clinic'))).toEqual(treeHashes(alone));
  });

  it('splits the clinics between runners with --shard: each once, the same way every time', () => {
    const shard = (which: string) => String(run('build-clinics.mjs', ['--shard', which, '--list']).stdout).trim().split('\n');
    expect([shard('1/2'), shard('2/2'), shard('1/2')]).toEqual([['broken', 'test-clinic'], ['fresh'], ['broken', 'test-clinic']]);
    expect(shard('1/1')).toEqual(['broken', 'fresh', 'test-clinic']);
    const bad = run('build-clinics.mjs', ['--shard', '0/2']);
    expect([bad.status, String(bad.stderr).trim()]).toEqual([1, expect.stringMatching(/^--shard 0\/2: must be <i>\/<n> with 1 ≤ i ≤ n/)]);
  });
});

describe('npm run preview -- --clinic <id>', () => {
  it('serves that clinic’s site', async () => {
    const port = await freePort();
    const preview = spawn(process.execPath, [join('scripts', 'preview.mjs'), '--clinic', 'fresh', '--port', String(port)], { cwd: root, env: buildEnv({}) });
    try {
      await new Promise<void>((resolve) => preview.stdout.on('data', (chunk: Buffer) => chunk.toString().includes(`127.0.0.1:${port}`) && resolve()));
      const page = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(cheerio.load(page)('header .site-name').text()).toContain('Fresh Skin Studio');
    } finally {
      preview.kill();
    }
  });

  it('says how to build a clinic that has no build yet', () => {
    const missing = run('preview.mjs', ['--clinic', 'nowhere']);
    expect([missing.status, String(missing.stderr).trim()]).toEqual([
      1,
      'dist-clinics/nowhere/: holds no built site. Build it first: CLINIC=nowhere npm run build (or npm run build:clinics)',
    ]);
  });
});

describe('clinic analytics', () => {
  it('is off unless a clinic names its own script, and then only that origin is allowed', () => {
    const page = (clinic: string) => cheerio.load(readFileSync(join(root, 'dist-clinics', clinic, 'index.html'), 'utf8'));
    const withAnalytics = page('test-clinic');
    const script = withAnalytics(`script[src="${ANALYTICS}"]`);
    expect(script.attr('data-domain')).toBe('test-clinic.example');
    const csp = withAnalytics('meta[http-equiv="content-security-policy"]').attr('content')!;
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval' https:\/\/stats\.test-clinic\.example/);
    expect(csp).toContain("connect-src 'self' https://stats.test-clinic.example");
    // The header policy (_headers, and nginx built from it) allows exactly what the page allows, hashes included.
    const headers = readFileSync(join(root, 'dist-clinics', 'test-clinic', '_headers'), 'utf8');
    const header = parsePolicy(/Content-Security-Policy: (.*)/.exec(headers)![1]!);
    for (const [directive, sources] of parsePolicy(csp)) expect(header.get(directive), directive).toEqual(expect.arrayContaining(sources));
    expect(header.get('connect-src')).toEqual(["'self'", 'https://stats.test-clinic.example']);
    const without = page('fresh');
    expect(without('script[src^="https:"]')).toHaveLength(0);
    expect(without('meta[http-equiv="content-security-policy"]').attr('content')).not.toContain('stats.');
  });
});
