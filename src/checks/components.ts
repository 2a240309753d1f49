import { visit } from 'unist-util-visit';
import { CONTENT_RULES } from '../lib/content-rules';
import { CARE_LEVELS } from '../lib/care-card';
import { MDX_COMPONENT_NAMES } from '../lib/mdx-components';
import { attribute, jsxElements } from './mdx-nodes';
import { didYouMean } from '../lib/suggest';
import { DEFAULT_LOCALE } from '../i18n/locales';
import type { SiteGate, TextGate } from './types';

/**
 * Components are used as they are meant to: only the listed ones, care cards with a level and 1–5 bullets,
 * `<Checklist />` and `<Timeline />` only with their frontmatter data. (Lowercase and member names are raw
 * HTML or code: the guide-language gate refuses them.)
 */
export const componentsGate: TextGate = ({ file, data, parsed }, { problems }) => {
  for (const element of jsxElements(parsed.tree)) {
    const line = element.position?.start.line;
    if (element.name && /^[A-Z]/.test(element.name) && !element.name.includes('.') && !(MDX_COMPONENT_NAMES as readonly string[]).includes(element.name)) {
      problems.push({
        file,
        line,
        message: `<${element.name}> is not a component guides can use. Use one of: ${MDX_COMPONENT_NAMES.join(', ')}`,
      });
    }
    if (element.name === 'CareCard') {
      const level = attribute(element, 'level');
      if (!level || !(CARE_LEVELS as readonly string[]).includes(level)) {
        problems.push({ file, line, message: `<CareCard> needs level="${CARE_LEVELS.join('" or level="')}"` });
      }
      let bullets = 0;
      visit(element, 'listItem', () => {
        bullets += 1;
      });
      if (bullets === 0 || bullets > CONTENT_RULES.maxCareCardBullets) {
        problems.push({
          file,
          line,
          message: `<CareCard> has ${bullets} bullets; write 1 to ${CONTENT_RULES.maxCareCardBullets} as a Markdown list, with blank lines around it`,
        });
      }
    }
    if ((element.name === 'Checklist' && !data.checklist?.length) || (element.name === 'Timeline' && !data.timeline?.length)) {
      const field = element.name === 'Checklist' ? 'checklist' : 'timeline';
      problems.push({ file, line, message: `<${element.name} /> shows the frontmatter ${field}, but this guide has none. Add ${field} to the frontmatter` });
    }
  }
};

/** Each `<Term>` names an entry of the glossary in the guide's language. */
export const termsGate: SiteGate = ({ file, locale, references }, context, { problems }) => {
  // A translation's terms are its language's glossary entries: same file name, in the language's folder.
  const glossaryFolder = `content/glossary/${locale === DEFAULT_LOCALE ? '' : `${locale}/`}`;
  for (const { id, line } of references.terms) {
    if (id && context.glossaryIds.has(id)) continue;
    problems.push({
      file,
      line,
      message: `<Term id="${id ?? ''}"> names no glossary term.${didYouMean(id ?? '', context.glossaryIds)} Add ${glossaryFolder}${id ?? '<id>'}.yaml or use an existing id`,
    });
  }
};
