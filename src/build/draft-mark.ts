/** What a draft page says about itself, at the top of every page. */
export const DRAFT_NOTE = 'Draft: a local preview, not for publishing. Its address and settings may be placeholders.';

/**
 * Marks one built page as a draft: a note search engines are told not to index, first in the body, left
 * out of the search index. Plain HTML with no style attribute, so the page's Content-Security-Policy
 * still holds.
 */
export function markDraft(html: string): string {
  return html
    .replace(/<head(\s[^>]*)?>/i, (head) => `${head}<meta name="robots" content="noindex">`)
    .replace(/<body(\s[^>]*)?>/i, (body) => `${body}<aside class="draft-mark" aria-label="Draft" data-pagefind-ignore><p>${DRAFT_NOTE}</p></aside>`);
}
