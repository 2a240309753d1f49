import type { APIRoute, GetStaticPaths } from 'astro';
import { brand, buildPaths, siteUrl } from 'virtual:microneedling-guide/site';
import { getSiteGuides } from '../../lib/guides';
import { socialCards } from '../../lib/social-card';
import { socialCardFile, socialCardPng } from '../../lib/render-card';
import { routes, siteFile } from '../../lib/routes';
import { endpointFiles } from '../../lib/endpoint-files';
import { site } from '../../lib/site';
import type { CardText } from '../../lib/social-card';

/**
 * A 1200×630 card per guide, per stage and one for the site, drawn at build time in the site's brand. A build
 * writes the cards beside its render (src/lib/endpoint-files.ts), so the route lists no paths then.
 */
export const getStaticPaths = (async () => {
  const cards = socialCards(await getSiteGuides(), site, siteUrl ?? import.meta.env.SITE);
  const writer = endpointFiles();
  if (!writer) return cards.map((card) => ({ params: { card: card.key }, props: { text: card.text } }));
  writer.socialCards(cards.map((card) => ({ file: siteFile(routes.socialCard(card.key)), kept: () => socialCardFile(card.text, brand, buildPaths) })));
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await socialCardPng(props.text, brand, buildPaths)), { headers: { 'Content-Type': 'image/png' } });
