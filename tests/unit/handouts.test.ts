import { describe, expect, it } from 'vitest';
import { HANDOUTS, careCardsIn, combinedReview, uniqueSources } from '../../src/lib/handouts';
import { qrCodeSvg } from '../../src/lib/qr-code';
import { routes, sitePaths } from '../../src/lib/routes';

describe('handouts', () => {
  it('belong to a stage and have their own routes, known to the link check', () => {
    expect(HANDOUTS.map((handout) => [handout.id, handout.stage])).toEqual([
      ['getting-ready', 'consultation'],
      ['first-week', 'aftercare'],
    ]);
    expect(routes.handout('first-week')).toBe('/handouts/first-week/');
    expect(sitePaths([]).has('/handouts/getting-ready/')).toBe(true);
  });

  it('read the care cards of a guide as plain bullets, in page order', () => {
    const body = [
      'Intro with <Term id="x">a term</Term>.',
      '<CareCard level="urgent">',
      '',
      '- you see **pus**, or <Term id="crust">yellow crusts</Term>',
      '- it keeps getting [worse](/aftercare/x/)',
      '',
      '</CareCard>',
      '<CareCard level="emergency">',
      '',
      '* your lips swell',
      '',
      '</CareCard>',
    ].join('\n');
    expect(careCardsIn(body)).toEqual([
      { level: 'urgent', bullets: ['you see pus, or yellow crusts', 'it keeps getting worse'] },
      { level: 'emergency', bullets: ['your lips swell'] },
    ]);
  });

  it('take the latest review and the soonest next review of their guides, and each source once', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(
      combinedReview([
        { lastReviewed: day('2026-01-01'), nextReview: day('2027-06-01') },
        { lastReviewed: day('2026-03-01'), nextReview: day('2027-01-01') },
      ]),
    ).toEqual({ lastReviewed: day('2026-03-01'), nextReview: day('2027-01-01') });
    expect(uniqueSources([[{ url: 'https://a.example/' }, { url: 'https://b.example/' }], [{ url: 'https://a.example/' }]])).toEqual([
      { url: 'https://a.example/' },
      { url: 'https://b.example/' },
    ]);
  });

  it('carry a QR code made at build time as an accessible inline SVG', async () => {
    const svg = await qrCodeSvg('https://example.org/handouts/first-week/');
    expect(svg).toMatch(/^<svg role="img" aria-label="QR code for https:\/\/example.org\/handouts\/first-week\/" focusable="false" xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).not.toContain('<script');
  });
});
