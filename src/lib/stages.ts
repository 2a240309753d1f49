/**
 * The patient journey: the one source of truth for stage ids, their order, labels and URL segments.
 * Content collections, routes, navigation and search filters all derive from this list.
 */
export const STAGES = [
  {
    id: 'consultation',
    label: 'Consultation and preparing',
    shortLabel: 'Consultation',
    segment: 'consultation',
    blurb: 'Meet your practitioner, check that micro-needling suits you, and get your skin ready.',
  },
  {
    id: 'procedure',
    label: 'The procedure',
    shortLabel: 'Procedure',
    segment: 'procedure',
    blurb: 'What happens on the day, how numbing works, and how your skin looks straight after.',
  },
  {
    id: 'aftercare',
    label: 'Aftercare',
    shortLabel: 'Aftercare',
    segment: 'aftercare',
    blurb: 'How to look after your skin in the first day and week, and when to call the clinic.',
  },
  {
    id: 'maintenance',
    label: 'Results and maintenance',
    shortLabel: 'Maintenance',
    segment: 'maintenance',
    blurb: 'How many sessions you may need, when results show, and how to keep them.',
  },
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
