import type { APIRoute, GetStaticPaths } from 'astro';
import { brand, buildPaths } from 'virtual:microneedling-guide/site';
import { getSiteGuides } from '../../lib/guides';
import { socialCards } from '../../lib/social-card';
import { socialCardPng } from '../../lib/render-card';
import { site } from '../../lib/site';
import type { CardText } from '../../lib/social-card';

/** A 1200×630 card per guide, per stage and one for the site, drawn at build time in the site's brand. */
export const getStaticPaths = (async () =>
  socialCards(await getSiteGuides(), site, import.meta.env.SITE).map((card) => ({ params: { card: card.key }, props: { text: card.text }, cacheKey: JSON.stringify(card.text) }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: CardText }> = async ({ props }) =>
  new Response(new Uint8Array(await socialCardPng(props.text, brand, buildPaths)), { headers: { 'Content-Type': 'image/png' } });
