import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths';
import { CLINICS_OUTPUT_DIR, DEFAULT_OUTPUT_DIR } from '../../src/build/outputs';
import { parseHeadersFile, s3SyncCommands } from '../../src/build/static-hosts';
import { CACHE_RULES, CONTENT_TYPES, headersFile, SHORT_CACHE } from '../../src/lib/security-headers';

const DEPLOY = join(PROJECT_ROOT, 'examples', 'deploy');
const read = (...path: string[]) => readFileSync(join(DEPLOY, ...path), 'utf8');
/** The folder a build writes for this CLINIC value, as scripts/build.mjs decides it. */
const outputOf = (clinic: string | undefined) => (clinic ? `${CLINICS_OUTPUT_DIR}/${clinic}` : DEFAULT_OUTPUT_DIR);
const isClinic = (id: string) => existsSync(join(PROJECT_ROOT, 'content', 'clinics', id, 'clinic.yaml'));

describe('Netlify recipes', () => {
  interface NetlifyConfig {
    build: { command: string; publish: string; environment?: Record<string, string> };
    headers?: unknown;
  }
  for (const file of ['netlify.toml', 'netlify-clinic.toml']) {
    it(`${file} builds with npm run build and publishes the folder that build writes, with no headers of its own`, () => {
      const config = parseToml(read(file)) as unknown as NetlifyConfig;
      const clinic = config.build.environment?.CLINIC;
      expect(config.build.command).toBe('npm run build');
      expect(config.build.publish).toBe(outputOf(clinic));
      if (clinic) expect(isClinic(clinic)).toBe(true);
      // The build's _headers is the one copy of the rules; [[headers]] here would be a second one.
      expect(config.headers).toBeUndefined();
    });
  }
  it('the clinic recipe is for a clinic', () => {
    expect((parseToml(read('netlify-clinic.toml')) as unknown as NetlifyConfig).build.environment?.CLINIC).toBe('harbour-skin');
  });
});

describe('Cloudflare Pages recipe', () => {
  it('publishes dist/ and sets no headers of its own', () => {
    const config = parseToml(read('cloudflare-pages', 'wrangler.toml'));
    expect(config.pages_build_output_dir).toBe(DEFAULT_OUTPUT_DIR);
    expect(Object.keys(config).sort()).toEqual(['compatibility_date', 'name', 'pages_build_output_dir']);
  });
});

describe('GitHub Pages workflow', () => {
  interface Step { run?: string; id?: string; uses?: string; with?: Record<string, string> }
  const workflow = parseYaml(read('github-pages.yml')) as { env: Record<string, string>; jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } } };
  const steps = workflow.jobs.build.steps;

  it('installs with npm install, builds with npm run build and takes CLINIC from a repository variable', () => {
    expect(steps.map((step) => step.run).filter(Boolean).slice(0, 2)).toEqual(['npm install', 'npm run build']);
    expect(workflow.env.CLINIC).toBe('${{ vars.CLINIC }}');
  });

  it('uploads the folder the build wrote: dist/, or dist-clinics/<id>/ for a clinic', () => {
    const find = steps.find((step) => step.id === 'site')!;
    const upload = steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))!;
    expect(upload.with?.path).toBe('${{ steps.site.outputs.dir }}');
    for (const clinic of ['', 'harbour-skin']) {
      const output = join(mkdtempSync(join(tmpdir(), 'pages-')), 'output');
      const result = spawnSync('bash', ['-euo', 'pipefail', '-c', find.run!], { env: { PATH: process.env.PATH, CLINIC: clinic, GITHUB_OUTPUT: output }, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(readFileSync(output, 'utf8')).toBe(`dir=${outputOf(clinic || undefined)}\n`);
    }
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.jobs.deploy.steps[0]!.uses).toMatch(/^actions\/deploy-pages@/);
  });
});

