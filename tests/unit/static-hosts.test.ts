import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';
import { headersFileProblems, parseHeadersFile, s3SyncCommands, shellScript } from '../../src/build/static-hosts';
import { headersFile } from '../../src/lib/security-headers';

describe('the _headers file as Netlify and Cloudflare Pages read it', () => {
  it('parses the file the build writes into its rules, in order', () => {
    const rules = parseHeadersFile(headersFile("default-src 'self'"));
    expect(rules.map((rule) => rule.path)).toEqual(['/*', '/_astro/*', '/pagefind/*', '/*.md', '/llms.txt']);
    expect(rules[0]!.headers[0]).toEqual(['Content-Security-Policy', "default-src 'self'"]);
  });

  it('finds nothing wrong with the file the build writes', () => {
    expect(headersFileProblems(headersFile("default-src 'self'; script-src 'self'"))).toEqual([]);
  });

  it('names each line a host would refuse or drop', () => {
    const text = ['# comment', 'X-Early: 1', '/*', '  Content-Security-Policy: ' + 'a'.repeat(2000), '  /indented', '/a/*/b/*', 'Header: not indented', '  no value here'].join('\n');
    expect(headersFileProblems(text)).toMatchInlineSnapshot(`
      [
        "_headers:2: header X-Early: 1 is not indented. Indent each header under its path.",
        "_headers:4: line is 2027 characters, over Cloudflare Pages' 2000. Shorten it (fewer inline scripts or styles mean fewer hashes in the policy).",
        "_headers:5: path /indented is indented. Start a path line at the first column.",
        "_headers:6: path /a/*/b/* has more than one *. Use one splat per path.",
        "_headers:7: header Header: not indented is not indented. Indent each header under its path.",
        "_headers:8: no value here is not "Name: value". Write the header as Name: value.",
      ]
    `);
  });

  it('counts rules against the 100 Cloudflare Pages takes', () => {
    const text = Array.from({ length: 101 }, (_, index) => `/page-${index}\n  X-Robots-Tag: noindex`).join('\n');
    expect(headersFileProblems(text)).toEqual(["_headers: 101 rules, over Cloudflare Pages' 100. Merge rules."]);
  });
});

describe('npm run s3-sync', () => {
  const script = join(PROJECT_ROOT, 'scripts', 's3-sync.mjs');
  /** A project folder with a built default site and clinic, and a stand-in aws that records its calls. */
  function project() {
    const root = mkdtempSync(join(tmpdir(), 's3-sync-'));
    for (const dir of ['dist', 'dist-clinics/harbour-skin']) {
      mkdirSync(join(root, dir), { recursive: true });
      writeFileSync(join(root, dir, 'index.html'), '<!doctype html>');
    }
    mkdirSync(join(root, 'bin'));
    writeFileSync(join(root, 'bin', 'aws'), `#!/bin/sh\nprintf '%s|' "$@" >> "${join(root, 'calls')}"\necho >> "${join(root, 'calls')}"\n`);
    chmodSync(join(root, 'bin', 'aws'), 0o755);
    return root;
  }
  const run = (root: string, ...args: string[]) =>
    spawnSync(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, PATH: `${join(root, 'bin')}:${process.env.PATH}` }, encoding: 'utf8' });

  it('runs the sync commands for the clinic folder, in order, with the arguments as given', () => {
    const root = project();
    const result = run(root, 's3://guide', '--clinic', 'harbour-skin', '--endpoint-url', 'https://r2.example');
    expect(result.status, result.stderr).toBe(0);
    const expected = s3SyncCommands({ dir: 'dist-clinics/harbour-skin', bucket: 's3://guide', endpointUrl: 'https://r2.example' });
    expect(readFileSync(join(root, 'calls'), 'utf8').trim().split('\n')).toEqual(expected.map((command) => `${command.slice(1).join('|')}|`));
  });

  it('--print prints the commands as a shell script and uploads nothing', () => {
    const root = project();
    const result = run(root, 's3://guide', '--print');
    expect(result.stdout).toBe(shellScript(s3SyncCommands({ dir: 'dist', bucket: 's3://guide' })));
    expect(spawnSync('bash', ['-n'], { input: result.stdout }).status).toBe(0);
    expect(result.stdout).toContain("--cache-control 'public, max-age=31536000, immutable'");
  });

  it('says what is missing: the bucket, or a built site', () => {
    const root = project();
    expect(run(root).stderr).toMatchInlineSnapshot(`
      "s3-sync: needs the bucket as s3://<bucket>[/<prefix>], e.g. npm run s3-sync -- s3://guide.my-clinic.example
      "
    `);
    expect(run(root, 's3://guide', '--clinic', 'nobody').stderr).toMatchInlineSnapshot(`
      "dist-clinics/nobody/: holds no built site. Build it first: CLINIC=nobody npm run build
      "
    `);
  });
});
