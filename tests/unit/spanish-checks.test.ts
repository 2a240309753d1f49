import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checks/content-check';
import { assembleClinicContent, clinicDisplayPath } from '../../src/lib/clinic-content';
import { loadClinic } from '../../src/lib/clinic-config';
import { formatProblem } from '../../src/lib/friendly-errors';
import { contentFixture, setField, type FileChange } from '../support/fixture-content';

const TODAY = new Date('2026-11-22T00:00:00Z');
const SPANISH = 'aftercare/es/guia-1.mdx';

/** A Spanish translation of the fixture's aftercare guide-1 that passes every gate. */
const SPANISH_GUIDE = `---
title: "Guía de cuidados 1"
description: "Una guía de prueba en español para la etapa de cuidados, para las pruebas."
order: 1
summary:
  - "Una idea clave."
lastReviewed: 2026-11-01
nextReview: 2027-11-01
reviewedBy: editorial-team
sources:
  - title: "Microneedling Devices"
    publisher: "U.S. Food and Drug Administration"
    url: "https://www.fda.gov/medical-devices/aesthetic-cosmetic-devices/microneedling-devices"
    year: 2020
  - title: "Microneedling: can it help your skin?"
    publisher: "American Academy of Dermatology"
    url: "https://www.aad.org/news/microneedling"
    year: 2023
translationOf: guide-1
translatedBy: editorial-team
translationReviewed: 2026-11-10
---

## Primera parte

Su piel hace <Term id="collagen">colágeno</Term> al sanar.

## Segunda parte

Las palabras cortas ayudan.
`;

const SPANISH_TERM = 'term: Colágeno\ndefinition: Una proteína que da fuerza a la piel.\n';

/** The fixture plus one Spanish guide (and the Spanish glossary term it uses), then the changes. */
function spanish(changes: Record<string, FileChange> = {}, today = TODAY) {
  const own = changes[SPANISH];
  const guide = typeof own === 'function' ? own(SPANISH_GUIDE) : own === undefined ? SPANISH_GUIDE : own;
  const result = checkContent(contentFixture({ 'glossary/es/collagen.yaml': SPANISH_TERM, ...changes, [SPANISH]: guide }), { today });
  return { problems: result.problems.map(formatProblem), warnings: result.warnings.map(formatProblem), guides: result.guides };
}

const append = (text: string) => (source: string) => `${source}\n${text}\n`;

