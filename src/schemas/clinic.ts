import { z } from 'astro/zod';
import { expecting, text } from './fields';
import { reviewerSchema } from './reviewer';
import { parseColour } from '../lib/contrast';
import { GUIDE_ADDRESS } from './faq';

/** Only these schemes may appear in a clinic's links: no `javascript:`, no plain http. */
const httpsUrl = (what: string) =>
  z.url({ protocol: /^https$/, error: (issue) => (issue.input === undefined ? `is missing. Add ${what}` : `must be ${what} starting with https://`) });

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
      family: text('the font family name'),
    }),
  ],
  { error: 'must be "system" or { package: "@fontsource/…", family: "…" }' },
);

/** A clinic's own copy of the site: who it is, how it looks and how patients reach it. */
export const clinicSchema = z.strictObject({
  name: text('the clinic’s full name'),
  shortName: text('a short name for small screens').max(30, { error: 'is longer than 30 characters; shorten it' }),
  /** Where the site is published; canonical URLs and the sitemap use it. */
  url: httpsUrl('the address the site is published at'),
  /** BCP 47 language tag, e.g. en-GB. */
  locale: z.string({ error: expecting('a language tag such as en-GB or en-US') }).regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, {
    error: 'must be a language tag such as en-GB or en-US',
  }),
  /** ISO 3166 country code, e.g. GB. */
  region: z.string({ error: expecting('a two-letter country code such as GB') }).regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code such as GB or US' }),
  logo: z.strictObject({
    /** File beside clinic.yaml (SVG or PNG). */
    file: z.string({ error: expecting('the logo file name beside clinic.yaml') }).regex(/^[\w.-]+\.(svg|png)$/i, { error: 'must be an .svg or .png file beside clinic.yaml' }),
    alt: text('a text alternative for the logo, usually the clinic’s name'),
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
    phoneDisplay: text('the phone number as patients write it'),
    email: z.email({ error: expecting('an email address') }),
    address: text('the clinic’s address'),
    openingHours: z.array(text('opening hours, e.g. "Mon–Fri 9:00–17:00"')).min(1, { error: 'needs at least one line' }),
  }),
  bookingUrl: httpsUrl('the booking page address'),
  emergency: z.strictObject({
    /** Emergency number for the region: 999 (UK), 911 (US), 112 (EU). */
    number: z.string({ error: expecting('the emergency number, e.g. 999') }).regex(/^\d{2,4}$/, { error: 'must be the emergency number, e.g. 999, 911 or 112' }),
    /** What to do when it is urgent but not an emergency, e.g. "call NHS 111". */
    urgentCare: text('urgent-care advice for the region, e.g. "call NHS 111"'),
  }),
  /** Clinicians who review guides; they can be named in a guide's reviewedBy. */
  practitioners: z.record(z.string().regex(/^[a-z0-9-]+$/), reviewerSchema).default({}),
  legal: z.strictObject({
    disclaimer: text('the medical disclaimer shown in every footer'),
    privacyNotice: text('what the site does with personal data'),
    operator: text('who runs this copy of the site'),
  }),
  /**
   * Off unless given: the clinic's own, cookie-free analytics script (e.g. a self-hosted Plausible or
   * Umami). Its origin is added to the Content-Security-Policy; nothing else is.
   */
  analytics: z
    .strictObject({
      scriptUrl: httpsUrl('the analytics script address'),
      /** data-* attributes the script reads, e.g. { domain: "clinic.example" } becomes data-domain. */
      data: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, { error: 'must be a lower-case name such as domain or website-id' }), z.string()).default({}),
    })
    .optional(),
  /** Default guides this clinic does not publish, as <stage>/<id>. */
  hide: z.array(z.string().regex(GUIDE_ADDRESS, { error: 'must name a guide as <stage>/<id>, for example aftercare/first-week' })).default([]),
});

export type Clinic = z.infer<typeof clinicSchema>;
