import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadClinic } from '../../src/lib/clinic-config';
import { assembleClinicContent } from '../../src/lib/clinic-content';
import { contentFixture } from '../support/fixture-content';
import { PROJECT_ROOT } from '../support/paths';

// The search engineer points "cost" and "price" at this id, so the guide must exist under it, and a
// clinic must be able to replace it with its own prices and complaint routes.
const PROVIDER_GUIDE = 'topics/choosing-a-provider-and-paying.mdx';

describe('the choosing-a-provider topic guide', () => {
  it('exists under its fixed id with the cost and price aliases', () => {
    const text = readFileSync(join(PROJECT_ROOT, 'content', PROVIDER_GUIDE), 'utf8');
    expect(text).toMatch(/^aliases: \[.*"cost".*"price".*"how much does it cost".*"payment"/m);
  });

  it('is replaced by a clinic guide with the same stage and id', async () => {
    const own = readFileSync(join(PROJECT_ROOT, 'content', PROVIDER_GUIDE), 'utf8').replace(/^title: .*$/m, 'title: "Prices at Test Clinic"');
    const root = contentFixture({ [PROVIDER_GUIDE]: readFileSync(join(PROJECT_ROOT, 'content', PROVIDER_GUIDE), 'utf8'), [`clinics/test-clinic/guides/${PROVIDER_GUIDE}`]: own });
    const { clinic } = await loadClinic(root, 'test-clinic');
    const target = join(mkdtempSync(join(tmpdir(), 'mng-overlay-')), 'content');
    expect(assembleClinicContent(root, clinic!, target)).toEqual([]);
    expect(readFileSync(join(target, PROVIDER_GUIDE), 'utf8')).toContain('title: "Prices at Test Clinic"');
    expect(existsSync(join(target, 'signs.yaml'))).toBe(true);
  });
});