describe('Spanish guides: language from the folder, translation fields', () => {
  it('accepts a Spanish guide in its language folder, as a Spanish guide with its own id', () => {
    const { problems, warnings, guides } = spanish();
    expect(problems).toEqual([]);
    expect(warnings).toEqual([]);
    expect(guides.find((guide) => guide.file === `content/${SPANISH}`)).toMatchObject({ id: 'es/guia-1', locale: 'es' });
  });

  it('still refuses other subfolders, an en/ folder included', () => {
    const guide = setField('order', '7')(SPANISH_GUIDE);
    expect(spanish({ 'aftercare/en/x.mdx': guide, 'aftercare/es/sub/x.mdx': guide }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/en/x.mdx: is in a subfolder. Put guides directly in content/aftercare/, or a translation in its language's folder (content/aftercare/es/), or as <id>/index.mdx.",
        "content/aftercare/es/sub/x.mdx: is in a subfolder. Put guides directly in content/aftercare/, or a translation in its language's folder (content/aftercare/es/), or as <id>/index.mdx.",
      ]
    `);
  });

  it('requires all three translation fields on a Spanish guide, with real values as examples', () => {
    const bare = [setField('translationOf', null), setField('translatedBy', null), setField('translationReviewed', null)].reduce((text, change) => change(text), SPANISH_GUIDE);
    expect(spanish({ [SPANISH]: bare }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: translationOf is missing. Add the id of the English guide in content/aftercare/ this translates, for example guide-1.",
        "content/aftercare/es/guia-1.mdx: translatedBy is missing. Add the id of the reviewer who checked the translation (a file in content/reviewers/), for example editorial-team.",
        "content/aftercare/es/guia-1.mdx: translationReviewed is missing. Add the date the translation was last checked against the English guide, as YYYY-MM-DD.",
      ]
    `);
  });

  it('refuses translation fields on an English guide', () => {
    const english = (text: string) => setField('translatedBy', 'editorial-team')(setField('translationOf', 'guide-2')(text));
    expect(spanish({ 'aftercare/guide-1.mdx': english }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/guide-1.mdx: translationOf is only for translations, and this guide is English (its folder is content/aftercare/). Remove translationOf, translatedBy, or move the file to content/aftercare/es/ if it is a Spanish translation.",
      ]
    `);
  });

  it('requires translationOf to name an English guide of the same collection, with a suggestion', () => {
    expect(spanish({ [SPANISH]: setField('translationOf', 'guide-l') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: translationOf names "guide-l", which is not an English guide in content/aftercare/. Did you mean "guide-1"? Use the id of the English guide of the same stage this translates.",
      ]
    `);
    // A guide of another collection is not the source, even when the id exists there.
    expect(spanish({ [SPANISH]: setField('translationOf', 'on-the-day') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: translationOf names "on-the-day", which is not an English guide in content/aftercare/. Use the id of the English guide of the same stage this translates, for example guide-1.",
      ]
    `);
  });

  it('allows one Spanish guide per English guide', () => {
    const second = setField('order', '2')(SPANISH_GUIDE);
    expect(spanish({ 'aftercare/es/guia-1b.mdx': second }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1b.mdx: translationOf names "guide-1", which content/aftercare/es/guia-1.mdx already translates. Keep one translation per English guide: merge the two, or name the English guide this one translates.",
      ]
    `);
  });

  it('names an unknown translator as it names an unknown reviewer', () => {
    expect(spanish({ [SPANISH]: setField('translatedBy', 'editorial-teem') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: translatedBy names "editorial-teem", but content/reviewers/ has no editorial-teem.yaml. Did you mean "editorial-team"? Use one of: editorial-team.",
      ]
    `);
  });

  it('warns when the translation was reviewed before its English source, and fails when it is over a year old', () => {
    const { problems, warnings } = spanish({ [SPANISH]: setField('translationReviewed', '2026-10-01') });
    expect(problems).toEqual([]);
    expect(warnings).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: translationReviewed is 2026-10-01, before content/aftercare/guide-1.mdx was last reviewed (2026-11-01). Check the translation against it, then update translationReviewed.",
      ]
    `);
    // A year after 2026-11-10 (the review date gate's clock, not the wall clock), the translation is overdue.
    const later = spanish({ 'aftercare/guide-1.mdx': setField('nextReview', '2028-11-01') }, new Date('2027-11-11T00:00:00Z'));
    expect(later.problems.filter((problem) => problem.includes('translationReviewed'))).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: translationReviewed was 2026-11-10, more than a year ago. Ask Test editors to check the translation against content/aftercare/guide-1.mdx, then update translationReviewed.",
      ]
    `);
    expect(spanish({}, new Date('2027-11-10T00:00:00Z')).problems.filter((problem) => problem.includes('translationReviewed'))).toEqual([]);
  });

  it('keeps orders unique per collection and language', () => {
    // The translation shares guide-1's order 1; a second Spanish guide with order 1 clashes with it alone.
    const other = setField('translationOf', 'guide-2')(SPANISH_GUIDE);
    expect(spanish({ 'aftercare/es/guia-2.mdx': other }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-2.mdx: order 1 is also used by content/aftercare/es/guia-1.mdx. Give each guide in content/aftercare/es/ its own order number.",
      ]
    `);
  });
});

