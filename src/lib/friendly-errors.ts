import type { z } from 'astro/zod';
import { didYouMean, nearest } from './suggest';

/** One thing wrong with one file, phrased so its author can fix it from the message alone. */
export interface ContentProblem {
  /** Path from the project root, e.g. `content/aftercare/first-week.mdx`. */
  file: string;
  /** The frontmatter field, e.g. `sources[1].url`. */
  field?: string;
  /** 1-based line in the file. */
  line?: number;
  message: string;
}

export interface IssueContext {
  /** What kind of file this is, for unknown-key messages: "procedure guides", "clinic configs". */
  kind: string;
  /** Fields this kind of file accepts. */
  fields: readonly string[];
  /** The schema, so unknown or missing fields deeper down can be told what the group accepts. */
  schema?: z.ZodType;
}

/** Just enough of zod 4's internal definition to walk a schema's shape. */
interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  valueType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The field names of the group at `path` in a schema (through optional, default, record, list and union), if it is one. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  const def = defOf(schema);
  if (def.innerType) return fieldsAt(def.innerType, path);
  if (def.type === 'pipe' && def.in) return fieldsAt(def.in, path);
  if (def.type === 'union') {
    const found = def.options!.map((option) => fieldsAt(option, path)).filter((fields) => fields !== undefined);
    return found[0];
  }
  const [key, ...rest] = path;
  if (key === undefined) return def.type === 'object' ? Object.keys(def.shape!) : undefined;
  if (def.type === 'object') return def.shape![String(key)] ? fieldsAt(def.shape![String(key)]!, rest) : undefined;
  if (def.type === 'record') return fieldsAt(def.valueType!, rest);
  if (def.type === 'array') return fieldsAt(def.element!, rest);
  return undefined;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (joined, key) => (typeof key === 'number' ? `${joined}[${key + 1}]` : joined ? `${joined}.${String(key)}` : String(key)),
    '',
  );
}

function describeValue(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** Turns zod issues into one plain-language problem per issue (no raw zod dump). */
export function describeIssues(file: string, issues: readonly z.core.$ZodIssue[], context: IssueContext): ContentProblem[] {
  const knownAt = (issue: z.core.$ZodIssue) =>
    issue.path.length > 0 ? (context.schema ? fieldsAt(context.schema, issue.path) : undefined) : context.fields;
  // A misspelt field (`descripton`) also leaves the real one missing; its "did you mean" says both, so
  // the "description is missing" twin is dropped: one mistake, one message.
  const misspelt = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const match = nearest(key, knownAt(issue) ?? []);
            return match === undefined ? [] : [fieldPath([...issue.path, match])];
          })
        : [],
    ),
  );
  return issues.flatMap((issue): ContentProblem[] => {
    const parent = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const known = knownAt(issue);
      return issue.keys.map((key) => ({
        file,
        field: parent ? `${parent}.${key}` : key,
        message: parent
          ? `is not a known field here.${didYouMean(key, known ?? [])} Remove it or fix its spelling${known ? ` (${parent} accepts: ${known.join(', ')})` : ''}`
          : `is not a field of ${context.kind}.${didYouMean(key, context.fields)} Remove it or fix its spelling (${context.kind} accept: ${context.fields.join(', ')})`,
      }));
    }
    if (issue.input === undefined && issue.code === 'invalid_type' && misspelt.has(parent)) return [];
    const field = parent || undefined;
    let message = issue.message;
    if (issue.input === undefined && issue.code === 'invalid_type' && message.startsWith('Invalid input')) {
      // zod's own wording ("Invalid input: expected object, received undefined") means nothing to an author.
      const fields = context.schema ? fieldsAt(context.schema, issue.path) : undefined;
      message = fields ? `is missing. Add it, with its fields: ${fields.join(', ')}` : 'is missing. Add it';
    } else if (issue.input === undefined && issue.code === 'invalid_type' && !message.startsWith('is missing')) {
      message = `is missing. Add it: it ${message}`;
    } else if (issue.code === 'invalid_type' && issue.input !== undefined && !message.includes('found')) {
      message = `${message} (found ${describeValue(issue.input)})`;
    } else if ((issue.code === 'invalid_format' || issue.code === 'invalid_value') && !message.includes('found')) {
      message = `${message} (found ${describeValue(issue.input)})`;
    }
    return [{ file, field, message }];
  });
}

/** What a YAML parse error means for the file's author: the parser's first line, then what usually fixes it. */
export function describeYamlError(error: unknown): string {
  // The parser counts lines from the start of the frontmatter and ends with "at line 1, column 29:"; the
  // message already names the file's own line, so that part would only contradict it.
  const reason = (error instanceof Error ? error.message : String(error))
    .split('\n')[0]!
    .replace(/ at line \d+, column \d+:?\s*$/, '')
    .replace(/[.\s]*$/, '');
  return `is not valid YAML: ${reason}. Check that line: close every quote, and put quotes around text that holds a colon`;
}

/** `content/x.mdx: title is missing. Add it: …` — one line per problem. */
export function formatProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const sentence = problem.field ? `${problem.field} ${problem.message}` : problem.message;
  return `${where}: ${sentence.replace(/[.\s]*$/, '')}.`;
}

/** The error a failed content check throws: a title line, then one line per problem. */
export class ContentCheckError extends Error {
  // A field, not a parameter property: worker threads load this file with Node's type stripping, which refuses those.
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[], title = 'The content has problems; the build stopped and the last good site is untouched.') {
    super([title, ...problems.map((problem) => `  - ${formatProblem(problem)}`)].join('\n'));
    this.name = 'ContentCheckError';
    this.problems = problems;
  }
}
