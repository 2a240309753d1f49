import Aside from './Aside.astro';
import BookingLink from './BookingLink.astro';
import CareCard from './CareCard.astro';
import Checklist from './Checklist.astro';
import Term from './Term.astro';
import Timeline from './Timeline.astro';
import type { MdxComponentName } from '../../lib/mdx-components';

/** Components MDX authors can use without importing them. */
export const mdxComponents = { Aside, BookingLink, CareCard, Checklist, Term, Timeline } satisfies Record<MdxComponentName, unknown>;
