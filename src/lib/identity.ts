import type { Clinic } from '../schemas/clinic';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { t } from '../i18n/t';
import type { SiteIdentity } from './site';

/** The neutral site's words in `locale`: its name, general urgent-care advice and disclaimer. */
function neutralWords(locale: Locale): Pick<SiteIdentity, 'name' | 'shortName' | 'urgentCareAdvice' | 'disclaimer'> {
  return {
    name: t(locale, 'site.name'),
    shortName: t(locale, 'site.shortName'),
    urgentCareAdvice: t(locale, 'site.urgentCareAdvice'),
    disclaimer: t(locale, 'site.disclaimer'),
  };
}

/** The neutral site: no clinic name, no phone number, general urgent-care advice. */
export const NEUTRAL_IDENTITY: SiteIdentity = { ...neutralWords(DEFAULT_LOCALE), locale: DEFAULT_LOCALE, locales: LOCALES };

/**
 * The site as a page in `locale` shows it: the neutral site speaks the page's language; a clinic's site keeps
 * the words its owner wrote in clinic.yaml.
 */
export function identityIn(site: SiteIdentity, locale: Locale): SiteIdentity {
  return site.clinic ? site : { ...site, ...neutralWords(locale) };
}

/** A clinic's identity as the pages use it. */
export function identityFromClinic(clinic: Clinic): SiteIdentity {
  return {
    name: clinic.name,
    shortName: clinic.shortName,
    locale: clinic.locale,
    // English first, whatever order clinic.yaml lists them in: it is the x-default of every page.
    locales: LOCALES.filter((locale) => clinic.locales.includes(locale)),
    clinicPhone: clinic.contact.phone,
    clinicPhoneDisplay: clinic.contact.phoneDisplay,
    bookingUrl: clinic.bookingUrl,
    emergencyNumber: clinic.emergency.number,
    urgentCareAdvice: clinic.emergency.urgentCare,
    disclaimer: clinic.legal.disclaimer,
    analytics: clinic.analytics,
    clinic: {
      email: clinic.contact.email,
      address: clinic.contact.address,
      openingHours: clinic.contact.openingHours,
      privacyNotice: clinic.legal.privacyNotice,
      operator: clinic.legal.operator,
      logoAlt: clinic.logo.alt,
    },
  };
}
