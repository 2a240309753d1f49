// Node-only: where builds write. Imported by Node directly (type stripping).

/** The default site's output folder. */
export const DEFAULT_OUTPUT_DIR = 'dist';

/**
 * Clinic sites go to `dist-clinics/<id>/`, beside the default site and never inside it: deploying `dist/`
 * ships the default site alone, and a build of the default site never deletes a clinic's.
 */
export const CLINICS_OUTPUT_DIR = 'dist-clinics';
