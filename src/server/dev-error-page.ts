import { formatProblem, type ContentProblem } from '../lib/friendly-errors';

/** Vite's client: the error page loads it so that the save that fixes the content reloads the page. */
const VITE_CLIENT = '/@vite/client';
/** The site's design tokens, as Vite serves them in dev: colours and spacing (dark scheme included) without the site's layout. */
const TOKENS = '/src/styles/tokens.css';

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page `astro dev` serves instead of any page while the content has problems: one line per problem, in
 * the words the build uses. Without it the browser would keep showing the last good content, and an author
 * would not know their change was not taken. It uses the design tokens only, not the site's layout or brand
 * stylesheet, which may be what is broken.
 */
export function devErrorPage(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Content problems (${problems.length})</title>`,
    `<link rel="stylesheet" href="${TOKENS}">`,
    '<style>body{font:var(--font-size-base)/var(--line-height) var(--font-body);max-width:var(--page-max);margin:var(--space-5) auto;padding:0 var(--space-3);color:var(--color-text);background:var(--color-bg)}',
    'h1{color:var(--color-urgent)}li{margin:var(--space-2) 0;font-family:ui-monospace,monospace;white-space:pre-wrap}</style>',
    `<script type="module" src="${VITE_CLIENT}"></script>`,
    '</head>',
    '<body>',
    `<h1>The content has ${count}</h1>`,
    '<p>Fix each file and save it: this page reloads by itself. The same lines are in the terminal that runs <code>npm run dev</code>.</p>',
    '<ul id="content-problems">',
    ...problems.map((problem) => `<li>${escapeHtml(formatProblem(problem))}</li>`),
    '</ul>',
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Whether a dev-server request is for a page a reader sees (so the error page replaces it) rather than a
 * script, style, image or Vite's own module: browsers ask for pages with `Accept: text/html`.
 */
export function isPageRequest(method: string | undefined, accept: string | undefined, url: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (url?.startsWith('/@') || url?.startsWith('/_astro/') || url?.startsWith('/node_modules/')) return false;
  return accept?.includes('text/html') ?? false;
}
