import { describe, expect, it } from 'vitest';
import { alphabetGroups, faqGroups, letterOf } from '../../src/lib/reference-pages';

describe('faqGroups', () => {
  it('groups questions by the section of the guide that answers them, deciding first, then the stages in order', () => {
    const entries = [
      { q: 'peeling', order: 2, guide: { collection: 'aftercare' as const } },
      { q: 'safe for me', order: 10, guide: { collection: 'topics' as const } },
      { q: 'exercise', order: 1, guide: { collection: 'aftercare' as const } },
      { q: 'stop retinol', order: 3, guide: { collection: 'consultation' as const } },
    ];
    expect(faqGroups(entries, 'en').map((group) => [group.id, group.label, group.items.map((entry) => entry.q)])).toEqual([
      ['faq-topics', 'Before you decide', ['safe for me']],
      ['faq-consultation', 'Consultation and preparing', ['stop retinol']],
      ['faq-aftercare', 'Aftercare', ['exercise', 'peeling']],
    ]);
    expect(faqGroups(entries, 'es').map((group) => group.label)).toEqual(['Antes de decidir', 'Consulta y preparación', 'Cuidados después']);
  });
});

describe('alphabetGroups', () => {
  it('files terms under their first letter, accents dropped, A to Z then "#"', () => {
    const terms = ['retinoid', 'collagen', 'Érythema', 'Retinol', '5-FU', 'anaesthetic'];
    expect(alphabetGroups(terms, (term) => term).map((group) => [group.id, group.label, group.items])).toEqual([
      ['letter-a', 'A', ['anaesthetic']],
      ['letter-c', 'C', ['collagen']],
      ['letter-e', 'E', ['Érythema']],
      ['letter-r', 'R', ['retinoid', 'Retinol']],
      ['letter-other', '#', ['5-FU']],
    ]);
    expect(letterOf('  über')).toBe('U');
  });
});
