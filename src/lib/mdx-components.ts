/**
 * Names of the components guide authors may use in MDX, without imports. The content check rejects any
 * other capitalised tag with its line, instead of letting the page fail to render later.
 * `src/components/mdx/index.ts` must provide exactly these (its type checks that).
 */
export const MDX_COMPONENT_NAMES = ['Aside', 'BookingLink', 'CareCard', 'Checklist', 'Term', 'Timeline'] as const;
export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];
