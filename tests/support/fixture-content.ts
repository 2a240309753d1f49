import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURES } from './paths';

/** A change to one file of the fixture: new text, a function of the old text, or null to delete it. */
export type FileChange = string | ((text: string) => string) | null;

/**
 * Copies the small fixture content (two guides a stage) into a fresh temporary project root and applies
 * the changes, keyed by path inside `content/`. Returns the root; content lives in `<root>/content`.
 */
export function contentFixture(changes: Record<string, FileChange> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'mng-content-'));
  cpSync(join(FIXTURES, 'minimal', 'content'), join(root, 'content'), { recursive: true });
  for (const [path, change] of Object.entries(changes)) {
    const file = join(root, 'content', path);
    if (change === null) {
      rmSync(file, { recursive: true, force: true });
      continue;
    }
    mkdirSync(dirname(file), { recursive: true });
    const next = typeof change === 'function' ? change(readFileSync(file, 'utf8')) : change;
    writeFileSync(file, next);
  }
  return root;
}

/** Replaces one frontmatter line (`key: value`) of an MDX fixture, or removes it when `value` is null. */
export function setField(key: string, value: string | null): (text: string) => string {
  return (text) => {
    const pattern = new RegExp(`^${key}:.*$`, 'm');
    if (!pattern.test(text)) return text.replace(/^---\n/, `---\n${key}: ${value}\n`);
    return value === null ? text.replace(new RegExp(`^${key}:.*\\n`, 'm'), '') : text.replace(pattern, `${key}: ${value}`);
  };
}
