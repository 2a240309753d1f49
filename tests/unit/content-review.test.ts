import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { toString as mdastToString } from 'mdast-util-to-string';
import { checkContent, type CheckedGuide } from '../../src/checks/content-check';
import { careCardItems, signsIn } from '../../src/checks/sign-urgency';
import { signsSchema, type Sign } from '../../src/schemas/sign';
import { PROJECT_ROOT } from '../support/paths';

// Regression tests for the first content review (issue 11): each pins one defect the review found in the
// real content, so the wording cannot slip back. Facts: /work/shared/CONTENT-FACTS.md.
const FDA_RF = 'https://www.fda.gov/medical-devices/safety-communications/possible-risks-using-radiofrequency-microneedling-fda-safety-communication';

let guides: CheckedGuide[];
let faqText: string;
let signs: Sign[];
const body = (guide: CheckedGuide) => mdastToString(guide.parsed.tree);
const everything = () => [...guides.map((guide) => `${guide.parsed.source}`), faqText].join('\n');

beforeAll(() => {
  const result = checkContent(PROJECT_ROOT, { today: new Date('2026-12-04T00:00:00Z') });
  guides = result.guides;
  faqText = [...result.faq.values()].map((entry) => `${entry.question} ${entry.answer}`).join('\n');
  signs = signsSchema.parse(parseYaml(readFileSync(join(PROJECT_ROOT, 'content', 'signs.yaml'), 'utf8')));
});

describe('content review fixes', () => {
  it('dates the FDA RF warning 15 October 2025 and cites it on every page that relies on it', () => {
    const relying = guides.filter((guide) => /FDA[^.]*\b(RF|radiofrequency)\b|\b(RF|radiofrequency)\b[^.]*FDA/i.test(body(guide)));
    expect(relying.map((guide) => guide.id)).toContain('risks-and-choosing-a-clinic');
    for (const guide of relying) expect(guide.data.sources.map((source) => source.url), guide.file).toContain(FDA_RF);
    expect(everything()).not.toMatch(/In 2024, the US FDA warned/);
  });

  it('names every sign to act on from the review in a care card', () => {
    const used = new Set(guides.flatMap((guide) => careCardItems(guide.file, guide.parsed.tree)).flatMap((item) => signsIn(item.text, signs).map((sign) => sign.id)));
    for (const id of ['fever', 'spreading-redness', 'spreading-blisters', 'numbing-cream-reaction', 'breathing']) expect(used, id).toContain(id);
    expect(signs.find((sign) => sign.id === 'numbing-cream-reaction')?.level).toBe('emergency');
    expect(everything()).toMatch(/Do not put extra numbing cream on at home\. The only exception is if your clinic tells you exactly what to use and how much\./);
  });

  it('claims no more than the sources say', () => {
    const text = everything();
    expect(text).not.toMatch(/found no evidence/);
    expect(text).not.toMatch(/(less|shorter)[^.]*than (with )?chemical peels or laser treatments/);
    expect(text).not.toMatch(/newer review/);
    expect(text).not.toMatch(/some studies have used micro-needling to treat keloids/i);
    expect(text).not.toMatch(/(carries|has) a lower risk of colour changes/);
    expect(text).toMatch(/neck[^.]*skin types II to IV|skin types II to IV[^.]*neck/);
    expect(text).not.toMatch(/A large review says needles/);
  });

  it('says what the evidence says about serums, and plain numbers instead of vague words', () => {
    const text = everything();
    expect(text).not.toMatch(/your clinic has not approved|clinic approves/);
    expect(text).toMatch(/whether it is made for use on broken skin/);
    expect(text).not.toMatch(/high-SPF/);
    expect(text).toMatch(/SPF (of )?30 or higher/);
    expect(text).not.toMatch(/The good news/);
  });

  it('adds the missing facts patients look for', () => {
    const text = everything();
    expect(text).toMatch(/small bruises/i);
    expect(text).toMatch(/swollen glands|glands near the treated area swell/);
    expect(text).toMatch(/eczema, psoriasis or rosacea/);
    expect(text).toMatch(/antiviral tablets/);
    expect(text).toMatch(/hepatitis B and C/);
    expect(text).toMatch(/ask a doctor about testing/);
    expect(text).toMatch(/Never share a home roller/);
    expect(text).toMatch(/full price of the whole course/);
  });
});
