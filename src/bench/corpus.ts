import { slug } from 'github-slugger';
import { routes } from '../lib/routes';
import { GUIDE_COLLECTIONS, type GuideCollection } from '../lib/stages';
import { CONTENT_RULES } from '../lib/content-rules';
import { signsIn } from '../checks/sign-urgency';
import type { Sign } from '../schemas/sign';
import type { CareLevel } from '../lib/care-card';

/**
 * Synthetic guides for the benchmark (`npm run bench`): plain-language MDX that passes the real content
 * gates (reading level, sentence length, sources, care cards with the real sign wordings, glossary terms,
 * links between the generated guides, skin tone), shaped like the real guides: about 930 words, six
 * sections, lists, a table on every third guide. Deterministic: the same options give the same bytes.
 */

/** A glossary entry the guides can mark with `<Term>`. */
export interface CorpusTerm {
  id: string;
  term: string;
}

export interface CorpusOptions {
  /** How many guides, spread round-robin over the guide collections (stages and topics). */
  count: number;
  /** Seed of the random choices; the same seed gives the same corpus. */
  seed: number;
  /** `lastReviewed` of every guide (YYYY-MM-DD); `nextReview` is a year later. Pass the build day so no review falls due. */
  reviewed: string;
  /** Glossary entries of the project the corpus is built in (content/glossary). */
  terms: readonly CorpusTerm[];
  /** The signs of content/signs.yaml: care card items use their wordings. */
  signs: readonly Sign[];
  /** The reviewer id every guide names (a file in content/reviewers/). */
  reviewer: string;
}

export interface CorpusGuide {
  collection: GuideCollection;
  id: string;
  title: string;
  /** The whole MDX file. */
  text: string;
}

/** mulberry32: a small, fast, seeded generator; good enough to vary prose, and the same everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

// Word lists and sentence templates: short words and short sentences, so every mix reads below grade 8.
const PARTS = ['face', 'cheeks', 'forehead', 'chin', 'neck', 'nose', 'jaw', 'skin', 'scars', 'hands'];
const FEELINGS = ['tight', 'warm', 'dry', 'a bit sore', 'rough', 'tender', 'itchy', 'flaky'];
const PRODUCTS = ['a gentle cleanser', 'a plain moisturiser', 'sunscreen', 'a calming gel', 'cool water', 'a soft cloth'];
const TIMES = ['the first day', 'the first two days', 'the first week', 'a few days', 'the next morning', 'the first night'];
const PEOPLE = ['your clinic', 'your practitioner', 'the nurse', 'the person who treats you', 'your doctor'];
const HABITS = ['sleep on a clean pillow', 'drink plenty of water', 'wash your hands first', 'pat your skin dry', 'keep your hair back', 'wear a wide hat'];
const AVOIDS = ['makeup', 'hot baths', 'saunas', 'scrubs', 'swimming pools', 'strong acids', 'hard exercise'];
const COUNTS = ['two', 'three', 'four', 'five', 'six'];

const TEMPLATES: readonly ((r: Random) => string)[] = [
  (r) => `Your ${pick(r, PARTS)} may feel ${pick(r, FEELINGS)} for ${pick(r, TIMES)}.`,
  (r) => `Use ${pick(r, PRODUCTS)} on your ${pick(r, PARTS)} each morning and each night.`,
  (r) => `Ask ${pick(r, PEOPLE)} which products are safe to use.`,
  (r) => `Try to ${pick(r, HABITS)}.`,
  (r) => `Stay away from ${pick(r, AVOIDS)} for ${pick(r, TIMES)}.`,
  (r) => `Most people go back to work the next day.`,
  (r) => `It is normal for your ${pick(r, PARTS)} to feel ${pick(r, FEELINGS)} at first.`,
  (r) => `Write down any questions before you go.`,
  (r) => `Bring a list of the creams and pills you use.`,
  (r) => `${capitalise(pick(r, PEOPLE))} will check your ${pick(r, PARTS)} before you start.`,
  (r) => `Each session takes about ${pick(r, COUNTS)} minutes for a small area.`,
  (r) => `Many people need ${pick(r, COUNTS)} sessions, about a month apart.`,
  (r) => `Tiny needles make small holes in the top layer of your skin.`,
  (r) => `Your skin then heals the holes and makes new tissue.`,
  (r) => `Change works slowly, so give it time.`,
  (r) => `Take a photo on the day, so you can see how things change.`,
  (r) => `Keep your hands off your ${pick(r, PARTS)} while it heals.`,
  (r) => `Pat on ${pick(r, PRODUCTS)} with clean hands.`,
  (r) => `Do not rub or pick at your ${pick(r, PARTS)}.`,
  (r) => `Wait ${pick(r, COUNTS)} days before you use ${pick(r, AVOIDS)} again.`,
  (r) => `If you are not sure, ask ${pick(r, PEOPLE)}.`,
  (r) => `Follow the plan ${pick(r, PEOPLE)} gave you.`,
  (r) => `Sun can mark new skin, so cover up when you go out.`,
  (r) => `Use sunscreen every day, even when it is cloudy.`,
  (r) => `A cool pack can help if your ${pick(r, PARTS)} feels ${pick(r, FEELINGS)}.`,
  (r) => `Plan a quiet day after your session if you can.`,
  (r) => `Tell ${pick(r, PEOPLE)} if you are pregnant.`,
  (r) => `Some people see a change after ${pick(r, COUNTS)} weeks.`,
  (r) => `For others it takes a few months.`,
  (r) => `Your skin keeps building new support for months.`,
];

const capitalise = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** How redness looks on every skin tone: the skin-tone gate asks for it wherever redness is described. */
const SKIN_TONE = 'Your skin may look red and feel warm after treatment. On brown and black skin, redness may look darker, purple or grey.';