describe('Spanish FAQ entries', () => {
  const faq = (guide: string, answer = 'Casi todas las personas sienten pequeños pinchazos.') =>
    `question: ¿Duele?\nanswer: ${answer}\norder: 1\nguide: ${guide}\n`;

  it('point to a guide of their own language, naming its translation when it has one', () => {
    expect(spanish({ 'faq/es/duele.yaml': faq('aftercare/es/guia-1') }).problems).toEqual([]);
    expect(spanish({ 'faq/es/duele.yaml': faq('aftercare/guide-1'), 'faq/cross.yaml': faq('aftercare/es/guia-1') }).problems).toMatchInlineSnapshot(`
      [
        "content/faq/cross.yaml: guide names "aftercare/es/guia-1", a guide in Spanish, but this entry is in English. Name a guide in English: aftercare/guide-1.",
        "content/faq/es/duele.yaml: guide names "aftercare/guide-1", a guide in English, but this entry is in Spanish. Name a guide in Spanish: aftercare/es/guia-1.",
      ]
    `);
    expect(spanish({ 'faq/es/duele.yaml': faq('aftercare/es/guia-l') }).problems).toMatchInlineSnapshot(`
      [
        "content/faq/es/duele.yaml: guide names "aftercare/es/guia-l", which is not a guide. Did you mean "aftercare/es/guia-1"? Use <stage>/<id> of an existing guide.",
      ]
    `);
  });

  it('say how redness looks on brown and black skin, in Spanish', () => {
    const red = 'La piel se ve roja uno o dos días.';
    expect(spanish({ 'faq/es/duele.yaml': faq('aftercare/es/guia-1', red) }).problems).toMatchInlineSnapshot(`
      [
        "content/faq/es/duele.yaml: answer describes redness (enrojecimiento, rojo) but not how it looks on brown and black skin. Add a sentence such as: En la piel morena o negra, el enrojecimiento puede verse más oscuro, morado o gris.",
      ]
    `);
    expect(spanish({ 'faq/es/duele.yaml': faq('aftercare/es/guia-1', `${red} En la piel morena o negra puede verse más oscura.`) }).problems).toEqual([]);
  });
});


/** The fixture's signs (tests/fixtures/minimal/content/signs.yaml) carry their Spanish wording and phrases; this leaves them out. */
const withoutSpanishSigns = (text: string) => text.replace(/^ {2}es: .*\n/gm, '');

const card = (level: string, ...items: string[]) => `<CareCard level="${level}">\n\n${items.map((item) => `- ${item}`).join('\n')}\n\n</CareCard>`;

