import type { Locale } from '../i18n/locales';
import { guideBodyText } from './body-text';
import type { TextGate } from './types';

interface SkinToneRule {
  /** Words that mean a text talks about redness of the skin. */
  redness: RegExp;
  /** The sentence that says how redness looks on darker skin. */
  note: RegExp;
  /** What to do when a text describes redness without it. */
  message: string;
}

/**
 * Per language. English: the phrase NHS testing found patients understand best. Spanish (issue 15 design):
 * "piel morena o negra"; `\p{L}` lookarounds instead of `\b`, which ends a word at an accented letter.
 */
const SKIN_TONE: Record<Locale, SkinToneRule> = {
  en: {
    redness: /\bred(ness)?\b/i,
    note: /brown and black skin/i,
    message:
      'describes redness but not how it looks on brown and black skin. Add a sentence such as: On brown and black skin, redness may look darker, purple or grey',
  },
  es: {
    redness: /(?<!\p{L})(enrojecimiento|rojez|roj[oa]s?)(?!\p{L})/iu,
    note: /piel morena o negra/iu,
    message:
      'describes redness (enrojecimiento, rojo) but not how it looks on brown and black skin. Add a sentence such as: En la piel morena o negra, el enrojecimiento puede verse más oscuro, morado o gris',
  },
};

/** What to do when a text in this language describes redness without the skin-tone note. */
export function skinToneMessage(locale: Locale = 'en'): string {
  return SKIN_TONE[locale].message;
}

/** Whether a text describes redness without saying how it looks on brown and black skin, in its language. */
export function rednessWithoutSkinTone(text: string, locale: Locale = 'en'): boolean {
  const rule = SKIN_TONE[locale];
  return rule.redness.test(text) && !rule.note.test(text);
}

/** A guide that describes redness also says how it looks on brown and black skin. */
export const skinToneGate: TextGate = ({ file, locale, parsed }, { problems }) => {
  if (rednessWithoutSkinTone(guideBodyText(parsed), locale)) problems.push({ file, message: skinToneMessage(locale) });
};
