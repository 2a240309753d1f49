/**
 * Who publishes this copy of the guide. The default site is neutral: no clinic name, no phone number.
 * Clinic copies replace these values from their own config.
 */
export interface SiteIdentity {
  /** Full name, shown in the header and page titles. */
  name: string;
  /** BCP 47 language tag for `<html lang>` and date formats. */
  locale: string;
  /** The clinic's phone number for care cards, in E.164 (e.g. +441632960000), or undefined. */
  clinicPhone?: string;
  /** How the phone number is shown to readers. */
  clinicPhoneDisplay?: string;
  /** Where to book a consultation (https). */
  bookingUrl?: string;
  /** The emergency number for the region, e.g. "999"; undefined on the neutral site. */
  emergencyNumber?: string;
  /** Advice for urgent but not emergency help in the region, e.g. "call NHS 111". */
  urgentCareAdvice: string;
  /** Shown in every footer. */
  disclaimer: string;
}

export const site: SiteIdentity = {
  name: 'Micro-needling: a patient guide',
  locale: 'en',
  urgentCareAdvice: 'contact your doctor or your local urgent care service',
  disclaimer:
    'This guide is general information, not medical advice. It does not replace a consultation with a qualified practitioner. Always follow the advice of the clinic that treats you.',
};
