import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The project root (the default site). */
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(PROJECT_ROOT, 'tests', 'fixtures');
/** Where the shared test build goes; git-ignored. */
export const TEST_OUTPUT = join(PROJECT_ROOT, 'test-results');
