import type { APIRoute } from 'astro';
import { routes } from '../lib/routes';
import { SEARCH_PARAMS, openSearchShortName } from '../lib/search';
import { site } from '../lib/site';

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Lets browsers add this site's search (OpenSearch 1.1). */
export const GET: APIRoute = ({ site: origin }) => {
  const template = `${new URL(routes.search(), origin).href}?${SEARCH_PARAMS.query}={searchTerms}`;
  const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>${escapeXml(openSearchShortName(site.name, site.shortName))}</ShortName>
  <Description>${escapeXml(`Search ${site.name}`)}</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Url type="text/html" method="get" template="${escapeXml(template)}"/>
</OpenSearchDescription>
`;
  return new Response(body, { headers: { 'Content-Type': 'application/opensearchdescription+xml' } });
};