describe('Spanish twins of the guide gates, chosen by the guide\'s language', () => {
  it('reads a Spanish guide with Szigriszt-Pazos on the INFLESZ scale (not Flesch-Kincaid), listing its hardest sentences', () => {
    // The fixture's Spanish body reads at US grade 10.2 by Flesch-Kincaid, which counts English syllables; on
    // the INFLESZ scale it is easy, so it passes (first test). A body of long Spanish words fails:
    const hard = [
      'La hiperpigmentación postinflamatoria constituye una complicación relativamente frecuente.',
      'Los profesionales recomiendan habitualmente fotoprotección continuada.',
      'Las contraindicaciones requieren una valoración individualizada.',
    ].join(' ');
    expect(spanish({ [SPANISH]: append(hard) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: reads at 2.3 on the INFLESZ scale (Szigriszt-Pazos, "muy difícil"); the minimum is 55 ("normal"). Use shorter sentences and shorter, common words. Hardest sentences: line 32 (-50.4): "La hiperpigmentación postinflamatoria constituye una complicación relativamente frecuente."; line 32 (-48.4): "Los profesionales recomiendan habitualmente fotoprotección continuada."; line 32 (-38.0): "Las contraindicaciones requieren una valoración individualizada.".",
      ]
    `);
  });

  it('limits a Spanish sentence to 25 words', () => {
    const long = 'Puede ir a su casa y descansar y tomar un té y dormir un poco y luego puede lavarse la cara con agua fría y secarla con una toalla limpia.';
    expect(spanish({ [SPANISH]: append(long) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx:32: a sentence has 30 words; the limit is 25. Split it: "Puede ir a su casa y descansar y tomar un té y dormir un poco y luego puede lavarse la car…".",
      ]
    `);
  });

  it('asks a Spanish guide that describes redness for the Spanish skin-of-colour sentence (the English one does not count)', () => {
    const red = 'El enrojecimiento dura uno o dos días.';
    expect(spanish({ [SPANISH]: append(red) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: describes redness (enrojecimiento, rojo) but not how it looks on brown and black skin. Add a sentence such as: En la piel morena o negra, el enrojecimiento puede verse más oscuro, morado o gris.",
      ]
    `);
    expect(spanish({ [SPANISH]: append(`${red} On brown and black skin, redness may look darker.`) }).problems).toHaveLength(1);
    expect(spanish({ [SPANISH]: append(`${red} En la piel morena o negra, el enrojecimiento puede verse más oscuro.`) }).problems).toEqual([]);
    // "red" in a Spanish word is not redness; a Spanish guide is read with the Spanish words only.
    expect(spanish({ [SPANISH]: append('Use una red para el pelo.') }).problems).toEqual([]);
  });

  it('refuses vague Spanish link text, with or without accents', () => {
    const links = 'Lea [aquí](/es/aftercare/guia-1/), [haga clic aqui](/es/faq/) o [más información](/es/glossary/).';
    expect(spanish({ [SPANISH]: append(links) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx:32: link text "aquí" does not say where it goes. Name the page instead.",
        "content/aftercare/es/guia-1.mdx:32: link text "haga clic aqui" does not say where it goes. Name the page instead.",
        "content/aftercare/es/guia-1.mdx:32: link text "más información" does not say where it goes. Name the page instead.",
      ]
    `);
    expect(spanish({ [SPANISH]: append('Lea [la primera semana](/es/aftercare/guia-1/).') }).problems).toEqual([]);
  });

  it('asks a Spanish guide for two sources', () => {
    const oneSource = (text: string) => text.replace(/ {2}- title: "Microneedling: can it help[\s\S]*?year: 2023\n/, '');
    expect(spanish({ [SPANISH]: oneSource }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: sources lists 1; a published guide cites at least 2. Add the sources its facts come from.",
      ]
    `);
  });

  it('resolves <Term id> on a Spanish guide in the Spanish glossary', () => {
    // content/glossary/collagen.yaml exists, but a Spanish reader would get an English definition.
    expect(spanish({ 'glossary/es/collagen.yaml': null }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx:26: <Term id="collagen"> names no glossary term. Add content/glossary/es/collagen.yaml or use an existing id.",
      ]
    `);
    expect(spanish({ [SPANISH]: append('Su piel tiene <Term id="colagen">colágeno</Term>.') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx:32: <Term id="colagen"> names no glossary term. Did you mean "collagen"? Add content/glossary/es/colagen.yaml or use an existing id.",
      ]
    `);
  });

  it('checks internal links of a Spanish guide against the Spanish pages, and sends it to the Spanish page of an English one', () => {
    const links = [
      'Lea [la guía](/es/aftercare/guia-1/#segunda-parte), [las preguntas](/es/faq/), [el colágeno](/es/glossary/#collagen),',
      '[su plan](/es/plan/), [la etapa](/es/aftercare/) y [una guía aún sin traducir](/aftercare/guide-2/).',
      '',
      'Vea [la guía](/es/aftercare/guide-1/), [otra parte](/es/aftercare/guia-1/#tercera-parte) y [el glosario](/es/glossary/#elastin).',
      '',
      'Lea [la guía en inglés](/aftercare/guide-1/#second-part) y [las preguntas en inglés](/faq/).',
    ].join('\n');
    expect(spanish({ [SPANISH]: append(links) }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx:35: links to /es/aftercare/guide-1/, which is not a page of this site. Did you mean "/es/aftercare/guia-1/"? Link to an existing page, with its trailing slash.",
        "content/aftercare/es/guia-1.mdx:35: links to /es/aftercare/guia-1/#tercera-parte, but that page has no section #tercera-parte. Did you mean "primera-parte"? Use one of: summary-heading, primera-parte, segunda-parte.",
        "content/aftercare/es/guia-1.mdx:35: links to /es/glossary/#elastin, but that page has no section #elastin. Use one of: collagen.",
        "content/aftercare/es/guia-1.mdx:37: links to /aftercare/guide-1/#second-part, a page in English. Link to /es/aftercare/guia-1/ (and the id of that section there) instead, its Spanish page, so the reader stays in Spanish.",
        "content/aftercare/es/guia-1.mdx:37: links to /faq/, a page in English. Link to /es/faq/ instead, its Spanish page, so the reader stays in Spanish.",
      ]
    `);
  });

  it('asks a Spanish guide that names a warning sign in Spanish for a care card', () => {
    expect(spanish({ [SPANISH]: append('Si ve pus, puede ser una infección.') }).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: mentions a warning sign ("pus") but has no <CareCard>. Add one that says when to call the clinic.",
      ]
    `);
  });
});

describe('Spanish care cards: one sign, one urgency, by the Spanish phrases', () => {
  const withCard = (...cards: string[]) => ({ [SPANISH]: append(cards.join('\n\n')) });

  it('accepts Spanish items that name a sign by its Spanish phrases, in a card of its level', () => {
    expect(spanish(withCard(card('urgent', 'Ve pus o costras amarillas.', 'El dolor empeora.'), card('non-urgent', 'Le sale un herpes labial.'))).problems).toEqual([]);
  });

  it('fails a Spanish item in a card of another level, naming the sign in Spanish, and one that names no sign', () => {
    expect(spanish(withCard(card('non-urgent', 'El dolor empeora.', 'Your pain gets worse.'))).problems).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx:34: "El dolor empeora." is the sign "el enrojecimiento o el dolor empeoran", which is urgent in content/signs.yaml; put it in an urgent care card.",
        "content/aftercare/es/guia-1.mdx:35: "Your pain gets worse." names no sign in content/signs.yaml. Use the es.phrases of a listed sign, or add the sign there with its level and source.",
      ]
    `);
  });

  it('requires every sign to have its Spanish wording and phrases once there are Spanish guides', () => {
    expect(spanish({ [SPANISH]: append(card('urgent', 'Ve pus.')), 'signs.yaml': withoutSpanishSigns }).problems).toMatchInlineSnapshot(`
      [
        "content/signs.yaml: [1].es is missing, and the site has Spanish guides. Add es: { wording: "…", phrases: ["…"] } to "cold-sore": the sign in plain Spanish, and the phrases Spanish care cards name it with.",
        "content/signs.yaml: [2].es is missing, and the site has Spanish guides. Add es: { wording: "…", phrases: ["…"] } to "worsening": the sign in plain Spanish, and the phrases Spanish care cards name it with.",
        "content/signs.yaml: [3].es is missing, and the site has Spanish guides. Add es: { wording: "…", phrases: ["…"] } to "pus": the sign in plain Spanish, and the phrases Spanish care cards name it with.",
      ]
    `);
    // An English-only site needs none.
    expect(checkContent(contentFixture({ 'aftercare/guide-1.mdx': append(card('urgent', 'You see pus.')) }), { today: TODAY }).problems).toEqual([]);
  });

  it('checks the es: block of a sign like the rest of the file', () => {
    const incomplete = (text: string) => text.replace('es: { wording: "ve pus o costras amarillas en la piel", phrases: ["pus", "costras amarillas"] }', 'es: { wording: "ve pus", frases: ["pus"] }');
    expect(spanish({ [SPANISH]: append(card('urgent', 'Ve pus.')), 'signs.yaml': incomplete }).problems).toMatchInlineSnapshot(`
      [
        "content/signs.yaml: [3].es.frases is not a known field here. Did you mean "phrases"? Remove it or fix its spelling ([3].es accepts: wording, phrases).",
      ]
    `);
  });

  it('gives each Spanish phrase to one sign', () => {
    const shared = (text: string) => text.replace('phrases: ["herpes labial"]', 'phrases: ["herpes labial", "pus"]');
    expect(spanish({ [SPANISH]: append(card('urgent', 'Ve pus.')), 'signs.yaml': shared }).problems).toMatchInlineSnapshot(`
      [
        "content/signs.yaml: [3].es.phrases "pus" is also a phrase of the sign "cold-sore". Give each phrase to one sign.",
        "content/aftercare/es/guia-1.mdx:34: "Ve pus." is the sign "le sale un herpes labial (calentura)", which is non-urgent in content/signs.yaml; put it in a non-urgent care card.",
      ]
    `);
  });

  it("checks a clinic's Spanish overlay: its care cards in a default build, and the whole guide in the clinic's build", async () => {
    const clinicGuide = 'clinics/test-clinic/guides/aftercare/es/guia-1.mdx';
    const overlay = { [clinicGuide]: append(card('non-urgent', 'Ve pus.'))(SPANISH_GUIDE) };
    expect(spanish(overlay).problems).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/guides/aftercare/es/guia-1.mdx:34: "Ve pus." is the sign "ve pus o costras amarillas en la piel", which is urgent in content/signs.yaml; put it in an urgent care card.",
      ]
    `);

    const root = contentFixture({ 'glossary/es/collagen.yaml': SPANISH_TERM, ...overlay, [clinicGuide]: append('Lea [aquí](/es/faq/).')(SPANISH_GUIDE) });
    const { forContentCheck: clinic } = await loadClinic(root, 'test-clinic');
    const target = mkdtempSync(join(tmpdir(), 'mng-assembled-'));
    expect(assembleClinicContent(root, clinic!, target)).toEqual([]);
    const result = checkContent(root, { today: TODAY, contentDir: target, displayPath: clinicDisplayPath(root, 'test-clinic', target) });
    expect(result.problems.map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/clinics/test-clinic/guides/aftercare/es/guia-1.mdx:32: link text "aquí" does not say where it goes. Name the page instead.",
      ]
    `);
  });

  it('hides the translations of a guide a clinic hides, with their links and FAQ entries, and says so', async () => {
    const linking = append('Lea [la guía de cuidados](/es/aftercare/guia-1/).')(setField('order', '2')(setField('translationOf', 'guide-2')(SPANISH_GUIDE)));
    const root = contentFixture({
      'glossary/es/collagen.yaml': SPANISH_TERM,
      [SPANISH]: SPANISH_GUIDE,
      'aftercare/es/guia-2.mdx': linking,
      'faq/es/duele.yaml': 'question: ¿Duele?\nanswer: Casi nada.\norder: 1\nguide: aftercare/es/guia-1\n',
      'clinics/test-clinic/clinic.yaml': (text) => `${text}\nhide:\n  - aftercare/guide-1\n`,
    });
    const { forContentCheck: clinic } = await loadClinic(root, 'test-clinic');
    const target = mkdtempSync(join(tmpdir(), 'mng-assembled-'));
    const lines: string[] = [];
    expect(assembleClinicContent(root, clinic!, target, (line) => lines.push(line))).toEqual([]);
    expect(lines).toMatchInlineSnapshot(`
      [
        "content/aftercare/es/guia-1.mdx: left out, as it translates the hidden guide aftercare/guide-1",
        "content/aftercare/es/guia-2.mdx: links to hidden guides became plain text",
        "content/faq/es/duele.yaml: left out, as it points to the hidden guide aftercare/es/guia-1",
      ]
    `);
    const result = checkContent(root, { today: TODAY, contentDir: target, displayPath: clinicDisplayPath(root, 'test-clinic', target) });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.guides.map((guide) => `${guide.collection}/${guide.id}`)).not.toContain('aftercare/es/guia-1');
  });
});
