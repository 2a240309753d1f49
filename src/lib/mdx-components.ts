/**
 * Names of the components guide authors may use in MDX, without imports. The content check rejects any
 * other capitalised tag with its line, instead of letting the page fail to render later.
 * `src/components/mdx/index.ts` must provide exactly these (its type checks that).
 */
export const MDX_COMPONENT_NAMES = ['Aside', 'BookingLink', 'CareCard', 'Checklist', 'Term', 'Timeline'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** Whether an MDX expression's text is one block comment and nothing else: it holds no code and renders nothing. */
export function isCommentExpression(expression: string): boolean {
  return /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(expression);
}

/**
 * Raw HTML a guide may use, because Markdown cannot say it: a line break inside a care-card bullet, and
 * superscript and subscript (cm², H₂O). Never with attributes.
 */
export const RAW_HTML_ALLOWED: readonly string[] = ['br', 'sup', 'sub'];

/**
 * The attributes each component takes, all with literal values (`type="tip"`). Any other attribute is
 * refused by the guide-language gate, so no component can be handed a URL, a style or a handler.
 */
export const MDX_COMPONENT_PROPS: Readonly<Record<MdxComponentName, readonly string[]>> = {
  Aside: ['type', 'title'],
  BookingLink: [],
  CareCard: ['level'],
  Checklist: [],
  Term: ['id'],
  Timeline: [],
};

/** The kinds of `<Aside type="…">`; each has a default label, the interface string `aside.<type>`. */
export const ASIDE_TYPES = ['note', 'tip', 'caution'] as const;
export type AsideType = (typeof ASIDE_TYPES)[number];

export function isAsideType(value: string | undefined): value is AsideType {
  return (ASIDE_TYPES as readonly (string | undefined)[]).includes(value);
}
