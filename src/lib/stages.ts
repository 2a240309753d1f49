/**
 * The patient journey: the one source of truth for stage ids, their order and URL segments.
 * Content collections, routes, navigation and search filters all derive from this list. Their words (label,
 * short label, blurb) are interface strings in each language: `stageLabel()` in src/i18n/stage-text.ts.
 */
export const STAGES = [
  { id: 'consultation', segment: 'consultation' },
  { id: 'procedure', segment: 'procedure' },
  { id: 'aftercare', segment: 'aftercare' },
  { id: 'maintenance', segment: 'maintenance' },
] as const;

export type Stage = (typeof STAGES)[number];
export type StageId = Stage['id'];

/** Stage ids in journey order. */
export const STAGE_IDS: readonly StageId[] = STAGES.map((stage) => stage.id);

/** Guides that belong to no single stage (results, risks) live in this collection. */
export const TOPICS_COLLECTION = 'topics';
export const TOPICS_SEGMENT = 'topics';

/** Every collection that holds guide pages, journey stages first. */
export const GUIDE_COLLECTIONS = [...STAGE_IDS, TOPICS_COLLECTION] as const;
export type GuideCollection = StageId | typeof TOPICS_COLLECTION;

export function isStageId(value: string): value is StageId {
  return (STAGE_IDS as readonly string[]).includes(value);
}

export function isGuideCollection(value: string): value is GuideCollection {
  return value === TOPICS_COLLECTION || isStageId(value);
}

export function getStage(id: StageId): Stage {
  const stage = STAGES.find((candidate) => candidate.id === id);
  if (!stage) throw new Error(`Unknown stage "${id}". Known stages: ${STAGE_IDS.join(', ')}.`);
  return stage;
}

/** Position of a stage in the journey, starting at 1 (used for "Step 2 of 4" and sorting). */
export function stageNumber(id: StageId): number {
  return STAGE_IDS.indexOf(id) + 1;
}
