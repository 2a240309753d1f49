import type { Clinic } from '../schemas/clinic';
import type { SiteIdentity } from './site';
import { LOCALES } from '../i18n/locales';

/** The neutral site: no clinic name, no phone number, general urgent-care advice. */
export const NEUTRAL_IDENTITY: SiteIdentity = {
  name: 'Micro-needling: a patient guide',
  shortName: 'Micro-needling guide',
  locale: 'en',
  locales: LOCALES,
  urgentCareAdvice: 'contact your doctor or your local urgent care service',
  disclaimer:
    'This guide is general information, not medical advice. It does not replace a consultation with a qualified practitioner. Always follow the advice of the clinic that treats you.',
};

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
