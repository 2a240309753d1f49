// Imported by scripts/new-clinic.mjs through Node's type stripping: keep it free of runtime imports.
import type { Clinic } from '../schemas/clinic';
import type { ContentProblem } from './friendly-errors';

/**
 * The values `npm run new-clinic` writes for the clinic to replace. A production build refuses them, so a
 * scaffolded clinic never goes live with a made-up phone number or "Your clinic's address".
 */
export const PLACEHOLDERS = {
  phone: '+441632960000',
  phoneDisplay: '01632 960000',
  address: 'Your clinic’s address',
  urgentCare: 'call NHS 111',
  /** Written into the generated logo.svg, so the check knows the initials logo was never replaced. */
  logoMark: 'placeholder logo from npm run new-clinic',
} as const;

/** Per country: its telephone country code and the emergency numbers that reach help there. */
export const REGIONS: Readonly<Record<string, { callingCode: string; emergency: readonly string[]; name: string }>> = {
  GB: { name: 'the UK', callingCode: '44', emergency: ['999', '112'] },
  IE: { name: 'Ireland', callingCode: '353', emergency: ['112', '999'] },
  US: { name: 'the US', callingCode: '1', emergency: ['911'] },
  CA: { name: 'Canada', callingCode: '1', emergency: ['911'] },
  AU: { name: 'Australia', callingCode: '61', emergency: ['000', '112'] },
  NZ: { name: 'New Zealand', callingCode: '64', emergency: ['111'] },
  DE: { name: 'Germany', callingCode: '49', emergency: ['112'] },
  FR: { name: 'France', callingCode: '33', emergency: ['112', '15'] },
  NL: { name: 'the Netherlands', callingCode: '31', emergency: ['112'] },
  BE: { name: 'Belgium', callingCode: '32', emergency: ['112'] },
  ES: { name: 'Spain', callingCode: '34', emergency: ['112'] },
  IT: { name: 'Italy', callingCode: '39', emergency: ['112', '118'] },
  AT: { name: 'Austria', callingCode: '43', emergency: ['112', '144'] },
  CH: { name: 'Switzerland', callingCode: '41', emergency: ['112', '144'] },
  SE: { name: 'Sweden', callingCode: '46', emergency: ['112'] },
  DK: { name: 'Denmark', callingCode: '45', emergency: ['112'] },
  NO: { name: 'Norway', callingCode: '47', emergency: ['112', '113'] },
  FI: { name: 'Finland', callingCode: '358', emergency: ['112'] },
  PT: { name: 'Portugal', callingCode: '351', emergency: ['112'] },
  SG: { name: 'Singapore', callingCode: '65', emergency: ['995'] },
  AE: { name: 'the UAE', callingCode: '971', emergency: ['998', '999'] },
};

/**
 * What a production build refuses in a clinic config that is otherwise valid: placeholders left from
 * `npm run new-clinic`, and a locale, phone number or emergency number that belongs to another country
 * than `region`. Pure: the caller passes the logo's text when it is an SVG.
 */
export function readinessProblems(clinic: Clinic, file: string, logoSvg?: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placeholder = (field: string, value: string) =>
    problems.push({ file, field, message: `is still the placeholder "${value}" from npm run new-clinic. Write your clinic's own` });
  if (clinic.contact.phone === PLACEHOLDERS.phone) placeholder('contact.phone', PLACEHOLDERS.phone);
  if (clinic.contact.phoneDisplay === PLACEHOLDERS.phoneDisplay) placeholder('contact.phoneDisplay', PLACEHOLDERS.phoneDisplay);
  if (clinic.contact.address === PLACEHOLDERS.address) placeholder('contact.address', PLACEHOLDERS.address);
  if (logoSvg?.includes(PLACEHOLDERS.logoMark)) {
    problems.push({ file, field: 'logo.file', message: `is still the initials logo npm run new-clinic made. Replace ${clinic.logo.file} with your logo` });
  }

  const localeRegion = clinic.locale.split('-')[1];
  if (localeRegion && localeRegion !== clinic.region) {
    problems.push({ file, field: 'locale', message: `${clinic.locale} is the language as written in ${REGIONS[localeRegion]?.name ?? localeRegion}, but region is ${clinic.region}. Make them agree (e.g. en-US with US)` });
  }
  const region = REGIONS[clinic.region];
  if (!region) return problems;
  if (!clinic.contact.phone.startsWith(`+${region.callingCode}`)) {
    problems.push({ file, field: 'contact.phone', message: `${clinic.contact.phone} is not a number in ${region.name} (+${region.callingCode}), which region ${clinic.region} says. Fix the number or the region` });
  }
  if (!region.emergency.includes(clinic.emergency.number)) {
    problems.push({ file, field: 'emergency.number', message: `${clinic.emergency.number} is not an emergency number in ${region.name}. Use ${region.emergency.join(' or ')}` });
  }
  if (clinic.region !== 'GB' && clinic.emergency.urgentCare === PLACEHOLDERS.urgentCare) {
    problems.push({ file, field: 'emergency.urgentCare', message: `is still "${PLACEHOLDERS.urgentCare}", a UK service. Write the urgent-care advice for ${region.name}` });
  }
  return problems;
}
