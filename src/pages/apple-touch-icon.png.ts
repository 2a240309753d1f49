import type { APIRoute } from 'astro';
import { brand, buildPaths } from 'virtual:microneedling-guide/site';
import { touchIconPng } from '../lib/render-card';

/** The home-screen icon iOS asks for, drawn from the site's favicon at build time. */
export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await touchIconPng(brand.faviconFile, buildPaths)), { headers: { 'Content-Type': 'image/png' } });
