import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import type { ContentProblem } from './friendly-errors';
import { checkSvg } from './svg-check';

/** Largest logo or favicon the build publishes; a logo is shown 40 px high, so this is generous. */
export const MAX_ASSET_BYTES = 256 * 1024;

/** The image types a clinic asset may be, by file extension, and the real types (magic bytes) each accepts. */
const RASTER_TYPES: Record<string, { name: string; accepts: readonly string[] }> = {
  '.png': { name: 'PNG', accepts: ['png', 'apng'] },
  '.ico': { name: 'ICO', accepts: ['ico'] },
};

export interface AssetRequest {
  /** Project root; messages name files from here. */
  root: string;
  /** The clinic folder the asset must be inside. */
  dir: string;
  /** The file name as clinic.yaml gives it. */
  name: string;
  /** What the asset is, for messages: "logo", "favicon". */
  what: string;
}

/**
 * Reads a clinic's logo or favicon the only way the build reads them: a real file (not a symbolic link)
 * whose resolved path stays inside the clinic folder, of a size and real type (magic bytes, not the name)
 * that fits, and for SVG, only allow-listed elements and attributes (see svg-check.ts). Returns every
 * problem, naming the asset file and, for SVG, the line.
 */
export async function checkClinicAsset({ root, dir, name, what }: AssetRequest): Promise<ContentProblem[]> {
  const path = join(dir, name);
  const file = relative(root, path);
  // lstat, not stat: a link is refused whatever it points to, so the check never reads the target.
  const stats = lstatSync(path, { throwIfNoEntry: false });
  if (!stats) return [];
  if (stats.isSymbolicLink()) {
    return [{ file, message: `is a symbolic link; the build publishes only files kept in the clinic folder itself. Replace the link with the ${what} file` }];
  }
  if (!stats.isFile()) return [{ file, message: `is not a file. Put the ${what} image file here` }];
  // A linked folder on the way would still lead elsewhere: the resolved path must stay inside the clinic
  // folder, and that folder inside the project.
  const folder = realpathSync(dir);
  if (!realpathSync(path).startsWith(`${folder}${sep}`) || !folder.startsWith(`${realpathSync(root)}${sep}`)) {
    return [{ file, message: `leads outside the project through a linked folder. Keep the ${what} file in ${relative(root, dir)}/ itself, not behind a link` }];
  }
  if (stats.size > MAX_ASSET_BYTES) {
    return [{ file, message: `is ${Math.ceil(stats.size / 1024)} KB; a ${what} may be at most ${MAX_ASSET_BYTES / 1024} KB. Export it smaller` }];
  }
  const bytes = readFileSync(path);
  const detected = await fileTypeFromBuffer(bytes);
  const extension = extname(name).toLowerCase();
  const raster = RASTER_TYPES[extension];
  if (raster) {
    if (detected && raster.accepts.includes(detected.ext)) return [];
    return [{ file, message: `is named ${extension} but is ${detected ? `a ${detected.ext.toUpperCase()} file` : 'not a known image type'} inside. Export the ${what} again as ${raster.name}, or give the file its real extension` }];
  }
  if (detected && detected.ext !== 'xml') {
    return [{ file, message: `is named ${extension} but is a ${detected.ext.toUpperCase()} file inside. Give the file its real extension, or export the ${what} again as SVG` }];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [{ file, message: `is not UTF-8 text, so it is not an SVG this build can read. Export the ${what} again as SVG (UTF-8)` }];
  }
  return checkSvg(text).map((problem) => ({ file, line: problem.line, message: problem.message }));
}
