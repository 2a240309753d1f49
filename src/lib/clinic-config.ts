import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { clinicSchema, type Clinic } from '../schemas/clinic';
import { CLINICS_FOLDER, CONTENT_DIR } from './collections';
import { describeIssues, describeYamlError, type ContentProblem } from './friendly-errors';
import { brandColours, checkBrandContrast, describeContrastFailure, type BrandColours } from './theme';

/** Where clinics live: `content/clinics/<id>/clinic.yaml`, assets and `guides/` beside it. */
export const CLINIC_FILE = 'clinic.yaml';

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

/**
 * Reads and checks one clinic's config: schema, files it names, and WCAG AA contrast of its colours in
 * light and dark schemes. Returns every problem at once, in the same one-line form as guide problems.
 */
export function loadClinic(root: string, id: string): { clinic?: LoadedClinic; problems: ContentProblem[] } {
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
  let data: unknown;
  try {
    data = parseYaml(readFileSync(join(dir, CLINIC_FILE), 'utf8'));
  } catch (error) {
    return { problems: [{ file, message: describeYamlError(error) }] };
  }
  const result = clinicSchema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    return { problems: describeIssues(file, result.error.issues, { kind: 'clinic configs', fields: Object.keys(clinicSchema.shape) }) };
  }
  const clinic = result.data;
  const problems: ContentProblem[] = [];
  const logoPath = join(dir, clinic.logo.file);
  if (!existsSync(logoPath)) {
    problems.push({ file, field: 'logo.file', message: `names ${clinic.logo.file}, which is not in ${CONTENT_DIR}/${CLINICS_FOLDER}/${id}/. Add the file or fix the name` });
  }
  const faviconPath = clinic.favicon ? join(dir, clinic.favicon) : undefined;
  if (faviconPath && !existsSync(faviconPath)) {
    problems.push({ file, field: 'favicon', message: `names ${clinic.favicon}, which is not in ${CONTENT_DIR}/${CLINICS_FOLDER}/${id}/. Add the file or remove the field` });
  }
  const colours = brandColours(clinic.colours);
  for (const failure of checkBrandContrast(colours)) {
    problems.push({ file, field: failure.fields[0], message: describeContrastFailure(failure).replace(`${failure.fields[0]} `, '') });
  }
  return problems.length > 0 ? { problems } : { clinic: { id, dir, clinic, colours, logoPath, faviconPath }, problems };
}
