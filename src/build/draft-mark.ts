import { DEFAULT_LOCALE, isLocale, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';

/** A built page's language, from `<html lang>` ("es", "en-GB" → en); the default when it names none of ours. */
function pageLanguage(html: string): Locale {
  const language = /<html[^>]*\slang="([a-z]+)/i.exec(html)?.[1]?.toLowerCase();
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

/**
 * Marks one built page as a draft: a note search engines are told not to index, first in the body, left
 * out of the search index, in the page's language. Plain HTML with no style attribute, so the page's
 * Content-Security-Policy still holds.
 */
export function markDraft(html: string): string {
  const locale = pageLanguage(html);
  return html
    .replace(/<head(\s[^>]*)?>/i, (head) => `${head}<meta name="robots" content="noindex">`)
    .replace(
      /<body(\s[^>]*)?>/i,
      (body) => `${body}<aside class="draft-mark" aria-label="${t(locale, 'draft.label')}" data-pagefind-ignore><p>${t(locale, 'draft.note')}</p></aside>`,
    );
}
