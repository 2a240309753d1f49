import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ContentProblem } from '../lib/friendly-errors';

/** Images a guide or a clinic folder may hold beside the text (logos and favicons included). */
export const CONTENT_IMAGE_TYPES: readonly string[] = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif', '.svg'];
/** Every kind of file a content folder may hold: guides, data and images. */
export const CONTENT_FILE_TYPES: readonly string[] = ['.mdx', '.yaml', '.yml', ...CONTENT_IMAGE_TYPES];

export interface ContentFiles {
  problems: ContentProblem[];
  /** Absolute paths of refused files: the content check reads none of them. */
  refused: Set<string>;
}

function message(name: string): string {
  const type = extname(name).toLowerCase();
  if (type === '.md') return 'is Markdown (.md). Rename it to .mdx so it is built as a guide';
  return `is ${type ? `a ${type} file` : 'a file without an extension'}, which content folders may not hold (only guides, data and images: ${CONTENT_FILE_TYPES.join(', ')}). Remove it`;
}

/**
 * Only expected files in content folders: `.mdx`, `.yaml` and images of the listed types, no symbolic
 * links. A `.astro` or `.js` file beside a guide could be imported as code, and a link could publish a file
 * from outside the repository (git stores links), so each fails the build with its path. Checked with
 * `lstat`, so a link is never followed, not even into a folder. `dirs` are walked whole: the repository's
 * `content/` (every clinic folder included) and, for a clinic build, its assembled copy; a file reached
 * twice under the same name is reported once.
 */
export function checkContentFiles(dirs: readonly string[], display: (path: string) => string): ContentFiles {
  const problems = new Map<string, ContentProblem>();
  const refused = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stats = lstatSync(path);
      const file = display(path);
      if (stats.isSymbolicLink()) {
        refused.add(path);
        problems.set(file, { file, message: 'is a symbolic link, which the build does not follow. Replace it with the file itself' });
      } else if (stats.isDirectory()) {
        walk(path);
      } else if (!stats.isFile() || !CONTENT_FILE_TYPES.includes(extname(name).toLowerCase())) {
        refused.add(path);
        problems.set(file, { file, message: message(name) });
      }
    }
  };
  for (const dir of new Set(dirs)) if (existsSync(dir)) walk(dir);
  return { problems: [...problems.values()], refused };
}
