import type { StageId } from '../lib/stages';
import type { Locale } from './locales';
import { t } from './t';

/** A stage's full name, e.g. "Aftercare", "Consultation and preparing". */
export function stageLabel(id: StageId, locale: Locale): string {
  return t(locale, `stage.${id}.label`);
}

/** A stage's name where space is short: the menu, search filters, page titles. */
export function stageShortLabel(id: StageId, locale: Locale): string {
  return t(locale, `stage.${id}.shortLabel`);
}

/** One sentence on what a stage covers, under its name on the home and stage pages. */
export function stageBlurb(id: StageId, locale: Locale): string {
  return t(locale, `stage.${id}.blurb`);
}
