import { describe, expect, it } from 'vitest';
import { MARKDOWN_AHEAD_FROM, startMarkdownAhead } from '../../src/build/markdown-ahead';
import { writeMarkdownCopy, type MarkdownCopyJob } from '../../src/lib/markdown-copy';
import { TEST_CLINIC_IDENTITY } from '../support/identities';

/** A guide's copy job: a body with a care card, a checklist and a link, and the facts the copy states. */
const job = (n: number): MarkdownCopyJob => ({
  body: `Read the [warning signs](/aftercare/warning-signs/). Day ${n}.\n\n<CareCard level="urgent">\n\n- A fever\n\n</CareCard>\n\n<Checklist />\n`,
  facts: {
    title: `Guide ${n}`,
    description: 'What to do.',
    url: `https://clinic.example/aftercare/guide-${n}/`,
    section: 'Aftercare',
    summary: ['Keep your skin clean.'],
    lastReviewed: new Date('2026-11-22'),
    nextReview: new Date('2027-11-22'),
    reviewer: { name: 'Dr Alex Rowe', credentials: 'MBBS', role: 'Dermatologist' },
    sources: [],
    checklist: [{ daysBefore: n % 7, action: 'Stop retinoid creams.' }],
    planUrl: 'https://clinic.example/plan/',
    locale: 'en',
  },
  site: TEST_CLINIC_IDENTITY,
  siteUrl: 'https://clinic.example',
});

describe('Markdown copies written ahead', () => {
  it('are written by a thread from the back of the list while the route writes from the front, the same as the route writes them', async () => {
    const jobs = Array.from({ length: MARKDOWN_AHEAD_FROM + 20 }, (_, n) => [`/aftercare/guide-${n}/`, job(n)] as const);
    const ahead = startMarkdownAhead();
    ahead.prepare(jobs);
    // The thread starts on the last copy at once; the first is the caller's to write.
    const last = ahead.take(jobs.at(-1)![0]);
    expect(last).toBeInstanceOf(Promise);
    expect(await last).toBe(writeMarkdownCopy(jobs.at(-1)![1]));
    expect(ahead.take(jobs[0]![0])).toBeUndefined();
    for (const [key, copyJob] of jobs.slice(1, -1)) {
      expect((await ahead.take(key)) ?? writeMarkdownCopy(copyJob)).toBe(writeMarkdownCopy(copyJob));
    }
    await ahead.close();
  });

  it('starts no thread for a small site: every copy is the route’s to write', async () => {
    const ahead = startMarkdownAhead();
    ahead.prepare([[`/aftercare/guide-1/`, job(1)]]);
    expect(ahead.take('/aftercare/guide-1/')).toBeUndefined();
    await ahead.close();
  });
});
