import { z } from 'astro/zod';
import { text } from './fields';

/** One glossary term: the plain definition comes first, the medical wording may follow. */
export const glossarySchema = z.strictObject({
  term: text('the term'),
  definition: text('a plain one- or two-sentence definition'),
  /** Other words patients use for the term; they help search. */
  aliases: z.array(text('an alias')).default([]),
});

export type GlossaryTerm = z.infer<typeof glossarySchema>;