const SECTION_TITLES = [
  'What to expect',
  'Before you start',
  'On the day',
  'How your skin heals',
  'Caring for your skin',
  'What to avoid',
  'Questions to ask',
  'How long it takes',
  'Getting the best result',
  'Living with your results',
  'Costs and time',
  'Tips from patients',
];
const SECTIONS_PER_GUIDE = 6;
const SENTENCES_PER_PARAGRAPH = 5;
const PARAGRAPHS_PER_SECTION = 3;
const LINKS_PER_GUIDE = 3;
const TERMS_PER_GUIDE = 2;
/** The last section of every guide: links with a fragment point at it, so they all resolve. */
const CARE_SECTION = 'When to call your clinic';
const TITLE_TOPICS = [
  'Caring for your skin',
  'Your first visit',
  'Numbing cream',
  'Sun and your skin',
  'Scars and marks',
  'Makeup and skincare',
  'Sessions and timing',
  'Healing day by day',
  'Choosing a clinic',
  'Exercise and sweat',
];

const SOURCES = [
  { title: 'Microneedling: A Review and Practical Guide', publisher: 'Dermatologic Surgery', url: 'https://pubmed.ncbi.nlm.nih.gov/28796657/', year: 2018 },
  { title: 'Safety Profile for Microneedling: A Systematic Review', publisher: 'Dermatologic Surgery', url: 'https://pubmed.ncbi.nlm.nih.gov/34448760/', year: 2021 },
  { title: 'How to select a sunscreen', publisher: 'American Academy of Dermatology', url: 'https://www.aad.org/public/everyday-care/sun-protection/shade-clothing-sunscreen/how-to-select-sunscreen', year: 2024 },
  { title: 'Microneedling in skin of color: A review of uses and efficacy', publisher: 'Journal of the American Academy of Dermatology', url: 'https://pubmed.ncbi.nlm.nih.gov/26549251/', year: 2016 },
];

/** The id of the i-th guide: zero-padded so files sort in generation order. */
export function corpusGuideId(index: number): string {
  return `guide-${String(index + 1).padStart(5, '0')}`;
}

function corpusTitle(index: number): string {
  return `${TITLE_TOPICS[index % TITLE_TOPICS.length]}, part ${Math.floor(index / TITLE_TOPICS.length) + 1}`;
}

/** Sign wordings that name exactly their own sign, by level: safe care card bullets. */
function bulletsByLevel(signs: readonly Sign[]): Map<CareLevel, string[]> {
  const byLevel = new Map<CareLevel, string[]>();
  for (const sign of signs) {
    const named = signsIn(sign.wording, signs);
    if (named.length !== 1 || named[0]!.id !== sign.id) continue;
    byLevel.set(sign.level, [...(byLevel.get(sign.level) ?? []), sign.wording]);
  }
  return byLevel;
}

function careCard(random: Random, level: CareLevel, wordings: readonly string[]): string {
  const bullets = shuffled(random, wordings).slice(0, Math.min(3, CONTENT_RULES.maxCareCardBullets));
  return `<CareCard level="${level}">\n\n${bullets.map((bullet) => `- ${bullet}`).join('\n')}\n\n</CareCard>`;
}

