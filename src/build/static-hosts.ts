// Node-only: reads the `_headers` file the build writes and turns the site's header rules into what hosts
// without such a file need (S3-compatible storage). Imported by Node directly (type stripping).
import { CACHE_RULES, CONTENT_TYPES, SHORT_CACHE } from '../lib/security-headers.ts';

/** One block of a `_headers` file: a path pattern and its headers, in file order. */
export interface HeaderRule {
  path: string;
  headers: [name: string, value: string][];
}

/**
 * Limits of the `_headers` format as Netlify and Cloudflare Pages document it. Cloudflare is the stricter:
 * at most 100 rules, 2,000 characters per line (indent, name and value included), one splat per path;
 * over the limit a rule is dropped without a word, and the site ships without its policy.
 */
export const HEADERS_FILE_LIMITS = { rules: 100, lineLength: 2000, splatsPerPath: 1 } as const;

/** The blocks of a `_headers` file: a line starting with `/` opens one, indented `Name: value` lines fill it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    if (trimmed.startsWith('/')) rules.push({ path: trimmed, headers: [] });
    else {
      const at = trimmed.indexOf(':');
      rules.at(-1)?.headers.push([trimmed.slice(0, at).trim(), trimmed.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/** What Netlify or Cloudflare Pages would refuse or silently drop in a `_headers` file, one line per problem. */
export function headersFileProblems(text: string, file = '_headers'): string[] {
  const problems: string[] = [];
  let rules = 0;
  text.split('\n').forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (line.length > HEADERS_FILE_LIMITS.lineLength) {
      problems.push(`${where}: line is ${line.length} characters, over Cloudflare Pages' ${HEADERS_FILE_LIMITS.lineLength}. Shorten it (fewer inline scripts or styles mean fewer hashes in the policy).`);
    }
    if (trimmed.startsWith('/')) {
      rules += 1;
      if (line !== trimmed) problems.push(`${where}: path ${trimmed} is indented. Start a path line at the first column.`);
      if (trimmed.split('*').length - 1 > HEADERS_FILE_LIMITS.splatsPerPath) problems.push(`${where}: path ${trimmed} has more than one *. Use one splat per path.`);
    } else if (line === trimmed) {
      problems.push(`${where}: header ${trimmed} is not indented. Indent each header under its path.`);
    } else if (!/^[A-Za-z0-9-]+:\s*\S/.test(trimmed)) {
      problems.push(`${where}: ${trimmed} is not "Name: value". Write the header as Name: value.`);
    } else if (rules === 0) {
      problems.push(`${where}: header ${trimmed} comes before any path. Put a path line above it.`);
    }
  });
  if (rules > HEADERS_FILE_LIMITS.rules) problems.push(`${file}: ${rules} rules, over Cloudflare Pages' ${HEADERS_FILE_LIMITS.rules}. Merge rules.`);
  return problems;
}

/** Where and how to upload: the built folder and an S3 URL (`s3://bucket/prefix`). */
export interface S3Target {
  dir: string;
  bucket: string;
  /** For S3-compatible storage other than AWS (Cloudflare R2, MinIO, Backblaze B2…). */
  endpointUrl?: string;
}

/** A `_headers` path pattern (`/_astro/*`, `/*.md`, `/llms.txt`) as an `aws s3` filter (`_astro/*`, `*.md`). */
const s3Pattern = (path: string) => path.slice(1);

/** Files no reader should get from storage: host-only `_headers`; `.gz` copies, which S3 cannot negotiate. */
const NOT_UPLOADED = ['_headers', '*.gz'];

/**
 * `aws s3 sync` commands that upload a built site with the site's own caching and content types, from the
 * rule table `_headers` is made of (CACHE_RULES, CONTENT_TYPES, SHORT_CACHE): one pass per rule, then
 * everything else. Only the last pass deletes: hashed files stay, because a cached page may still ask for them.
 */
export function s3SyncCommands(target: S3Target): string[][] {
  const base = (extra: string[]) => ['aws', 's3', 'sync', target.dir, target.bucket, ...(target.endpointUrl ? ['--endpoint-url', target.endpointUrl] : []), ...extra];
  const only = (path: string) => ['--exclude', '*', '--include', s3Pattern(path), ...NOT_UPLOADED.flatMap((name) => ['--exclude', name])];
  const cached = CACHE_RULES.map((rule) => base([...only(rule.path), '--cache-control', rule.cacheControl]));
  const typed = CONTENT_TYPES.map((rule) => base([...only(rule.path), '--content-type', rule.contentType, '--cache-control', SHORT_CACHE]));
  const claimed = [...CACHE_RULES, ...CONTENT_TYPES].map((rule) => s3Pattern(rule.path));
  const rest = base([...[...claimed, ...NOT_UPLOADED].flatMap((pattern) => ['--exclude', pattern]), '--cache-control', SHORT_CACHE, '--delete']);
  return [...cached, ...typed, rest];
}

/** The commands as a shell script, each argument single-quoted. */
export function shellScript(commands: readonly string[][]): string {
  const quote = (arg: string) => (/^[\w./:=-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`);
  return `${commands.map((command) => command.map(quote).join(' ')).join('\n')}\n`;
}
