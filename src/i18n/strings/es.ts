import type { Strings } from '../t';

/** Spanish interface strings: plain words, "usted" form, as in the Spanish guides. */
export const es: Strings = {
  'language.switch': 'Idioma',
  'language.notTranslated': 'Esta guía aún no está en español',
};
