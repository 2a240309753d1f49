import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  faqJsonLd,
  glossaryJsonLd,
  guideJsonLd,
  pageFacts,
  procedureJsonLd,
  publisherJsonLd,
  reviewerJsonLd,
  serializeJsonLd,
  websiteJsonLd,
} from '../../src/lib/structured-data';
import { NEUTRAL_IDENTITY } from '../../src/lib/identity';
import { TEST_CLINIC_IDENTITY } from '../support/identities';

const SITE = new URL('https://clinic.example/');
const CLINIC = TEST_CLINIC_IDENTITY;
const crumbs = [
  { label: 'Home', href: '/' },
  { label: 'Aftercare', href: '/aftercare/' },
];

describe('JSON-LD', () => {
  it('cannot be broken out of by text that closes the script element', () => {
    const json = serializeJsonLd({ name: 'Acme </script><script>alert(1)</script> & Co' });
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(JSON.parse(json)).toEqual({ name: 'Acme </script><script>alert(1)</script> & Co' });
  });

  it('gives breadcrumbs absolute URLs in order', () => {
    const list = breadcrumbJsonLd(crumbs, SITE);
    expect(list.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://clinic.example/' },
      { '@type': 'ListItem', position: 2, name: 'Aftercare', item: 'https://clinic.example/aftercare/' },
    ]);
  });
});

describe('who reviewed and who publishes', () => {
  it('types a team such as the editors as an Organization, never as a Person', () => {
    const team = reviewerJsonLd({ name: 'Guide editors', credentials: 'Checked against sources', role: 'Editorial review.', kind: 'team' });
    expect(team).toEqual({ '@type': 'Organization', name: 'Guide editors', description: 'Editorial review. Checked against sources.' });
  });

  it('types a clinician as a Person with their role and qualifications', () => {
    expect(reviewerJsonLd({ name: 'Dr Alex Rowe', credentials: 'MBBS, MRCP', role: 'Consultant dermatologist', kind: 'person' })).toEqual({
      '@type': 'Person',
      name: 'Dr Alex Rowe',
      jobTitle: 'Consultant dermatologist',
      description: 'MBBS, MRCP',
    });
  });

  it('is a MedicalClinic with address and phone on a clinic site, a plain Organization on the neutral site', () => {
    expect(publisherJsonLd(CLINIC, 'https://clinic.example/')).toEqual({
      '@type': 'MedicalClinic',
      name: 'Harbour Skin Clinic',
      url: 'https://clinic.example/',
      telephone: '+441632960000',
      email: 'hello@clinic.example',
      address: '1 Quay St, Harbourtown',
      openingHours: ['Mon–Fri 9:00–17:00'],
    });
    expect(publisherJsonLd(NEUTRAL_IDENTITY, 'https://example.org/')).toEqual({ '@type': 'Organization', name: NEUTRAL_IDENTITY.name, url: 'https://example.org/' });
  });
});

describe('page types', () => {
  const facts = pageFacts({ path: '/aftercare/first-week/', title: 'Your first week', description: 'd', crumbs, site: CLINIC, siteUrl: SITE, cardPath: '/social/aftercare/first-week.png' });

  it('describes a guide as a MedicalWebPage about the procedure, for patients, with its review', () => {
    const [page] = guideJsonLd({ ...facts, lastReviewed: new Date('2026-11-22'), reviewer: { name: 'Dr Alex Rowe', credentials: 'MBBS', role: 'Dermatologist', kind: 'person' } });
    expect(page).toMatchObject({
      '@type': 'MedicalWebPage',
      url: 'https://clinic.example/aftercare/first-week/',
      image: 'https://clinic.example/social/aftercare/first-week.png',
      lastReviewed: '2026-11-22',
      reviewedBy: { '@type': 'Person', name: 'Dr Alex Rowe' },
      audience: { '@type': 'MedicalAudience', audienceType: 'Patient' },
      about: { '@type': 'MedicalProcedure' },
      publisher: { '@type': 'MedicalClinic', telephone: '+441632960000' },
    });
  });

  it('lists each FAQ entry as a Question with its accepted Answer', () => {
    const [faq] = faqJsonLd(facts, [{ question: 'Does it hurt?', answer: 'A little.' }]);
    expect(faq.mainEntity).toEqual([{ '@type': 'Question', name: 'Does it hurt?', acceptedAnswer: { '@type': 'Answer', text: 'A little.' } }]);
  });

  it('lists each glossary term as a DefinedTerm addressable by its anchor', () => {
    const [set] = glossaryJsonLd({ ...facts, url: 'https://clinic.example/glossary/' }, [
      { id: 'erythema', term: 'Erythema', definition: 'Redness of the skin.', aliases: ['redness'] },
    ]);
    expect(set.hasDefinedTerm).toEqual([
      { '@type': 'DefinedTerm', name: 'Erythema', description: 'Redness of the skin.', url: 'https://clinic.example/glossary/#erythema', alternateName: ['redness'] },
    ]);
  });

  it('draws the procedure’s preparation, how it is performed and follow-up from the stage guides’ key points', () => {
    const procedure = procedureJsonLd('https://clinic.example/', 'About micro-needling.', [
      { collection: 'consultation', summary: ['Stop retinoids a week before.'] },
      { collection: 'procedure', summary: ['Numbing cream first.', 'Then fine needles.'] },
      { collection: 'aftercare', summary: ['Keep out of the sun.'] },
      { collection: 'maintenance', summary: ['Several sessions.'] },
    ]);
    expect(procedure).toMatchObject({
      '@type': 'MedicalProcedure',
      preparation: 'Stop retinoids a week before.',
      howPerformed: 'Numbing cream first. Then fine needles.',
      followup: 'Keep out of the sun.',
    });
  });

  it('gives the site a SearchAction pointing at /search/?q=', () => {
    const website = websiteJsonLd({
      name: 'Harbour Skin Clinic',
      description: 'd',
      locale: 'en-GB',
      url: 'https://clinic.example/',
      searchUrlTemplate: 'https://clinic.example/search/?q={search_term_string}',
      publisher: publisherJsonLd(CLINIC, 'https://clinic.example/'),
    });
    expect(website.potentialAction).toEqual({
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: 'https://clinic.example/search/?q={search_term_string}' },
      'query-input': 'required name=search_term_string',
    });
  });
});