describe('S3-compatible storage', () => {
  it('s3-deploy.sh is valid bash that builds, then syncs the folder that build wrote', () => {
    const script = join(DEPLOY, 's3-deploy.sh');
    expect(spawnSync('bash', ['-n', script]).status).toBe(0);
    // Stand-in npm that records what it was asked to run.
    const bin = mkdtempSync(join(tmpdir(), 's3-deploy-'));
    const log = join(bin, 'calls');
    writeFileSync(join(bin, 'npm'), `#!/bin/sh\necho "CLINIC=$CLINIC npm $*" >> "${log}"\n`);
    chmodSync(join(bin, 'npm'), 0o755);
    const run = (env: Record<string, string>) =>
      spawnSync('bash', [script], { env: { PATH: `${bin}:${process.env.PATH}`, BUCKET: 's3://guide', ...env }, encoding: 'utf8' });
    expect(run({ CLINIC: 'harbour-skin', ENDPOINT_URL: 'https://r2.example' }).status).toBe(0);
    expect(run({}).status).toBe(0);
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'CLINIC=harbour-skin npm run build',
      'CLINIC=harbour-skin npm run s3-sync -- s3://guide --clinic harbour-skin --endpoint-url https://r2.example',
      'CLINIC= npm run build',
      'CLINIC= npm run s3-sync -- s3://guide',
    ]);
    const missing = spawnSync('bash', [script], { env: { PATH: `${bin}:${process.env.PATH}` }, encoding: 'utf8' });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('Set BUCKET to s3://<bucket>[/<prefix>]');
  });

  it('uploads each path with the Cache-Control and Content-Type the site\'s _headers gives it', () => {
    const commands = s3SyncCommands({ dir: 'dist', bucket: 's3://guide' });
    // What a host reading _headers sends per path, from the file the build writes.
    const rules = parseHeadersFile(headersFile("default-src 'self'")).filter((rule) => rule.path !== '/*');
    const expected = rules.map((rule) => {
      const header = (name: string) => rule.headers.find(([key]) => key === name)?.[1];
      return { include: rule.path.slice(1), cacheControl: header('Cache-Control') ?? SHORT_CACHE, contentType: header('Content-Type') };
    });
    const uploaded = commands.slice(0, -1).map((command) => {
      const value = (flag: string) => (command.includes(flag) ? command[command.indexOf(flag) + 1] : undefined);
      return { include: value('--include'), cacheControl: value('--cache-control'), contentType: value('--content-type') };
    });
    expect(uploaded).toEqual(expected);
    expect(rules.length).toBe(CACHE_RULES.length + CONTENT_TYPES.length);
  });

  it('uploads everything else with short caching and deletes only there, never hashed files a cached page may still ask for', () => {
    const commands = s3SyncCommands({ dir: 'dist-clinics/harbour-skin', bucket: 's3://guide/site', endpointUrl: 'https://r2.example' });
    expect(commands.every((command) => command.slice(0, 5).join(' ') === 'aws s3 sync dist-clinics/harbour-skin s3://guide/site')).toBe(true);
    expect(commands.every((command) => command.join(' ').includes('--endpoint-url https://r2.example'))).toBe(true);
    expect(commands.filter((command) => command.includes('--delete'))).toEqual([commands.at(-1)]);
    expect(commands.at(-1)!.join(' ')).toMatchInlineSnapshot(`"aws s3 sync dist-clinics/harbour-skin s3://guide/site --endpoint-url https://r2.example --exclude _astro/* --exclude pagefind/* --exclude *.md --exclude llms.txt --exclude _headers --exclude *.gz --cache-control public, max-age=300, must-revalidate --delete"`);
  });
});

describe('nginx recipe', () => {
  it('takes its caching from the rule table, not from a copy in the template', () => {
    const template = readFileSync(join(PROJECT_ROOT, 'scripts', 'nginx.conf.template'), 'utf8');
    const values = [...template.matchAll(/add_header Cache-Control "([^"]+)"/g)].map(([, value]) => value);
    // no-store is the 404 page's own: a missing page must not be cached as missing.
    expect(values.filter((value) => value !== 'no-store' && !value.startsWith('{{'))).toEqual([]);
    expect(values.filter((value) => value.startsWith('{{cache ')).map((value) => value.slice('{{cache '.length, -2)).sort()).toEqual(CACHE_RULES.map((rule) => rule.path).sort());
  });
});

describe('examples/deploy', () => {
  it('every recipe is tested above', () => {
    const files = readdirSync(DEPLOY, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(DEPLOY.length + 1));
    expect(files.sort()).toEqual(['cloudflare-pages/wrangler.toml', 'github-pages.yml', 'netlify-clinic.toml', 'netlify.toml', 's3-deploy.sh']);
  });
});
