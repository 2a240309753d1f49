import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import * as cheerio from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { stringsOf } from '../../src/i18n/t';
import { buildPlan } from '../../src/lib/treatment-plan';
import NotFound from '../../src/pages/404.astro';
import BaseLayout from '../../src/layouts/BaseLayout.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import PrevNext from '../../src/components/PrevNext.astro';
import ReviewInfo from '../../src/components/ReviewInfo.astro';
import SourcesList from '../../src/components/SourcesList.astro';
import SummaryBox from '../../src/components/SummaryBox.astro';
import TableOfContents from '../../src/components/TableOfContents.astro';
import TreatmentPlan from '../../src/components/plan/TreatmentPlan.astro';
import Aside from '../../src/components/mdx/Aside.astro';
import BookingLink from '../../src/components/mdx/BookingLink.astro';
import CareCard from '../../src/components/mdx/CareCard.astro';
import Checklist from '../../src/components/mdx/Checklist.astro';
import Timeline from '../../src/components/mdx/Timeline.astro';

/**
 * The components as a Spanish page renders them: Astro's i18n routing gives `/es/…` the locale `es`, and
 * `pageLocale(Astro)` must carry it to every word. Rendered with Astro's container, so this is the real
 * component, not a copy of its logic.
 */

const SPANISH_PAGE = new Request('https://example.org/es/plan/');
const ENGLISH_PAGE = new Request('https://example.org/plan/');
const I18N = { strategy: 'pathname-prefix-other-locales', locales: ['en', 'es'], defaultLocale: 'en', fallbackType: 'redirect', domainLookupTable: {} };

const guide = { collection: 'aftercare', id: 'es/primera-semana', title: 'Su primera semana', description: 'd', order: 1 } as const;
const plan = buildPlan(
  [
    { title: 'Preparación', href: '/es/consultation/preparacion/', checklist: [{ daysBefore: 7, action: 'Deje los retinoides.' }] },
    { title: 'Primera semana', href: '/es/aftercare/primera-semana/', timeline: [{ dayAfter: 1, do: ['Lávese con cuidado.'], avoid: ['Maquillaje.'] }] },
    { title: 'Sesiones', href: '/es/maintenance/sesiones-y-espaciado/', sessions: { intervalWeeks: { min: 4, max: 6 } } },
  ],
  'es',
);
const reviewer = { name: 'Equipo editorial', credentials: 'no médicos', role: 'Revisan cada página.' };
// What a guide page puts in locals for <Checklist /> and <Timeline /> (only the fields they read).
const locals = { guide: { checklist: [{ daysBefore: 0, action: 'Venga con la piel limpia.' }], timeline: [{ dayAfter: 0, do: ['Lávese.'], avoid: ['Sol.'] }] } } as unknown as App.Locals;

/** Every component (and the 404 page) with the props a page gives it. */
const RENDERS = [
  ['404 page (header, footer, search, journey)', NotFound, {}],
  ['BaseLayout', BaseLayout, { title: 'Título', description: 'Descripción de la página.', markdown: '/es/aftercare/primera-semana.md' }],
  ['Breadcrumbs', Breadcrumbs, { crumbs: [{ label: 'Inicio', href: '/es/' }, { label: 'Guía', href: '/es/x/' }] }],
  ['PrevNext', PrevNext, { neighbours: { previous: guide, next: guide } }],
  ['ReviewInfo', ReviewInfo, { reviewer, lastReviewed: new Date('2026-11-22'), nextReview: new Date('2027-11-22') }],
  ['SourcesList', SourcesList, { sources: [{ title: 'Fuente', publisher: 'Editorial', url: 'https://example.org/fuente', year: 2024 }] }],
  ['SummaryBox', SummaryBox, { points: ['Punto.'] }],
  ['TableOfContents', TableOfContents, { headings: ['Uno', 'Dos', 'Tres'].map((text) => ({ depth: 2, text, slug: text })) }],
  ['TreatmentPlan', TreatmentPlan, plan],
  ['Aside', Aside, { type: 'caution' }],
  ['BookingLink', BookingLink, {}],
  ['CareCard', CareCard, { level: 'urgent' }],
  ['Checklist', Checklist, {}],
  ['Timeline', Timeline, {}],
] as const;

/** What a reader sees or hears of rendered HTML: its text and the attributes that carry words (not URLs or class names). */
function visible(html: string): string {
  const $ = cheerio.load(html);
  $('script:not([type]), style').remove();
  const attributes = ['aria-label', 'alt', 'title', 'placeholder', 'content', 'data-plan-text', 'data-search-text'];
  return [$.root().text(), ...attributes.flatMap((name) => $(`[${name}]`).map((_, element) => $(element).attr(name)).get())].join('\n');
}

const SPANISH = stringsOf('es');

/**
 * The fixed words of every English string, e.g. "Step" of "Step {number}", except those the Spanish string
 * keeps too (".ics", a brand name).
 */
const ENGLISH_WORDS = Object.entries(stringsOf('en')).flatMap(([key, english]) =>
  english
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => /\p{L}{3}/u.test(part) && !SPANISH[key as keyof typeof SPANISH].includes(part))
    .map((part) => ({ key, part, pattern: new RegExp(`(?<!\\p{L})${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u') })),
);

describe('components on a Spanish page', () => {
  let container: AstroContainer;
  beforeAll(async () => {
    container = await AstroContainer.create({ manifest: { i18n: I18N } as never, astroConfig: { site: 'https://example.org' } });
  });

  it.each(RENDERS)('%s shows no English interface word', async (_, component, props) => {
    const html = visible(await container.renderToString(component as never, { props, request: SPANISH_PAGE, locals, slots: { default: '<li>herpes labial</li>' } }));
    expect(ENGLISH_WORDS.filter(({ pattern }) => pattern.test(html)).map(({ key, part }) => `${key}: ${part}`)).toEqual([]);
  });

  it('writes Spanish words, Spanish dates and the Spanish plan text for the script', async () => {
    const render = (component: unknown, props: Record<string, unknown>) => container.renderToString(component as never, { props, request: SPANISH_PAGE, locals });
    expect(await render(ReviewInfo, RENDERS[4][2])).toContain('22 de noviembre de 2026');
    const planHtml = await render(TreatmentPlan, plan);
    expect(planHtml).toContain('Fecha de su tratamiento');
    expect(planHtml).toContain('1 semana antes');
    expect(planHtml).toContain('data-locale="es"');
    expect(planHtml).toContain('Microagujas: {day}');
    expect(await render(CareCard, { level: 'emergency' })).toContain('Llame ahora al número de emergencias si:');
  });

  it('stay English on an English page', async () => {
    const html = await container.renderToString(SummaryBox, { props: { points: ['Point.'] }, request: ENGLISH_PAGE });
    expect(html).toContain('Key points');
  });
});
