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
  // Bytes, not text: decoding the page and encoding it again for Astro cost 0.2 s of this thread at 1,000 guides.
  const page = new Uint8Array(await response.arrayBuffer());
  receiver.submit(page);
  return new Response(page, { status: response.status, statusText: response.statusText, headers: response.headers });
});
