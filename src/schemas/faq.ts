import { z } from 'astro/zod';
import { expecting, text } from './fields';

/** A guide address as `<collection>/<id>`, e.g. `aftercare/first-week`; a translation's id has its language folder: `aftercare/es/primera-semana`. */
export const GUIDE_ADDRESS = /^[a-z0-9-]+\/(?:[a-z]{2}\/)?[a-z0-9-]+$/;

/** One frequently asked question, with a short answer and the guide that says more. */
export const faqSchema = z.strictObject({
  question: text('the question, as a patient would ask it'),
  answer: text('a short plain answer'),
  order: z.int({ error: expecting('a whole number that sets the position in the list') }),
  /** The guide that answers in more depth, as `<stage>/<id>`. */
  guide: z.string({ error: expecting('the guide that says more, as <stage>/<id>') }).regex(GUIDE_ADDRESS, { error: 'must name a guide as <stage>/<id>, for example aftercare/first-week' }),
});

export type FaqEntry = z.infer<typeof faqSchema>;
