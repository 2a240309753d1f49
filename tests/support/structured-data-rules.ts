/**
 * What search engines need of each schema.org type this site writes (Google's structured-data rules for
 * Breadcrumb, FAQ and sitelinks search box, schema.org's own for the medical types). A test walks every
 * JSON-LD object of every page through `checkJsonLd` and lists each gap.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => typeof value === 'string' && value.trim().length > 0;
const list = (value: unknown) => Array.isArray(value) && value.length > 0;

/** Properties each type must have, with a test for each value. */
const REQUIRED: Record<string, Record<string, (value: unknown) => boolean>> = {
  BreadcrumbList: { itemListElement: list },
  ItemList: { itemListElement: list },
  ListItem: { position: (value) => Number.isInteger(value) && (value as number) >= 1, name: text },
  MedicalWebPage: {
    name: text,
    url: text,
    description: text,
    lastReviewed: (value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value),
    reviewedBy: isObject,
    audience: isObject,
    about: isObject,
    publisher: isObject,
  },
  MedicalAudience: { audienceType: (value) => value === 'Patient' },
  MedicalProcedure: { name: text },
  CollectionPage: { name: text, url: text, mainEntity: isObject },
  FAQPage: { mainEntity: list },
  Question: { name: text, acceptedAnswer: isObject },
  Answer: { text },
  DefinedTermSet: { name: text, url: text, hasDefinedTerm: list },
  DefinedTerm: { name: text, description: text, url: text },
  WebSite: { name: text, url: text, potentialAction: isObject },
  SearchAction: {
    target: (value) => isObject(value) && typeof value.urlTemplate === 'string' && value.urlTemplate.includes('{search_term_string}'),
    'query-input': (value) => value === 'required name=search_term_string',
  },
  EntryPoint: { urlTemplate: text },
  Organization: { name: text },
  MedicalClinic: { name: text, url: text, address: text, telephone: (value) => typeof value === 'string' && /^\+\d{7,15}$/.test(value) },
  Person: { name: text },
};

/** Properties whose values are links on this site. */
const SITE_LINKS = new Set(['url', 'item', 'image', 'urlTemplate']);

/**
 * Problems with one top-level JSON-LD object: a missing `@context`, an unknown type, a required property
 * missing or malformed anywhere inside, or a link that is not on `origin`.
 */
export function checkJsonLd(data: unknown, origin: string): string[] {
  if (!isObject(data)) return ['is not an object'];
  const problems = data['@context'] === 'https://schema.org' ? [] : ['@context is not https://schema.org'];
  const visit = (node: Json, path: string) => {
    const type = node['@type'];
    if (typeof type !== 'string') return problems.push(`${path}: has no @type`);
    const rules = REQUIRED[type];
    if (!rules) return problems.push(`${path}: ${type} is not a type this site should write`);
    for (const [property, valid] of Object.entries(rules)) {
      if (!valid(node[property])) problems.push(`${path}: ${type}.${property} is missing or malformed (${JSON.stringify(node[property])})`);
    }
    for (const [property, value] of Object.entries(node)) {
      if (SITE_LINKS.has(property) && typeof value === 'string' && !value.startsWith(`${origin}/`)) {
        problems.push(`${path}.${property}: ${value} is not on ${origin}`);
      }
      for (const [index, child] of (Array.isArray(value) ? value : [value]).entries()) {
        if (isObject(child)) visit(child, `${path}.${property}${Array.isArray(value) ? `[${index}]` : ''}`);
      }
    }
  };
  visit(data, String(data['@type']));
  return problems;
}

/** Every `@type` in an object, nested ones included, in document order. */
export function typesIn(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap(typesIn);
  if (!isObject(data)) return [];
  return [...(typeof data['@type'] === 'string' ? [data['@type']] : []), ...Object.values(data).flatMap(typesIn)];
}
