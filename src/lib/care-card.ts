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

function clinicContact(site: SiteIdentity): string {
  return site.clinicPhoneDisplay ? `your clinic on ${site.clinicPhoneDisplay}` : 'your clinic';
}

/** The words of a care card for this site: the clinic's phone and the region's numbers are filled in. */
export function careCardText(level: CareLevel, site: SiteIdentity): CareCardText {
  switch (level) {
    case 'non-urgent':
      return {
        urgency: 'Non-urgent advice',
        heading: 'Call your clinic if:',
        action: site.clinicPhoneDisplay ? `Call ${clinicContact(site)}.` : undefined,
      };
    case 'urgent':
      return {
        urgency: 'Urgent advice',
        heading: 'Call your clinic now, or get urgent medical help, if:',
        action: `Call ${clinicContact(site)} straight away. If you cannot reach them, ${site.urgentCareAdvice}.`,
      };
    case 'emergency':
      return {
        urgency: 'Immediate action required',
        heading: site.emergencyNumber ? `Call ${site.emergencyNumber} now if:` : 'Call the emergency number now if:',
        action: 'Do not wait for your clinic to call back.',
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
