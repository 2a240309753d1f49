import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { clinicSchema, type Clinic } from '../schemas/clinic';
import { GUIDE_ADDRESS } from '../schemas/faq';
import { CLINICS_FOLDER, CONTENT_DIR } from './collections';
import { checkClinicAsset, MAX_ASSET_BYTES } from './clinic-assets';
import { readinessProblems } from './clinic-readiness';
import { reviewProblems } from './clinic-review';
import { REVIEW_DATE_ENV, reviewDate } from './dates';
import { describeIssues, describeYamlError, type ContentProblem } from './friendly-errors';
import { readText } from './files';
import { GUIDE_COLLECTIONS } from './stages';
import { didYouMean } from './suggest';
import { brandColours, checkBrandContrast, describeContrastFailure, type BrandColours } from './theme';

/** Where clinics live: `content/clinics/<id>/clinic.yaml`, assets and `guides/` beside it. */
export const CLINIC_FILE = 'clinic.yaml';

/** The clinic's own guides: `content/clinics/<id>/guides/<stage>/<id>.mdx`. */
export const CLINIC_GUIDES_DIR = 'guides';

export interface LoadedClinic {
  id: string;
  /** Absolute folder of the clinic. */
  dir: string;
  clinic: Clinic;
  colours: BrandColours;
  logoPath: string;
  faviconPath?: string;
}

export function clinicDir(root: string, id: string): string {
  return join(root, CONTENT_DIR, CLINICS_FOLDER, id);
}

