/**
 * Names of the components guide authors may use in MDX, without imports. The content check rejects any
 * other capitalised tag with its line, instead of letting the page fail to render later.
 * `src/components/mdx/index.ts` must provide exactly these (its type checks that).
 */
export const MDX_COMPONENT_NAMES = ['Aside', 'BookingLink', 'CareCard', 'Checklist', 'Term', 'Timeline'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

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
