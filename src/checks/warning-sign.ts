import type { Locale } from '../i18n/locales';
import { guideBodyText } from './body-text';
import { jsxElements } from './mdx-nodes';
import type { TextGate } from './types';

/**
 * Words that describe a sign to act on after treatment. Any guide, whatever its stage, that names one
 * says when to call the clinic in a care card. Naming a risk or a reason not to treat ("an infection in
 * the area") is not a warning sign; naming what a patient would see ("pus", "keeps getting worse") is.
 */
const WARNING_SIGN =
  /\b(pus|yellow crusts?|signs? of (an )?infection|(could|may|might) mean an infection|(keeps?|kept) getting worse|gets? worse|do(es)? not go away|blisters?|numbness|severe allergic reaction|(trouble|hard to) (breathing|breathe)|(lips|tongue|mouth|throat) (start to )?swells?|swelling of (the |your )?(lips|tongue|throat))\b/i;
/** In aftercare everything happens after treatment, so naming a complication there is a warning sign too. */
const AFTERCARE_WARNING_SIGN = /\b(warning signs?|infection|infected|allergic reaction|granulomas?|cold sores?|call (your|the) clinic|urgent)\b/i;


/**
 * The same in Spanish, in the words of the Spanish sign phrases (content/signs.yaml `es:`) and the issue-15
 * glossary; `\p{L}` lookarounds instead of `\b`, which ends a word at an accented letter.
 */
const SPANISH_WARNING_SIGN =
  /(?<!\p{L})(pus|costras? amarillas?|(signos?|señal(es)?) de (una )?infección|(puede|podría) ser una infección|empeoran?|sigue(n)? empeorando|no se van?|ampollas?|llagas?|adormecimiento|reacción alérgica grave|(dificultad para|le cuesta) (respirar|tragar)|se (le )?hinchan? (los labios|la lengua|la boca|la garganta)|hinchazón de (los labios|la lengua|la garganta))(?!\p{L})/iu;
const SPANISH_AFTERCARE_WARNING_SIGN =
  /(?<!\p{L})(señal(es)? de alarma|infección|infectad[ao]s?|reacción alérgica|granulomas?|herpes labial|llame a (su|la) clínica|urgente)(?!\p{L})/iu;

const WARNING_SIGNS: Record<Locale, { anyStage: RegExp; aftercare: RegExp }> = {
  en: { anyStage: WARNING_SIGN, aftercare: AFTERCARE_WARNING_SIGN },
  es: { anyStage: SPANISH_WARNING_SIGN, aftercare: SPANISH_AFTERCARE_WARNING_SIGN },
};

/** The warning sign a guide names, if any, in the guide's language: the words that make it need a care card. */
export function warningSignIn(collection: string, text: string, locale: Locale = 'en'): string | undefined {
  const signs = WARNING_SIGNS[locale];
  return signs.anyStage.exec(text)?.[0] ?? (collection === 'aftercare' ? signs.aftercare.exec(text)?.[0] : undefined);
}

/** A guide that names a warning sign has a `<CareCard>` saying when to call the clinic. */
export const warningSignGate: TextGate = ({ file, collection, locale, parsed }, { problems }) => {
  if (jsxElements(parsed.tree).some((element) => element.name === 'CareCard')) return;
  const sign = warningSignIn(collection, guideBodyText(parsed), locale);
  if (sign) {
    problems.push({ file, message: `mentions a warning sign ("${sign}") but has no <CareCard>. Add one that says when to call the clinic` });
  }
};
