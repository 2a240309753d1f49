import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { urlScheme } from './url-scheme';
import { nodesOfType } from './mdx-nodes';
import { isInsideFolder } from '../lib/files';
import type { SiteGate, TextGate } from './types';

/**
 * Images are files of the site (beside the guide, or in `public/`). Remote images are the guide-language
 * gate's refusal: the CSP would block them and they would leak readers to another host.
 */
export const imageFilesGate: SiteGate = ({ file, path: guidePath, references }, context, { problems }) => {
  for (const { url, line } of references.images) {
    if (urlScheme(url) !== undefined || url.startsWith('//')) continue;
    const inPublic = url.startsWith('/');
    const target = inPublic ? join(context.publicDir, url) : join(dirname(guidePath), url);
    // Whoever edits a guide may not publish a file from elsewhere on the build machine.
    if (!isInsideFolder(inPublic ? context.publicDir : context.contentDir, target)) {
      problems.push({ file, line, message: `shows image ${url}, which is outside ${inPublic ? 'public/' : 'the content folder'}: a build publishes no file from elsewhere. Save the image next to the guide and write ./name.png` });
    } else if (!existsSync(target)) {
      problems.push({ file, line, message: `shows image ${url}, but there is no such file. Add it ${inPublic ? 'to public/' : 'next to the guide'} or fix the path` });
    }
  }
};

/** Images have alt text: a reader who cannot see them hears what they show. */
export const imageAltGate: TextGate = ({ file, parsed }, { problems }) => {
  for (const image of nodesOfType(parsed.tree, 'image')) {
    if (!image.alt?.trim()) problems.push({ file, line: image.position?.start.line, message: `image ${image.url} has no alt text. Describe it in the brackets: ![what it shows](${image.url})` });
  }
};
