import { defineMiddleware } from 'astro:middleware';
import { renderedPages } from './lib/rendered-pages';

/**
 * Hands each page Astro renders at build time to the built-site check (src/lib/rendered-pages.ts), which
 * validates it in a worker thread while the next pages render. The page itself is returned unchanged.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const receiver = renderedPages();
  if (!receiver || !context.isPrerendered || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  receiver.submit(html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