function table(random: Random): string {
  const rows = ['Day one', 'Day two', 'Day three', 'Day seven'].map(
    (day) => `| ${day} | Feels ${pick(random, FEELINGS)} | Use ${pick(random, PRODUCTS)} |`,
  );
  return ['| When | How it may feel | What helps |', '| --- | --- | --- |', ...rows].join('\n');
}

function paragraph(random: Random, extra: string[] = []): string {
  const sentences = Array.from({ length: SENTENCES_PER_PARAGRAPH }, () => pick(random, TEMPLATES)(random));
  for (const sentence of extra) sentences.splice(Math.floor(random() * sentences.length), 0, sentence);
  return sentences.join(' ');
}

/** The whole corpus, in generation order. */
export function generateCorpus(options: CorpusOptions): CorpusGuide[] {
  const { count, seed, reviewed, terms, signs, reviewer } = options;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(reviewed)) throw new Error(`reviewed must be a date as YYYY-MM-DD, not "${reviewed}"`);
  if (terms.length === 0) throw new Error('The corpus needs at least one glossary term for <Term>');
  const next = `${Number(reviewed.slice(0, 4)) + 1}${reviewed.slice(4)}`;
  const bullets = bulletsByLevel(signs);
  const refs = Array.from({ length: count }, (_, index) => ({
    collection: GUIDE_COLLECTIONS[index % GUIDE_COLLECTIONS.length]!,
    id: corpusGuideId(index),
    title: corpusTitle(index),
  }));
  return refs.map((ref, index) => {
    const random = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
    const sections = shuffled(random, SECTION_TITLES).slice(0, SECTIONS_PER_GUIDE - 1);
    const targets = count > 1 ? Array.from({ length: LINKS_PER_GUIDE }, (_, k) => refs[(index + 1 + Math.floor(random() * (count - 1)) + k) % count]!).filter((target) => target !== ref) : [];
    const links = targets.map((target, k) => {
      const fragment = k === 0 ? `#${slug(CARE_SECTION)}` : '';
      return `To learn more, read [${target.title.toLowerCase()}](${routes.guide(target)}${fragment}).`;
    });
    const marked = shuffled(random, terms)
      .slice(0, TERMS_PER_GUIDE)
      .map((term) => `This guide uses the word <Term id="${term.id}">${term.term.toLowerCase()}</Term>.`);
    const body: string[] = [paragraph(random, [SKIN_TONE])];
    sections.forEach((title, s) => {
      body.push(`## ${title}`);
      body.push(paragraph(random, s === 0 ? marked : s <= links.length ? [links[s - 1]!] : []));
      if (s === 1) body.push(Array.from({ length: 4 }, () => `- ${pick(random, TEMPLATES)(random)}`).join('\n'));
      if (s === 2 && index % 3 === 0) body.push(table(random));
      for (let p = 1; p < PARAGRAPHS_PER_SECTION; p += 1) body.push(paragraph(random));
    });
    body.push(`## ${CARE_SECTION}`, paragraph(random));
    const levels: CareLevel[] = ['non-urgent', ...(index % 2 === 0 ? (['urgent'] as const) : []), ...(index % 7 === 0 ? (['emergency'] as const) : [])];
    for (const level of levels) {
      const wordings = bullets.get(level);
      if (wordings?.length) body.push(careCard(random, level, wordings));
    }
    const sources = [SOURCES[index % SOURCES.length]!, SOURCES[(index + 1) % SOURCES.length]!];
    const frontmatter = [
      '---',
      `title: ${JSON.stringify(ref.title)}`,
      `description: ${JSON.stringify(`A plain guide to ${ref.title.toLowerCase()}: what to expect, how to care for your skin, and when to call.`)}`,
      `order: ${Math.floor(index / GUIDE_COLLECTIONS.length) + 1}`,
      'summary:',
      `  - ${JSON.stringify(paragraph(random).split('. ')[0]!.replace(/\.?$/, '.'))}`,
      `  - "Call your clinic if something does not seem right."`,
      `lastReviewed: ${reviewed}`,
      `nextReview: ${next}`,
      `reviewedBy: ${reviewer}`,
      'sources:',
      ...sources.flatMap((source) => [
        `  - title: ${JSON.stringify(source.title)}`,
        `    publisher: ${JSON.stringify(source.publisher)}`,
        `    url: ${JSON.stringify(source.url)}`,
        `    year: ${source.year}`,
      ]),
      `aliases: [${JSON.stringify(`bench ${index + 1}`)}]`,
      '---',
    ];
    return { ...ref, text: `${frontmatter.join('\n')}\n\n${body.join('\n\n')}\n` };
  });
}
