import { CONTENT_RULES } from '../lib/content-rules';
import type { TextGate } from './types';

/** A published guide cites at least the minimum number of sources. */
export const sourcesGate: TextGate = ({ file, data }, { problems }) => {
  if (data.sources.length >= CONTENT_RULES.minSources) return;
  problems.push({
    file,
    field: 'sources',
    message: `lists ${data.sources.length}; a published guide cites at least ${CONTENT_RULES.minSources}. Add the sources its facts come from`,
  });
};
