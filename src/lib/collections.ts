import { GUIDE_COLLECTIONS, STAGE_IDS } from './stages.ts';

/** Folder, relative to the project root, that holds all content. */
export const CONTENT_DIR = 'content';

/** Data collections beside the guides, each a folder of YAML files (one entry per file). */
export const DATA_COLLECTIONS = ['reviewers', 'glossary', 'faq'] as const;
export type DataCollection = (typeof DATA_COLLECTIONS)[number];

/** Clinic copies live in `content/clinics/<id>/`. */
export const CLINICS_FOLDER = 'clinics';

/** Every folder allowed directly under `content/`. */
export const CONTENT_FOLDERS: readonly string[] = [...GUIDE_COLLECTIONS, ...DATA_COLLECTIONS, CLINICS_FOLDER];

/** Guides are MDX; data entries are YAML. */
export const GUIDE_PATTERN = '**/*.mdx';
export const DATA_PATTERN = '**/*.{yaml,yml}';

/** Collections that must hold at least one guide for the journey to make sense. */
export const REQUIRED_GUIDE_COLLECTIONS: readonly string[] = STAGE_IDS;
