import { describe, expect, it } from 'vitest';
import { guideMarkdown, type GuideMarkdownFacts } from '../../src/lib/guide-markdown';
import { parseMdx } from '../../src/lib/mdx-source';
import { writeMarkdownCopy } from '../../src/lib/markdown-copy';
import { NEUTRAL_IDENTITY, identityIn } from '../../src/lib/identity';
import { TEST_CLINIC_IDENTITY } from '../support/identities';

const SITE = new URL('https://clinic.example/');
const CLINIC = TEST_CLINIC_IDENTITY;

const FACTS: GuideMarkdownFacts = {
  title: 'Your first week',
  description: 'What your skin does day by day.',
  url: 'https://clinic.example/aftercare/first-week/',
  section: 'Aftercare',
  summary: ['Redness settles in 1 to 3 days.'],
  lastReviewed: new Date('2026-11-22'),
  nextReview: new Date('2027-11-22'),
  reviewer: { name: 'Dr Alex Rowe', credentials: 'MBBS', role: 'Dermatologist' },
  sources: [{ title: 'Microneedling: A Review', publisher: 'Dermatologic Surgery', url: 'https://pubmed.ncbi.nlm.nih.gov/28796657/', year: 2018 }],
  checklist: [
    { daysBefore: 7, action: 'Stop retinoid creams.' },
    { daysBefore: 0, action: 'Come with clean skin.' },
  ],
  timeline: [{ dayAfter: 1, do: ['Use sunscreen.'], avoid: ['Makeup'] }],
  planUrl: 'https://clinic.example/plan/',
  locale: 'en',
};

const SOURCE = `---
title: ignored here
---

Read about <Term id="erythema">redness</Term> in [warning signs](/aftercare/warning-signs/#urgent).{" "}
When ready, <BookingLink>book your next session</BookingLink>.

<Checklist />

<Timeline />

<Aside type="tip">
Bring a hat.
</Aside>

<CareCard level="urgent">

- you see pus

</CareCard>

| Day | Redness |
| --- | --- |
| 1 | Yes |
`;

describe('a guide as Markdown', () => {
  it('renders components as the plain Markdown a reader would see, with the clinic’s phone and absolute links', () => {
    expect(guideMarkdown(parseMdx(SOURCE).tree, FACTS, CLINIC, SITE)).toMatchInlineSnapshot(`
      "---
      title: Your first week
      description: What your skin does day by day.
      url: https://clinic.example/aftercare/first-week/
      section: Aftercare
      lastReviewed: 2026-11-22
      nextReview: 2027-11-22
      reviewedBy:
        name: Dr Alex Rowe
        credentials: MBBS
        role: Dermatologist
      sources:
        - title: "Microneedling: A Review"
          publisher: Dermatologic Surgery
          url: https://pubmed.ncbi.nlm.nih.gov/28796657/
          year: 2018
      ---

      # Your first week

      What your skin does day by day.

      ## Key points

      - Redness settles in 1 to 3 days.

      Read about redness in [warning signs](https://clinic.example/aftercare/warning-signs/#urgent).
      When ready, [book your next session](https://clinic.example/book).

      - **1 week before**
        - Stop retinoid creams.
      - **On the morning of your treatment**
        - Come with clean skin.

      See these steps on your own dates: [make your treatment plan](https://clinic.example/plan/).

      - **Day 1 (the day after)**

        Do:
        - Use sunscreen.

        Avoid:
        - Makeup

      See these steps on your own dates: [make your treatment plan](https://clinic.example/plan/).

      > **Tip**
      >
      > Bring a hat.

      **Urgent advice. Call your clinic now, or get urgent medical help, if:**

      - you see pus

      Call your clinic on 01632 960000 straight away. If you cannot reach them, call NHS 111. (tel:+441632960000)

      | Day | Redness |
      | --- | ------- |
      | 1   | Yes     |

      ## Sources

      - [Microneedling: A Review](https://pubmed.ncbi.nlm.nih.gov/28796657/). Dermatologic Surgery, 2018.

      Page last reviewed: 2026-11-22. Next review due: 2027-11-22. Reviewed by Dr Alex Rowe (MBBS).

      This guide is general information, not medical advice. It does not replace a consultation with a qualified practitioner. Always follow the advice of the clinic that treats you. Read it online: <https://clinic.example/aftercare/first-week/>
      "
    `);
  });

  it('keeps booking sentences as plain words on the neutral site, as the page does', () => {
    const markdown = guideMarkdown(parseMdx(SOURCE).tree, FACTS, NEUTRAL_IDENTITY, SITE);
    expect(markdown).toContain('book your next session with a licensed clinic');
    expect(markdown).not.toContain('tel:');
    expect(markdown).toContain('**Urgent advice. Call your clinic now, or get urgent medical help, if:**');
  });

  it("writes the words it adds in the guide's language: a Spanish guide's copy has no English headings", () => {
    const markdown = guideMarkdown(parseMdx(SOURCE).tree, { ...FACTS, locale: 'es' }, identityIn(NEUTRAL_IDENTITY, 'es'), SITE);
    for (const spanish of ['## Puntos clave', '## Fuentes', '**1 semana antes**', '**Día 1 (el día después)**', 'Haga:', 'Evite:', 'Última revisión: 2026-11-22.', 'Esta guía da información general', 'Léala en línea:'])
      expect(markdown).toContain(spanish);
    expect(markdown).toContain('**Consejo urgente. Llame a su clínica ahora, o busque ayuda médica urgente, si:**');
    expect(markdown).toContain('Vea estos pasos en sus propias fechas: [haga su plan de tratamiento](https://clinic.example/plan/).');
    for (const english of ['Key points', 'Sources', 'week before', 'Do:', 'Avoid:', 'Page last reviewed', 'Read it online', 'Urgent advice']) expect(markdown).not.toContain(english);
  });

  it('keeps a body that starts with a rule: only the file’s own frontmatter is frontmatter, as on the page', () => {
    // Astro hands the route the body without its frontmatter; a `---` block at the body's start is a rule and text.
    const body = '---\n\nRead this first.\n\n---\n\nThen this.\n';
    const markdown = writeMarkdownCopy({ body, facts: FACTS, site: CLINIC, siteUrl: SITE.href });
    expect(markdown).toContain('Read this first.');
    expect(markdown.split('\n').filter((line) => line === '---')).toHaveLength(4);
  });
});
