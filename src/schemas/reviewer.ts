import { z } from 'astro/zod';
import { text } from './fields';

/** A person or team who reviews guides. Referenced by id from each guide's `reviewedBy`. */
export const reviewerSchema = z.strictObject({
  name: text('the reviewer’s name'),
  /** Qualifications shown next to the name, e.g. "MBBS, MRCP (Dermatology)". */
  credentials: text('the reviewer’s qualifications'),
  /** What they do, e.g. "Consultant dermatologist". */
  role: text('the reviewer’s role'),
  /**
   * `person` (default) for one clinician, `team` for a group such as the editors: structured data then
   * names a Person or an Organization, so a team is never presented as a clinician.
   */
  kind: z.enum(['person', 'team'], { error: 'must be person or team' }).default('person'),
});

export type Reviewer = z.infer<typeof reviewerSchema>;
