// Scaffolds a clinic that builds at once: npm run new-clinic -- <id> --name "Clinic name" --url https://…
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

const [id] = process.argv.slice(2).filter((arg, index, all) => !arg.startsWith('--') && !all[index - 1]?.startsWith('--'));
const option = (name) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
};
const name = option('name');
const url = option('url');

const usage = 'Usage: npm run new-clinic -- <id> --name "Clinic name" --url https://your-clinic.example';
if (!id || !/^[a-z0-9-]+$/.test(id)) {
  console.error(`The clinic id must be lower-case letters, digits and dashes, e.g. harbour-skin.\n${usage}`);
  process.exit(1);
}
if (!name || !url || !/^https:\/\//.test(url)) {
  console.error(`Give the clinic's name and its https:// address.\n${usage}`);
  process.exit(1);
}
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
    phone: '+441632960000',
    phoneDisplay: '01632 960000',
    email: `hello@${new URL(url).hostname}`,
    address: 'Your clinic’s address',
    openingHours: ['Monday to Friday, 9am to 5pm'],
  },
  bookingUrl: `${url.replace(/\/$/, '')}/book`,
  emergency: { number: '999', urgentCare: 'call NHS 111' },
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
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" fill="#0b6e69"/><text x="24" y="31" font-family="system-ui, sans-serif" font-size="20" font-weight="700" fill="#fff" text-anchor="middle">${initials}</text></svg>\n`,
);

console.log(`Created ${dir}/ with clinic.yaml and a placeholder logo.svg. It builds now:

  CLINIC=${id} npm run build && npm run preview -- --clinic ${id}

Fill in next (in ${dir}/clinic.yaml):
  - contact: your real phone (international form, e.g. +441632960000), email, address, opening hours
  - colours.accent and colours.accentText: your brand colours (the build checks their contrast)
  - logo.svg: replace with your logo (SVG or PNG), and logo.alt
  - emergency: your region's emergency number and urgent-care advice (placeholder: UK 999 / NHS 111)
  - locale and region if you are not in the UK (e.g. en-US and US)
  - practitioners: the clinicians who review your guides
  - legal: your disclaimer, privacy notice and who runs the site
Add or replace guides in ${dir}/guides/<stage>/, and hide default guides with hide: [<stage>/<id>].`);
