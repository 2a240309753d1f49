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
const from = (folder: string, pattern: string) => contentGlob({ base: `${contentRoot('.')}/${folder}`, pattern });

const guideCollection = (collection: GuideCollection) =>
  defineCollection({ loader: from(collection, GUIDE_PATTERN), schema: guideSchema(collection, reference('reviewers')) });

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
