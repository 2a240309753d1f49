/**
 * Every English string a patient sees that is not guide content. The reference locale: every other
 * locale's file must have exactly these keys (checked by TypeScript and by tests/unit/i18n.test.ts).
 * `{name}` marks a value filled in by t().
 */
export const en = {
  'language.switch': 'Language',
  'language.notTranslated': 'This guide is not in English yet',
} as const;
