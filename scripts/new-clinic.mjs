// Scaffolds a clinic to preview at once and fill in: npm run new-clinic -- <id> --name "Clinic name" --url https://…
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { PLACEHOLDERS } from '../src/lib/clinic-readiness.ts';

const usage = 'Usage: npm run new-clinic -- <id> --name "Clinic name" --url https://your-clinic.example';
const fail = (message) => {
  console.error(`${message}\n${usage}`);
  process.exit(1);
};

// Without "--", npm keeps --name and --url for itself (as npm_config_name / npm_config_url) and passes on
// only the rest, so the flags seem to vanish: say so rather than "give the clinic's name".
if (process.env.npm_lifecycle_event === 'new-clinic' && (process.env.npm_config_name !== undefined || process.env.npm_config_url !== undefined)) {
  fail('npm took --name and --url as its own options. Put -- between "new-clinic" and the id, so they reach this script.');
}
// Each value goes into clinic.yaml and the logo; a line break or other control character could add YAML
// fields of its own, so none is accepted.
const control = process.argv.slice(2).find((arg) => /[\u0000-\u001f\u007f]/.test(arg));
if (control !== undefined) {
  fail(`${JSON.stringify(control)} holds a line break or other control character. Give each value on one line.`);
}

const [id] = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--'));
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const name = option('name');
const url = option('url');

if (!id || !/^[a-z0-9-]+$/.test(id)) fail('The clinic id must be lower-case letters, digits and dashes, e.g. harbour-skin.');
if (!name || !url || !/^https:\/\//.test(url) || !URL.canParse(url)) fail("Give the clinic's name and its https:// address.");
const dir = join('content', 'clinics', id);
if (existsSync(dir)) {
  console.error(`${dir} already exists; edit its clinic.yaml instead.`);
  process.exit(1);
}

const initials = name.split(/\s+/).map((word) => word[0]).join('').slice(0, 2).toUpperCase().replace(/[<&>"']/g, '');
const config = {
  name,
  shortName: name.slice(0, 30),
  url,
  locale: 'en-GB',
  region: 'GB',
  logo: { file: 'logo.svg', alt: name },
  colours: { accent: '#0b6e69', accentText: '#ffffff' },
  font: 'system',
  contact: {
    phone: PLACEHOLDERS.phone,
    phoneDisplay: PLACEHOLDERS.phoneDisplay,
    // The mail domain is the site's without "www.": www.clinic.example mails at clinic.example.
    email: `hello@${new URL(url).hostname.replace(/^www\./, '')}`,
    address: PLACEHOLDERS.address,
    openingHours: ['Monday to Friday, 9am to 5pm'],
  },
  bookingUrl: `${url.replace(/\/$/, '')}/book`,
  emergency: { number: '999', urgentCare: PLACEHOLDERS.urgentCare },
  practitioners: {},
  legal: {
    disclaimer:
      'This guide is general information, not medical advice. It does not replace a consultation with a qualified practitioner.',
    privacyNotice: 'This site sets no cookies and uses no analytics.',
    operator: `This site is run by ${name}.`,
  },
  hide: [],
};
mkdirSync(join(dir, 'guides'), { recursive: true });
writeFileSync(
  join(dir, 'clinic.yaml'),
  `# ${name}: every field is checked when the site is built. See README, "Make it your clinic".\n${stringify(config)}`,
);
writeFileSync(
  join(dir, 'logo.svg'),
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><!-- ${PLACEHOLDERS.logoMark} --><rect width="48" height="48" rx="10" fill="#0b6e69"/><text x="24" y="31" font-family="system-ui, sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>\n`,
);

console.log(`Created ${dir}/ with clinic.yaml and a placeholder logo.svg. See it now with:

  CLINIC=${id} npm run build -- --draft && npm run preview -- --clinic ${id}

A production build (CLINIC=${id} npm run build) refuses the placeholders until you replace them.
Fill in next (in ${dir}/clinic.yaml):
  - contact: your real phone (international form, e.g. +441632960000), email, address, opening hours
  - colours.accent and colours.accentText: your brand colours (the build checks their contrast)
  - logo.svg: replace with your logo (SVG or PNG), and logo.alt
  - emergency: your region's emergency number and urgent-care advice (placeholder: UK 999 / NHS 111)
  - locale and region if you are not in the UK (e.g. en-US and US)
  - practitioners: the clinicians who review your guides
  - legal: your disclaimer, privacy notice and who runs the site
Add or replace guides in ${dir}/guides/<stage>/, and hide default guides with hide: [<stage>/<id>].`);
