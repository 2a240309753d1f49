import { z } from 'astro/zod';
import { CARE_LEVELS } from '../lib/care-card';
import type { Locale } from '../i18n/locales';
import { expecting, text } from './fields';

/**
 * One sign to act on after treatment, with the one care-card level it has on every page. The list lives in
 * `content/signs.yaml`; every `<CareCard>` item is checked against it (src/checks/sign-urgency.ts).
 */
export const signSchema = z.strictObject({
  /** A short stable name, e.g. `worsening`. */
  id: z.string({ error: expecting('a short id in lowercase letters and dashes') }).regex(/^[a-z0-9-]+$/, {
    error: 'must be lowercase letters, digits and dashes, for example spreading-redness',
  }),
  /** The care card this sign belongs in, everywhere. */
  level: z.enum(CARE_LEVELS, { error: `must be one of: ${CARE_LEVELS.join(', ')}` }),
  /** The sign in plain words, as a care card item would say it. */
  wording: text('the sign in plain words'),
  /** Words that identify the sign in a care card item, matched whole-word and ignoring case and punctuation. */
  phrases: z
    .array(text('a phrase that identifies the sign'), { error: expecting('a list of phrases that identify the sign, such as ["red streaks"]') })
    .min(1, { error: 'is empty. List at least one phrase' }),
  /** Where the sign and its level come from. */
  source: text('the source that supports the sign and its level'),
  /**
   * The sign in Spanish (issue 15): its wording, and the phrases Spanish care card items name it with. Same
   * level. Required on every sign once the site has a Spanish guide (src/checks/signs.ts).
   */
  es: z
    .strictObject({
      wording: text('the sign in plain Spanish'),
      phrases: z
        .array(text('a Spanish phrase that identifies the sign'), { error: expecting('a list of Spanish phrases that identify the sign, such as ["líneas rojas"]') })
        .min(1, { error: 'is empty. List at least one phrase' }),
    }, { error: expecting('the sign in Spanish: es: { wording: "…", phrases: ["…"] }') })
    .optional(),
});

/** The whole file: a list of signs. */
export const signsSchema = z.array(signSchema, { error: expecting('a list of signs, each with id, level, wording, phrases and source') });

export type Sign = z.infer<typeof signSchema>;

/** A sign's wording and phrases in one language; undefined when the sign has no translation into it. */
export function signIn(sign: Sign, locale: Locale): { wording: string; phrases: readonly string[] } | undefined {
  return locale === 'en' ? sign : sign[locale];
}
