import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { visit } from 'unist-util-visit';
import type { Image, Link } from 'mdast';
import { parse as parseYaml } from 'yaml';
import { parseMdx } from '../../src/lib/mdx-source';
import { parseFacts } from '../../src/checks/parse-facts';
import { headingIds } from '../../src/checks/headings';
import { careCardItems } from '../../src/checks/sign-urgency';
import { attribute, jsxElements } from '../../src/checks/mdx-nodes';
import { frontmatterText } from '../../src/lib/mdx-source';
import { generateCorpus } from '../../src/bench/corpus';
import { readTerms } from '../../src/bench/bench-project';
import { signsSchema } from '../../src/schemas/sign';
import { PROJECT_ROOT } from '../support/paths';

const CONTENT = join(PROJECT_ROOT, 'content');

/** The facts as each reader finds them in a walk of its own (what the content check kept before one walk read them all). */
function factsBySeparateWalks(source: string) {
  const { tree } = parseMdx(source);
  const links: { url: string; line?: number }[] = [];
  const images: { url: string; line?: number }[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') links.push({ url: (node as Link).url, line: node.position?.start.line });
    if (node.type === 'image') images.push({ url: (node as Image).url, line: node.position?.start.line });
  });
  const terms = jsxElements(tree)
    .filter((element) => element.name === 'Term')
    .map((element) => ({ id: attribute(element, 'id'), line: element.position?.start.line }));
  return {
    yaml: frontmatterText(tree),
    headings: [...headingIds(tree)],
    careCards: careCardItems('', tree).map(({ file: _file, locale: _locale, ...item }) => item),
    references: { links, images, terms },
  };
}

/** Headings, cards (one inside an aside, one inside another card), terms inline and alone, links and images in components. */
const CORNERS = `---
title: Corners
---

## Before you come

<Aside type="tip">

### Inside an aside

Read [the first week](/aftercare/first-week/) and see ![A drawing](./a.png).

<CareCard level="call-clinic">

- Swelling that gets worse after day 3, see <Term id="erythema">redness</Term>
  - A nested point
- Pus or a fever

<CareCard level="emergency">

- Trouble breathing

</CareCard>

</CareCard>

</Aside>

<Term id="collagen" />

## Before you come

Last [link](#before-you-come).
`;

describe('parseFacts', () => {
  it('finds in one walk what the separate walks find: every guide here, a synthetic corpus, and nested components', () => {
    const guides = readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.mdx'))
      .map((name) => readFileSync(join(CONTENT, name), 'utf8'));
    const corpus = generateCorpus({
      count: 20,
      seed: 7,
      reviewed: '2026-12-04',
      terms: readTerms(CONTENT),
      signs: signsSchema.parse(parseYaml(readFileSync(join(CONTENT, 'signs.yaml'), 'utf8'))),
      reviewer: 'editorial-team',
    }).map((guide) => guide.text);
    const sources = [...guides, ...corpus, CORNERS];
    expect(guides.length).toBeGreaterThan(30);
    for (const source of sources) expect(parseFacts(parseMdx(source)), source.slice(0, 80)).toStrictEqual(factsBySeparateWalks(source));

    const corners = parseFacts(parseMdx(CORNERS));
    expect(corners.headings).toEqual(['summary-heading', 'before-you-come', 'inside-an-aside', 'before-you-come-1']);
    expect(corners.careCards.map((item) => [item.level, item.text])).toEqual([
      ['call-clinic', 'Swelling that gets worse after day 3, see rednessA nested point'],
      ['call-clinic', 'A nested point'],
      ['call-clinic', 'Pus or a fever'],
      ['call-clinic', 'Trouble breathing'],
      ['emergency', 'Trouble breathing'],
    ]);
    expect(corners.references.terms.map((term) => term.id)).toEqual(['erythema', 'collagen']);
    expect(corners.references.links.map((link) => link.url)).toEqual(['/aftercare/first-week/', '#before-you-come']);
    expect(corners.references.images).toEqual([{ url: './a.png', line: 11 }]);
  });
});
