import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClinic } from '../../src/lib/clinic-config';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture } from '../support/fixture-content';
import { PROJECT_ROOT } from '../support/paths';

/** Runs `npm run new-clinic` the way npm does, in a fresh fixture root; `env` adds what npm would set. */
function newClinic(args: string[], env: Record<string, string> = {}) {
  const root = contentFixture();
  const result = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'new-clinic.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...env },
  });
  return { root, status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('npm run new-clinic', () => {
  it('scaffolds a clinic that previews at once, mails without "www." and that a production build refuses until its placeholders are replaced', async () => {
    const { root, status, stderr } = newClinic(['glow', '--name', 'Glow Skin', '--url', 'https://www.glow.example']);
    expect(status, stderr).toBe(0);
    expect(readFileSync(join(root, 'content', 'clinics', 'glow', 'clinic.yaml'), 'utf8')).toContain('email: hello@glow.example');
    expect((await loadClinic(root, 'glow')).problems).toEqual([]);
    expect((await loadClinic(root, 'glow', { production: true })).problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/glow/clinic.yaml: contact.phone is still the placeholder "+441632960000" from npm run new-clinic. Write your clinic's own.",
        "content/clinics/glow/clinic.yaml: contact.phoneDisplay is still the placeholder "01632 960000" from npm run new-clinic. Write your clinic's own.",
        "content/clinics/glow/clinic.yaml: contact.address is still the placeholder "Your clinic’s address" from npm run new-clinic. Write your clinic's own.",
        "content/clinics/glow/clinic.yaml: logo.file is still the initials logo npm run new-clinic made. Replace logo.svg with your logo.",
      ]
    `);
  });

  it('refuses a line break in a value, so it cannot add YAML fields', () => {
    const { root, status, stderr } = newClinic(['evil', '--name', 'Evil\nanalytics:\n  scriptUrl: https://evil.example/x.js', '--url', 'https://evil.example']);
    expect(status).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      ""Evil\\nanalytics:\\n  scriptUrl: https://evil.example/x.js" holds a line break or other control character. Give each value on one line.
      Usage: npm run new-clinic -- <id> --name "Clinic name" --url https://your-clinic.example
      "
    `);
    expect(existsSync(join(root, 'content', 'clinics', 'evil'))).toBe(false);
  });

  it('says to put -- before the flags when npm kept them for itself', () => {
    // What `npm run new-clinic glow --name "Glow Skin" --url https://glow.example` passes on (npm 10 and 11).
    const { status, stderr } = newClinic(['glow', 'https://glow.example'], { npm_lifecycle_event: 'new-clinic', npm_config_name: 'Glow Skin', npm_config_url: 'true' });
    expect(status).toBe(1);
    expect(stderr).toMatchInlineSnapshot(`
      "npm took --name and --url as its own options. Put -- between "new-clinic" and the id, so they reach this script.
      Usage: npm run new-clinic -- <id> --name "Clinic name" --url https://your-clinic.example
      "
    `);
  });
});
