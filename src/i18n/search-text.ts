import type { ResultCountText } from '../lib/search';
import type { Locale } from './locales';
import { template } from './t';

/**
 * The result count's words for the search script, as the JSON of a `data-search-text` attribute on the
 * results list: the script fills `{count}` and `{query}` itself and bundles no string table.
 */
export function resultCountTemplates(locale: Locale): string {
  const text: ResultCountText = { one: template(locale, 'search.resultOne'), other: template(locale, 'search.resultOther') };
  return JSON.stringify(text);
}
