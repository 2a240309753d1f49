// Lists every guide with its reading grade, word count, longest sentence, sources and next review:
// npm run content-report. Uses the same checks as the build (loaded through Vite, as TypeScript).
import { createServer } from 'vite';

const vite = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { checkContent } = await vite.ssrLoadModule('/src/checks/content-check.ts');
  const { readability } = await vite.ssrLoadModule('/src/lib/readability.ts');
  const { spanishReadability } = await vite.ssrLoadModule('/src/lib/readability-es.ts');
  const { CONTENT_RULES } = await vite.ssrLoadModule('/src/lib/content-rules.ts');
  const { REVIEW_DATE_ENV, reviewDate } = await vite.ssrLoadModule('/src/lib/dates.ts');
  const { guides, problems, warnings } = checkContent(process.cwd(), { today: reviewDate(process.env[REVIEW_DATE_ENV]) });
  const rows = guides.map((guide) => {
    // A Spanish guide is read with the Spanish formula: its INFLESZ score, not a US grade.
    const report = guide.locale === 'es' ? spanishReadability(guide.parsed) : readability(guide.parsed);
    return {
      guide: `${guide.collection}/${guide.id}`,
      grade: guide.locale === 'es' ? `INFLESZ ${report.perspicuity.toFixed(1)}` : report.grade.toFixed(1),
      words: report.words,
      longest: Math.max(...report.sentences.map((sentence) => sentence.words)),
      sources: guide.data.sources.length,
      nextReview: guide.data.nextReview.toISOString().slice(0, 10),
    };
  });
  console.log(`Limits: grade ≤ ${CONTENT_RULES.maxReadingGrade} (Spanish: INFLESZ ≥ ${CONTENT_RULES.minSpanishPerspicuity}), sentences ≤ ${CONTENT_RULES.maxSentenceWords} words, ≥ ${CONTENT_RULES.minSources} sources\n`);
  console.log('| Guide | Grade | Words | Longest sentence | Sources | Next review |\n| --- | --- | --- | --- | --- | --- |');
  for (const row of rows) console.log(`| ${row.guide} | ${row.grade} | ${row.words} | ${row.longest} | ${row.sources} | ${row.nextReview} |`);
  console.log(`\n${rows.length} guides, ${rows.reduce((sum, row) => sum + row.words, 0)} words; ${problems.length} problems, ${warnings.length} warnings.`);
  process.exitCode = problems.length > 0 ? 1 : 0;
} finally {
  await vite.close();
}
