import { site as current } from 'virtual:microneedling-guide/site';
import type { Locale } from '../i18n/locales';
import { identityIn } from './identity';

/**
 * Who publishes this copy of the guide. The default site is neutral; a clinic build (CLINIC=<id>) fills
 * this from `content/clinics/<id>/clinic.yaml`. Provided by the clinic integration as a virtual module.
 */
export interface SiteIdentity {
  /** Full name, shown in the header and page titles. */
  name: string;
  /** Name for narrow screens. */
  shortName: string;
  /** BCP 47 language tag of the English pages, for `<html lang>` and date formats. */
  locale: string;
  /** The languages the site is published in, English first (a clinic's `locales`; the default site has all). */
  locales: readonly Locale[];
  /** The clinic's phone number in E.164 (e.g. +441632960000), for tel: links. */
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
  /** The clinic's own analytics script, if it turned one on; none by default. */
  analytics?: { scriptUrl: string; data: Record<string, string> };
  /** Details only a clinic's copy has. */
  clinic?: {
    email: string;
    address: string;
    openingHours: string[];
    privacyNotice: string;
    operator: string;
    logoAlt: string;
  };
}

export const site: SiteIdentity = current;

/** This site as a page in `locale` shows it (`identityIn`): components call `siteIn(pageLocale(Astro))`. */
export function siteIn(locale: Locale): SiteIdentity {
  return identityIn(current, locale);
}
