import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureProject } from './fixture-project';
import type { FileChange } from './fixture-content';
import { FIXTURES } from './paths';

/** The clinic the hostile fixture is built as. */
export const HOSTILE_CLINIC = 'test-clinic';
/** Text of the file outside the repository that the symbolic links point to. */
export const OUTSIDE_SECRET = 'OUTSIDE-SECRET-7f3a';

const appendTo = (text: string) => (source: string) => `${source}\n${text}\n`;
const clinicGuides = `clinics/${HOSTILE_CLINIC}/guides/aftercare`;
const guideText = (path: string) => readFileSync(join(FIXTURES, 'minimal', 'content', path), 'utf8');
const aftercareGuide = guideText('aftercare/guide-1.mdx');
const consultationGuide = guideText('consultation/guide-2.mdx').replace(/^order: 2$/m, 'order: 7');

/**
 * Every payload an attacker with edit rights to a guide or a clinic folder tried (issue 10), each with the
 * pattern the build's message must match: `file:line` and what is wrong. Appended text starts at line 37.
 */
export const HOSTILE_PAYLOADS: { name: string; change: [string, FileChange]; says: RegExp }[] = [
  {
    name: 'import fs and read /etc/passwd',
    change: ['consultation/guide-1.mdx', appendTo("import fs from 'node:fs'\n\n{fs.readFileSync('/etc/passwd', 'utf8')}")],
    says: /consultation\/guide-1\.mdx:37: "import fs from 'node:fs'" is an MDX import or export/,
  },
  {
    name: 'an environment variable',
    change: ['consultation/guide-2.mdx', appendTo('Home: {process.env.HOME}')],
    says: /consultation\/guide-2\.mdx:37: "\{process\.env\.HOME\}" is a \{…\} expression/,
  },
  {
    name: 'a command run at build time',
    change: ['procedure/guide-2.mdx', appendTo("{require('child_process').execSync('id')}")],
    says: /procedure\/guide-2\.mdx:37: "\{require\('child_process'\)\.execSync\('id'\)\}" is a \{…\} expression/,
  },
  {
    name: 'an .astro file with a <script> beside a clinic guide',
    change: [`${clinicGuides}/w.astro`, '<script>document.title = "PWNED-ASTRO"</script>\n'],
    says: /content\/clinics\/test-clinic\/guides\/aftercare\/w\.astro: is a \.astro file, which content folders may not hold/,
  },
  {
    name: 'the .astro file used as <w.default />',
    change: [`${clinicGuides}/guide-1.mdx`, appendTo("import * as w from './w.astro'\n\n<w.default />")(aftercareGuide)],
    says: /content\/clinics\/test-clinic\/guides\/aftercare\/guide-1\.mdx:39: <w\.default> is code, not a component/,
  },
  {
    name: 'raw <script>, <iframe>, <form>',
    change: ['maintenance/guide-1.mdx', appendTo('<script>alert("PWNED-SCRIPT")</script>\n\n<iframe src="https://example.org/"></iframe>\n\n<form action="https://example.org/"></form>')],
    says: /maintenance\/guide-1\.mdx:41: <form> is raw HTML/,
  },
  {
    name: 'onerror, style and srcset',
    change: ['maintenance/guide-2.mdx', appendTo('<Aside type="tip" onerror="alert(1)" style="color: red" srcset="https://example.org/a.png 2x">\n\nHi.\n\n</Aside>')],
    says: /maintenance\/guide-2\.mdx:37: <Aside> has a srcset attribute/,
  },
  {
    name: 'a data: link',
    change: ['procedure/on-the-day.mdx', appendTo('Read [the card](data:text/html,PWNED-DATA).')],
    says: /procedure\/on-the-day\.mdx:37: links to data:text\/html,PWNED-DATA\. Links may only start with https:\/\/, tel: or mailto:/,
  },
  {
    name: 'java&#x09;script:',
    change: ['aftercare/guide-2.mdx', appendTo('Read [the card](java&#x09;script:alert(1)).')],
    says: /aftercare\/guide-2\.mdx:37: links to java\\x09script:alert\(1\)\. Links may only start with https:\/\/, tel: or mailto:/,
  },
  {
    // aftercare/guide-1 is replaced by the clinic's own guide-1 above, so this goes in a guide that is built.
    name: 'a remote image',
    change: ['consultation/Remote Image.mdx', appendTo('![A roller](https://example.org/PWNED-IMAGE.png)')(consultationGuide)],
    says: /consultation\/Remote Image\.mdx:37: image https:\/\/example\.org\/PWNED-IMAGE\.png is not a file of this site.*Put the image beside the guide/,
  },
];

/** Payloads that are files rather than text: bytes that are not UTF-8, and links out of the repository. */
export const HOSTILE_FILES: { name: string; says: RegExp }[] = [
  { name: 'a non-UTF-8 guide', says: /content\/maintenance\/latin-1\.mdx:\d+: is not UTF-8 text\. Save it as UTF-8/ },
  { name: 'a symlinked clinic guide', says: /content\/clinics\/test-clinic\/guides\/aftercare\/linked\.mdx: is a symbolic link, which the build does not follow/ },
  { name: 'a symlinked logo', says: /content\/clinics\/test-clinic\/logo\.svg: is a symbolic link, which the build does not follow/ },
];

/**
 * A project holding every payload at once: the text payloads of HOSTILE_PAYLOADS, a Latin-1 guide, and a
 * clinic guide and logo that are links to a file outside the repository (holding OUTSIDE_SECRET).
 */
export function hostileProject(): string {
  const root = fixtureProject(Object.fromEntries(HOSTILE_PAYLOADS.map((payload) => payload.change)));
  const content = join(root, 'content');
  const outside = mkdtempSync(join(tmpdir(), 'mng-outside-'));
  const secretGuide = join(outside, 'guide.mdx');
  writeFileSync(secretGuide, aftercareGuide.replace('Short words help.', OUTSIDE_SECRET));
  const secretLogo = join(outside, 'logo.svg');
  writeFileSync(secretLogo, `<svg xmlns="http://www.w3.org/2000/svg"><title>${OUTSIDE_SECRET}</title></svg>\n`);
  symlinkSync(secretGuide, join(content, clinicGuides, 'linked.mdx'));
  const logo = join(content, 'clinics', HOSTILE_CLINIC, 'logo.svg');
  rmSync(logo);
  symlinkSync(secretLogo, logo);
  const latin1 = aftercareGuide.replace('aftercare guide 1', 'maintenance guide 9').replace('Short words help.', 'Caf\u00e9 PWNED-LATIN1.');
  writeFileSync(join(content, 'maintenance', 'latin-1.mdx'), Buffer.from(latin1, 'latin1'));
  return root;
}
