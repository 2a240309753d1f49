// Node-only: what changed in the upstream content since a tag or a date, per guide, read from git, so a
// clinic that pulls upstream can see which guides to reread (npm run content-changelog). Imported by Node
// directly (type stripping).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CLINICS_FOLDER, CONTENT_DIR } from '../lib/collections.ts';
import { GUIDE_COLLECTIONS } from '../lib/stages.ts';

/** How a commit touched a file, from `git log --name-status`. */
export type FileChange = 'added' | 'changed' | 'removed';

/** One commit that touched upstream content, with the content files it touched. */
export interface ContentCommit {
  hash: string;
  date: string;
  subject: string;
  files: { path: string; change: FileChange }[];
}

/** What a clinic did to the default guides, as `<stage>/<id>`: replaced with its own copy, or hid. */
export interface ClinicChanges {
  id: string;
  replaced: ReadonlySet<string>;
  hidden: ReadonlySet<string>;
}

const RECORD = '\x1e';
const FIELD = '\x1f';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `git log` arguments for the upstream content changed since `since`: a tag or commit (changes after it),
 * or a day as YYYY-MM-DD (changes from the start of that day). Merges are left out: their changes are
 * listed by the commits they bring in. A clinic's own folder is not upstream content.
 */
export function gitLogArgs(since: string): string[] {
  const range = DAY.test(since) ? [`--since=${since} 00:00:00`] : [`${since}..HEAD`];
  return ['log', '--no-merges', '--date=short', `--format=${RECORD}%h${FIELD}%ad${FIELD}%s`, '--name-status', ...range, '--', CONTENT_DIR, `:!${CONTENT_DIR}/${CLINICS_FOLDER}`];
}

const CHANGE: Record<string, FileChange> = { A: 'added', M: 'changed', D: 'removed' };

/** Commits from the output of `git log` with gitLogArgs, newest first. A rename counts as a change of the new path. */
export function parseGitLog(text: string): ContentCommit[] {
  return text
    .split(RECORD)
    .filter((record) => record.trim())
    .map((record) => {
      const [header, ...lines] = record.split('\n');
      const [hash, date, subject] = header!.split(FIELD) as [string, string, string];
      const files = lines
        .filter((line) => line.trim())
        .map((line) => {
          const [status, ...paths] = line.split('\t');
          return { path: paths.at(-1)!, change: CHANGE[status![0]!] ?? 'changed' };
        });
      return { hash, date, subject, files };
    });
}

/** `<stage>/<id>` for a default guide's file (`content/aftercare/first-week.mdx`), else undefined. */
export function guideOf(path: string): string | undefined {
  const [top, collection, name, ...deeper] = path.split('/');
  if (top !== CONTENT_DIR || deeper.length || !name?.endsWith('.mdx')) return undefined;
  return (GUIDE_COLLECTIONS as readonly string[]).includes(collection!) ? `${collection}/${name.slice(0, -'.mdx'.length)}` : undefined;
}

/** The default guides a clinic replaces (its own `<stage>/<id>.mdx` files) or hides (`hide:` in clinic.yaml). */
export function readClinicChanges(root: string, id: string): ClinicChanges {
  const folder = join(root, CONTENT_DIR, CLINICS_FOLDER, id);
  if (!existsSync(join(folder, 'clinic.yaml'))) throw new Error(`${relative(root, folder)}/clinic.yaml: no such clinic. Give the id of a folder in ${CONTENT_DIR}/${CLINICS_FOLDER}/.`);
  const config = (parseYaml(readFileSync(join(folder, 'clinic.yaml'), 'utf8')) ?? {}) as { hide?: unknown };
  const hidden = Array.isArray(config.hide) ? config.hide.filter((item): item is string => typeof item === 'string') : [];
  const replaced = readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => file.split(sep).slice(-2).join('/').slice(0, -'.mdx'.length));
  return { id, replaced: new Set(replaced), hidden: new Set(hidden) };
}

/** One heading per changed guide (then per other content file), each listing its commits, as Markdown. */
export function formatChangelog(commits: readonly ContentCommit[], since: string, clinic?: ClinicChanges): string {
  const byItem = new Map<string, { commit: ContentCommit; change: FileChange }[]>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const item = guideOf(file.path) ?? file.path;
      byItem.set(item, [...(byItem.get(item) ?? []), { commit, change: file.change }]);
    }
  }
  const note = (item: string) => {
    if (clinic?.replaced.has(item)) return ` — ${clinic.id} replaces this guide: compare its copy with these changes`;
    if (clinic?.hidden.has(item)) return ` — ${clinic.id} hides this guide: check it still should`;
    return '';
  };
  // Entries are newest first: the latest change says whether the file is gone, the oldest whether it is new.
  const state = (entries: { change: FileChange }[]) =>
    entries[0]!.change === 'removed' ? ' (removed)' : entries.at(-1)!.change === 'added' ? ' (new)' : '';
  const items = [...byItem.keys()].sort((a, b) => Number(!note(a)) - Number(!note(b)) || Number(!guideOf(a)) - Number(!guideOf(b)) || a.localeCompare(b));
  const count = commits.length === 1 ? '1 commit' : `${commits.length} commits`;
  const sections = items.map((item) => {
    const entries = byItem.get(item)!;
    return [`## ${item}${state(entries)}${note(item)}`, '', ...entries.map(({ commit }) => `- ${commit.date} ${commit.hash} ${commit.subject}`)].join('\n');
  });
  const title = `# Content changes since ${since} (${count})`;
  return `${[title, ...(sections.length ? sections : ['No guide or content file changed.'])].join('\n\n')}\n`;
}

/** The changelog of the git checkout at `root` since a tag, commit or YYYY-MM-DD. */
export function contentChangelog(root: string, since: string, clinicId?: string): string {
  if (!DAY.test(since)) {
    try {
      execFileSync('git', ['rev-parse', '--verify', '--quiet', `${since}^{commit}`], { cwd: root, stdio: 'pipe' });
    } catch {
      throw new Error(`--since ${since}: no such tag or commit here. Give a tag (git tag lists them), a commit or a day as YYYY-MM-DD; after a fresh clone, git fetch --tags.`);
    }
  }
  const clinic = clinicId ? readClinicChanges(root, clinicId) : undefined;
  const log = execFileSync('git', gitLogArgs(since), { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return formatChangelog(parseGitLog(log), since, clinic);
}
