import { HtmlValidate, StaticConfigLoader, type ConfigData, type ResolvedConfig } from 'html-validate';
import { HTML_RULES } from './html-rules.ts';

export interface HtmlProblem {
  page: string;
  line: number;
  rule: string;
  message: string;
}

/**
 * A config loader that resolves the configuration (presets, element metadata) once. html-validate's own
 * static loader resolves it again for every page it validates, which was half the time of checking a
 * 1,000-page site and most of its garbage. Every page here gets the same configuration.
 */
export class ResolveOnceLoader extends StaticConfigLoader {
  #resolved: ResolvedConfig | Promise<ResolvedConfig> | undefined;
  /** How many times the configuration was resolved (once per loader). */
  resolutions = 0;

  override getConfigFor(handle: string, override?: ConfigData): ResolvedConfig | Promise<ResolvedConfig> {
    if (override) return super.getConfigFor(handle, override);
    if (!this.#resolved) {
      this.resolutions++;
      this.#resolved = super.getConfigFor(handle);
    }
    return this.#resolved;
  }
}

export const configLoader = new ResolveOnceLoader(HTML_RULES);
const validator = new HtmlValidate(configLoader);

/** The line (from 1) of a place in a text. */
export function lineAt(html: string, index: number): number {
  let line = 1;
  for (let at = html.indexOf('\n'); at !== -1 && at < index; at = html.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * What html-validate lets through but the HTML standard forbids, and that this site once shipped:
 * markup after `</html>` (a component script placed outside the layout; browsers move it into the body),
 * and a `<time>` with neither a `datetime` attribute nor a machine-readable date as its text.
 */
export function structuralProblems(html: string, page: string): HtmlProblem[] {
  const problems: HtmlProblem[] = [];
  const end = html.search(/<\/html\s*>/i);
  if (end !== -1) {
    const after = html.slice(end).replace(/^<\/html\s*>/i, '');
    const stray = after.search(/\S/);
    if (stray !== -1) {
      problems.push({
        page,
        line: lineAt(html, end + html.slice(end).length - after.length + stray),
        rule: 'content-after-html',
        message: `content after </html> ("${after.trim().slice(0, 40)}"); put it inside the layout`,
      });
    }
  }
  for (const match of html.matchAll(/<time\b([^>]*)>([\s\S]*?)<\/time\s*>/gi)) {
    const attributes = match[1] ?? '';
    const text = (match[2] ?? '').replace(/<[^>]*>/g, '').trim();
    const hasDatetime = /\sdatetime\s*=\s*("[^"]+"|'[^']+'|[^\s"'>]+)/i.test(` ${attributes}`);
    if (!hasDatetime && !/^\d{4}-\d{2}(-\d{2})?([T ]\d{2}:\d{2}.*)?$/.test(text)) {
      problems.push({
        page,
        line: lineAt(html, match.index),
        rule: 'time-datetime',
        message: `<time> has no datetime attribute and its text "${text}" is not a date; add datetime="YYYY-MM-DD" or use another element`,
      });
    }
  }
  return problems;
}

/** A finding of html-validate, with where in the text it was found. */
export interface HtmlFinding {
  offset: number;
  line: number;
  rule: string;
  message: string;
}

/** html-validate's findings in one document, by the standard's rules alone. */
export async function htmlValidateFindings(html: string, name = 'inline.html'): Promise<HtmlFinding[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map(({ offset, line, ruleId, message }) => ({ offset, line, rule: ruleId, message })));
}

/** Every problem of a whole page: html-validate's, then the structural ones. */
export async function validateHtml(html: string, page = 'inline.html'): Promise<HtmlProblem[]> {
  return [...(await htmlValidateFindings(html, page)).map(({ line, rule, message }) => ({ page, line, rule, message })), ...structuralProblems(html, page)];
}