/** The fields of clinic.yaml as parsed YAML, before the schema: each check reads what it can. */
type RawClinic = Record<string, unknown>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `<stage>/<id>` of every guide under a content folder laid out by stage. */
function guideAddresses(folder: string): string[] {
  return GUIDE_COLLECTIONS.flatMap((stage) =>
    existsSync(join(folder, stage))
      ? readdirSync(join(folder, stage), { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.mdx'))
          .map((name) => `${stage}/${name.slice(0, -'.mdx'.length)}`)
      : [],
  );
}

/** `<stage>/<id>` of the default guides a clinic publishes: not hidden, not replaced by its own. */
function publishedDefaults(root: string, dir: string, hide: readonly string[]): string[] {
  const own = guideAddresses(join(dir, CLINIC_GUIDES_DIR));
  return guideAddresses(join(root, CONTENT_DIR)).filter((address) => !hide.includes(address) && !own.includes(address));
}

/** `hide:` names guides that exist, by default or in the clinic's own guides; near misses get a suggestion. */
function hideProblems(root: string, dir: string, file: string, hide: unknown): ContentProblem[] {
  if (!Array.isArray(hide)) return [];
  const known = [...guideAddresses(join(root, CONTENT_DIR)), ...guideAddresses(join(dir, CLINIC_GUIDES_DIR))];
  return hide.flatMap((address, index): ContentProblem[] =>
    // Addresses of the wrong form are reported by the schema; only well-formed ones are looked up.
    typeof address === 'string' && GUIDE_ADDRESS.test(address) && !known.includes(address)
      ? [{ file, field: `hide[${index + 1}]`, message: `names "${address}", which is not a guide.${didYouMean(address, known)} Use <stage>/<id> of an existing guide` }]
      : [],
  );
}

/** Practitioner ids may not take the id of a default reviewer: that would claim review of every default guide. */
function shadowProblems(root: string, file: string, practitioners: unknown): ContentProblem[] {
  if (!isRecord(practitioners)) return [];
  const reviewersDir = join(root, CONTENT_DIR, 'reviewers');
  const defaults = existsSync(reviewersDir)
    ? readdirSync(reviewersDir).filter((name) => /\.ya?ml$/.test(name)).map((name) => basename(name, extname(name)))
    : [];
  return Object.keys(practitioners)
    .filter((id) => defaults.includes(id))
    .map((id) => ({
      file,
      field: `practitioners.${id}`,
      message: `has the id of the site's own reviewer (${CONTENT_DIR}/reviewers/${id}.yaml), so it would claim the review of every default guide. Give your practitioner their own id, e.g. dr-<surname>`,
    }));
}

/** The logo and favicon exist and are safe to publish (see clinic-assets.ts). */
async function assetProblems(root: string, dir: string, file: string, raw: RawClinic): Promise<ContentProblem[]> {
  const folder = `${CONTENT_DIR}/${CLINICS_FOLDER}/${basename(dir)}/`;
  const assets = [
    { field: 'logo.file', what: 'logo', name: isRecord(raw.logo) ? raw.logo.file : undefined, fix: 'Add the file or fix the name' },
    { field: 'favicon', what: 'favicon', name: raw.favicon, fix: 'Add the file or remove the field' },
  ];
  const problems: ContentProblem[] = [];
  for (const asset of assets) {
    // Names the schema refuses (paths, other types) are reported by it; only plain file names are opened.
    if (typeof asset.name !== 'string' || !/^[\w.-]+\.(svg|png|ico)$/i.test(asset.name)) continue;
    // lstat: a dangling link is a link to refuse, not a missing file.
    if (!lstatSync(join(dir, asset.name), { throwIfNoEntry: false })) {
      problems.push({ file, field: asset.field, message: `names ${asset.name}, which is not in ${folder}. ${asset.fix}` });
      continue;
    }
    problems.push(...(await checkClinicAsset({ root, dir, name: asset.name, what: asset.what })));
  }
  return problems;
}

/**
 * The text of an SVG logo for the placeholder check, read only when it is a plain file within the asset
 * size limit; links, other types and oversized files are reported by the asset check.
 */
function readSvg(path: string): string | undefined {
  const stats = lstatSync(path, { throwIfNoEntry: false });
  return path.toLowerCase().endsWith('.svg') && stats?.isFile() && stats.size <= MAX_ASSET_BYTES ? readFileSync(path, 'utf8') : undefined;
}

/** WCAG AA contrast of the brand colours in light and dark schemes, when the colours themselves are valid. */
function contrastProblems(file: string, colours: unknown): ContentProblem[] {
  const parsed = clinicSchema.shape.colours.safeParse(colours);
  if (!parsed.success) return [];
  return checkBrandContrast(brandColours(parsed.data)).map((failure) => ({
    file,
    field: failure.fields[0],
    message: describeContrastFailure(failure).replace(`${failure.fields[0]} `, ''),
  }));
}

export interface LoadOptions {
  /** A production build: placeholders from new-clinic and a locale, phone or emergency number of another country are refused too. */
  production?: boolean;
}

/**
 * Reads and checks one clinic's config: schema, the guides `hide:` names, practitioner ids, its review, the files it
 * names, WCAG AA contrast of its colours and, for production, readiness (clinic-readiness.ts). Every check
 * runs on what it can read, so all problems of the file come in one run, in the same one-line form as
 * guide problems.
 */
export interface ClinicLoad {
  /** The clinic, when its config has no problem at all. */
  clinic?: LoadedClinic;
  problems: ContentProblem[];
  /**
   * The clinic as far as its guides can be assembled and checked (the schema passed and `hide:` names real
   * guides), even when other problems (a logo, contrast, placeholders) stop the build: so the content check
   * can report the guides' problems in the same run.
   */
  forContentCheck?: LoadedClinic;
}

export async function loadClinic(root: string, id: string, options: LoadOptions = {}): Promise<ClinicLoad> {
  const dir = clinicDir(root, id);
  const file = `${CONTENT_DIR}/${CLINICS_FOLDER}/${id}/${CLINIC_FILE}`;
  if (!/^[a-z0-9-]+$/.test(id)) {
    return { problems: [{ file: `CLINIC=${id}`, message: 'is not a clinic id: use lower-case letters, digits and dashes' }] };
  }
  if (!existsSync(join(dir, CLINIC_FILE))) {
    return {
      problems: [{ file, message: `does not exist. Create the clinic with: npm run new-clinic -- ${id} --name "…" --url https://…` }],
    };
  }
  const unreadable: ContentProblem[] = [];
  const text = readText(join(dir, CLINIC_FILE), file, unreadable);
  if (text === undefined) return { problems: unreadable };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    return { problems: [{ file, message: describeYamlError(error) }] };
  }
  const raw: RawClinic = isRecord(data) ? data : {};
  const result = clinicSchema.safeParse(data ?? {}, { reportInput: true });
  const hidden = hideProblems(root, dir, file, raw.hide);
  const problems = [
    ...(result.success ? [] : describeIssues(file, result.error.issues, { kind: 'clinic configs', fields: Object.keys(clinicSchema.shape), schema: clinicSchema })),
    ...hidden,
    ...shadowProblems(root, file, raw.practitioners),
    ...(await assetProblems(root, dir, file, raw)),
    ...contrastProblems(file, raw.colours),
    ...(result.success ? reviewProblems(result.data, file, { defaultGuides: publishedDefaults(root, dir, result.data.hide), today: reviewDate(process.env[REVIEW_DATE_ENV]) }) : []),
    ...(options.production && result.success ? readinessProblems(result.data, file, readSvg(join(dir, result.data.logo.file))) : []),
  ];
  if (!result.success) return { problems };
  const clinic = result.data;
  const loaded: LoadedClinic = {
    id,
    dir,
    clinic,
    colours: brandColours(clinic.colours),
    logoPath: join(dir, clinic.logo.file),
    faviconPath: clinic.favicon ? join(dir, clinic.favicon) : undefined,
  };
  if (problems.length > 0) return { problems, forContentCheck: hidden.length === 0 ? loaded : undefined };
  return { clinic: loaded, problems, forContentCheck: loaded };
}
