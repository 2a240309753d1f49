import type { Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import type { SiteIdentity } from './site';

/** The three NHS care-card levels, least to most urgent. */
export const CARE_LEVELS = ['non-urgent', 'urgent', 'emergency'] as const;
export type CareLevel = (typeof CARE_LEVELS)[number];

export interface CareCardText {
  /** Urgency in words, so it never rests on colour alone. */
  urgency: string;
  /** One call to action, ending with a colon; the bullets follow. */
  heading: string;
  /** What to do, with the clinic's or emergency number where known. */
  action?: string;
}

function clinicContact(site: SiteIdentity, locale: Locale): string {
  return site.clinicPhoneDisplay ? t(locale, 'careCard.contactPhone', { phone: site.clinicPhoneDisplay }) : t(locale, 'careCard.contact');
}

/** The words of a care card for this site, in `locale`: the clinic's phone and the region's numbers are filled in. */
export function careCardText(level: CareLevel, site: SiteIdentity, locale: Locale): CareCardText {
  const contact = clinicContact(site, locale);
  switch (level) {
    case 'non-urgent':
      return {
        urgency: t(locale, 'careCard.nonUrgent.urgency'),
        heading: t(locale, 'careCard.nonUrgent.heading'),
        action: site.clinicPhoneDisplay ? t(locale, 'careCard.nonUrgent.action', { contact }) : undefined,
      };
    case 'urgent':
      return {
        urgency: t(locale, 'careCard.urgent.urgency'),
        heading: t(locale, 'careCard.urgent.heading'),
        action: t(locale, 'careCard.urgent.action', { contact, urgentCare: site.urgentCareAdvice }),
      };
    case 'emergency':
      return {
        urgency: t(locale, 'careCard.emergency.urgency'),
        heading: site.emergencyNumber
          ? t(locale, 'careCard.emergency.heading', { number: site.emergencyNumber })
          : t(locale, 'careCard.emergency.headingNoNumber'),
        action: t(locale, 'careCard.emergency.action'),
      };
  }
}

/** A piece of text: plain, or a phone number to keep on one line. */
export interface TextPart {
  text: string;
  phone?: true;
}

/**
 * Splits `text` around each phone number in `numbers`, so a page can keep each number on one line
 * ("01632 960 000" must not break after "01632").
 */
export function splitPhoneNumbers(text: string, numbers: readonly (string | undefined)[]): TextPart[] {
  const present = numbers.filter((number): number is string => Boolean(number)).sort((a, b) => b.length - a.length);
  if (present.length === 0) return [{ text }];
  const pattern = new RegExp(`(${present.map((number) => number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => (present.includes(part) ? { text: part, phone: true } : { text: part }));
}
