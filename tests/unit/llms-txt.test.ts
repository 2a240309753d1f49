import { describe, expect, it } from 'vitest';
import { llmsTxt } from '../../src/lib/llms-txt';

describe('llms.txt', () => {
  it('summarises the site and lists every guide by stage, in journey order, with its Markdown copy', () => {
    const text = llmsTxt({
      siteName: 'Harbour Skin Clinic',
      summary: 'A plain-language guide to micro-needling.',
      disclaimer: 'General information, not medical advice.',
      contact: 'Clinic phone: 01632 960000.',
      guides: [
        { collection: 'aftercare', title: 'Your first week', description: 'Day by day.', markdownUrl: 'https://clinic.example/aftercare/first-week.md' },
        { collection: 'consultation', title: 'Preparing [for] it', description: 'Before treatment.', markdownUrl: 'https://clinic.example/consultation/preparing.md' },
        { collection: 'topics', title: 'Risks', description: 'What can go wrong.', markdownUrl: 'https://clinic.example/topics/risks.md' },
      ],
      more: [{ title: 'Glossary', url: 'https://clinic.example/glossary/', description: 'Plain words.' }],
    });
    expect(text).toMatchInlineSnapshot(`
      "# Harbour Skin Clinic

      > A plain-language guide to micro-needling.

      General information, not medical advice.

      Clinic phone: 01632 960000.

      ## Consultation and preparing

      - [Preparing for it](https://clinic.example/consultation/preparing.md): Before treatment.

      ## Aftercare

      - [Your first week](https://clinic.example/aftercare/first-week.md): Day by day.

      ## Before you decide

      - [Risks](https://clinic.example/topics/risks.md): What can go wrong.

      ## Optional

      - [Glossary](https://clinic.example/glossary/): Plain words.
      "
    `);
  });

  it('lists the guides of each other language under its own name, before the optional pages', () => {
    const text = llmsTxt({
      siteName: 'Guide',
      summary: 'A guide.',
      disclaimer: 'Not advice.',
      guides: [{ collection: 'aftercare', title: 'Your first week', description: 'Day by day.', markdownUrl: 'https://g.example/aftercare/first-week.md' }],
      translations: [
        {
          language: 'Español',
          guides: [{ collection: 'aftercare', title: 'Su primera semana', description: 'Día a día.', markdownUrl: 'https://g.example/es/aftercare/primera-semana.md' }],
        },
      ],
      more: [{ title: 'Glossary', url: 'https://g.example/glossary/', description: 'Plain words.' }],
    });
    expect(text.slice(text.indexOf('## Español'))).toMatchInlineSnapshot(`
      "## Español

      - [Su primera semana](https://g.example/es/aftercare/primera-semana.md): Día a día.

      ## Optional

      - [Glossary](https://g.example/glossary/): Plain words.
      "
    `);
  });
});
