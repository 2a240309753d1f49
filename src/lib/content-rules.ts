/**
 * Thresholds of the content quality gates, in one place. Sources: NIH advises below grade 8; NHS care cards
 * hold at most five bullets; MedlinePlus re-reviews at least every three years (see shared CONTENT-FACTS).
 */
export const CONTENT_RULES = {
  /** Highest US school grade (Flesch-Kincaid) a guide's body may read at. */
  maxReadingGrade: 8,
  /**
   * Lowest Szigriszt-Pazos perspicuity a Spanish guide's body may score: 55 is where the INFLESZ scale's
   * "normal" band starts (Barrio-Cantalejo et al. 2008), the Spanish counterpart of grade 8.
   */
  minSpanishPerspicuity: 55,
  /** Longest sentence, in words. */
  maxSentenceWords: 25,
  /** How many of the hardest sentences a reading-level failure lists. */
  hardestSentencesShown: 3,
  /** Fewest sources a published guide cites. */
  minSources: 2,
  /** A translation whose own review is older than this fails, as an overdue guide review does (issue 15). */
  maxTranslationAgeYears: 1,
  /** Warn this many days before a guide's review falls due. */
  reviewWarningDays: 30,
  /** Most bullets in a care card. */
  maxCareCardBullets: 5,
} as const;
