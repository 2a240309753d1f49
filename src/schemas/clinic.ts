import { z } from 'astro/zod';
import { calendarDate, expecting, text } from './fields';
import { reviewerSchema } from './reviewer';
import { parseColour } from '../lib/contrast';
import { GUIDE_ADDRESS } from './faq';
import { didYouMean } from '../lib/suggest';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/locales';

/** Names a control character so its author can find it: they are invisible in most editors. */
const CONTROL_NAMES: Record<string, string> = { '\r': 'a carriage return', '\n': 'a line break', '\t': 'a tab' };

/**
 * The first control character in a value, if any: they break CSS strings, headers and YAML, and no clinic
 * text needs one. Line breaks are allowed only in `multiline` fields (paragraph text).
 */
export function controlCharacter(value: string, multiline = false): { name: string; at: number } | undefined {
  const found = (multiline ? /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/ : /[\u0000-\u001f\u007f-\u009f]/).exec(value);
  if (!found) return undefined;
  const char = found[0];
  return { name: CONTROL_NAMES[char] ?? `the control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, at: found.index + 1 };
}

/**
 * Clinic text with a length limit that fits where it is shown, and no control characters. Limits keep one
 * field from bloating every page (each appears on every page of the site).
 */
const clinicText = (what: string, max: number, { multiline = false } = {}) =>
  text(what)
    .max(max, { error: (issue) => `is too long: ${String(issue.input).length} characters, at most ${max}. Shorten it` })
    .refine((value) => !controlCharacter(value, multiline), {
      error: (issue) => {
        const found = controlCharacter(String(issue.input), multiline)!;
        return `contains ${found.name} at character ${found.at}. Remove it: ${multiline ? 'only line breaks may separate paragraphs' : 'this field is one line of plain text'}`;
      },
    });

/** A host name as DNS spells it (letters, digits, dashes, dots), so nothing else can reach a header or policy. */
const HOST_NAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/** Only these schemes may appear in a clinic's links: no `javascript:`, no plain http; the host a plain host name. */
const httpsUrl = (what: string) =>
  z
    .url({ protocol: /^https$/, error: (issue) => (issue.input === undefined ? `is missing. Add ${what}` : `must be ${what} starting with https://`) })
    .max(500, { error: 'is longer than 500 characters. Use a shorter address' })
    .refine((value) => !controlCharacter(value), { error: 'contains a control character (a tab, line break or carriage return). Remove it' })
    // Only an https URL's host is judged here; any other value is already refused above.
    .refine((value) => !value.startsWith('https:') || !URL.canParse(value) || HOST_NAME.test(hostOf(value)), {
      error: (issue) => `has the host "${hostOf(String(issue.input))}", which is not a plain host name. Use letters, digits, dashes and dots only`,
    });

/** The host of a URL that parses. */
function hostOf(value: string): string {
  return new URL(value).hostname;
}

const colour = (what: string) =>
  z
    .string({ error: expecting(`${what} as a CSS colour, for example "#0b6e69"`) })
    .refine((value) => parseColour(value) !== undefined, {
      error: (issue) => `is not a colour a browser can read (found "${String(issue.input)}"). Write it like "#0b6e69" or "rgb(11 110 105)"`,
    });

/** A font the site hosts itself from an npm `@fontsource` package; never a font CDN. */
const fontSchema = z.union(
  [
    z.literal('system'),
    z.strictObject({
      /** npm package, e.g. "@fontsource/atkinson-hyperlegible" (add it with npm install). */
      package: z.string().regex(/^@fontsource(-variable)?\/[a-z0-9-]+$/, {
        error: 'must be an @fontsource package name, for example "@fontsource/atkinson-hyperlegible"',
      }),
      /** CSS family name the package defines. */
      family: clinicText('the font family name', 60),
    }),
  ],
  { error: 'must be "system" or { package: "@fontsource/…", family: "…" }' },
);

/** What people write for a language besides its code: its name, its three-letter code. */
const LOCALE_ALIASES: Record<string, (typeof LOCALES)[number]> = {
  english: 'en', eng: 'en', spanish: 'es', español: 'es', espanol: 'es', spa: 'es', sp: 'es',
};

/** ` Did you mean "es"?` for `es-MX`, `Spanish`, `spa` or a typo of a code; else an empty string. */
function localeHint(value: string): string {
  const lower = value.toLowerCase();
  const language = lower.split(/[-_]/)[0] ?? lower;
  const match = LOCALE_ALIASES[lower] ?? (LOCALES as readonly string[]).find((code) => code === language) ?? LOCALE_ALIASES[language];
  return match ? ` Did you mean "${match}"?` : didYouMean(value, LOCALES);
}

/** A clinic's own copy of the site: who it is, how it looks and how patients reach it. */
export const clinicSchema = z.strictObject({
  name: clinicText('the clinic’s full name', 100),
  shortName: clinicText('a short name for small screens', 30),
  /** Where the site is published; canonical URLs and the sitemap use it. */
  url: httpsUrl('the address the site is published at'),
  /** BCP 47 language tag, e.g. en-GB. */
  locale: z.string({ error: expecting('a language tag such as en-GB or en-US') }).regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, {
    error: 'must be a language tag such as en-GB or en-US',
  }),
  /**
   * The languages the site is published in, e.g. [en, es]; default [en]. English stays at `/` and each
   * other language gets its pages under `/<code>/`, so English must be one of them.
   */
  locales: z
    .array(
      z.enum(LOCALES, {
        error: (issue) => `is not a language of this site.${localeHint(String(issue.input))} Use ${LOCALES.join(' or ')}`,
      }),
      { error: expecting(`a list of language codes, e.g. [${LOCALES.join(', ')}]`) },
    )
    .refine((list) => list.includes(DEFAULT_LOCALE), {
      error: `must include ${DEFAULT_LOCALE}: English pages are the site's root (a site without them is not supported yet). Add ${DEFAULT_LOCALE}`,
    })
    .default([DEFAULT_LOCALE]),
  /** ISO 3166 country code, e.g. GB. */
  region: z.string({ error: expecting('a two-letter country code such as GB') }).regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code such as GB or US' }),
  logo: z.strictObject({
    /** File beside clinic.yaml (SVG or PNG). */
    file: z.string({ error: expecting('the logo file name beside clinic.yaml') }).regex(/^[\w.-]+\.(svg|png)$/i, { error: 'must be an .svg or .png file beside clinic.yaml' }),
    alt: clinicText('a text alternative for the logo, usually the clinic’s name', 150),
  }),
  favicon: z.string().regex(/^[\w.-]+\.(svg|png|ico)$/i, { error: 'must be an .svg, .png or .ico file beside clinic.yaml' }).optional(),
  colours: z.strictObject({
    accent: colour('the main brand colour (links, buttons)'),
    accentText: colour('the text colour on the brand colour'),
    accentDark: colour('the brand colour for dark mode').optional(),
    accentTextDark: colour('the text colour on the dark-mode brand colour').optional(),
  }),
  font: fontSchema.default('system'),
  contact: z.strictObject({
    /** E.164, e.g. +441632960000. */
    phone: z.string({ error: expecting('the phone number in international form, e.g. +441632960000') }).regex(/^\+[1-9]\d{6,14}$/, {
      error: 'must be in international (E.164) form: + then country code and number, no spaces, e.g. +441632960000',
    }),
    /** How the number is shown, e.g. "01632 960000". */
    phoneDisplay: clinicText('the phone number as patients write it', 30),
    email: z.email({ error: expecting('an email address') }).max(254, { error: 'is longer than 254 characters, which no email address can be' }),
    address: clinicText('the clinic’s address', 200),
    openingHours: z
      .array(clinicText('opening hours, e.g. "Mon–Fri 9:00–17:00"', 80))
      .min(1, { error: 'needs at least one line' })
      .max(14, { error: 'has more than 14 lines. Keep it to one line per day or group of days' }),
  }),
  bookingUrl: httpsUrl('the booking page address'),
  emergency: z.strictObject({
    /** Emergency number for the region: 999 (UK), 911 (US), 112 (EU). */
    number: z.string({ error: expecting('the emergency number, e.g. 999') }).regex(/^\d{2,4}$/, { error: 'must be the emergency number, e.g. 999, 911 or 112' }),
    /** What to do when it is urgent but not an emergency, e.g. "call NHS 111". */
    urgentCare: clinicText('urgent-care advice for the region, e.g. "call NHS 111"', 120),
  }),
  /** Clinicians who review guides; they can be named in a guide's reviewedBy. */
  practitioners: z
    .record(
      z.string().regex(/^[a-z0-9-]{1,60}$/, { error: 'must be an id of lower-case letters, digits and dashes, e.g. dr-rowe' }),
      // The reviewer fields, with limits: a practitioner's name is shown on every guide they review.
      reviewerSchema.extend({
        name: clinicText('the reviewer’s name', 100),
        credentials: clinicText('the reviewer’s qualifications', 200),
        role: clinicText('the reviewer’s role', 200),
      }),
    )
    .default({}),
  legal: z.strictObject({
    disclaimer: clinicText('the medical disclaimer shown in every footer', 1000, { multiline: true }),
    privacyNotice: clinicText('what the site does with personal data', 1000, { multiline: true }),
    operator: clinicText('who runs this copy of the site', 300),
  }),
  /**
   * Off unless given: the clinic's own, cookie-free analytics script (e.g. a self-hosted Plausible or
   * Umami). Its origin is added to the Content-Security-Policy; nothing else is.
   */
  analytics: z
    .strictObject({
      scriptUrl: httpsUrl('the analytics script address'),
      /** data-* attributes the script reads, e.g. { domain: "clinic.example" } becomes data-domain. */
      data: z
        .record(
          z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, { error: 'must be a lower-case name such as domain or website-id' }),
          clinicText('the value the analytics script reads', 200),
        )
        .default({}),
    })
    .optional(),
  /**
   * The clinic's own clinical review of the default guides: the practitioner who reviewed them, and the
   * day, for all (`date`) or per guide (`guides`, as <stage>/<id>: YYYY-MM-DD). Reviewed guides show
   * that practitioner; the others keep the site's editorial reviewer.
   */
  review: z
    .strictObject({
      by: z.string({ error: expecting('the id of the practitioner who reviewed the default guides, e.g. dr-rowe') }).regex(/^[a-z0-9-]+$/, {
        error: 'must be a practitioner id such as dr-rowe',
      }),
      date: calendarDate.optional(),
      guides: z.record(z.string().regex(GUIDE_ADDRESS, { error: 'must name a guide as <stage>/<id>, for example aftercare/first-week' }), calendarDate).default({}),
    })
    .refine((review) => review.date !== undefined || Object.keys(review.guides).length > 0, {
      error: 'needs a date (for every default guide) or guides (a date per guide). Add one',
    })
    .optional(),
  /** Default guides this clinic does not publish, as <stage>/<id>. */
  hide: z.array(z.string().regex(GUIDE_ADDRESS, { error: 'must name a guide as <stage>/<id>, for example aftercare/first-week' })).default([]),
});

export type Clinic = z.infer<typeof clinicSchema>;
