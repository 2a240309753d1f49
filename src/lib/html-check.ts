import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { builtPages } from './files';

export interface HtmlProblem {
  page: string;
  line: number;
  rule: string;
  message: string;
}

/** Validity rules only ("standard"): the check is about correct HTML, not house style. */
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });

export async function validateHtml(html: string, page = 'inline.html'): Promise<HtmlProblem[]> {
  const report = await validator.validateString(html, page);
  return report.results.flatMap((result) =>
    result.messages.map((message) => ({ page, line: message.line, rule: message.ruleId, message: message.message })),
  );
}

/** Every page of the built site checked with html-validate. */
export async function findInvalidHtml(distDir: string): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const page of builtPages(distDir)) {
    const report = await validator.validateFile(join(distDir, page));
    for (const result of report.results) {
      for (const message of result.messages) problems.push({ page, line: message.line, rule: message.ruleId, message: message.message });
    }
  }
  return problems;
}
