import { defineCollection, reference } from 'astro:content';
import { DATA_PATTERN, GUIDE_PATTERN } from './lib/collections';
import { contentGlob } from './lib/content-loader';
import { contentRoot } from './lib/content-location';
import { GUIDE_COLLECTIONS, type GuideCollection } from './lib/stages';
import { guideSchema } from './schemas/guide';
import { reviewerSchema } from './schemas/reviewer';
import { glossarySchema } from './schemas/glossary';
import { faqSchema } from './schemas/faq';

/** The default site reads ./content; a clinic build reads the content its integration assembled. */
const from = (folder: string, pattern: string, options?: Parameters<typeof contentGlob>[1]) =>
  contentGlob({ base: `${contentRoot('.')}/${folder}`, pattern }, options);

// Guides are data: their MDX is rendered from a syntax tree (src/lib/guide-body.ts), never compiled to code.
const guideCollection = (collection: GuideCollection) =>
  defineCollection({ loader: from(collection, GUIDE_PATTERN, { mdxAsData: true }), schema: guideSchema(collection, reference('reviewers')) });

/** One collection per stage (and topics), named after the stage list in src/lib/stages.ts. */
const guideCollections = Object.fromEntries(
  GUIDE_COLLECTIONS.map((collection) => [collection, guideCollection(collection)]),
) as { [C in GuideCollection]: ReturnType<typeof guideCollection> };

export const collections = {
  ...guideCollections,
  reviewers: defineCollection({ loader: from('reviewers', DATA_PATTERN), schema: reviewerSchema }),
  glossary: defineCollection({ loader: from('glossary', DATA_PATTERN), schema: glossarySchema }),
  faq: defineCollection({ loader: from('faq', DATA_PATTERN), schema: faqSchema }),
};
