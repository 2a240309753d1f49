import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewDate } from '../../src/lib/dates';
import { MISSING_CHROMIUM } from '../support/chromium';
import { PROJECT_ROOT } from '../support/paths';

/** Runs one of the project's scripts with the project's Node, as `npm test` and `.ci/run` do. */
function runScript(script: string, args: string[] = [], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

describe('npm test without Chromium', () => {
  it('fails at once with the README sentence as its first line', () => {
    const run = runScript('check-chromium.mjs', [], { CHROME_PATH: '/nonexistent/chromium' });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')[0]).toBe(MISSING_CHROMIUM);
    expect(run.stderr).toContain('Looked for /nonexistent/chromium.');
  });

  it('says nothing and passes when the browser is there', () => {
    const run = runScript('check-chromium.mjs');
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  });
});

describe('the closing line CI reads', () => {
  const report = (content: object) => {
    const file = join(mkdtempSync(join(tmpdir(), 'mng-report-')), 'vitest.json');
    writeFileSync(file, JSON.stringify(content));
    return runScript('test-summary.mjs', [file]);
  };

  it('is "N passed, N failed", last, even when tests were skipped', () => {
    const run = report({ success: true, numPassedTests: 12, numFailedTests: 0, numPendingTests: 2, numFailedTestSuites: 0 });
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual(['2 skipped', '12 passed, 0 failed']);
  });

  it('counts a test file that failed to load as a failure', () => {
    const run = report({ success: false, numPassedTests: 5, numFailedTests: 0, numFailedTestSuites: 1 });
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd()).toBe('5 passed, 1 failed');
  });

  it('reads a missing report as a failed run', () => {
    const run = runScript('test-summary.mjs', ['/nonexistent/vitest.json']);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd()).toBe('0 passed, 1 failed');
  });
});

describe('REVIEW_DATE', () => {
  const now = new Date('2026-11-25T10:00:00Z');

  it('is today when unset or empty', () => {
    expect(reviewDate(undefined, now)).toBe(now);
    expect(reviewDate(' ', now)).toBe(now);
  });

  it('reads a calendar date', () => {
    expect(reviewDate('2027-03-01', now).toISOString()).toBe('2027-03-01T00:00:00.000Z');
  });

  it('refuses anything that is not a real YYYY-MM-DD date, saying how to write it', () => {
    expect(() => reviewDate('2027-02-30', now)).toThrowErrorMatchingInlineSnapshot(`[Error: REVIEW_DATE="2027-02-30" is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-01, or leave it unset for today.]`);
    expect(() => reviewDate('1 March', now)).toThrow(/Write it as YYYY-MM-DD/);
  });
});
