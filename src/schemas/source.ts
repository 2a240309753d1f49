import { z } from 'astro/zod';
import { expecting, text } from './fields';

/** A published source a guide's facts come from. Shown in the guide's sources list. */
export const sourceSchema = z.strictObject({
  /** Title of the article, page or label. */
  title: text('the title of the source'),
  /** Who published it, e.g. "U.S. Food and Drug Administration". */
  publisher: text('who published the source'),
  /** Where a reader can find it; https only. */
  url: z.url({ protocol: /^https$/, error: expecting('a full https:// address') }),
  /** Year of publication or last update. */
  year: z
    .int({ error: expecting('the year as a number, for example 2024') })
    .min(1900, { error: 'must be a year after 1900' })
    .max(2100, { error: 'must be a year before 2100' }),
});

export type Source = z.infer<typeof sourceSchema>;
