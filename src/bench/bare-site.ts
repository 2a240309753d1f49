import { GUIDE_COLLECTIONS } from '../lib/stages';
import { guideParams } from '../lib/routes';

/**
 * The baseline the benchmark compares with: a bare Astro 7 site (MDX + sitemap, Sätteri as in this project,
 * then `pagefind --site dist`) that renders the same guide files at the same URLs, with no checks, no
 * schemas and minimal components. Written as files so it builds like any Astro project.
 */
export function bareSiteFiles(): Record<string, string> {
  // The URL segment of each collection, as this project routes it, so both sites have the same pages.
  const segments = Object.fromEntries(GUIDE_COLLECTIONS.map((collection) => [collection, guideParams({ collection, id: 'x' }).section]));
  return {
    'package.json': `${JSON.stringify({ name: 'bench-bare', private: true, type: 'module' }, null, 2)}\n`,
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

export default defineConfig({
  site: 'https://bench.example.org',
  cacheDir: './.astro/cache/',
  trailingSlash: 'always',
  markdown: { syntaxHighlight: false },
  integrations: [mdx(), sitemap()],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const names = ${JSON.stringify(GUIDE_COLLECTIONS)};
export const collections = Object.fromEntries(
  names.map((name) => [name, defineCollection({ loader: glob({ base: \`./content/\${name}\`, pattern: '**/*.mdx' }) })]),
);
`,
    'src/components/Term.astro': `---
const { id } = Astro.props;
---
<a href={\`/glossary/#\${id}\`}><slot /></a>
`,
    'src/components/CareCard.astro': `---
const { level } = Astro.props;
---
<aside class={level}><p>Call your clinic if:</p><slot /></aside>
`,
    'src/components/Aside.astro': `<aside><slot /></aside>
`,
    'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{title}</title></head>
  <body><main data-pagefind-body><slot /></main></body>
</html>
`,
    'src/pages/[section]/[guide].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
import Term from '../../components/Term.astro';
import CareCard from '../../components/CareCard.astro';
import Aside from '../../components/Aside.astro';

export async function getStaticPaths() {
  // Inside: Astro runs getStaticPaths apart from the rest of the page's frontmatter.
  const segments = ${JSON.stringify(segments)};
  const all = await Promise.all(Object.keys(segments).map((name) => getCollection(name)));
  return all.flat().map((entry) => ({ params: { section: segments[entry.collection], guide: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Page title={entry.data.title}>
  <h1>{entry.data.title}</h1>
  <p>{entry.data.description}</p>
  <Content components={{ Term, CareCard, Aside }} />
</Page>
`,
    'src/pages/index.astro': `---
import Page from '../layouts/Page.astro';
---
<Page title="Bench"><h1>Bench</h1></Page>
`,
  };
}
