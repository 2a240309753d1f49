import type { APIRoute } from 'astro';
import { getAllGuides } from '../lib/guides';
import { llmsTxt } from '../lib/llms-txt';
import { routes } from '../lib/routes';
import { t } from '../i18n/t';
import { site } from '../lib/site';
import { DEFAULT_LOCALE, LOCALE_NAMES } from '../i18n/locales';

/** The site summary and guide index for AI assistants (llmstxt.org), in the site's default language. */
export const GET: APIRoute = async ({ site: origin }) => {
  const locale = DEFAULT_LOCALE;
  const absolute = (path: string) => new URL(path, origin).href;
  const guides = await getAllGuides();
  const body = llmsTxt({
    siteName: site.name,
    summary: t(locale, 'home.description'),
    disclaimer: site.disclaimer,
    contact: site.clinic ? `Clinic phone: ${site.clinicPhoneDisplay ?? site.clinicPhone}. Address: ${site.clinic.address}. Email: ${site.clinic.email}.` : undefined,
    guides: guides.map((guide) => ({ ...guide, markdownUrl: absolute(routes.guideMarkdown(guide)) })),
    translations: await Promise.all(
      site.locales
        .filter((locale) => locale !== DEFAULT_LOCALE)
        .map(async (locale) => ({
          language: LOCALE_NAMES[locale],
          guides: (await getAllGuides(locale)).map((guide) => ({ ...guide, markdownUrl: absolute(routes.guideMarkdown(guide)) })),
        })),
    ),
    more: [
      { title: t(locale, 'nav.faqLong'), url: absolute(routes.faq()), description: t(locale, 'faq.description') },
      { title: t(locale, 'nav.glossary'), url: absolute(routes.glossary()), description: t(locale, 'glossary.description') },
    ],
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
