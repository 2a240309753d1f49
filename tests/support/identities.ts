import { NEUTRAL_IDENTITY } from '../../src/lib/identity';
import type { SiteIdentity } from '../../src/lib/site';

/** A clinic's identity for unit tests: phone, booking page, address and regional numbers filled in. */
export const TEST_CLINIC_IDENTITY: SiteIdentity = {
  ...NEUTRAL_IDENTITY,
  name: 'Harbour Skin Clinic',
  clinicPhone: '+441632960000',
  clinicPhoneDisplay: '01632 960000',
  bookingUrl: 'https://clinic.example/book',
  emergencyNumber: '999',
  urgentCareAdvice: 'call NHS 111',
  clinic: { email: 'hello@clinic.example', address: '1 Quay St, Harbourtown', openingHours: ['Mon–Fri 9:00–17:00'], privacyNotice: 'p', operator: 'o', logoAlt: 'l' },
};
