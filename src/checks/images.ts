import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { visit } from 'unist-util-visit';
import type { Image } from 'mdast';
import { urlScheme } from './url-scheme';
import type { GuideGate } from './types';

/**
 * Images are files of the site (beside the guide, or in `public/`) and have alt text. Remote images are
 * the guide-language gate's refusal: the CSP would block them and they would leak readers to another host.
 */
export const imagesGate: GuideGate = ({ file, path: guidePath, parsed }, context, { problems }) => {
  visit(parsed.tree, 'image', (image: Image) => {
    const line = image.position?.start.line;
    if (urlScheme(image.url) !== undefined || image.url.startsWith('//')) return;
    const target = image.url.startsWith('/') ? join(context.publicDir, image.url) : join(dirname(guidePath), image.url);
    if (!existsSync(target)) {
      problems.push({ file, line, message: `shows image ${image.url}, but there is no such file. Add it ${image.url.startsWith('/') ? 'to public/' : 'next to the guide'} or fix the path` });
    }
    if (!image.alt?.trim()) problems.push({ file, line, message: `image ${image.url} has no alt text. Describe it in the brackets: ![what it shows](${image.url})` });
  });
};
